package org.medley.market.internal;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.media.Schema;
import java.time.Instant;
import java.util.List;

/** The scorecards' JSON: one shape for the hospital's teams, its partners and their engagements. */
final class ScorecardApi {

  private ScorecardApi() {}

  /** Whose figures a row holds. */
  enum Kind {
    /** An internal support group (no partner). */
    TEAM,
    /** A partner organisation: every group it staffs. */
    PARTNER,
    /** A partner's engagement: the groups it provides. */
    ENGAGEMENT
  }

  @Serdeable
  @Schema(
      description =
          "Timers that finished in the range and how many were met; rate = met / finished (0–1), null when none finished")
  record Compliance(long met, long finished, @Nullable Double rate) {}

  @Serdeable
  @Schema(
      description = "count of the of resolved tickets; rate = count / of (0–1), null when of is 0")
  record Ratio(long count, long of, @Nullable Double rate) {}

  @Serdeable
  @Schema(
      description =
          "Requesters' ratings (1–5) of tickets resolved in the range: their mean (null without any) and how many")
  record Csat(@Nullable Double average, long responses) {}

  @Serdeable
  @Schema(
      description =
          "Open tickets held now: how many, and the oldest's and the median age in hours (null when none)")
  record Backlog(long open, @Nullable Double oldestHours, @Nullable Double medianHours) {}

  /** The figures of one row or one week. */
  record Figures(
      long volume,
      Compliance slaCompliance,
      @Nullable Compliance olaCompliance,
      Ratio firstContactResolution,
      Ratio reopenRate,
      Csat csat,
      @Nullable Backlog backlog) {}

  @Serdeable
  @Schema(
      description =
          "One team, partner or engagement. volume: tickets it resolved in the range (a ticket"
              + " counts for the group holding it when resolved). olaCompliance is null for"
              + " internal teams, which have no OLA.")
  record Row(
      Kind kind,
      long id,
      String name,
      @Nullable Long partnerId,
      @Schema(
              description =
                  "An engagement's status today (PLANNED, ACTIVE, ENDED); null for others")
          @Nullable
          String status,
      long volume,
      Compliance slaCompliance,
      @Nullable Compliance olaCompliance,
      Ratio firstContactResolution,
      Ratio reopenRate,
      Csat csat,
      Backlog backlog) {

    static Row of(
        Kind kind,
        long id,
        String name,
        @Nullable Long partnerId,
        @Nullable String status,
        Figures f) {
      return new Row(
          kind,
          id,
          name,
          partnerId,
          status,
          f.volume(),
          f.slaCompliance(),
          f.olaCompliance(),
          f.firstContactResolution(),
          f.reopenRate(),
          f.csat(),
          f.backlog());
    }
  }

  @Serdeable
  @Schema(
      description =
          "Scorecards for [from, to): the hospital's teams, its partners and their engagements")
  record Scorecards(Instant from, Instant to, List<Row> rows) {}

  @Serdeable
  @Schema(
      description =
          "One week of a card's range (the last one may be shorter); backlog is the card's, as of now")
  record Week(
      Instant from,
      Instant to,
      long volume,
      Compliance slaCompliance,
      @Nullable Compliance olaCompliance,
      Ratio firstContactResolution,
      Ratio reopenRate,
      Csat csat) {}

  @Serdeable
  @Schema(description = "One partner's or engagement's scorecard for [from, to), with its weeks")
  record Card(Instant from, Instant to, Row row, List<Week> weeks) {}
}
