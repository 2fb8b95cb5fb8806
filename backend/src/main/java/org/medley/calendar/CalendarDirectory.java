package org.medley.calendar;

import java.util.List;
import java.util.Optional;

/** A tenant's stored business calendars, for features that need to know when one is open. */
public interface CalendarDirectory {

  record StoredCalendar(long id, String name, BusinessCalendar calendar) {}

  Optional<StoredCalendar> calendar(long tenantId, long calendarId);

  /** All of the tenant's calendars, by name (a tenant has a handful). */
  List<StoredCalendar> calendars(long tenantId);

  /** Whether the tenant has this calendar (another tenant's is simply not there). */
  boolean exists(long tenantId, long calendarId);

  /**
   * The calendar a stored policy or timer refers to, whatever its tenant: calendars are never
   * changed or deleted, so sweeps ask by id alone and get the cached parse.
   */
  BusinessCalendar byId(long calendarId);

  /**
   * Stores a new calendar for the tenant, checked as {@code POST /api/calendars} checks it (400
   * naming each field; 409 when the tenant has a calendar of that name); returns its id. Joins the
   * caller's transaction.
   */
  long createCalendar(long tenantId, CalendarSpec spec);
}
