package org.medley.coverage.internal;

import io.micronaut.context.event.ApplicationEventPublisher;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.DayOfWeek;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.medley.calendar.CalendarDirectory;
import org.medley.calendar.CalendarSpec;
import org.medley.calendar.IntervalSpec;
import org.medley.coverage.DeviceClasses;
import org.medley.identity.Hospitals;

/** Device classes as catalog rows (see {@link DeviceClasses}). */
@Singleton
class DeviceClassRows implements DeviceClasses {

  private final ApplicationStore applications;
  private final CoverageRevisions revisions;
  private final CalendarDirectory calendars;
  private final ApplicationEventPublisher<CoverageChanged> changes;
  private final Clock clock;
  private final Hospitals hospitals;

  DeviceClassRows(
      ApplicationStore applications,
      CoverageRevisions revisions,
      CalendarDirectory calendars,
      ApplicationEventPublisher<CoverageChanged> changes,
      Clock clock,
      Hospitals hospitals) {
    this.hospitals = hospitals;
    this.applications = applications;
    this.revisions = revisions;
    this.calendars = calendars;
    this.changes = changes;
    this.clock = clock;
  }

  @Override
  public long keep(long tenantId, String deviceClass, int criticality) {
    String name = deviceClass.strip();
    var existing = applications.applicationIdByName(tenantId, name);
    CalendarDirectory.StoredCalendar calendar = null;
    long id;
    if (existing.isEmpty()) {
      calendar = aroundTheClock(tenantId);
      id =
          applications.insertApplication(
              tenantId,
              new ApplicationStore.ApplicationFields(
                  name, VENDOR, null, CATEGORY, criticality, "LIVE", calendar.id(), List.of()),
              clock.instant());
    } else {
      id = existing.get();
      Snapshot.App app = applications.application(tenantId, id).orElseThrow();
      if (!CATEGORY.equals(app.category()) || app.criticality() == criticality) {
        return id;
      }
      // Our own transaction read the version just now: a concurrent edit makes this a no-op.
      if (!applications.updateApplication(
          tenantId,
          id,
          app.version(),
          new ApplicationStore.ApplicationFields(
              app.name(),
              app.vendor(),
              app.vendorId(),
              app.category(),
              criticality,
              app.lifecycle(),
              app.calendarId(),
              null))) {
        return id;
      }
    }
    Snapshot.App app = applications.application(tenantId, id).orElseThrow();
    changes.publishEvent(
        new CoverageChanged(
            tenantId,
            revisions.revision(tenantId),
            new CoverageModel.Change.ApplicationSet(app),
            calendar));
    return id;
  }

  private CalendarDirectory.StoredCalendar aroundTheClock(long tenantId) {
    List<CalendarDirectory.StoredCalendar> all = calendars.calendars(tenantId);
    return all.stream()
        .filter(c -> c.name().equalsIgnoreCase("24x7"))
        .findFirst()
        .or(() -> all.stream().min(Comparator.comparingLong(CalendarDirectory.StoredCalendar::id)))
        .orElseGet(() -> created24x7(tenantId));
  }

  /** A new hospital may have no calendar yet: it gets the round-the-clock one devices need. */
  private CalendarDirectory.StoredCalendar created24x7(long tenantId) {
    Map<String, List<IntervalSpec>> week = new LinkedHashMap<>();
    for (DayOfWeek day : DayOfWeek.values()) {
      week.put(day.name(), List.of(new IntervalSpec("00:00", "00:00")));
    }
    long id =
        calendars.createCalendar(
            tenantId, new CalendarSpec("24x7", hospitals.zone(tenantId).getId(), week, List.of()));
    return calendars.calendar(tenantId, id).orElseThrow();
  }
}
