package org.medley.market.internal;

import io.micronaut.http.HttpStatus;
import io.micronaut.http.exceptions.HttpStatusException;
import io.micronaut.transaction.annotation.ReadOnly;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.medley.coverage.ApplicationNames;
import org.medley.coverage.Catalog;
import org.medley.coverage.ContractedStaff;
import org.medley.coverage.CoverageForecast;
import org.medley.desk.EngagementGroups;
import org.medley.identity.Accounts;
import org.medley.identity.Caller;
import org.medley.identity.Role;
import org.medley.market.Engagement;
import org.medley.market.OlaCommitments;
import org.medley.market.StaffingRequest;
import org.medley.platform.Problem;
import org.medley.platform.Refused;

/**
 * Proposals from drafts to decisions, each step audited. A partner's managers write and submit
 * their organisation's proposals and see only those; the hospital sees what was submitted, compares
 * it and decides. Accepting one turns it into an engagement with its OLA, a support group and the
 * people as contracted staff, in one transaction.
 */
@Singleton
class Proposals {

  private final ProposalStore store;
  private final StaffingRequests requests;
  private final PartnerDirectory partners;
  private final RequestAudiences audiences;
  private final ApplicationNames applications;
  private final Catalog catalog;
  private final CoverageForecast forecast;
  private final ContractedStaff staff;
  private final EngagementGroups groups;
  private final ProvidedGroups provided;
  private final OlaCommitments olas;
  private final EngagementService engagements;
  private final Accounts accounts;
  private final Clock clock;

  Proposals(
      ProposalStore store,
      StaffingRequests requests,
      PartnerDirectory partners,
      RequestAudiences audiences,
      ApplicationNames applications,
      Catalog catalog,
      CoverageForecast forecast,
      ContractedStaff staff,
      EngagementGroups groups,
      ProvidedGroups provided,
      OlaCommitments olas,
      EngagementService engagements,
      Accounts accounts,
      Clock clock) {
    this.store = store;
    this.requests = requests;
    this.partners = partners;
    this.audiences = audiences;
    this.applications = applications;
    this.catalog = catalog;
    this.forecast = forecast;
    this.staff = staff;
    this.groups = groups;
    this.provided = provided;
    this.olas = olas;
    this.engagements = engagements;
    this.accounts = accounts;
    this.clock = clock;
  }

  // ---- the partner's side ----

  @Transactional
  ProposalApi.View create(Caller caller, ProposalApi.Input input) {
    long tenant = caller.tenantId();
    if (input.staffingRequestId() == null) {
      throw Refused.invalid("staffingRequestId", "required: the request this proposal answers");
    }
    var request = requestFor(caller, input.staffingRequestId());
    Proposal.Terms terms = terms(input);
    check(tenant, terms, request);
    long id =
        store.insert(
            tenant,
            request.id(),
            caller.organizationId(),
            terms,
            caller.username(),
            clock.instant());
    store.audit(
        id, new Proposal.Event("CREATED", caller.username(), clock.instant(), null), name(caller));
    return view(tenant, own(caller, id, false), true);
  }

  @Transactional
  ProposalApi.View change(Caller caller, long id, ProposalApi.Input input) {
    long tenant = caller.tenantId();
    ProposalStore.Row row = own(caller, id, true);
    requireVersion(row, input.version());
    Proposal.restore(row.status()).edit();
    if (input.staffingRequestId() != null && input.staffingRequestId() != row.requestId()) {
      throw Refused.invalid("staffingRequestId", "cannot change: write a proposal for the other");
    }
    var request = requestFor(caller, row.requestId());
    Proposal.Terms terms = terms(input);
    check(tenant, terms, request);
    if (!store.update(id, row.version(), terms, clock.instant())) {
      throw stale(row.version());
    }
    store.audit(
        id, new Proposal.Event("CHANGED", caller.username(), clock.instant(), null), name(caller));
    return view(tenant, own(caller, id, false), true);
  }

  @Transactional
  ProposalApi.View submit(Caller caller, long id, ProposalApi.Step input) {
    ProposalStore.Row row = own(caller, id, true);
    requireVersion(row, input.version());
    var request = requestFor(caller, row.requestId());
    if (!StaffingRequest.restore(request.terms(), request.status()).takesProposals()) {
      throw Refused.conflict(
          "staffingRequestId",
          "the request is " + request.status().name().toLowerCase() + ": it takes no proposals");
    }
    Proposal proposal = Proposal.restore(row.status());
    return step(caller, row, proposal, proposal.submit(caller.username(), clock), null);
  }

  @Transactional
  ProposalApi.View withdraw(Caller caller, long id, ProposalApi.Step input) {
    ProposalStore.Row row = own(caller, id, true);
    requireVersion(row, input.version());
    Proposal proposal = Proposal.restore(row.status());
    return step(
        caller,
        row,
        proposal,
        proposal.withdraw(caller.username(), blankToNull(input.reason()), clock),
        null);
  }

  // ---- the hospital's side ----

  @Transactional
  ProposalApi.View decline(Caller caller, long id, ProposalApi.Decision input) {
    ProposalStore.Row row = submitted(caller, id, true);
    requireVersion(row, input.version());
    Proposal proposal = Proposal.restore(row.status());
    return step(
        caller,
        row,
        proposal,
        proposal.decline(caller.username(), input.comment().strip(), clock),
        null);
  }

  /**
   * Accepts a submitted proposal: the engagement (scope and end from the request, start, tier and
   * OLA from the proposal, the partner's agreement on file), its support group and its people as
   * contracted staff who count in the matrix from the start to the end date.
   */
  @Transactional
  ProposalApi.View accept(Caller caller, long id, ProposalApi.Decision input) {
    long tenant = caller.tenantId();
    ProposalStore.Row row = submitted(caller, id, true);
    requireVersion(row, input.version());
    Proposal proposal = Proposal.restore(row.status());
    Proposal.Event accepted = proposal.accept(caller.username(), input.comment().strip(), clock);
    var requestRow = requests.readable(caller, row.requestId());
    StaffingRequest request = StaffingRequest.restore(requestRow.terms(), requestRow.status());
    String partnerName = partners.readable(caller, row.partnerId()).partner().name();
    StaffingRequest.Event awarded =
        request.award(caller.username(), "accepted " + partnerName + "'s proposal #" + id, clock);
    Proposal.Terms t = row.terms();
    List<String> taken =
        staff.taken(
            tenant,
            row.partnerId(),
            t.people().stream().map(PartnerProfile.Person::email).toList());
    if (!taken.isEmpty()) {
      throw Refused.conflict(
          "people", "on the hospital's staff for another employer: " + String.join(", ", taken));
    }
    var terms = requestRow.terms();
    var firstApp =
        catalog
            .application(tenant, terms.applicationIds().get(0))
            .orElseThrow(() -> Refused.conflict("staffingRequestId", "its application is gone"));
    String agreement =
        partners.agreement(tenant, row.partnerId()) == null
            ? null
            : partners.agreement(tenant, row.partnerId()).reference();
    Long manager =
        accounts.partnerAccounts(tenant, row.partnerId()).stream()
            .filter(a -> a.username().equals(row.createdBy()))
            .map(Accounts.Account::id)
            .findFirst()
            .orElse(null);
    long engagementId =
        engagements.recordAccepted(
            caller,
            row.partnerId(),
            new Engagement.Terms(
                clip(partnerName + " — " + terms.title(), 200),
                scope(requestRow, t),
                t.startsOn(),
                terms.endsOn()),
            manager,
            requestRow.id(),
            id,
            agreement);
    olas.commit(
        tenant,
        engagementId,
        firstApp.calendarId(),
        Duration.ofMinutes(t.responseMinutes()),
        Duration.ofHours(t.resolutionHours()),
        actor(caller));
    String group = clip(partnerName + " " + firstApp.name() + " " + t.tier(), 100);
    List<Long> staffIds =
        staff.contract(
            tenant,
            row.partnerId(),
            t.people().stream().map(p -> PartnerProfile.staff(p, clip(group, 100))).toList(),
            t.startsOn(),
            terms.endsOn());
    long groupId =
        groups.open(
            tenant,
            row.partnerId(),
            group,
            t.tier(),
            firstApp.calendarId(),
            staffIds,
            actor(caller));
    provided.link(tenant, groupId, engagementId);
    requests.record(requestRow, request, awarded, caller.displayName());
    return step(caller, row, proposal, accepted, engagementId);
  }

  // ---- reads ----

  @ReadOnly
  ProposalApi.Page list(Caller caller, Long requestId, Proposal.Status status) {
    long tenant = caller.tenantId();
    boolean partner = PartnerDirectory.worksForPartner(caller);
    if (partner && !caller.has(Role.PARTNER_MANAGER)) {
      return new ProposalApi.Page(List.of(), 0);
    }
    Map<Long, String> names = partners.names(tenant);
    List<ProposalStore.Row> rows =
        store.list(tenant, partner ? caller.organizationId() : null, requestId, status, partner);
    return new ProposalApi.Page(
        rows.stream().map(r -> view(tenant, r, false, names)).toList(), rows.size());
  }

  @ReadOnly
  ProposalApi.View get(Caller caller, long id) {
    ProposalStore.Row row =
        PartnerDirectory.worksForPartner(caller)
            ? own(caller, id, false)
            : submitted(caller, id, false);
    return view(caller.tenantId(), row, true);
  }

  /** Partners ranked for the request by their profiles and named people. */
  @ReadOnly
  ProposalApi.Matches matches(Caller caller, long requestId) {
    long tenant = caller.tenantId();
    var row = requests.readable(caller, requestId);
    var t = row.terms();
    Set<Long> asked = new HashSet<>(t.applicationIds());
    Map<Long, Integer> proposals = store.countsByPartner(tenant, requestId);
    List<Matching.Candidate> candidates = new ArrayList<>();
    for (PartnerDirectory.Listed listed : partners.all(tenant)) {
      var document = listed.document();
      List<PartnerProfile.Person> atLevel =
          document.people().stream()
              .filter(
                  p ->
                      p.skills().stream()
                          .anyMatch(
                              s ->
                                  asked.contains(s.applicationId())
                                      && s.level() >= t.minimumLevel()))
              .toList();
      candidates.add(
          new Matching.Candidate(
              listed.partner().id(),
              listed.partner().name(),
              document.levels(),
              atLevel.size(),
              atLevel.stream().mapToDouble(PartnerProfile.Person::capacityHours).sum(),
              forecast.windowFit(
                  tenant,
                  t.applicationIds(),
                  t.minimumLevel(),
                  atLevel.stream().map(PartnerProfile::candidate).toList()),
              partners.agreement(tenant, listed.partner().id()) != null));
    }
    return new ProposalApi.Matches(
        Matching.rank(
                new Matching.Asked(t.applicationIds(), t.minimumLevel(), t.hoursPerWeek()),
                candidates)
            .stream()
            .map(
                m ->
                    new ProposalApi.MatchView(
                        m.partnerId(),
                        m.name(),
                        m.score(),
                        m.applicationsCovered(),
                        m.applicationsRequested(),
                        m.windowCoverage(),
                        m.reasons(),
                        requests.reaches(row, m.partnerId()),
                        proposals.getOrDefault(m.partnerId(), 0)))
            .toList());
  }

  /** The request's submitted proposals side by side, each with its effect on the matrix. */
  @ReadOnly
  ProposalApi.Comparison comparison(Caller caller, long requestId) {
    long tenant = caller.tenantId();
    requests.readable(caller, requestId);
    List<ProposalApi.Compared> compared = new ArrayList<>();
    Map<Long, String> names = partners.names(tenant);
    for (ProposalStore.Row row :
        store.list(tenant, null, requestId, Proposal.Status.SUBMITTED, false)) {
      compared.add(
          new ProposalApi.Compared(
              view(tenant, row, false, names),
              forecast.withCandidates(
                  tenant, row.terms().people().stream().map(PartnerProfile::candidate).toList())));
    }
    return new ProposalApi.Comparison(requests.get(caller, requestId), compared);
  }

  // ---- rules ----

  /** The request the caller's organisation may propose on: published to it, else 404. */
  private StaffingRequestStore.Row requestFor(Caller caller, long requestId) {
    try {
      return requests.readable(caller, requestId);
    } catch (HttpStatusException e) {
      throw Refused.invalid(
          "staffingRequestId", "no staffing request " + requestId + " is published to you");
    }
  }

  private void check(long tenant, Proposal.Terms terms, StaffingRequestStore.Row request) {
    Set<Long> named = new HashSet<>();
    terms.people().forEach(p -> p.skills().forEach(s -> named.add(s.applicationId())));
    Set<Long> known = applications.names(tenant, named).keySet();
    List<Problem.FieldError> refusals = new ArrayList<>();
    for (int i = 0; i < terms.people().size(); i++) {
      PartnerProfile.person("people[" + i + "]", terms.people().get(i), known::contains, refusals);
    }
    refusals.addAll(Proposal.refusals(terms, request.terms(), clock));
    if (!refusals.isEmpty()) {
      throw Refused.invalid(refusals);
    }
  }

  /** The caller's organisation's own proposal (drafts included), else 404. */
  private ProposalStore.Row own(Caller caller, long id, boolean lock) {
    return store
        .find(caller.tenantId(), id, lock)
        .filter(r -> r.partnerId() == caller.organizationId())
        .orElseThrow(() -> notFound(id));
  }

  /**
   * A proposal the hospital may see: submitted or later (a draft is the partner's own), else 404.
   */
  private ProposalStore.Row submitted(Caller caller, long id, boolean lock) {
    if (PartnerDirectory.worksForPartner(caller)) {
      throw notFound(id);
    }
    return store
        .find(caller.tenantId(), id, lock)
        .filter(r -> r.status() != Proposal.Status.DRAFT)
        .orElseThrow(() -> notFound(id));
  }

  private ProposalApi.View step(
      Caller caller,
      ProposalStore.Row row,
      Proposal proposal,
      Proposal.Event event,
      Long engagementId) {
    boolean decision = event.action().equals("ACCEPTED") || event.action().equals("DECLINED");
    if (!store.changeStatus(
        row.id(),
        row.version(),
        proposal.status(),
        event.at(),
        decision ? caller.username() : null,
        decision ? event.detail() : null,
        engagementId)) {
      throw stale(row.version());
    }
    store.audit(row.id(), event, name(caller));
    return view(
        caller.tenantId(), store.find(caller.tenantId(), row.id(), false).orElseThrow(), true);
  }

  private static Proposal.Terms terms(ProposalApi.Input input) {
    return new Proposal.Terms(
        input.people(),
        input.hourlyRate(),
        input.tier(),
        input.commitments().responseMinutes(),
        input.commitments().resolutionHours(),
        blankToNull(input.commitments().notes()),
        input.startsOn(),
        blankToNull(input.notes()));
  }

  private static String scope(StaffingRequestStore.Row request, Proposal.Terms t) {
    var r = request.terms();
    return clip(
        "Level "
            + r.minimumLevel()
            + "+ support at "
            + t.tier()
            + " for "
            + String.join(
                ", ", request.applications().stream().map(Api.ApplicationRef::name).toList())
            + "; support window "
            + r.supportWindow()
            + "; "
            + t.people().size()
            + (t.people().size() == 1 ? " named person" : " named people")
            + " at "
            + t.hourlyRate()
            + " an hour. From staffing request \""
            + r.title()
            + "\".",
        4000);
  }

  private ProposalApi.View view(long tenant, ProposalStore.Row row, boolean withHistory) {
    return view(tenant, row, withHistory, partners.names(tenant));
  }

  /** {@code partnerNames}: the tenant's partners by id, read once for a whole list. */
  private ProposalApi.View view(
      long tenant, ProposalStore.Row row, boolean withHistory, Map<Long, String> partnerNames) {
    var t = row.terms();
    Set<Long> ids = new HashSet<>();
    t.people().forEach(p -> p.skills().forEach(s -> ids.add(s.applicationId())));
    Map<Long, String> names = applications.names(tenant, ids);
    var request = requests.get(tenant, row.requestId());
    String partner = partnerNames.getOrDefault(row.partnerId(), "—");
    double hours = t.people().stream().mapToDouble(PartnerProfile.Person::capacityHours).sum();
    return new ProposalApi.View(
        row.id(),
        row.requestId(),
        new ProposalApi.RequestRef(request.id(), request.title()),
        new ProposalApi.Ref(row.partnerId(), partner),
        row.status().name(),
        t.people().stream()
            .map(
                p ->
                    new PartnerApi.PersonView(
                        p.name(),
                        p.email(),
                        p.title(),
                        p.zone(),
                        p.capacityHours(),
                        p.shifts(),
                        PartnerDirectory.levels(p.skills(), names)))
            .toList(),
        t.hourlyRate(),
        Math.round(t.hourlyRate() * hours * 100) / 100.0,
        t.tier(),
        new ProposalApi.Commitments(t.responseMinutes(), t.resolutionHours(), t.commitmentNotes()),
        t.startsOn(),
        request.endsOn(),
        t.notes(),
        row.decisionComment(),
        row.decidedBy(),
        row.decidedAt(),
        row.engagementId(),
        row.createdBy(),
        row.createdAt(),
        row.submittedAt(),
        row.updatedAt(),
        row.version(),
        withHistory ? store.history(row.id()) : null);
  }

  private static void requireVersion(ProposalStore.Row row, Long version) {
    if (version == null) {
      throw Refused.invalid("version", "required: the version you read, to detect a lost update");
    }
    if (version != row.version()) {
      throw stale(row.version());
    }
  }

  private static Refused stale(long now) {
    return Refused.conflict(
        "version", "the proposal changed since you read it (now version " + now + "): reload it");
  }

  private static String actor(Caller caller) {
    return caller.displayName() + " (" + caller.username() + ")";
  }

  private static String name(Caller caller) {
    return caller.displayName();
  }

  private static String blankToNull(String text) {
    return text == null || text.isBlank() ? null : text.strip();
  }

  private static String clip(String text, int max) {
    return text.length() <= max ? text : text.substring(0, max - 1) + "…";
  }

  private static HttpStatusException notFound(long id) {
    return new HttpStatusException(HttpStatus.NOT_FOUND, "No proposal " + id);
  }
}
