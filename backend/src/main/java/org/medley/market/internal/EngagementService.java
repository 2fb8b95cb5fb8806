package org.medley.market.internal;

import io.micronaut.http.HttpStatus;
import io.micronaut.http.exceptions.HttpStatusException;
import io.micronaut.transaction.annotation.ReadOnly;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.medley.identity.Accounts;
import org.medley.identity.Caller;
import org.medley.identity.PhiClearance;
import org.medley.identity.Role;
import org.medley.market.Engagement;
import org.medley.market.EngagementStatus;
import org.medley.market.Engagements;
import org.medley.platform.Problem;
import org.medley.platform.Refused;

/**
 * Recording, changing, ending and reading a tenant's engagements, each change audited; and the
 * brief view other features read. A partner's people read their own organisation's engagements
 * only.
 */
@Singleton
class EngagementService implements Engagements {

  private final EngagementStore store;
  private final EngagementDetails details;
  private final EngagementChoices choices;
  private final ProvidedGroups groups;
  private final HospitalDay day;
  private final Accounts accounts;
  private final PhiClearance agreements;
  private final Clock clock;

  EngagementService(
      EngagementStore store,
      EngagementDetails details,
      EngagementChoices choices,
      ProvidedGroups groups,
      HospitalDay day,
      Accounts accounts,
      PhiClearance agreements,
      Clock clock) {
    this.agreements = agreements;
    this.store = store;
    this.details = details;
    this.choices = choices;
    this.groups = groups;
    this.day = day;
    this.accounts = accounts;
    this.clock = clock;
  }

  // ---- Engagements: what other features read ----

  @Override
  @ReadOnly
  public Optional<Ref> byId(long tenantId, long engagementId) {
    return store.find(tenantId, engagementId, false).map(r -> ref(tenantId, r));
  }

  @Override
  @ReadOnly
  public List<Long> managers(long tenantId, long engagementId) {
    return store
        .find(tenantId, engagementId, false)
        .map(
            row -> {
              Set<Long> ids = new LinkedHashSet<>();
              if (row.managerAccountId() != null) {
                ids.add(row.managerAccountId());
              }
              accounts
                  .enabledWithRole(tenantId, row.partnerId(), Role.PARTNER_MANAGER)
                  .forEach(a -> ids.add(a.id()));
              return List.copyOf(ids);
            })
        .orElse(List.of());
  }

  @Override
  @ReadOnly
  public Optional<Ref> forGroup(long tenantId, long groupId) {
    return groups
        .engagementOf(tenantId, groupId)
        .flatMap(id -> store.find(tenantId, id, false))
        .map(r -> ref(tenantId, r));
  }

  @Override
  @ReadOnly
  public List<Ref> relyingOnConnector(long tenantId, long connectorId) {
    LocalDate today = day.today(tenantId);
    return store.namingConnector(tenantId, connectorId).stream()
        .filter(r -> r.engagement().status(today) != EngagementStatus.ENDED)
        .map(r -> ref(tenantId, r))
        .toList();
  }

  @Override
  @ReadOnly
  public List<Ref> ofPartner(long tenantId, long partnerId) {
    return store.all(tenantId).stream()
        .filter(r -> r.partnerId() == partnerId)
        .map(r -> ref(tenantId, r))
        .toList();
  }

  private Ref ref(long tenant, EngagementRow row) {
    return new Ref(
        row.id(),
        row.partnerId(),
        row.terms().name(),
        row.managerAccountId(),
        row.engagement().status(day.today(tenant)) == EngagementStatus.ACTIVE,
        row.connectorId());
  }

  // ---- the API ----

  @Transactional
  EngagementApi.View record(Caller caller, EngagementApi.Input input) {
    long tenant = caller.tenantId();
    List<Problem.FieldError> refusals = new ArrayList<>();
    Long partner = input.partnerId();
    if (partner == null) {
      refusals.add(new Problem.FieldError("partnerId", "required"));
    } else if (!choices.isPartner(tenant, partner)) {
      // Another health system's partner reads exactly like one that does not exist.
      refusals.add(
          new Problem.FieldError(
              "partnerId", "no partner " + partner + " works for this hospital"));
      partner = null;
    }
    Engagement.Terms terms = terms(input);
    List<Long> groups = references(tenant, partner, null, input, refusals);
    check(() -> Engagement.record(terms), refusals);
    Instant now = clock.instant();
    long id =
        store.insert(
            tenant,
            partner,
            terms,
            input.managerAccountId(),
            input.staffingRequestId(),
            input.connectorId(),
            caller.username(),
            now,
            null,
            agreement(tenant, partner, input.agreementReference()));
    this.groups.provide(tenant, id, groups);
    store.audit(id, new Engagement.Event("CREATED", caller.username(), now, null), name(caller));
    return view(tenant, store.find(tenant, id, false).orElseThrow(), true);
  }

  /**
   * An engagement from an accepted proposal (the caller's transaction): the terms checked like any
   * other, its proposal and the partner's agreement reference recorded, and audited. Its groups are
   * opened by the caller.
   */
  long recordAccepted(
      Caller caller,
      long partner,
      Engagement.Terms terms,
      Long manager,
      long requestId,
      long proposalId,
      String agreementReference) {
    Engagement.record(terms);
    var now = clock.instant();
    long id =
        store.insert(
            caller.tenantId(),
            partner,
            terms,
            manager,
            requestId,
            null,
            caller.username(),
            now,
            proposalId,
            agreementReference);
    store.audit(
        id,
        new Engagement.Event("CREATED", caller.username(), now, "accepted proposal #" + proposalId),
        name(caller));
    return id;
  }

  @Transactional
  EngagementApi.View change(Caller caller, long id, EngagementApi.Input input) {
    long tenant = caller.tenantId();
    EngagementRow row = store.find(tenant, id, true).orElseThrow(() -> notFound(id));
    if (input.version() == null) {
      throw Refused.invalid("version", "required: the version you read, to detect a lost update");
    }
    requireVersion(row, input.version());
    List<Problem.FieldError> refusals = new ArrayList<>();
    if (input.partnerId() != null && input.partnerId() != row.partnerId()) {
      refusals.add(
          new Problem.FieldError(
              "partnerId", "cannot change: record an engagement with the other partner"));
    }
    Engagement.Terms terms = terms(input);
    List<Long> groups = references(tenant, row.partnerId(), id, input, refusals);
    Engagement engagement = row.engagement();
    LocalDate today = day.today(tenant);
    check(() -> engagement.change(terms, today), refusals);
    Instant now = clock.instant();
    if (!store.update(
        tenant,
        id,
        row.version(),
        terms,
        input.managerAccountId(),
        input.staffingRequestId(),
        input.connectorId(),
        now)) {
      throw stale(row.version());
    }
    if (input.agreementReference() != null) {
      store.agreement(id, blankToNull(input.agreementReference()));
    }
    EngagementDetails.Detailed before = details.of(tenant, row);
    this.groups.provide(tenant, id, groups);
    EngagementDetails.Detailed changed =
        details.of(tenant, store.find(tenant, id, false).orElseThrow());
    String detail = differences(before, changed);
    store.audit(
        id,
        new Engagement.Event("CHANGED", caller.username(), now, detail.isEmpty() ? null : detail),
        name(caller));
    return view(tenant, changed, true);
  }

  @Transactional
  EngagementApi.View end(Caller caller, long id, EngagementApi.Ending input) {
    long tenant = caller.tenantId();
    EngagementRow row = store.find(tenant, id, true).orElseThrow(() -> notFound(id));
    requireVersion(row, input.version());
    Engagement.Event event =
        row.engagement().end(caller.username(), input.reason().strip(), clock, day.today(tenant));
    if (!store.end(tenant, id, row.version(), caller.username(), event.at())) {
      throw stale(row.version());
    }
    store.audit(id, event, name(caller));
    return view(tenant, store.find(tenant, id, false).orElseThrow(), true);
  }

  @ReadOnly
  EngagementApi.View get(Caller caller, long id) {
    return store
        .find(caller.tenantId(), id, false)
        .filter(r -> mayRead(caller, r.partnerId()))
        .map(r -> view(caller.tenantId(), r, true))
        .orElseThrow(() -> notFound(id));
  }

  @ReadOnly
  Api.Page<EngagementApi.View> list(
      Caller caller,
      Long partnerId,
      EngagementStatus status,
      String sort,
      boolean descending,
      int page,
      int size) {
    long tenant = caller.tenantId();
    Long partner = partnerId;
    if (worksForPartner(caller)) {
      if (partnerId != null && partnerId != caller.organizationId()) {
        return new Api.Page<>(List.of(), page, size, 0);
      }
      partner = caller.organizationId();
    }
    LocalDate today = day.today(tenant);
    List<Long> partnersByName = sort.equals("partner") ? choices.partnersByName(tenant) : List.of();
    var slice =
        store.list(
            tenant,
            new EngagementStore.Filter(partner, status, today, partnersByName),
            sort,
            descending,
            page,
            size);
    return new Api.Page<>(
        details.of(tenant, slice.rows()).stream().map(r -> view(r, today, null)).toList(),
        page,
        size,
        slice.total());
  }

  @ReadOnly
  EngagementApi.Choices choices(long tenant) {
    return choices.all(tenant);
  }

  // ---- rules about what an engagement points at ----

  /**
   * Checks the manager, the staffing request, the partner desk and the groups against the partner
   * (null when the partner itself was refused); returns the group ids to provide.
   */
  private List<Long> references(
      long tenant,
      Long partner,
      Long self,
      EngagementApi.Input input,
      List<Problem.FieldError> refusals) {
    if (input.managerAccountId() != null
        && partner != null
        && choices.managers(tenant, partner).stream()
            .noneMatch(a -> a.id() == input.managerAccountId())) {
      refusals.add(
          new Problem.FieldError(
              "managerAccountId", "not an enabled account of the partner in this hospital"));
    }
    if (input.staffingRequestId() != null
        && !choices.isOpenRequest(tenant, input.staffingRequestId())) {
      refusals.add(
          new Problem.FieldError(
              "staffingRequestId", "no open staffing request " + input.staffingRequestId()));
    }
    // A deleted connector the engagement already names may stay (its history), not be chosen anew.
    Long keptDesk =
        self == null
            ? null
            : store.find(tenant, self, false).map(EngagementRow::connectorId).orElse(null);
    if (input.connectorId() != null
        && !input.connectorId().equals(keptDesk)
        && !choices.isDesk(tenant, input.connectorId())) {
      refusals.add(
          new Problem.FieldError(
              "connectorId", "no partner-desk connector " + input.connectorId() + " here"));
    }
    List<Long> ids = input.groupIds() == null ? List.of() : input.groupIds();
    if (new LinkedHashSet<>(ids).size() != ids.size()) {
      refusals.add(new Problem.FieldError("groupIds", "names a group twice"));
      return List.of();
    }
    Map<Long, ProvidedGroups.Group> groups = choices.groups(tenant, ids);
    LocalDate today = day.today(tenant);
    for (int i = 0; i < ids.size(); i++) {
      String field = "groupIds[" + i + "]";
      ProvidedGroups.Group group = groups.get(ids.get(i));
      if (group == null) {
        refusals.add(new Problem.FieldError(field, "no support group " + ids.get(i)));
      } else if (partner != null && !partner.equals(group.partnerId())) {
        refusals.add(
            new Problem.FieldError(field, group.name() + " is not a group of this partner"));
      } else if (group.engagementId() != null && !group.engagementId().equals(self)) {
        store
            .find(tenant, group.engagementId(), false)
            .filter(holder -> holder.engagement().status(today) != EngagementStatus.ENDED)
            .ifPresent(
                holder ->
                    refusals.add(
                        new Problem.FieldError(
                            field,
                            group.name()
                                + " is provided by \""
                                + holder.terms().name()
                                + "\" until that engagement ends")));
      }
    }
    return ids;
  }

  private static void check(Runnable rule, List<Problem.FieldError> refusals) {
    try {
      rule.run();
    } catch (Refused refused) {
      if (refused.kind() == Refused.Kind.CONFLICT) {
        throw refused;
      }
      refusals.addAll(refused.errors());
    }
    if (!refusals.isEmpty()) {
      throw Refused.invalid(refusals);
    }
  }

  private static Engagement.Terms terms(EngagementApi.Input input) {
    return new Engagement.Terms(
        input.name().strip(), input.scope().strip(), input.startsOn(), input.endsOn());
  }

  private static void requireVersion(EngagementRow row, long version) {
    if (version != row.version()) {
      throw stale(row.version());
    }
  }

  /**
   * The business associate agreement the engagement works under: the one named, else the partner's
   * agreement in force when it is recorded, if any.
   */
  private String agreement(long tenant, Long partner, String named) {
    if (named != null && !named.isBlank()) {
      return named.strip();
    }
    return partner == null
        ? null
        : agreements.agreementOf(tenant, partner).map(a -> a.reference()).orElse(null);
  }

  private static String blankToNull(String text) {
    return text == null || text.isBlank() ? null : text.strip();
  }

  private static Refused stale(long now) {
    return Refused.conflict(
        "version", "the engagement changed since you read it (now version " + now + "): reload it");
  }

  /** What a change changed, for the audit trail: "endsOn: 2026-12-31 → 2027-06-30; groups: …". */
  static String differences(EngagementDetails.Detailed before, EngagementDetails.Detailed after) {
    List<String> parts = new ArrayList<>();
    var b = before.row().terms();
    var a = after.row().terms();
    diff(parts, "name", b.name(), a.name());
    diff(parts, "scope", b.scope().length() > 60 ? "…" : b.scope(), a.scope());
    diff(parts, "startsOn", b.startsOn(), a.startsOn());
    diff(parts, "endsOn", b.endsOn(), a.endsOn());
    diff(parts, "agreement", before.row().agreementReference(), after.row().agreementReference());
    diff(
        parts,
        "manager",
        before.manager() == null ? null : before.manager().name(),
        after.manager() == null ? null : after.manager().name());
    diff(
        parts,
        "staffingRequest",
        before.staffingRequest() == null ? null : before.staffingRequest().title(),
        after.staffingRequest() == null ? null : after.staffingRequest().title());
    diff(
        parts,
        "partnerDesk",
        before.connector() == null ? null : before.connector().name(),
        after.connector() == null ? null : after.connector().name());
    diff(
        parts,
        "groups",
        String.join(", ", before.groups().stream().map(EngagementApi.GroupRef::name).toList()),
        String.join(", ", after.groups().stream().map(EngagementApi.GroupRef::name).toList()));
    return String.join("; ", parts);
  }

  private static void diff(List<String> parts, String field, Object before, Object after) {
    if (Objects.equals(before, after)) {
      return;
    }
    if (field.equals("scope")) {
      parts.add("scope rewritten");
      return;
    }
    parts.add(field + ": " + show(before) + " → " + show(after));
  }

  private static String show(Object value) {
    return value == null || value.toString().isEmpty() ? "none" : value.toString();
  }

  private EngagementApi.View view(long tenant, EngagementRow row, boolean withHistory) {
    return view(tenant, details.of(tenant, row), withHistory);
  }

  private EngagementApi.View view(
      long tenant, EngagementDetails.Detailed detailed, boolean withHistory) {
    return view(
        detailed, day.today(tenant), withHistory ? store.history(detailed.row().id()) : null);
  }

  private static EngagementApi.View view(
      EngagementDetails.Detailed detailed, LocalDate today, List<EngagementApi.Event> history) {
    var row = detailed.row();
    var t = row.terms();
    return new EngagementApi.View(
        row.id(),
        detailed.partner(),
        t.name(),
        t.scope(),
        row.engagement().status(today).name(),
        t.startsOn(),
        t.endsOn(),
        row.endedAt(),
        row.endedBy(),
        detailed.manager(),
        detailed.staffingRequest(),
        detailed.groups(),
        row.connectorId(),
        detailed.connector(),
        row.proposalId(),
        row.agreementReference(),
        row.createdBy(),
        row.createdAt(),
        row.updatedAt(),
        row.version(),
        history);
  }

  /** A partner's people work for an organisation other than the health system itself. */
  private static boolean worksForPartner(Caller caller) {
    return caller.organizationId() != caller.tenantId();
  }

  private static boolean mayRead(Caller caller, long partnerId) {
    return !worksForPartner(caller) || caller.organizationId() == partnerId;
  }

  private static String name(Caller caller) {
    return caller.displayName();
  }

  private static HttpStatusException notFound(long id) {
    return new HttpStatusException(HttpStatus.NOT_FOUND, "No engagement " + id);
  }
}
