package org.medley.market.internal;

import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.LocalDate;
import org.medley.identity.Hospitals;
import org.medley.market.Engagement;

/**
 * The date at the hospital, on which contract dates are judged: an engagement ending on the 31st
 * runs until midnight there, not in UTC.
 */
@Singleton
class HospitalDay {

  private final Hospitals hospitals;
  private final Clock clock;

  HospitalDay(Hospitals hospitals, Clock clock) {
    this.hospitals = hospitals;
    this.clock = clock;
  }

  LocalDate today(long tenant) {
    return Engagement.today(clock, hospitals.zone(tenant));
  }
}
