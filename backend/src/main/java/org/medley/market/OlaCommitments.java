package org.medley.market;

import java.time.Duration;

/**
 * The OLA an accepted proposal commits its partner to, recorded on the engagement it became. The
 * SLA feature keeps OLAs and sits above the marketplace, so the marketplace defines this port and
 * the SLA feature implements it.
 */
public interface OlaCommitments {

  /**
   * Records the engagement's OLA: respond within {@code response} and resolve within {@code
   * resolution} of business time on the calendar, with the default warnings and breach actions.
   */
  void commit(
      long tenantId,
      long engagementId,
      long calendarId,
      Duration response,
      Duration resolution,
      String actor);
}
