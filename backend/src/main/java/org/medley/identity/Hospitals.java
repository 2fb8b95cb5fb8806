package org.medley.identity;

import java.time.ZoneId;

/** Settings of a hospital (a tenant) that other features read. */
public interface Hospitals {

  /**
   * The hospital's time zone, the one home of "the hospital's zone": contract dates are judged and
   * compliance is reported in it. UTC for a tenant that has none (or an unknown one).
   */
  ZoneId zone(long tenantId);
}
