package org.medley.market.internal;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.medley.coverage.SurgeCoverage;

/** The JSON of the go-live API: bodies it accepts (validated) and what it answers. */
final class GoLiveApi {

  private GoLiveApi() {}

  static final String KIND = "GO_LIVE|UPGRADE";
  static final String STATUS = "PLANNED|LIVE|DONE|CANCELLED";
  static final String TIER = "L1|L2|L3";

  /** A new event, or (with {@code version}) an event's terms replaced. */
  @Serdeable
  record Terms(
      @NotNull @Min(1) Long applicationId,
      @NotNull @Pattern(regexp = KIND, message = "must be GO_LIVE or UPGRADE") String kind,
      @Nullable @Size(max = 200) String title,
      @NotNull LocalDate startsOn,
      @NotNull LocalDate endsOn,
      @Nullable @Size(max = 4000) String notes,
      @Nullable @Min(0) Long version) {}

  @Serdeable
  record NewEntry(
      @Nullable @Min(1) Long staffId,
      @Nullable @Size(max = 200) String name,
      @NotNull @Pattern(regexp = TIER, message = "must be L1, L2 or L3") String tier,
      @NotNull Instant startsAt,
      @NotNull Instant endsAt,
      @Nullable @Size(max = 200) String role) {}

  /** A step of the state machine; {@code version}, when given, must be the one read. */
  @Serdeable
  record Step(@Nullable @Size(max = 1000) String reason, @Nullable @Min(0) Long version) {}

  @Serdeable
  record Cancel(@NotBlank @Size(max = 1000) String reason, @Nullable @Min(0) Long version) {}

  @Serdeable
  record ApplicationRef(long id, String name, String category) {}

  @Serdeable
  record RequestRef(long id, String title, String status) {}

  /**
   * A past event the estimate looked at: tickets per day before and after it, and the ratio it
   * counts with, null when it gave none; {@code capped} when after/before was larger than that.
   */
  @Serdeable
  record HistoryPoint(
      long applicationId,
      String application,
      LocalDate wentLiveOn,
      String kind,
      double beforePerDay,
      double afterPerDay,
      @Nullable Double ratio,
      boolean capped) {}

  /**
   * Tickets per day: usual ({@code baselinePerDay}) and expected during the window, with the
   * multiplier, where it came from and the history behind it; {@code daysBefore} and {@code
   * daysAfter} are the periods a past event's ratio compares. {@code method} RATIO: expected is
   * baseline × multiplier; VOLUME (no usual volume yet, a first go-live): expected is the median
   * tickets per day after the history's go-lives, and the multiplier is null.
   */
  @Serdeable
  record Estimate(
      double baselinePerDay,
      double expectedPerDay,
      @Nullable Double multiplier,
      String basis,
      String method,
      int daysBefore,
      int daysAfter,
      List<HistoryPoint> history) {}

  /** Someone in the command center; {@code kind} INTERNAL, CONTRACTED or OUTSIDER (no staff id). */
  @Serdeable
  record PlanEntry(
      long id,
      @Nullable Long staffId,
      String name,
      String kind,
      @Nullable String employer,
      String tier,
      Instant startsAt,
      Instant endsAt,
      double hours,
      @Nullable String role,
      String createdBy,
      Instant createdAt) {}

  /** What a staffing request for this event would ask for now; {@code peopleNeeded} 0: nothing. */
  @Serdeable
  record Short(
      double surgeHours,
      double surgeHoursLeft,
      int uncoveredHours,
      double shortHours,
      double hoursPerWeek,
      int expertsShort,
      int peopleNeeded,
      List<String> reasons) {}

  /** The application over the window: usual cover and volume, then with surge and plan. */
  @Serdeable
  record Coverage(
      Instant from,
      Instant until,
      int windowHours,
      double effortHoursPerTicket,
      SurgeCoverage.Side before,
      SurgeCoverage.Side after,
      Short stillShort) {}

  /** An event as read; estimate, plan, coverage and history only on the single-event read. */
  @Serdeable
  record GoLiveView(
      long id,
      ApplicationRef application,
      String kind,
      String title,
      String status,
      LocalDate startsOn,
      LocalDate endsOn,
      @Nullable String notes,
      @Nullable RequestRef staffingRequest,
      String createdBy,
      Instant createdAt,
      Instant updatedAt,
      long version,
      @Nullable Estimate estimate,
      @Nullable List<PlanEntry> plan,
      @Nullable Coverage coverage,
      @Nullable List<Api.Event> history) {}
}
