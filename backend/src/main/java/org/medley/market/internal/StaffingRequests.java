package org.medley.market.internal;

import io.micronaut.http.HttpStatus;
import io.micronaut.http.exceptions.HttpStatusException;
import io.micronaut.transaction.annotation.ReadOnly;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.medley.coverage.Catalog;
import org.medley.identity.Caller;
import org.medley.identity.Partners;
import org.medley.market.StaffingKind;
import org.medley.market.StaffingRequest;
import org.medley.market.StaffingStatus;
import org.medley.platform.Problem;
import org.medley.platform.Refused;

/**
 * Opening, publishing, reading and cancelling a tenant's staffing requests, with an audit of who
 * did what. A partner's people read only the requests published to their organisation, without the
 * names of the other partners who see them.
 */
@Singleton
class StaffingRequests {

  private final StaffingRequestStore store;
  private final RequestAudiences audiences;
  private final Partners partners;
  private final Catalog catalog;
  private final Clock clock;

  StaffingRequests(
      StaffingRequestStore store,
      RequestAudiences audiences,
      Partners partners,
      Catalog catalog,
      Clock clock) {
    this.store = store;
    this.audiences = audiences;
    this.partners = partners;
    this.catalog = catalog;
    this.clock = clock;
  }

  @Transactional
  Api.StaffingRequestView open(Caller caller, Api.NewRequest input) {
    long tenant = caller.tenantId();
    List<String> names = new ArrayList<>();
    List<Problem.FieldError> unknown = new ArrayList<>();
    for (int i = 0; i < input.applicationIds().size(); i++) {
      long id = input.applicationIds().get(i);
      var app = catalog.application(tenant, id);
      if (app.isEmpty()) {
        // Another tenant's application reads exactly like one that does not exist.
        unknown.add(new Problem.FieldError("applicationIds[" + i + "]", "no application " + id));
      } else {
        names.add(app.get().name());
      }
    }
    if (!unknown.isEmpty()) {
      throw Refused.invalid(unknown);
    }
    String title =
        input.title() == null || input.title().isBlank()
            ? defaultTitle(names, input.minimumLevel())
            : input.title().strip();
    var terms =
        new StaffingRequest.Terms(
            title,
            StaffingKind.valueOf(input.kind()),
            input.applicationIds(),
            input.minimumLevel(),
            input.peopleNeeded(),
            input.hoursPerWeek(),
            input.supportWindow().strip(),
            input.startsOn(),
            input.endsOn(),
            blankToNull(input.notes()),
            blankToNull(input.rationale()));
    StaffingRequest request = StaffingRequest.open(terms, clock);
    long id = store.insert(tenant, request.terms(), caller.username(), clock.instant());
    store.audit(
        id,
        new StaffingRequest.Event("CREATED", caller.username(), clock.instant(), null),
        caller.displayName());
    return view(tenant, store.find(tenant, id, false).orElseThrow(), true, true);
  }

  @ReadOnly
  Api.StaffingRequestView get(long tenant, long id) {
    return view(tenant, store.find(tenant, id, false).orElseThrow(() -> notFound(id)), true, true);
  }

  /** The request as the caller may read it: a partner's only if published to it. */
  @ReadOnly
  Api.StaffingRequestView get(Caller caller, long id) {
    StaffingRequestStore.Row row = readable(caller, id);
    return view(caller.tenantId(), row, true, !PartnerDirectory.worksForPartner(caller));
  }

  /** The request if the caller may read it, else 404 (a partner: published to it). */
  StaffingRequestStore.Row readable(Caller caller, long id) {
    var row = store.find(caller.tenantId(), id, false).orElseThrow(() -> notFound(id));
    if (PartnerDirectory.worksForPartner(caller) && !reaches(row, caller.organizationId())) {
      throw notFound(id);
    }
    return row;
  }

  boolean reaches(StaffingRequestStore.Row row, long partnerId) {
    return (row.status() == StaffingStatus.PUBLISHED || row.status() == StaffingStatus.AWARDED)
        && audiences.reaches(row.id(), partnerId);
  }

  @Transactional
  Api.StaffingRequestView publish(Caller caller, long id, Api.Publish input) {
    long tenant = caller.tenantId();
    var row = store.find(tenant, id, true).orElseThrow(() -> notFound(id));
    if (input.version() != null && input.version() != row.version()) {
      throw stale(row.version());
    }
    boolean all = Boolean.TRUE.equals(input.all());
    List<Long> ids = input.partnerIds() == null ? List.of() : input.partnerIds();
    if (all == !ids.isEmpty()) {
      throw Refused.invalid(
          "partnerIds", "name the partners to publish to, or send \"all\": true (not both)");
    }
    Map<Long, String> known = new java.util.HashMap<>();
    partners.of(tenant).forEach(p -> known.put(p.id(), p.name()));
    List<Problem.FieldError> unknown = new ArrayList<>();
    for (int i = 0; i < ids.size(); i++) {
      if (!known.containsKey(ids.get(i))) {
        // Another hospital's partner reads exactly like one that does not exist.
        unknown.add(
            new Problem.FieldError(
                "partnerIds[" + i + "]", "no partner " + ids.get(i) + " works for this hospital"));
      }
    }
    if (!unknown.isEmpty()) {
      throw Refused.invalid(unknown);
    }
    String audience = audiences.audience(id);
    if (!all && RequestAudiences.ALL.equals(audience)) {
      throw Refused.conflict("partnerIds", "this request is already published to all partners");
    }
    StaffingRequest request = StaffingRequest.restore(row.terms(), row.status());
    StaffingRequest.Event event =
        request.publish(
            caller.username(),
            all
                ? "to all partners"
                : "to " + String.join(", ", ids.stream().distinct().map(known::get).toList()),
            clock);
    if (!store.changeStatus(id, row.version(), request.status(), event.at())) {
      throw stale(row.version());
    }
    if (all) {
      audiences.publishToAll(id);
    } else {
      audiences.shortlist(id, ids, caller.username(), event.at(), audience == null);
    }
    store.audit(id, event, caller.displayName());
    return get(tenant, id);
  }

  @ReadOnly
  Api.Page<Api.StaffingRequestView> list(
      Caller caller,
      StaffingStatus status,
      Long applicationId,
      String sort,
      boolean descending,
      int page,
      int size) {
    boolean partner = PartnerDirectory.worksForPartner(caller);
    var filter =
        new StaffingRequestStore.Filter(
            status, applicationId, partner ? caller.organizationId() : null);
    var slice = store.list(caller.tenantId(), filter, sort, descending, page, size);
    return new Api.Page<>(
        slice.rows().stream().map(r -> view(caller.tenantId(), r, false, !partner)).toList(),
        page,
        size,
        slice.total());
  }

  @Transactional
  Api.StaffingRequestView cancel(Caller caller, long id, Api.Cancel input) {
    long tenant = caller.tenantId();
    var row = store.find(tenant, id, true).orElseThrow(() -> notFound(id));
    if (input.version() != null && input.version() != row.version()) {
      throw stale(row.version());
    }
    StaffingRequest.Event event =
        StaffingRequest.restore(row.terms(), row.status())
            .cancel(caller.username(), input.reason().strip(), clock);
    store.changeStatus(id, row.version(), StaffingStatus.CANCELLED, event.at());
    store.audit(id, event, caller.displayName());
    return get(tenant, id);
  }

  /** The request's new status, audited, if it is still at {@code version}. */
  void record(
      StaffingRequestStore.Row row,
      StaffingRequest request,
      StaffingRequest.Event event,
      String actorName) {
    if (!store.changeStatus(row.id(), row.version(), request.status(), event.at())) {
      throw stale(row.version());
    }
    store.audit(row.id(), event, actorName);
  }

  static Refused stale(long now) {
    return Refused.conflict(
        "version", "the request changed since you read it (now version " + now + "): reload it");
  }

  /**
   * A request as read; the hospital ({@code hospital}) also sees whom it was published to, and the
   * history only on a single read.
   */
  private Api.StaffingRequestView view(
      long tenant, StaffingRequestStore.Row row, boolean withHistory, boolean hospital) {
    var t = row.terms();
    String audience = hospital ? audiences.audience(row.id()) : null;
    List<Api.PublishedTo> publishedTo = null;
    if (hospital && RequestAudiences.SHORTLIST.equals(audience)) {
      Map<Long, String> names = new java.util.HashMap<>();
      partners.of(tenant).forEach(p -> names.put(p.id(), p.name()));
      publishedTo =
          audiences.shortlist(row.id()).stream()
              .map(
                  s ->
                      new Api.PublishedTo(
                          s.partnerId(), names.getOrDefault(s.partnerId(), "—"), s.at()))
              .toList();
    }
    return new Api.StaffingRequestView(
        row.id(),
        t.title(),
        t.kind().name(),
        row.status().name(),
        row.applications(),
        t.minimumLevel(),
        t.peopleNeeded(),
        t.hoursPerWeek(),
        t.supportWindow(),
        t.startsOn(),
        t.endsOn(),
        t.notes(),
        t.rationale(),
        row.createdBy(),
        row.createdAt(),
        row.updatedAt(),
        row.version(),
        audience,
        publishedTo,
        withHistory && hospital ? store.history(row.id()) : null);
  }

  static String defaultTitle(List<String> applications, int level) {
    String what =
        applications.size() == 1
            ? applications.get(0)
            : applications.get(0) + " and " + (applications.size() - 1) + " more";
    String title = "Level " + level + "+ support for " + what;
    return title.length() <= 200 ? title : title.substring(0, 199) + "…";
  }

  private static String blankToNull(String text) {
    return text == null || text.isBlank() ? null : text.strip();
  }

  private static HttpStatusException notFound(long id) {
    return new HttpStatusException(HttpStatus.NOT_FOUND, "No staffing request " + id);
  }
}
