package org.medley.device;

import io.micronaut.core.annotation.Nullable;
import java.time.LocalDate;

/**
 * How a preventive maintenance order stands against its window, as an accreditation survey reads
 * it: done by the last day of its window is on time, done after it late; cancelled, or still open
 * after the window, missed. Days are the hospital's local days.
 */
public enum PmTimeliness {
  /** Open, its window not yet over. */
  PENDING,
  ON_TIME,
  LATE,
  MISSED;

  public static PmTimeliness of(
      WorkOrderStatus status,
      LocalDate windowEndsOn,
      @Nullable LocalDate completedOn,
      LocalDate today) {
    return switch (status) {
      case DONE, COULD_NOT_DUPLICATE ->
          completedOn != null && completedOn.isAfter(windowEndsOn) ? LATE : ON_TIME;
      case CANCELLED -> MISSED;
      case OPEN -> today.isAfter(windowEndsOn) ? MISSED : PENDING;
    };
  }
}
