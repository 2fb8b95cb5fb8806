package org.medley.insight.internal;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.transaction.annotation.ReadOnly;
import jakarta.inject.Singleton;
import java.sql.ResultSet;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.medley.coverage.Tier;
import org.medley.desk.Priority;
import org.medley.desk.TicketStatus;
import org.medley.identity.Hospitals;
import org.medley.insight.internal.OperationsApi.Measure;
import org.medley.insight.internal.OperationsApi.Period;
import org.medley.platform.JdbcRows;
import org.medley.platform.Problem;
import org.medley.platform.Refused;

/**
 * Reads the operations figures from the read model alone: per-period sums of the daily roll-up, the
 * backlog at each period's end worked back from the backlog now (open now, minus what was opened
 * after, plus what left after: a ticket counts as open until it last left), the current backlog's
 * ages and the forecast from the facts.
 */
@Singleton
class OperationsQuery {

  static final int MAX_DAYS = 3 * 366;
  static final int WEEKS_BACK = 8;
  static final int WEEKS_AHEAD = 4;

  /** The filters of every operations read; null: any. {@code provider} 0 internal, -1 partners. */
  record Filters(
      @Nullable Priority priority,
      @Nullable Tier tier,
      @Nullable Long applicationId,
      @Nullable Long groupId,
      @Nullable Long provider) {

    String sql(List<Object> params) {
      StringBuilder sql = new StringBuilder();
      if (priority != null) {
        sql.append(" AND priority = ?");
        params.add(priority.name());
      }
      if (tier != null) {
        sql.append(" AND tier = ?");
        params.add(tier.name());
      }
      if (applicationId != null) {
        sql.append(" AND application_id = ?");
        params.add(applicationId);
      }
      if (groupId != null) {
        sql.append(" AND group_id = ?");
        params.add(groupId);
      }
      if (provider != null && provider < 0) {
        sql.append(" AND partner_id <> 0");
      } else if (provider != null) {
        sql.append(" AND partner_id = ?");
        params.add(provider);
      }
      return sql.toString();
    }
  }

  /** Local days {@code [from, to]}. */
  record Range(LocalDate from, LocalDate to) {

    static Range parse(@Nullable String from, @Nullable String to, LocalDate today) {
      List<Problem.FieldError> errors = new ArrayList<>();
      LocalDate end = to == null ? today : day(to, "to", errors);
      LocalDate start =
          from == null ? (end == null ? null : end.minusDays(29)) : day(from, "from", errors);
      if (start != null && end != null) {
        if (end.isBefore(start)) {
          errors.add(new Problem.FieldError("to", "must not be before from"));
        } else if (ChronoUnit.DAYS.between(start, end) >= MAX_DAYS) {
          errors.add(new Problem.FieldError("to", "at most " + MAX_DAYS + " days after from"));
        }
      }
      if (!errors.isEmpty()) {
        throw Refused.invalid(errors);
      }
      return new Range(start, end);
    }

    private static @Nullable LocalDate day(
        String text, String field, List<Problem.FieldError> errors) {
      try {
        LocalDate day = LocalDate.parse(text.strip());
        if (day.getYear() < 1990 || day.getYear() > 2100) {
          errors.add(new Problem.FieldError(field, "must be between 1990 and 2100"));
          return null;
        }
        return day;
      } catch (java.time.format.DateTimeParseException e) {
        errors.add(new Problem.FieldError(field, "must be a date like 2026-11-01"));
        return null;
      }
    }
  }

  private final JdbcOperations jdbc;
  private final Hospitals hospitals;
  private final Clock clock;

  OperationsQuery(JdbcOperations jdbc, Hospitals hospitals, Clock clock) {
    this.jdbc = jdbc;
    this.hospitals = hospitals;
    this.clock = clock;
  }

  LocalDate today(long tenantId) {
    return LocalDate.now(clock.withZone(hospitals.zone(tenantId)));
  }

  static LocalDate periodStart(LocalDate day, Period period) {
    return switch (period) {
      case DAY -> day;
      case WEEK -> day.with(DayOfWeek.MONDAY);
      case MONTH -> day.withDayOfMonth(1);
    };
  }

  static LocalDate next(LocalDate start, Period period) {
    return switch (period) {
      case DAY -> start.plusDays(1);
      case WEEK -> start.plusWeeks(1);
      case MONTH -> start.plusMonths(1);
    };
  }

  @ReadOnly
  OperationsApi.Operations operations(long tenantId, Range range, Period period, Filters filters) {
    ZoneId zone = hospitals.zone(tenantId);
    Instant now = clock.instant();
    LocalDate today = LocalDate.now(clock.withZone(zone));
    // Every day from the range's start on: the days after the range feed the backlog work-back.
    // A whole month read from the month cells counts on its first day; only month ends are asked
    // for its backlog, and every later day or month is subtracted before them.
    Map<LocalDate, long[]> days = new TreeMap<>();
    Map<Tier, long[]> escalation = new EnumMap<>(Tier.class);
    List<Object> params = new ArrayList<>();
    String sql = rollupSql(tenantId, range, period, filters, params);
    jdbc.prepareStatement(
        sql,
        s -> {
          JdbcRows.bindAll(s, params);
          try (ResultSet rows = s.executeQuery()) {
            while (rows.next()) {
              LocalDate day = rows.getDate(1).toLocalDate();
              long[] sums = days.computeIfAbsent(day, d -> new long[OpsRollup.MEASURES]);
              for (int i = 0; i < OpsRollup.MEASURES; i++) {
                sums[i] += rows.getLong(3 + i);
              }
              if (!day.isAfter(range.to())) {
                long[] tier =
                    escalation.computeIfAbsent(Tier.valueOf(rows.getString(2)), t -> new long[2]);
                tier[0] += rows.getLong(3);
                tier[1] += rows.getLong(4);
              }
            }
          }
          return null;
        });
    OperationsApi.Backlog backlog = backlog(tenantId, filters, now);
    List<OperationsApi.PeriodFigures> periods = new ArrayList<>();
    // Walk back from the last day on record to the range's start, keeping the backlog at each day's
    // end.
    Map<LocalDate, Long> backlogAfter = new HashMap<>();
    long open = backlog.open();
    LocalDate last = today;
    for (LocalDate d : days.keySet()) {
      if (d.isAfter(last)) {
        last = d;
      }
    }
    for (LocalDate d = last; !d.isBefore(range.from()); d = d.minusDays(1)) {
      backlogAfter.put(d, open); // open at the end of day d
      long[] sums = days.get(d);
      if (sums != null) {
        open = open - sums[OpsRollup.OPENED] + sums[OpsRollup.LEFT];
      }
    }
    for (LocalDate start = range.from(); !start.isAfter(range.to()); ) {
      LocalDate end = next(periodStart(start, period), period);
      if (end.isAfter(range.to().plusDays(1))) {
        end = range.to().plusDays(1);
      }
      long[] sums = new long[OpsRollup.MEASURES];
      for (LocalDate d = start; d.isBefore(end); d = d.plusDays(1)) {
        long[] day = days.get(d);
        if (day != null) {
          for (int i = 0; i < OpsRollup.MEASURES; i++) {
            sums[i] += day[i];
          }
        }
      }
      LocalDate lastDay = end.minusDays(1);
      periods.add(
          new OperationsApi.PeriodFigures(
              start,
              end,
              sums[OpsRollup.OPENED],
              sums[OpsRollup.RESOLVED],
              lastDay.isBefore(today) ? backlogAfter.get(lastDay) : null,
              OperationsApi.Ratio.of(sums[OpsRollup.FIRST_CONTACT], sums[OpsRollup.RESOLVED]),
              OperationsApi.Ratio.of(sums[OpsRollup.REOPENED], sums[OpsRollup.RESOLVED]),
              OperationsApi.Csat.of(sums[OpsRollup.RATED], sums[OpsRollup.RATING_SUM]),
              OperationsApi.Ratio.of(sums[OpsRollup.ESCALATED], sums[OpsRollup.OPENED])));
      start = end;
    }
    List<OperationsApi.TierEscalation> byTier = new ArrayList<>();
    escalation.forEach(
        (tier, counts) ->
            byTier.add(
                new OperationsApi.TierEscalation(
                    tier, OperationsApi.Ratio.of(counts[1], counts[0]))));
    return new OperationsApi.Operations(
        range.from(),
        range.to(),
        period,
        zone.getId(),
        now,
        periods,
        backlog,
        byTier,
        forecast(tenantId, filters, zone));
  }

  /**
   * The roll-up's cells and its pending deltas in one statement, each row a day (or a month, on its
   * first day). By month, the whole months inside the range come from {@code insight_ops_monthly}
   * and the other days from {@code insight_ops_daily}: a year is a few thousand cells instead of
   * every day's (docs/benchmarks.md). The deltas are days, whichever month they fall in.
   */
  private static String rollupSql(
      long tenantId, Range range, Period period, Filters filters, List<Object> params) {
    String select =
        "SELECT on_day, first_tier, SUM(opened), SUM(escalated), SUM(left_open),"
            + " SUM(resolved), SUM(first_contact), SUM(reopened), SUM(rated), SUM(rating_sum)";
    String byDay = " GROUP BY on_day, first_tier";
    String fromStart = " AND on_day >= ?";
    LocalDate firstWhole = periodStart(range.from().minusDays(1), Period.MONTH).plusMonths(1);
    LocalDate endWhole = periodStart(range.to().plusDays(1), Period.MONTH);
    if (period != Period.MONTH || !firstWhole.isBefore(endWhole)) {
      String where = where(tenantId, fromStart, List.of(range.from()), filters, params);
      where(tenantId, fromStart, List.of(range.from()), filters, params); // again, for the deltas
      return OperationsStore.ROLLUP.union(select, where, byDay);
    }
    String months =
        select.replace("on_day", "month_start")
            + " FROM insight_ops_monthly"
            + where(
                tenantId,
                " AND month_start >= ? AND month_start < ?",
                List.of(firstWhole, endWhole),
                filters,
                params)
            + " GROUP BY month_start, first_tier";
    String otherDays =
        where(
            tenantId,
            " AND on_day >= ? AND (on_day < ? OR on_day >= ?)",
            List.of(range.from(), firstWhole, endWhole),
            filters,
            params);
    String deltas = where(tenantId, fromStart, List.of(range.from()), filters, params);
    return months
        + " UNION ALL "
        + select
        + " FROM insight_ops_daily"
        + otherDays
        + byDay
        + " UNION ALL "
        + select
        + " FROM "
        + OperationsStore.ROLLUP.deltas()
        + deltas
        + byDay;
  }

  /** A roll-up table's WHERE: the tenant, then the days' clause and bounds, then the filters. */
  private static String where(
      long tenantId, String days, List<LocalDate> bounds, Filters filters, List<Object> params) {
    params.add(tenantId);
    params.addAll(bounds);
    return " WHERE tenant_id = ?" + days + filters.sql(params);
  }

  private static final List<String> AGES = List.of("<1d", "1-3d", "3-7d", "7-30d", ">30d");
  private static final int[] AGE_DAYS = {1, 3, 7, 30};

  OperationsApi.Backlog backlog(long tenantId, Filters filters, Instant now) {
    List<Object> params = new ArrayList<>();
    StringBuilder cases = new StringBuilder();
    for (int i = 0; i < AGE_DAYS.length; i++) {
      cases.append(", SUM(CASE WHEN opened_at > ? THEN 1 ELSE 0 END)");
      params.add(now.minus(Duration.ofDays(AGE_DAYS[i])));
    }
    params.add(tenantId);
    String where = filters.sql(params);
    return jdbc.prepareStatement(
        "SELECT COUNT(*)"
            + cases
            + " FROM insight_ops_tickets WHERE tenant_id = ? AND is_open = TRUE"
            + where,
        s -> {
          JdbcRows.bindAll(s, params);
          try (ResultSet rows = s.executeQuery()) {
            rows.next();
            long total = rows.getLong(1);
            List<OperationsApi.AgeBucket> ages = new ArrayList<>();
            long younger = 0;
            for (int i = 0; i < AGE_DAYS.length; i++) {
              long within = rows.getLong(2 + i); // opened less than AGE_DAYS[i] ago
              ages.add(new OperationsApi.AgeBucket(AGES.get(i), within - younger));
              younger = within;
            }
            ages.add(new OperationsApi.AgeBucket(AGES.get(AGES.size() - 1), total - younger));
            return new OperationsApi.Backlog(total, ages);
          }
        });
  }

  private OperationsApi.Forecast forecast(long tenantId, Filters filters, ZoneId zone) {
    LocalDateTime since =
        LocalDateTime.now(clock.withZone(zone))
            .truncatedTo(ChronoUnit.HOURS)
            .minusWeeks(WEEKS_BACK);
    List<Object> params = new ArrayList<>();
    params.add(tenantId);
    params.add(since);
    String where = filters.sql(params);
    Map<LocalDateTime, Long> hourly = new HashMap<>();
    jdbc.prepareStatement(
        "SELECT opened_hour, COUNT(*) FROM insight_ops_tickets WHERE tenant_id = ?"
            + " AND opened_hour >= ?"
            + where
            + " GROUP BY opened_hour",
        s -> {
          JdbcRows.bindAll(s, params);
          try (ResultSet rows = s.executeQuery()) {
            while (rows.next()) {
              hourly.merge(rows.getTimestamp(1).toLocalDateTime(), rows.getLong(2), Long::sum);
            }
          }
          return null;
        });
    VolumeForecast.Forecast f =
        VolumeForecast.forecast(hourly, zone, clock, WEEKS_BACK, WEEKS_AHEAD, true);
    List<Double> profile = new ArrayList<>();
    for (double v : f.profile()) {
      profile.add(round(v));
    }
    return new OperationsApi.Forecast(
        f.weeksBack(),
        profile,
        f.weeklyTotals().stream().map(OperationsQuery::round).toList(),
        f.hours().stream()
            .map(h -> new OperationsApi.ForecastHour(h.start(), round(h.expected())))
            .toList());
  }

  private static double round(double value) {
    return Math.round(value * 100) / 100.0;
  }

  @ReadOnly
  OperationsApi.TicketPage tickets(
      long tenantId, Range range, Filters filters, Measure measure, int page, int size) {
    List<Object> params = new ArrayList<>();
    params.add(tenantId);
    String which =
        switch (measure) {
          case OPENED -> " AND opened_day BETWEEN ? AND ?";
          case ESCALATED -> " AND opened_day BETWEEN ? AND ? AND escalated = TRUE";
          case BACKLOG -> " AND is_open = TRUE";
          case REOPENED ->
              " AND resolved_day BETWEEN ? AND ? AND status IN ('RESOLVED', 'CLOSED') AND reopens > 0";
          case FCR ->
              " AND resolved_day BETWEEN ? AND ? AND status IN ('RESOLVED', 'CLOSED') AND reopens = 0"
                  + " AND handed_on = FALSE";
        };
    if (measure != Measure.BACKLOG) {
      params.add(range.from());
      params.add(range.to());
    }
    String where = " WHERE tenant_id = ?" + which + filters.sql(params);
    long total =
        jdbc.prepareStatement(
            "SELECT COUNT(*) FROM insight_ops_tickets" + where,
            s -> {
              JdbcRows.bindAll(s, params);
              try (ResultSet rows = s.executeQuery()) {
                rows.next();
                return rows.getLong(1);
              }
            });
    List<OperationsApi.TicketRow> items =
        jdbc.prepareStatement(
            "SELECT ticket_id, number, opened_at, priority, tier, application_id, group_id,"
                + " partner_id, status FROM insight_ops_tickets"
                + where
                + " ORDER BY opened_at DESC, ticket_id DESC LIMIT ? OFFSET ?",
            s -> {
              JdbcRows.bindAll(s, params);
              s.setInt(params.size() + 1, size);
              s.setLong(params.size() + 2, (long) page * size);
              List<OperationsApi.TicketRow> list = new ArrayList<>();
              try (ResultSet rows = s.executeQuery()) {
                while (rows.next()) {
                  long group = rows.getLong(7);
                  long partner = rows.getLong(8);
                  list.add(
                      new OperationsApi.TicketRow(
                          rows.getLong(1),
                          rows.getString(2),
                          JdbcRows.instant(rows, 3),
                          Priority.valueOf(rows.getString(4)),
                          Tier.valueOf(rows.getString(5)),
                          rows.getLong(6),
                          group == 0 ? null : group,
                          partner == 0 ? null : partner,
                          TicketStatus.valueOf(rows.getString(9))));
                }
              }
              return list;
            });
    return new OperationsApi.TicketPage(items, page, size, total);
  }
}
