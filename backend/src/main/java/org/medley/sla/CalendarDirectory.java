package org.medley.sla;

import java.util.List;
import java.util.Optional;

/** A tenant's stored business calendars, for features that need to know when one is open. */
public interface CalendarDirectory {

  record StoredCalendar(long id, String name, BusinessCalendar calendar) {}

  Optional<StoredCalendar> calendar(long tenantId, long calendarId);

  /** All of the tenant's calendars, by name (a tenant has a handful). */
  List<StoredCalendar> calendars(long tenantId);
}
