package org.medley.vendor.internal;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.transaction.annotation.ReadOnly;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.Instant;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.medley.coverage.Catalog;
import org.medley.desk.DeskActions;
import org.medley.desk.ExternalReferences;
import org.medley.desk.VendorDesk;
import org.medley.desk.VendorDesk.VendorTicket;
import org.medley.identity.Caller;
import org.medley.identity.Hospitals;
import org.medley.identity.MinimumNecessary;
import org.medley.identity.OrganizationNames;
import org.medley.identity.PhiAccessLog;
import org.medley.identity.PhiOutbound;
import org.medley.outbox.Mail;
import org.medley.outbox.Outbox;
import org.medley.platform.Refused;
import org.medley.platform.RetryLockConflicts;
import org.medley.vendor.internal.Vendors.CaseStatus;
import org.medley.vendor.internal.Vendors.Delivery;

/**
 * Vendor cases: an agent escalates a ticket to a vendor with a case mail drafted from the vendor's
 * templates (and edited), the ticket waits for the vendor, the vendor's case number becomes the
 * ticket's external reference, and the agent closes the case or sends it again. Every write takes
 * the ticket's write turn first ({@link DeskActions#lockTicket}), so two agents escalating at once
 * open one case, not two. The mail leaves through the outbox after commit, its text through {@link
 * PhiOutbound}: without a business associate agreement the vendor never reads patient identifiers.
 */
@Singleton
class VendorCases {

  static final String NOT_CONFIGURED =
      "Outgoing mail is not configured (MEDLEY_MAIL_*): the case mail waits in the outbox.";

  private final CaseStore store;
  private final VendorDirectory directory;
  private final VendorDesk desk;
  private final DeskActions deskActions;
  private final ExternalReferences references;
  private final Catalog catalog;
  private final OrganizationNames organizations;
  private final Hospitals hospitals;
  private final PhiOutbound phiOutbound;
  private final PhiAccessLog phiAccess;
  private final Outbox outbox;
  private final boolean mailConfigured;
  private final Clock clock;

  VendorCases(
      CaseStore store,
      VendorDirectory directory,
      VendorDesk desk,
      DeskActions deskActions,
      ExternalReferences references,
      Catalog catalog,
      OrganizationNames organizations,
      Hospitals hospitals,
      PhiOutbound phiOutbound,
      PhiAccessLog phiAccess,
      Outbox outbox,
      Optional<Mail> mail,
      Clock clock) {
    this.store = store;
    this.directory = directory;
    this.desk = desk;
    this.deskActions = deskActions;
    this.references = references;
    this.catalog = catalog;
    this.organizations = organizations;
    this.hospitals = hospitals;
    this.phiOutbound = phiOutbound;
    this.phiAccess = phiAccess;
    this.outbox = outbox;
    this.mailConfigured = mail.isPresent();
    this.clock = clock;
  }

  /** The case mail for the ticket and vendor (the application's vendor when none is named). */
  @Transactional
  VendorCase.Draft draft(Caller caller, long ticketId, @Nullable Long vendorId) {
    VendorTicket ticket = desk.workable(caller, ticketId);
    long vendor = vendorId != null ? vendorId : applicationVendor(caller.tenantId(), ticket);
    VendorDirectory.Profile profile = directory.require(caller.tenantId(), vendor);
    Map<String, String> values = values(caller, ticket, profile, null);
    return draft(
        caller.tenantId(),
        profile,
        CaseTemplate.withToken(
            CaseTemplate.render(profile.subjectTemplate(), values), ticket.number()),
        CaseTemplate.render(profile.bodyTemplate(), values));
  }

  /** The mail for sending the case again: the vendor's templates, its case number filled in. */
  @Transactional
  VendorCase.Draft draft(Caller caller, long caseId) {
    CaseStore.Row row = row(caller.tenantId(), caseId);
    VendorTicket ticket = desk.workable(caller, row.ticketId());
    VendorDirectory.Profile profile = directory.require(caller.tenantId(), row.vendorId());
    Map<String, String> values = values(caller, ticket, profile, row.caseNumber());
    String subject = CaseTemplate.render(profile.subjectTemplate(), values);
    if (row.caseNumber() != null && !subject.contains(row.caseNumber())) {
      subject = subject + " (your case " + row.caseNumber() + ")";
    }
    return draft(
        caller.tenantId(),
        profile,
        CaseTemplate.withToken(subject, ticket.number()),
        CaseTemplate.render(profile.bodyTemplate(), values));
  }

  /** Opens a case and sends its mail; the ticket waits for the vendor. */
  @Transactional
  @RetryLockConflicts
  VendorCase open(Caller caller, long ticketId, VendorCase.Escalation request) {
    long tenant = caller.tenantId();
    deskActions.lockTicket(tenant, ticketId);
    VendorTicket ticket = desk.workable(caller, ticketId);
    VendorDirectory.Profile profile = directory.require(tenant, request.vendorId());
    requireSendable(profile);
    if (!ticket.status().isOpen()) {
      throw Refused.unprocessable(
          "ticketId", "A " + ticket.status() + " ticket goes to no vendor: reopen it first.");
    }
    store.ofTicket(tenant, ticketId).stream()
        .filter(c -> c.vendorId() == profile.vendorId() && c.status() == CaseStatus.OPEN)
        .findFirst()
        .ifPresent(
            open -> {
              throw Refused.conflict(
                  "vendorId",
                  "The ticket already has an open case with "
                      + profile.name()
                      + (open.caseNumber() == null ? "" : " (" + open.caseNumber() + ")")
                      + ": re-escalate that case instead.");
            });
    desk.awaitVendor(caller, ticketId, request.version(), "Case sent to " + profile.name());
    Instant now = clock.instant();
    long caseId =
        store.insert(
            tenant, ticketId, ticket.number(), profile.vendorId(), caller.displayName(), now);
    send(tenant, caseId, ticket, profile, request.subject(), request.body(), now);
    return view(tenant, row(tenant, caseId), ticket, profile.name());
  }

  /** Sends the case again in its thread; a closed case opens again, the ticket waits again. */
  @Transactional
  @RetryLockConflicts
  VendorCase reEscalate(Caller caller, long caseId, VendorCase.ReEscalation request) {
    long tenant = caller.tenantId();
    CaseStore.Row row = lockedRow(caller, caseId, request.version());
    VendorDirectory.Profile profile = directory.require(tenant, row.vendorId());
    requireSendable(profile);
    VendorTicket ticket = desk.workable(caller, row.ticketId());
    if (!ticket.status().isOpen()) {
      throw Refused.unprocessable(
          "ticketId", "A " + ticket.status() + " ticket goes to no vendor: reopen it first.");
    }
    desk.awaitVendor(
        caller,
        row.ticketId(),
        null,
        "Case "
            + (row.caseNumber() == null ? "" : row.caseNumber() + " ")
            + "sent to "
            + profile.name()
            + " again");
    send(tenant, caseId, ticket, profile, request.subject(), request.body(), clock.instant());
    return view(tenant, row(tenant, caseId), desk.workable(caller, row.ticketId()), profile.name());
  }

  /** The agent enters the vendor's case number; it becomes the ticket's external reference. */
  @Transactional
  @RetryLockConflicts
  VendorCase number(Caller caller, long caseId, VendorCase.NumberChange request) {
    long tenant = caller.tenantId();
    CaseStore.Row row = lockedRow(caller, caseId, request.version());
    VendorTicket ticket = desk.workable(caller, row.ticketId());
    String name = vendorName(row.vendorId());
    recordNumber(tenant, row, name, request.caseNumber().strip(), caller.displayName());
    return view(tenant, row(tenant, caseId), ticket, name);
  }

  /** The agent closes the case; the ticket keeps its status (resuming it is a transition). */
  @Transactional
  @RetryLockConflicts
  VendorCase close(Caller caller, long caseId, VendorCase.Closing request) {
    long tenant = caller.tenantId();
    CaseStore.Row row = lockedRow(caller, caseId, request.version());
    VendorTicket ticket = desk.workable(caller, row.ticketId());
    if (row.status() == CaseStatus.CLOSED) {
      throw Refused.conflict("The case is closed already.");
    }
    store.close(tenant, caseId, caller.displayName(), request.note().strip(), clock.instant());
    return view(tenant, row(tenant, caseId), ticket, vendorName(row.vendorId()));
  }

  @Transactional
  VendorCase get(Caller caller, long caseId) {
    long tenant = caller.tenantId();
    CaseStore.Row row = row(tenant, caseId);
    Map<Long, VendorTicket> tickets = desk.tickets(tenant, List.of(row.ticketId()));
    logReads(caller, tickets.values());
    return view(tenant, row, tickets.get(row.ticketId()), vendorName(row.vendorId()));
  }

  @Transactional
  VendorCase.TicketCases ofTicket(Caller caller, long ticketId) {
    long tenant = caller.tenantId();
    Map<Long, VendorTicket> tickets = desk.tickets(tenant, List.of(ticketId));
    if (tickets.isEmpty()) {
      throw Refused.notFound("ticketId", "No such ticket.");
    }
    List<CaseStore.Row> rows = store.ofTicket(tenant, ticketId);
    if (rows.isEmpty()) {
      return new VendorCase.TicketCases(List.of());
    }
    logReads(caller, tickets.values());
    Map<Long, String> names =
        organizations.names(rows.stream().map(CaseStore.Row::vendorId).toList());
    return new VendorCase.TicketCases(
        rows.stream()
            .map(r -> view(tenant, r, tickets.get(ticketId), names.get(r.vendorId())))
            .toList());
  }

  @Transactional
  VendorCase.Page list(
      Caller caller,
      @Nullable CaseStatus status,
      @Nullable Long vendorId,
      @Nullable String q,
      int page,
      int size) {
    long tenant = caller.tenantId();
    CaseStore.Found found = store.search(tenant, status, vendorId, q, page, size);
    List<CaseStore.Open> open = store.open(tenant);
    Map<Long, String> names =
        organizations.names(
            java.util.stream.Stream.concat(
                    found.rows().stream().map(CaseStore.Row::vendorId),
                    open.stream().map(CaseStore.Open::vendorId))
                .toList());
    Map<Long, VendorTicket> tickets =
        desk.tickets(tenant, found.rows().stream().map(CaseStore.Row::ticketId).toList());
    logReads(caller, tickets.values());
    List<VendorCase> items =
        found.rows().stream()
            .filter(r -> tickets.containsKey(r.ticketId()))
            .map(r -> view(tenant, r, tickets.get(r.ticketId()), names.get(r.vendorId())))
            .toList();
    List<VendorCase.VendorSummary> vendors =
        open.stream()
            .map(
                o ->
                    new VendorCase.VendorSummary(
                        o.vendorId(),
                        names.getOrDefault(o.vendorId(), "Vendor " + o.vendorId()),
                        o.count(),
                        o.oldest()))
            .sorted(Comparator.comparing(VendorCase.VendorSummary::oldestOpenedAt))
            .toList();
    return new VendorCase.Page(items, page, size, found.total(), vendors);
  }

  // ---- for the mail handler and the vendor's answers (no person in front of them)

  /** The case mail left: record it. */
  @Transactional
  void delivered(long tenant, long caseId) {
    store.delivered(tenant, caseId, clock.instant());
  }

  /** The case mail did not leave ({@code parked}: and will not, until an admin re-drives it). */
  @Transactional
  void undelivered(long tenant, long caseId, boolean parked, String error) {
    store.failed(tenant, caseId, parked, error);
  }

  /**
   * The vendor's desk opened the case under {@code externalId}: kept for its answers; its display
   * name is the case number unless the case has one. Runs in the caller's transaction.
   */
  void openedInDesk(long tenant, long caseId, String externalId, @Nullable String display) {
    CaseStore.Row row = row(tenant, caseId);
    store.inDesk(tenant, caseId, externalId);
    if (row.caseNumber() == null) {
      String name = vendorName(row.vendorId());
      recordNumber(
          tenant, row, name, display == null || display.isBlank() ? externalId : display, name);
    }
  }

  /** The case as stored (the desk handler reads where it stands). */
  @ReadOnly
  Optional<CaseStore.Row> find(long tenant, long caseId) {
    return store.find(tenant, caseId);
  }

  /** The ticket's case in the desk that knows it as {@code externalId}. */
  @ReadOnly
  Optional<CaseStore.Row> inDesk(long tenant, long ticketId, long connectorId, String externalId) {
    return store.ofTicket(tenant, ticketId).stream()
        .filter(c -> externalId.equals(c.deskExternalId()))
        .filter(
            c ->
                directory
                    .profile(tenant, c.vendorId())
                    .map(p -> Long.valueOf(connectorId).equals(p.connectorId()))
                    .orElse(false))
        .findFirst();
  }

  /** The vendor answered in its desk: the case records when (the caller holds the turn). */
  void repliedInDesk(CaseStore.Row row) {
    store.replied(row.tenantId(), row.id(), clock.instant());
  }

  /** The case one of these mail ids belongs to. */
  @ReadOnly
  Optional<CaseStore.Row> byThread(long tenant, List<String> messageIds) {
    return store.caseOf(tenant, messageIds).flatMap(id -> store.find(tenant, id));
  }

  /** The newest case of the ticket with one of these vendors. */
  @ReadOnly
  Optional<CaseStore.Row> latest(long tenant, long ticketId, java.util.Set<Long> vendorIds) {
    return store.ofTicket(tenant, ticketId).stream()
        .filter(c -> vendorIds.contains(c.vendorId()))
        .findFirst();
  }

  /**
   * Records the vendor's answer on the case, in the caller's transaction (which holds the ticket's
   * write turn): keyed on its Message-ID, its case number when the case has none yet. False when
   * the same mail was recorded before.
   */
  boolean answered(CaseStore.Row row, String messageId, String subject, String text, String actor) {
    long tenant = row.tenantId();
    Instant now = clock.instant();
    if (!store.message(tenant, messageId, row.id(), "IN", now)) {
      return false;
    }
    store.replied(tenant, row.id(), now);
    if (row.caseNumber() == null) {
      VendorDirectory.Profile profile = directory.require(tenant, row.vendorId());
      CasePattern.find(profile.casePattern(), subject, text)
          .ifPresent(number -> recordNumber(tenant, row, profile.name(), number, actor));
    }
    return true;
  }

  /** The system name a vendor's case numbers are stored under as external references. */
  static String referenceSystem(String vendorName) {
    String slug =
        vendorName
            .toUpperCase(Locale.ROOT)
            .replaceAll("[^A-Z0-9._-]+", "-")
            .replaceAll("^-+|-+$", "");
    if (slug.isEmpty()) {
      slug = "VENDOR";
    }
    return slug.length() <= 60 ? slug : slug.substring(0, 60);
  }

  private void recordNumber(
      long tenant, CaseStore.Row row, String vendorName, String number, String actor) {
    if (number.equals(row.caseNumber())) {
      return;
    }
    store
        .byNumber(tenant, row.vendorId(), number)
        .filter(other -> other.id() != row.id())
        .ifPresent(
            other -> {
              throw Refused.conflict(
                  "caseNumber",
                  vendorName
                      + " case "
                      + number
                      + " is already recorded on "
                      + other.ticketNumber()
                      + ".");
            });
    store.number(tenant, row.id(), number);
    references.record(tenant, row.ticketId(), referenceSystem(vendorName), number, actor);
  }

  private void send(
      long tenant,
      long caseId,
      VendorTicket ticket,
      VendorDirectory.Profile profile,
      String subject,
      String body,
      Instant now) {
    String filteredSubject;
    String filteredBody;
    try (PhiOutbound.Payload out =
        phiOutbound.payload(tenant, profile.vendorId(), "vendor-email", ticket.number())) {
      filteredSubject = CaseTemplate.withToken(out.text(subject.strip()), ticket.number());
      filteredBody = out.text(body.strip());
    }
    if (profile.channel() == Vendors.Channel.CONNECTOR) {
      // The first send opens the case in the vendor's desk; later ones add to it there.
      boolean first = store.find(tenant, caseId).map(r -> r.escalations() == 0).orElse(true);
      outbox.append(
          tenant,
          "vendor-case",
          caseId,
          VendorCaseDesk.TYPE,
          new VendorCaseDesk.CaseCall(
              tenant,
              caseId,
              profile.connectorId(),
              first,
              filteredSubject,
              filteredBody,
              ticket.priority().name()),
          "vendor-case:" + caseId);
      store.sending(tenant, caseId);
      return;
    }
    List<String> thread = store.thread(tenant, caseId, 10);
    UUID event =
        outbox.append(
            tenant,
            "vendor-case",
            caseId,
            VendorCaseMail.TYPE,
            new VendorCaseMail.CaseMail(
                tenant, caseId, profile.caseEmail(), filteredSubject, filteredBody, thread),
            "vendor-case:" + caseId);
    store.message(tenant, Mail.messageId(event.toString()), caseId, "OUT", now);
    store.sending(tenant, caseId);
  }

  private VendorCase.Draft draft(
      long tenant, VendorDirectory.Profile profile, String subject, String body) {
    boolean cleared = directory.businessAssociate(tenant, profile.vendorId());
    Map<String, Integer> removed = new LinkedHashMap<>();
    if (!cleared) {
      MinimumNecessary filter = hospitals.minimumNecessary(tenant);
      MinimumNecessary.Masking s = filter.mask(subject);
      MinimumNecessary.Masking b = filter.mask(body);
      subject = s.text();
      body = b.text();
      s.counts().forEach((kind, n) -> removed.merge(kind.name(), n, Integer::sum));
      b.counts().forEach((kind, n) -> removed.merge(kind.name(), n, Integer::sum));
    }
    return new VendorCase.Draft(
        profile.vendorId(),
        profile.name(),
        profile.channel(),
        profile.channel() == Vendors.Channel.CONNECTOR && profile.connectorId() != null
            ? directory.deskName(tenant, profile.connectorId())
            : profile.caseEmail(),
        subject,
        body,
        !cleared,
        removed,
        profile.problem());
  }

  private Map<String, String> values(
      Caller caller,
      VendorTicket ticket,
      VendorDirectory.Profile profile,
      @Nullable String caseNumber) {
    Map<String, String> values = new HashMap<>();
    values.put("number", ticket.number());
    values.put("title", ticket.title());
    values.put("description", ticket.description());
    values.put(
        "application",
        catalog
            .application(caller.tenantId(), ticket.applicationId())
            .map(Catalog.ApplicationRef::name)
            .orElse(""));
    values.put("priority", ticket.priority().name());
    values.put(
        "hospital",
        organizations.names(List.of(caller.tenantId())).getOrDefault(caller.tenantId(), ""));
    values.put("vendor", profile.name());
    values.put("agent", caller.displayName());
    values.put("caseNumber", caseNumber == null ? "" : caseNumber);
    return values;
  }

  private long applicationVendor(long tenant, VendorTicket ticket) {
    return catalog
        .application(tenant, ticket.applicationId())
        .map(Catalog.ApplicationRef::vendorId)
        .orElseThrow(
            () ->
                Refused.unprocessable(
                    "vendorId",
                    "The ticket's application names no vendor: pick the vendor to escalate to."));
  }

  private static void requireSendable(VendorDirectory.Profile profile) {
    String problem = profile.problem();
    if (problem != null) {
      throw Refused.unprocessable("vendorId", problem);
    }
  }

  /** The case, with its ticket's write turn taken and its version checked. */
  private CaseStore.Row lockedRow(Caller caller, long caseId, long version) {
    CaseStore.Row found = row(caller.tenantId(), caseId);
    deskActions.lockTicket(caller.tenantId(), found.ticketId());
    CaseStore.Row row = row(caller.tenantId(), caseId);
    if (row.version() != version) {
      throw Refused.conflict(
          "version", "The case changed since you opened it: reload it and try again.");
    }
    return row;
  }

  private CaseStore.Row row(long tenant, long caseId) {
    return store
        .find(tenant, caseId)
        .orElseThrow(() -> Refused.notFound("caseId", "No such vendor case."));
  }

  private String vendorName(long vendorId) {
    return organizations.names(List.of(vendorId)).getOrDefault(vendorId, "Vendor " + vendorId);
  }

  private void logReads(Caller caller, java.util.Collection<VendorTicket> tickets) {
    List<PhiAccessLog.Read> reads =
        tickets.stream()
            .filter(VendorTicket::phi)
            .map(t -> new PhiAccessLog.Read(t.id(), t.number(), List.of("title")))
            .toList();
    if (!reads.isEmpty()) {
      phiAccess.record(caller, "API", reads);
    }
  }

  private VendorCase view(
      long tenant, CaseStore.Row r, VendorTicket ticket, @Nullable String vendorName) {
    String error = r.deliveryError();
    if (r.delivery() == Delivery.QUEUED && error == null && !mailConfigured) {
      error = NOT_CONFIGURED;
    }
    return new VendorCase(
        r.id(),
        r.ticketId(),
        r.ticketNumber(),
        ticket.title(),
        ticket.status().name(),
        ticket.pendingReason() == null ? null : ticket.pendingReason().name(),
        ticket.priority(),
        r.vendorId(),
        vendorName == null ? "Vendor " + r.vendorId() : vendorName,
        r.caseNumber(),
        r.status(),
        r.openedAt(),
        r.openedBy(),
        r.escalations(),
        r.lastSentAt(),
        r.delivery(),
        error,
        r.lastReplyAt(),
        r.closedAt(),
        r.closedBy(),
        r.closeNote(),
        r.version());
  }
}
