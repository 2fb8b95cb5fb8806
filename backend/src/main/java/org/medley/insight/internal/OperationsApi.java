package org.medley.insight.internal;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.media.Schema;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import org.medley.coverage.Tier;
import org.medley.desk.Priority;
import org.medley.desk.TicketStatus;

/** What {@code /api/insights/operations} answers. */
final class OperationsApi {

  private OperationsApi() {}

  enum Period {
    DAY,
    WEEK,
    MONTH
  }

  enum Measure {
    OPENED,
    BACKLOG,
    REOPENED,
    ESCALATED,
    FCR
  }

  @Serdeable
  @Schema(description = "count of of, and their ratio (4 decimals; null when of is 0)")
  record Ratio(long count, long of, @Nullable Double rate) {
    static Ratio of(long count, long of) {
      return new Ratio(count, of, of == 0 ? null : Math.round(count * 10_000.0 / of) / 10_000.0);
    }
  }

  @Serdeable
  @Schema(description = "Mean rating (1–5, 2 decimals) of the rated tickets, and how many were")
  record Csat(@Nullable Double mean, long rated) {
    static Csat of(long rated, long sum) {
      return new Csat(rated == 0 ? null : Math.round(sum * 100.0 / rated) / 100.0, rated);
    }
  }

  @Serdeable
  @Schema(
      description =
          "One period [start, end) in local days: tickets opened and resolved in it, the backlog"
              + " at its end (null for a period not yet ended), and the resolution figures of the"
              + " tickets resolved in it, counted as the partner scorecards count them")
  record PeriodFigures(
      LocalDate start,
      LocalDate end,
      long opened,
      long resolved,
      @Nullable Long backlogAtEnd,
      Ratio firstContactResolution,
      Ratio reopenRate,
      Csat csat,
      Ratio escalationRate) {}

  @Serdeable
  record AgeBucket(String age, long count) {}

  @Serdeable
  @Schema(description = "Open tickets now, by age: <1d, 1–3d, 3–7d, 7–30d, >30d")
  record Backlog(long open, List<AgeBucket> ages) {}

  @Serdeable
  @Schema(description = "Of the tickets opened in the range at this tier, how many were escalated")
  record TierEscalation(Tier tier, Ratio escalated) {}

  @Serdeable
  record ForecastHour(LocalDateTime start, double expected) {}

  @Serdeable
  @Schema(
      description =
          "Tickets to expect: per hour of week (168 slots, Monday 00:00 first) the average of the"
              + " last weeksBack weeks, scaled per week ahead by the trend of those weeks")
  record Forecast(
      int weeksBack,
      List<Double> hourOfWeek,
      List<Double> weeklyTotals,
      List<ForecastHour> hours) {}

  @Serdeable
  record Operations(
      LocalDate from,
      LocalDate to,
      Period period,
      String zone,
      Instant generatedAt,
      List<PeriodFigures> periods,
      Backlog backlog,
      List<TierEscalation> escalationByTier,
      Forecast forecast) {}

  @Serdeable
  record TicketRow(
      long id,
      String number,
      Instant openedAt,
      Priority priority,
      Tier tier,
      long applicationId,
      @Nullable Long groupId,
      @Nullable Long partnerId,
      TicketStatus status) {}

  @Serdeable
  record TicketPage(List<TicketRow> items, int page, int size, long total) {}
}
