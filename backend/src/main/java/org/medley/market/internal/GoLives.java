package org.medley.market.internal;

import io.micronaut.http.HttpStatus;
import io.micronaut.http.exceptions.HttpStatusException;
import io.micronaut.transaction.annotation.ReadOnly;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import org.medley.coverage.Catalog;
import org.medley.coverage.SurgeCoverage;
import org.medley.coverage.TicketHistory;
import org.medley.coverage.Tier;
import org.medley.identity.Caller;
import org.medley.identity.Hospitals;
import org.medley.platform.Refused;

/**
 * Go-live events of a tenant: their window, the surge expected from ticket history ({@link
 * GoLiveSurge}), the command-center plan, coverage over the window with both applied ({@link
 * SurgeCoverage}), and a staffing request for what is still short ({@link GoLiveShortfall}). Window
 * dates are the hospital's: a window runs from midnight there on its first day to midnight after
 * its last.
 */
@Singleton
class GoLives {

  /** Statuses of a staffing request that no longer stand open for the event's shortfall. */
  private static final List<String> CLOSED_REQUEST = List.of("CANCELLED", "AWARDED");

  private final GoLiveRepository events;
  private final GoLiveStore store;
  private final StaffingRequests requests;
  private final Catalog catalog;
  private final SurgeCoverage coverage;
  private final TicketHistory tickets;
  private final Hospitals hospitals;
  private final Clock clock;

  GoLives(
      GoLiveRepository events,
      GoLiveStore store,
      StaffingRequests requests,
      Catalog catalog,
      SurgeCoverage coverage,
      TicketHistory tickets,
      Hospitals hospitals,
      Clock clock) {
    this.events = events;
    this.store = store;
    this.requests = requests;
    this.catalog = catalog;
    this.coverage = coverage;
    this.tickets = tickets;
    this.hospitals = hospitals;
    this.clock = clock;
  }

  @Transactional
  GoLiveApi.GoLiveView create(Caller caller, GoLiveApi.Terms input) {
    long tenant = caller.tenantId();
    Catalog.ApplicationRef app = application(tenant, input.applicationId());
    GoLiveEvent.checkWindow(input.startsOn(), input.endsOn());
    GoLiveKind kind = GoLiveKind.valueOf(input.kind());
    Instant now = clock.instant();
    GoLiveRow row =
        events.save(
            new GoLiveRow(
                null,
                tenant,
                app.id(),
                kind,
                title(input.title(), kind, app.name()),
                GoLiveStatus.PLANNED,
                input.startsOn(),
                input.endsOn(),
                blankToNull(input.notes()),
                null,
                caller.username(),
                now,
                now,
                0));
    store.audit(
        row.id(),
        new GoLiveEvent.Event("CREATED", caller.username(), now, null),
        caller.displayName());
    return get(tenant, row.id());
  }

  @ReadOnly
  GoLiveApi.GoLiveView get(long tenant, long id) {
    GoLiveRow row = events.findByIdAndTenantId(id, tenant).orElseThrow(() -> notFound(id));
    return view(row, true, new HashMap<>());
  }

  @ReadOnly
  Api.Page<GoLiveApi.GoLiveView> list(
      long tenant,
      GoLiveStatus status,
      Long applicationId,
      String sort,
      boolean descending,
      int page,
      int size) {
    var found =
        events.list(
            tenant,
            status == null ? null : status.name(),
            applicationId,
            Api.Page.request(page, size, sort, descending));
    Map<Long, Catalog.ApplicationRef> apps = new HashMap<>();
    return new Api.Page<>(
        found.getContent().stream().map(r -> view(r, false, apps)).toList(),
        page,
        size,
        found.getTotalSize());
  }

  @Transactional
  GoLiveApi.GoLiveView update(Caller caller, long id, GoLiveApi.Terms input) {
    long tenant = caller.tenantId();
    if (input.version() == null) {
      throw Refused.invalid("version", "send the version you read, so no change is lost");
    }
    GoLiveRow row = locked(tenant, id, input.version());
    GoLiveEvent.checkOpen(row.status(), "window");
    Catalog.ApplicationRef app = application(tenant, input.applicationId());
    GoLiveEvent.checkWindow(input.startsOn(), input.endsOn());
    ZoneId zone = hospitals.zone(tenant);
    Instant from = input.startsOn().atStartOfDay(zone).toInstant();
    Instant until = input.endsOn().plusDays(1).atStartOfDay(zone).toInstant();
    long outside =
        store.plan(id).stream()
            .filter(e -> e.startsAt().isBefore(from) || e.endsAt().isAfter(until))
            .count();
    if (outside > 0) {
      throw Refused.conflict(
          "endsOn",
          outside
              + " plan "
              + (outside == 1 ? "entry falls" : "entries fall")
              + " outside the new window: move or remove them first");
    }
    GoLiveKind kind = GoLiveKind.valueOf(input.kind());
    Instant now = clock.instant();
    events.changeTerms(
        id,
        row.version(),
        app.id(),
        kind.name(),
        title(input.title(), kind, app.name()),
        input.startsOn(),
        input.endsOn(),
        blankToNull(input.notes()),
        now);
    store.audit(
        id,
        new GoLiveEvent.Event(
            "UPDATED",
            caller.username(),
            now,
            app.name() + ", " + input.startsOn() + " to " + input.endsOn()),
        caller.displayName());
    return get(tenant, id);
  }

  /** Takes a step of the state machine: STARTED, FINISHED or CANCELLED. */
  @Transactional
  GoLiveApi.GoLiveView step(Caller caller, long id, String action, String reason, Long version) {
    long tenant = caller.tenantId();
    GoLiveRow row = locked(tenant, id, version);
    GoLiveStatus next = GoLiveEvent.step(row.status(), action);
    Instant now = clock.instant();
    events.changeStatus(id, row.version(), next.name(), now);
    store.audit(
        id,
        new GoLiveEvent.Event(action, caller.username(), now, blankToNull(reason)),
        caller.displayName());
    return get(tenant, id);
  }

  @Transactional
  GoLiveApi.GoLiveView addEntry(Caller caller, long id, GoLiveApi.NewEntry input) {
    long tenant = caller.tenantId();
    GoLiveRow row = locked(tenant, id, null);
    GoLiveEvent.checkOpen(row.status(), "plan");
    ZoneId zone = hospitals.zone(tenant);
    GoLiveEvent.checkEntry(
        input.startsAt(),
        input.endsAt(),
        row.startsOn().atStartOfDay(zone).toInstant(),
        row.endsOn().plusDays(1).atStartOfDay(zone).toInstant());
    String name = blankToNull(input.name());
    if (input.staffId() != null) {
      var person = coverage.people(tenant, List.of(input.staffId())).get(input.staffId());
      if (person == null) {
        // Another tenant's staff member reads exactly like one that does not exist.
        throw Refused.invalid("staffId", "no staff member " + input.staffId());
      }
      name = name == null ? person.name() : name;
    } else if (name == null) {
      throw Refused.invalid("name", "name a staff member (staffId) or someone from outside (name)");
    }
    if (store.plan(id).size() >= GoLiveStore.MAX_ENTRIES) {
      throw Refused.conflict("plan", "at most " + GoLiveStore.MAX_ENTRIES + " plan entries");
    }
    Instant now = clock.instant();
    Tier tier = Tier.valueOf(input.tier());
    store.addEntry(
        id,
        new GoLiveStore.Entry(
            0,
            input.staffId(),
            name,
            tier,
            input.startsAt(),
            input.endsAt(),
            blankToNull(input.role()),
            caller.username(),
            now));
    store.audit(
        id,
        new GoLiveEvent.Event(
            "PLANNED",
            caller.username(),
            now,
            name + " at " + tier + ", " + input.startsAt() + " to " + input.endsAt()),
        caller.displayName());
    return get(tenant, id);
  }

  @Transactional
  GoLiveApi.GoLiveView removeEntry(Caller caller, long id, long entryId) {
    long tenant = caller.tenantId();
    GoLiveRow row = locked(tenant, id, null);
    GoLiveEvent.checkOpen(row.status(), "plan");
    var entry =
        store.plan(id).stream()
            .filter(e -> e.id() == entryId)
            .findFirst()
            .orElseThrow(
                () ->
                    new HttpStatusException(
                        HttpStatus.NOT_FOUND, "No plan entry " + entryId + " in go-live " + id));
    store.removeEntry(id, entryId);
    store.audit(
        id,
        new GoLiveEvent.Event("UNPLANNED", caller.username(), clock.instant(), entry.name()),
        caller.displayName());
    return get(tenant, id);
  }

  /** Opens a GO_LIVE_SURGE staffing request for what the plan leaves short. */
  @Transactional
  Api.StaffingRequestView openRequest(Caller caller, long id) {
    long tenant = caller.tenantId();
    GoLiveRow row = locked(tenant, id, null);
    GoLiveEvent.checkOpen(row.status(), "staffing");
    if (row.staffingRequestId() != null) {
      var open = requests.get(tenant, row.staffingRequestId());
      if (!CLOSED_REQUEST.contains(open.status())) {
        throw Refused.conflict(
            "staffingRequest",
            "staffing request " + open.id() + " is already open for this go-live");
      }
    }
    GoLiveApi.GoLiveView view = view(row, false, new HashMap<>());
    GoLiveApi.Estimate estimate = estimate(tenant, row);
    GoLiveApi.Coverage window = coverage(tenant, row, estimate, store.plan(id));
    if (window == null) {
      throw Refused.conflict(
          "applicationId", "the application is not in the coverage matrix: nothing to size");
    }
    GoLiveApi.Short missing = window.stillShort();
    if (missing.peopleNeeded() == 0) {
      throw Refused.conflict("plan", "the plan covers the expected surge: nothing is short");
    }
    LocalDate today = today(tenant);
    String app = view.application().name();
    String during = row.kind() == GoLiveKind.GO_LIVE ? "go-live" : "upgrade";
    String expected =
        estimate.multiplier() == null
            ? String.format(
                Locale.ROOT,
                "Expected %s tickets a day during the %s, as in the week after past go-lives"
                    + " (%s); it has no usual volume yet.",
                estimate.expectedPerDay(),
                during,
                basis(estimate))
            : String.format(
                Locale.ROOT,
                "Expected %s tickets a day during the %s against a usual %s (× %s, %s).",
                estimate.expectedPerDay(),
                during,
                estimate.baselinePerDay(),
                estimate.multiplier(),
                basis(estimate));
    String rationale = expected + " " + String.join(" ", missing.reasons());
    boolean experts = missing.expertsShort() > 0 || missing.uncoveredHours() > 0;
    var created =
        requests.open(
            caller,
            new Api.NewRequest(
                clip("Go-live surge cover for " + app + " from " + row.startsOn(), 200),
                "GO_LIVE_SURGE",
                List.of(row.applicationId()),
                // Experts for uncovered hours; surge tickets alone are first-line work.
                experts ? 3 : 2,
                missing.peopleNeeded(),
                Math.max(1.0, missing.hoursPerWeek()),
                clip("Command center " + row.startsOn() + " to " + row.endsOn(), 200),
                row.startsOn().isBefore(today) ? today : row.startsOn(),
                row.endsOn(),
                clip("For the go-live event “" + row.title() + "” (" + row.id() + ").", 4000),
                clip(rationale, 2000)));
    Instant now = clock.instant();
    events.linkRequest(id, created.id(), now);
    store.audit(
        id,
        new GoLiveEvent.Event(
            "REQUESTED",
            caller.username(),
            now,
            "Staffing request " + created.id() + ": " + missing.peopleNeeded() + " people"),
        caller.displayName());
    return created;
  }

  // ---- views

  private GoLiveApi.GoLiveView view(
      GoLiveRow row, boolean full, Map<Long, Catalog.ApplicationRef> apps) {
    long tenant = row.tenantId();
    Catalog.ApplicationRef app =
        apps.computeIfAbsent(
            row.applicationId(),
            k ->
                catalog
                    .application(tenant, k)
                    .orElse(new Catalog.ApplicationRef(k, "?", "?", null, "?", 4, 0)));
    GoLiveApi.RequestRef request = null;
    if (row.staffingRequestId() != null) {
      var r = requests.get(tenant, row.staffingRequestId());
      request = new GoLiveApi.RequestRef(r.id(), r.title(), r.status());
    }
    GoLiveApi.Estimate estimate = null;
    List<GoLiveApi.PlanEntry> plan = null;
    GoLiveApi.Coverage window = null;
    if (full) {
      estimate = estimate(tenant, row);
      List<GoLiveStore.Entry> entries = store.plan(row.id());
      plan = plan(tenant, entries);
      window = coverage(tenant, row, estimate, entries);
    }
    return new GoLiveApi.GoLiveView(
        row.id(),
        new GoLiveApi.ApplicationRef(app.id(), app.name(), app.category()),
        row.kind().name(),
        row.title(),
        row.status().name(),
        row.startsOn(),
        row.endsOn(),
        row.notes(),
        request,
        row.createdBy(),
        row.createdAt(),
        row.updatedAt(),
        row.version(),
        estimate,
        plan,
        window,
        full ? store.history(row.id()) : null);
  }

  private GoLiveApi.Estimate estimate(long tenant, GoLiveRow row) {
    LocalDate today = today(tenant);
    ZoneId zone = hospitals.zone(tenant);
    Map<Long, Catalog.ApplicationRef> apps = new HashMap<>();
    List<GoLiveSurge.Past> past = new ArrayList<>();
    for (GoLiveRow p : events.past(tenant, today)) {
      if (p.id().equals(row.id())) {
        continue;
      }
      var app =
          apps.computeIfAbsent(p.applicationId(), k -> catalog.application(tenant, k).orElse(null));
      if (app != null) {
        past.add(
            new GoLiveSurge.Past(app.id(), app.name(), app.category(), p.startsOn(), p.kind()));
      }
    }
    String category =
        catalog
            .application(tenant, row.applicationId())
            .map(Catalog.ApplicationRef::category)
            .orElse("");
    GoLiveSurge surge =
        new GoLiveSurge(
            (applicationId, from, days) ->
                tickets
                    .dailyVolumes(
                        tenant, List.of(applicationId), from.atStartOfDay(zone).toInstant(), days)
                    .getOrDefault(applicationId, new long[days]));
    var e = surge.estimate(row.applicationId(), category, row.startsOn(), today, past);
    return new GoLiveApi.Estimate(
        e.baselinePerDay(),
        e.expectedPerDay(),
        e.multiplier(),
        e.basis().name(),
        e.method().name(),
        GoLiveSurge.DAYS_BEFORE,
        GoLiveSurge.DAYS_AFTER,
        e.history().stream()
            .map(
                s ->
                    new GoLiveApi.HistoryPoint(
                        s.applicationId(),
                        s.application(),
                        s.wentLiveOn(),
                        s.kind().name(),
                        s.beforePerDay(),
                        s.afterPerDay(),
                        s.ratio(),
                        s.capped()))
            .toList());
  }

  private List<GoLiveApi.PlanEntry> plan(long tenant, List<GoLiveStore.Entry> entries) {
    var people =
        coverage.people(
            tenant,
            entries.stream().map(GoLiveStore.Entry::staffId).filter(Objects::nonNull).toList());
    return entries.stream()
        .map(
            e -> {
              var person = e.staffId() == null ? null : people.get(e.staffId());
              String kind =
                  e.staffId() == null ? "OUTSIDER" : person == null ? "FORMER" : person.kind();
              return new GoLiveApi.PlanEntry(
                  e.id(),
                  e.staffId(),
                  e.name(),
                  kind,
                  person == null ? null : person.employer(),
                  e.tier().name(),
                  e.startsAt(),
                  e.endsAt(),
                  Math.round(Duration.between(e.startsAt(), e.endsAt()).toMinutes() / 6.0) / 10.0,
                  e.role(),
                  e.createdBy(),
                  e.createdAt());
            })
        .toList();
  }

  private GoLiveApi.Coverage coverage(
      long tenant, GoLiveRow row, GoLiveApi.Estimate estimate, List<GoLiveStore.Entry> entries) {
    ZoneId zone = hospitals.zone(tenant);
    Instant from = row.startsOn().atStartOfDay(zone).toInstant();
    Instant until = row.endsOn().plusDays(1).atStartOfDay(zone).toInstant();
    List<SurgeCoverage.Helper> helpers =
        entries.stream()
            .map(e -> new SurgeCoverage.Helper(e.staffId(), e.tier(), e.startsAt(), e.endsAt()))
            .toList();
    return coverage
        .evaluate(
            tenant,
            row.applicationId(),
            from,
            until,
            estimate.baselinePerDay(),
            estimate.expectedPerDay(),
            helpers)
        .map(
            r -> {
              GoLiveShortfall.Short s = GoLiveShortfall.of(r);
              return new GoLiveApi.Coverage(
                  from,
                  until,
                  r.windowHours(),
                  r.effortHoursPerTicket(),
                  r.before(),
                  r.after(),
                  new GoLiveApi.Short(
                      s.surgeHours(),
                      s.surgeHoursLeft(),
                      s.uncoveredHours(),
                      s.shortHours(),
                      s.hoursPerWeek(),
                      s.expertsShort(),
                      s.peopleNeeded(),
                      s.reasons()));
            })
        .orElse(null);
  }

  // ---- helpers

  private GoLiveRow locked(long tenant, long id, Long version) {
    GoLiveRow row = events.findByIdAndTenantIdForUpdate(id, tenant).orElseThrow(() -> notFound(id));
    if (version != null && version != row.version()) {
      throw Refused.conflict(
          "version",
          "the go-live changed since you read it (now version " + row.version() + "): reload it");
    }
    return row;
  }

  private Catalog.ApplicationRef application(long tenant, long applicationId) {
    // Another tenant's application reads exactly like one that does not exist.
    return catalog
        .application(tenant, applicationId)
        .orElseThrow(() -> Refused.invalid("applicationId", "no application " + applicationId));
  }

  private LocalDate today(long tenant) {
    return LocalDate.ofInstant(clock.instant(), hospitals.zone(tenant));
  }

  private static String basis(GoLiveApi.Estimate e) {
    long used =
        e.multiplier() == null
            ? e.history().size()
            : e.history().stream().filter(h -> h.ratio() != null).count();
    return switch (e.basis()) {
      case "APPLICATION" -> "from the application's own past go-lives and upgrades: " + used;
      case "CATEGORY" -> "from " + used + " past go-lives and upgrades of its category";
      default -> "a default: no past go-live to learn from";
    };
  }

  private static String title(String given, GoLiveKind kind, String application) {
    if (given != null && !given.isBlank()) {
      return given.strip();
    }
    return clip((kind == GoLiveKind.GO_LIVE ? "Go-live of " : "Upgrade of ") + application, 200);
  }

  private static String clip(String text, int max) {
    return text.length() <= max ? text : text.substring(0, max - 1) + "…";
  }

  private static String blankToNull(String text) {
    return text == null || text.isBlank() ? null : text.strip();
  }

  private static HttpStatusException notFound(long id) {
    return new HttpStatusException(HttpStatus.NOT_FOUND, "No go-live " + id);
  }
}
