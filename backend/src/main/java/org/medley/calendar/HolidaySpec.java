package org.medley.calendar;

import io.swagger.v3.oas.annotations.media.Schema;
import java.util.List;

/**
 * A holiday of a business calendar as the API carries it. {@code date} is an ISO local date; a
 * holiday without {@code open} intervals (null or empty) is closed all day, one with them is open
 * only then, instead of the weekday's usual hours.
 */
@io.micronaut.serde.annotation.Serdeable
public record HolidaySpec(
    String date,
    String name,
    @Schema(
            requiredMode = Schema.RequiredMode.NOT_REQUIRED,
            description = "Omitted or empty: closed all day; always present (maybe empty) as read")
        List<IntervalSpec> open) {

  /** Answers carry {@code []} rather than {@code null} for a holiday closed all day. */
  public HolidaySpec {
    open = open == null ? List.of() : open;
  }

  /** A holiday closed all day. */
  public static HolidaySpec closed(String date, String name) {
    return new HolidaySpec(date, name, List.of());
  }
}
