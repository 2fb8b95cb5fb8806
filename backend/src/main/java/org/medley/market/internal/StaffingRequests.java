package org.medley.market.internal;

import io.micronaut.http.HttpStatus;
import io.micronaut.http.exceptions.HttpStatusException;
import io.micronaut.transaction.annotation.ReadOnly;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import org.medley.coverage.Catalog;
import org.medley.identity.Caller;
import org.medley.market.StaffingKind;
import org.medley.market.StaffingRequest;
import org.medley.market.StaffingStatus;
import org.medley.platform.Problem;
import org.medley.platform.Refused;

/** Opening, reading and cancelling a tenant's staffing requests, with an audit of who did what. */
@Singleton
class StaffingRequests {

  private final StaffingRequestStore store;
  private final Catalog catalog;
  private final Clock clock;

  StaffingRequests(StaffingRequestStore store, Catalog catalog, Clock clock) {
    this.store = store;
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
    return view(store.find(tenant, id, false).orElseThrow(), true);
  }

  @ReadOnly
  Api.StaffingRequestView get(long tenant, long id) {
    return view(store.find(tenant, id, false).orElseThrow(() -> notFound(id)), true);
  }

  @ReadOnly
  Api.Page<Api.StaffingRequestView> list(
      long tenant,
      StaffingRequestStore.Filter filter,
      String sort,
      boolean descending,
      int page,
      int size) {
    var slice = store.list(tenant, filter, sort, descending, page, size);
    return new Api.Page<>(
        slice.rows().stream().map(r -> view(r, false)).toList(), page, size, slice.total());
  }

  @Transactional
  Api.StaffingRequestView cancel(Caller caller, long id, Api.Cancel input) {
    long tenant = caller.tenantId();
    var row = store.find(tenant, id, true).orElseThrow(() -> notFound(id));
    if (input.version() != null && input.version() != row.version()) {
      throw Refused.conflict(
          "version",
          "the request changed since you read it (now version " + row.version() + "): reload it");
    }
    StaffingRequest.Event event =
        StaffingRequest.restore(row.terms(), row.status())
            .cancel(caller.username(), input.reason().strip(), clock);
    store.changeStatus(id, row.version(), StaffingStatus.CANCELLED, event.at());
    store.audit(id, event, caller.displayName());
    return get(tenant, id);
  }

  private Api.StaffingRequestView view(StaffingRequestStore.Row row, boolean withHistory) {
    var t = row.terms();
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
        withHistory ? store.history(row.id()) : null);
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
