package org.medley.market.internal;

import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Comparator;
import org.medley.calendar.CalendarDirectory;
import org.medley.market.Engagement;

/**
 * The date at the hospital, on which contract dates are judged: an engagement ending on the 31st
 * runs until midnight there, not in UTC. The zone is that of the tenant's first calendar (as SLA
 * compliance reports use), UTC for a tenant without calendars.
 */
@Singleton
class HospitalDay {

  private final CalendarDirectory calendars;
  private final Clock clock;

  HospitalDay(CalendarDirectory calendars, Clock clock) {
    this.calendars = calendars;
    this.clock = clock;
  }

  LocalDate today(long tenant) {
    ZoneId zone =
        calendars.calendars(tenant).stream()
            .min(Comparator.comparingLong(CalendarDirectory.StoredCalendar::id))
            .map(c -> c.calendar().zone())
            .orElse(ZoneOffset.UTC);
    return Engagement.today(clock, zone);
  }
}
