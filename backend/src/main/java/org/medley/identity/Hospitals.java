package org.medley.identity;

import java.time.Duration;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;

/**
 * Settings of a hospital (a tenant) that other features read: the organisation's own, changed by
 * its admins ({@code /api/organization}). Reads may be up to {@link #STALENESS} old on another
 * node; the node that saves a change sees it at once.
 */
public interface Hospitals {

  /** How old a setting another node changed may be when read here. */
  Duration STALENESS = Duration.ofSeconds(30);

  /**
   * The hospital's time zone, the one home of "the hospital's zone": contract dates are judged and
   * compliance is reported in it. UTC for a tenant that has none (or an unknown one).
   */
  ZoneId zone(long tenantId);

  /** Every hospital's tenant id (every health system Medley serves), in id order. */
  List<Long> tenants();

  /** How long after resolution a requester may reopen a ticket ({@link ReopenWindow}). */
  Duration reopenWindow(long tenantId);

  /**
   * The minimum-necessary filter for text leaving for a partner without a business associate
   * agreement, masking the names the organisation lists too.
   */
  MinimumNecessary minimumNecessary(long tenantId);

  /** The business calendar the hospital works by unless something names another. */
  Optional<Long> defaultCalendar(long tenantId);

  /**
   * Whether a tenant has a business calendar: the calendar feature answers, since identity sits
   * below it (a default calendar must be one of the tenant's own).
   */
  interface Calendars {

    /** The calendar's name, when the tenant has it (another tenant's is simply not there). */
    Optional<String> name(long tenantId, long calendarId);
  }
}
