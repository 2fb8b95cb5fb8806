package org.medley.desk.internal;

import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.transaction.annotation.ReadOnly;
import jakarta.inject.Singleton;
import java.sql.ResultSet;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.medley.coverage.TicketHistory;
import org.medley.coverage.Tier;

/**
 * Ticket history aggregates on the covering index {@code ix_tickets_history} (tenant, created_at,
 * application, assignee, tier, resolved_at): counts are summed in SQL; medians, which MySQL 8 has
 * no aggregate for, are taken from one streamed pair of columns per resolved ticket.
 */
@Singleton
class JdbcTicketHistory implements TicketHistory {

  private static final Duration DAY = Duration.ofDays(1);
  private static final Duration WEEK = Duration.ofDays(7);

  private final JdbcOperations jdbc;

  JdbcTicketHistory(JdbcOperations jdbc) {
    this.jdbc = jdbc;
  }

  @Override
  @ReadOnly
  public List<ApplicationVolume> volumeByApplication(long tenantId, Instant until) {
    return jdbc.prepareStatement(
        "SELECT application_id, SUM(CASE WHEN created_at >= ? THEN 1 ELSE 0 END), COUNT(*)"
            + " FROM tickets WHERE tenant_id = ? AND created_at >= ? AND created_at < ?"
            + " GROUP BY application_id",
        statement -> {
          statement.setTimestamp(1, Timestamp.from(until.minus(DAY.multipliedBy(30))));
          statement.setLong(2, tenantId);
          statement.setTimestamp(3, Timestamp.from(until.minus(DAY.multipliedBy(90))));
          statement.setTimestamp(4, Timestamp.from(until));
          List<ApplicationVolume> volumes = new ArrayList<>();
          try (ResultSet rows = statement.executeQuery()) {
            while (rows.next()) {
              volumes.add(new ApplicationVolume(rows.getLong(1), rows.getLong(2), rows.getLong(3)));
            }
          }
          return volumes;
        });
  }

  @Override
  @ReadOnly
  public List<WeeklyAssignments> weeklyAssignments(long tenantId, Instant until, int weeks) {
    if (weeks < 1 || weeks > 52) {
      throw new IllegalArgumentException("weeks must be 1 to 52");
    }
    StringBuilder sql = new StringBuilder("SELECT assignee_id, tier");
    for (int w = 0; w < weeks; w++) {
      sql.append(", SUM(CASE WHEN created_at >= ? AND created_at < ? THEN 1 ELSE 0 END)");
    }
    sql.append(
        " FROM tickets WHERE tenant_id = ? AND created_at >= ? AND created_at < ?"
            + " AND assignee_id IS NOT NULL GROUP BY assignee_id, tier");
    return jdbc.prepareStatement(
        sql.toString(),
        statement -> {
          int p = 1;
          for (int w = 0; w < weeks; w++) {
            statement.setTimestamp(p++, Timestamp.from(until.minus(WEEK.multipliedBy(w + 1L))));
            statement.setTimestamp(p++, Timestamp.from(until.minus(WEEK.multipliedBy(w))));
          }
          statement.setLong(p++, tenantId);
          statement.setTimestamp(p++, Timestamp.from(until.minus(WEEK.multipliedBy(weeks))));
          statement.setTimestamp(p, Timestamp.from(until));
          List<WeeklyAssignments> result = new ArrayList<>();
          try (ResultSet rows = statement.executeQuery()) {
            while (rows.next()) {
              long[] perWeek = new long[weeks];
              for (int w = 0; w < weeks; w++) {
                perWeek[w] = rows.getLong(3 + w);
              }
              Tier tier;
              try {
                tier = Tier.valueOf(rows.getString(2));
              } catch (IllegalArgumentException e) {
                continue; // a tier this version does not know counts for nobody
              }
              result.add(new WeeklyAssignments(rows.getLong(1), tier, perWeek));
            }
          }
          return result;
        });
  }

  @Override
  @ReadOnly
  public Turnarounds turnarounds(long tenantId, Instant from, Instant until) {
    return jdbc.prepareStatement(
        "SELECT application_id, assignee_id, created_at, resolved_at FROM tickets"
            + " WHERE tenant_id = ? AND created_at >= ? AND created_at < ?"
            + " AND assignee_id IS NOT NULL AND resolved_at IS NOT NULL",
        statement -> {
          statement.setLong(1, tenantId);
          statement.setTimestamp(2, Timestamp.from(from));
          statement.setTimestamp(3, Timestamp.from(until));
          statement.setFetchSize(5_000);
          Map<Long, Samples> byPair = new HashMap<>();
          Map<Long, Samples> byApp = new HashMap<>();
          Map<Long, Samples> byPerson = new HashMap<>();
          try (ResultSet rows = statement.executeQuery()) {
            while (rows.next()) {
              long app = rows.getLong(1);
              long person = rows.getLong(2);
              long seconds =
                  (rows.getTimestamp(4).getTime() - rows.getTimestamp(3).getTime()) / 1000;
              if (seconds < 0) {
                continue;
              }
              // Pair key: 2^31 applications and people are far beyond any tenant.
              byPair.computeIfAbsent((app << 32) | person, k -> new Samples()).add(seconds);
              byApp.computeIfAbsent(app, k -> new Samples()).add(seconds);
              byPerson.computeIfAbsent(person, k -> new Samples()).add(seconds);
            }
          }
          List<Median> pairs = new ArrayList<>(byPair.size());
          byPair.forEach((k, s) -> pairs.add(s.median(k >>> 32, k & 0xffffffffL)));
          List<Median> apps = new ArrayList<>(byApp.size());
          byApp.forEach((k, s) -> apps.add(s.median(k, 0)));
          List<Median> people = new ArrayList<>(byPerson.size());
          byPerson.forEach((k, s) -> people.add(s.median(0, k)));
          return new Turnarounds(pairs, apps, people);
        });
  }

  @Override
  @ReadOnly
  public Map<Long, long[]> dailyVolumes(
      long tenantId, Collection<Long> applicationIds, Instant from, int days) {
    if (days < 1 || days > 3_660) {
      throw new IllegalArgumentException("days must be 1 to 3660");
    }
    Map<Long, long[]> result = new HashMap<>();
    if (applicationIds.isEmpty()) {
      return result;
    }
    // Days are counted in SQL on the history index; the day of a ticket is whole 24 hours since
    // `from`, so a caller starting at the hospital's midnight gets the hospital's days.
    return jdbc.prepareStatement(
        "SELECT application_id, day_index, COUNT(*) FROM (SELECT application_id,"
            + " FLOOR(TIMESTAMPDIFF(SECOND, ?, created_at) / 86400) AS day_index"
            + " FROM tickets WHERE tenant_id = ? AND created_at >= ? AND created_at < ?"
            + " AND application_id IN ("
            + String.join(",", Collections.nCopies(applicationIds.size(), "?"))
            + ")) filed GROUP BY application_id, day_index",
        statement -> {
          int p = 1;
          statement.setTimestamp(p++, Timestamp.from(from));
          statement.setLong(p++, tenantId);
          statement.setTimestamp(p++, Timestamp.from(from));
          statement.setTimestamp(p++, Timestamp.from(from.plus(DAY.multipliedBy(days))));
          for (long id : applicationIds) {
            statement.setLong(p++, id);
          }
          try (ResultSet rows = statement.executeQuery()) {
            while (rows.next()) {
              int day = rows.getInt(2);
              if (day >= 0 && day < days) {
                result.computeIfAbsent(rows.getLong(1), k -> new long[days])[day] = rows.getLong(3);
              }
            }
          }
          return result;
        });
  }

  /** Seconds-to-resolve samples of one group, growing like an ArrayList of longs. */
  private static final class Samples {
    private long[] values = new long[8];
    private int size;

    void add(long value) {
      if (size == values.length) {
        values = Arrays.copyOf(values, size * 2);
      }
      values[size++] = value;
    }

    Median median(long application, long staff) {
      long[] sorted = Arrays.copyOf(values, size);
      Arrays.sort(sorted);
      long median =
          size % 2 == 1 ? sorted[size / 2] : (sorted[size / 2 - 1] + sorted[size / 2]) / 2;
      return new Median(application, staff, size, Duration.ofSeconds(median));
    }
  }
}
