package org.medley.coverage;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import java.time.LocalDate;

/**
 * The certification behind a skill, such as a manufacturer's factory service training for a device
 * class: HTM work on a class of devices is only done by people whose training is current (The Joint
 * Commission asks for documented competence). Optional on every row; IT applications rarely need
 * one.
 *
 * <p>The rule: {@code expiresOn} is the last day it is valid. From the day after, the skill counts
 * as level 0 for coverage (the person stays on the matrix with their recorded level, but is no
 * expert), so the row turns RISK or GAP exactly as if they had left. Within {@value #EXPIRING_DAYS}
 * days of expiry it still counts and is flagged, so that a leader books the refresher in time. A
 * certification without an expiry never expires.
 */
@Serdeable
public record Certification(String name, @Nullable LocalDate expiresOn) {

  /** Days before expiry from which a certification is flagged as expiring. */
  public static final int EXPIRING_DAYS = 60;

  public enum State {
    CURRENT,
    /** Still counts, expires within {@value Certification#EXPIRING_DAYS} days. */
    EXPIRING,
    /** No longer counts: the skill is level 0 for coverage. */
    EXPIRED
  }

  public State state(LocalDate today) {
    if (expiresOn == null) {
      return State.CURRENT;
    }
    if (today.isAfter(expiresOn)) {
      return State.EXPIRED;
    }
    return today.plusDays(EXPIRING_DAYS).isBefore(expiresOn) ? State.CURRENT : State.EXPIRING;
  }

  /** The level that counts for coverage on {@code today}: the recorded one, 0 once expired. */
  public static int countedLevel(
      int level, @Nullable Certification certification, LocalDate today) {
    return certification != null && certification.state(today) == State.EXPIRED ? 0 : level;
  }
}
