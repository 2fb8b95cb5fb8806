package org.medley.calendar.internal;

import jakarta.inject.Singleton;
import java.util.Optional;
import org.medley.calendar.CalendarDirectory;
import org.medley.identity.Hospitals;
import org.medley.platform.SetupStep;

/**
 * The checklist's business calendars, and identity's check that a hospital's default calendar is
 * one of its own.
 */
@Singleton
class CalendarsStep implements SetupStep, Hospitals.Calendars {

  private final CalendarDirectory calendars;

  CalendarsStep(CalendarDirectory calendars) {
    this.calendars = calendars;
  }

  @Override
  public String key() {
    return "calendars";
  }

  @Override
  public String label() {
    return "Business calendars";
  }

  @Override
  public String hint() {
    return "Add the opening hours and holidays your service levels count in.";
  }

  @Override
  public String link() {
    return "/admin/calendars";
  }

  @Override
  public int order() {
    return 20;
  }

  @Override
  public long count(long tenantId) {
    return calendars.calendars(tenantId).size();
  }

  @Override
  public Optional<String> name(long tenantId, long calendarId) {
    return calendars.calendar(tenantId, calendarId).map(CalendarDirectory.StoredCalendar::name);
  }
}
