package org.medley.sla.internal;

import static org.medley.platform.JdbcRows.bind;
import static org.medley.platform.JdbcRows.instant;
import static org.medley.platform.JdbcRows.nullableLong;

import jakarta.inject.Singleton;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.medley.coverage.Tier;
import org.medley.desk.Priority;
import org.medley.platform.SqlRows;

/**
 * SQL for {@code sla_timers} and its append-only history, on the connection of the caller's
 * transaction. Plain JDBC: the sweep needs row locks and batches, and every statement here is one
 * the benchmark measures.
 */
@Singleton
class TimerStore {

  /**
   * The timers whose deadline the queue shows, in SQL: running, or breached and still counting how
   * late ({@link TimerKeeper#nearestDue} in Java).
   */
  static final String COUNTING =
      "(state = 'RUNNING' OR (state = 'BREACHED' AND run_from IS NOT NULL))";

  static final String COLUMNS =
      "id, tenant_id, ticket_id, ticket_number, kind, target, policy_id, partner_id, calendar_id,"
          + " target_ms, warnings, state, started_at, run_from, elapsed_ms, paused_since,"
          + " warned_percent, due_at, next_check_at, ended_at, priority, tier, application_id,"
          + " group_id, group_partner_id, assignee_id, version";

  private final Clock clock;

  TimerStore(Clock clock) {
    this.clock = clock;
  }

  /** The ticket's timers, locked until the transaction ends (events on one ticket serialise). */
  List<TimerRow> lockForTicket(Connection c, long ticketId) throws SQLException {
    try (var s =
        c.prepareStatement(
            "SELECT " + COLUMNS + " FROM sla_timers WHERE ticket_id = ? ORDER BY id FOR UPDATE")) {
      s.setLong(1, ticketId);
      return read(s);
    }
  }

  /** One timer, locked until the transaction ends; empty when it is gone. */
  java.util.Optional<TimerRow> lock(Connection c, long id) throws SQLException {
    try (var s =
        c.prepareStatement("SELECT " + COLUMNS + " FROM sla_timers WHERE id = ? FOR UPDATE")) {
      s.setLong(1, id);
      return read(s).stream().findFirst();
    }
  }

  List<TimerRow> forTicket(Connection c, long tenantId, long ticketId) throws SQLException {
    try (var s =
        c.prepareStatement(
            "SELECT "
                + COLUMNS
                + " FROM sla_timers WHERE ticket_id = ? AND tenant_id = ? ORDER BY id")) {
      s.setLong(1, ticketId);
      s.setLong(2, tenantId);
      return read(s);
    }
  }

  /**
   * Claims up to {@code limit} timers whose next check is due: the rows stay locked until the
   * transaction ends and other nodes skip them ({@code SKIP LOCKED}), so each is processed once.
   */
  List<TimerRow> claimDue(Connection c, Instant now, int limit) throws SQLException {
    try (var s =
        c.prepareStatement(
            "SELECT "
                + COLUMNS
                + " FROM sla_timers WHERE next_check_at <= ? ORDER BY next_check_at LIMIT ?"
                + " FOR UPDATE SKIP LOCKED")) {
      s.setTimestamp(1, Timestamp.from(now));
      s.setInt(2, limit);
      return read(s);
    }
  }

  static List<TimerRow> read(PreparedStatement s) throws SQLException {
    List<TimerRow> rows = new ArrayList<>();
    try (ResultSet rs = s.executeQuery()) {
      while (rs.next()) {
        rows.add(row(rs));
      }
    }
    return rows;
  }

  static TimerRow row(ResultSet rs) throws SQLException {
    SlaTimer timer =
        new SlaTimer(
            Duration.ofMillis(rs.getLong("target_ms")),
            warnings(rs.getString("warnings")),
            TimerState.valueOf(rs.getString("state")),
            instant(rs, "run_from"),
            Duration.ofMillis(rs.getLong("elapsed_ms")),
            instant(rs, "paused_since"),
            rs.getInt("warned_percent"),
            instant(rs, "due_at"),
            instant(rs, "next_check_at"),
            instant(rs, "ended_at"));
    return new TimerRow(
        rs.getLong("id"),
        rs.getLong("tenant_id"),
        rs.getLong("ticket_id"),
        rs.getString("ticket_number"),
        TimerKind.valueOf(rs.getString("kind")),
        Target.valueOf(rs.getString("target")),
        nullableLong(rs, "policy_id"),
        nullableLong(rs, "partner_id"),
        rs.getLong("calendar_id"),
        instant(rs, "started_at"),
        timer,
        new TimerRow.Dimensions(
            Priority.valueOf(rs.getString("priority")),
            Tier.valueOf(rs.getString("tier")),
            rs.getLong("application_id"),
            nullableLong(rs, "group_id"),
            nullableLong(rs, "group_partner_id"),
            nullableLong(rs, "assignee_id")),
        rs.getLong("version"));
  }

  TimerRow insert(Connection c, TimerRow row) throws SQLException {
    return insert(c, List.of(row)).get(0);
  }

  /** Inserts new timers in one JDBC batch (a ticket's two or four start together). */
  /** A timer's columns from tenant_id to its dimensions, in table order; the last index used. */
  private static int bindColumns(PreparedStatement s, int i, TimerRow row) throws SQLException {
    SlaTimer t = row.timer();
    s.setLong(++i, row.tenantId());
    s.setLong(++i, row.ticketId());
    s.setString(++i, row.ticketNumber());
    s.setString(++i, row.kind().name());
    s.setString(++i, row.target().name());
    bind(s, ++i, row.policyId());
    bind(s, ++i, row.partnerId());
    s.setLong(++i, row.calendarId());
    s.setLong(++i, t.target().toMillis());
    s.setString(++i, warningsText(t.warnings()));
    s.setString(++i, t.state().name());
    s.setTimestamp(++i, Timestamp.from(row.startedAt()));
    i = bindProgress(s, i, t);
    return bindDimensions(s, i, row.dims());
  }

  List<TimerRow> insert(Connection c, List<TimerRow> rows) throws SQLException {
    if (rows.isEmpty()) {
      return List.of();
    }
    try (var s =
        c.prepareStatement(
            "INSERT INTO sla_timers (tenant_id, ticket_id, ticket_number, kind, target, policy_id,"
                + " partner_id, calendar_id, target_ms, warnings, state, started_at, run_from,"
                + " elapsed_ms, paused_since, warned_percent, due_at, next_check_at, ended_at,"
                + " priority, tier, application_id, group_id, group_partner_id, assignee_id,"
                + " version) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,0)",
            Statement.RETURN_GENERATED_KEYS)) {
      for (TimerRow row : rows) {
        bindColumns(s, 0, row);
        s.addBatch();
      }
      s.executeBatch();
      List<TimerRow> saved = new ArrayList<>(rows.size());
      try (ResultSet keys = s.getGeneratedKeys()) {
        for (TimerRow row : rows) {
          if (!keys.next()) {
            throw new SQLException("The database returned fewer keys than timers inserted");
          }
          saved.add(
              new TimerRow(
                  keys.getLong(1),
                  row.tenantId(),
                  row.ticketId(),
                  row.ticketNumber(),
                  row.kind(),
                  row.target(),
                  row.policyId(),
                  row.partnerId(),
                  row.calendarId(),
                  row.startedAt(),
                  row.timer(),
                  row.dims(),
                  0));
        }
      }
      return saved;
    }
  }

  private static final String UPSERT_COLUMNS =
      "id, tenant_id, ticket_id, ticket_number, kind, target, policy_id, partner_id, calendar_id,"
          + " target_ms, warnings, state, started_at, run_from, elapsed_ms, paused_since,"
          + " warned_percent, due_at, next_check_at, ended_at, priority, tier, application_id,"
          + " group_id, group_partner_id, assignee_id, version";
  private static final int UPSERT_PARAMETERS = 27;
  private static final String UPSERT_UPDATE =
      " ON DUPLICATE KEY UPDATE policy_id = VALUES(policy_id), calendar_id = VALUES(calendar_id),"
          + " target_ms = VALUES(target_ms), warnings = VALUES(warnings), state = VALUES(state),"
          + " run_from = VALUES(run_from), elapsed_ms = VALUES(elapsed_ms),"
          + " paused_since = VALUES(paused_since), warned_percent = VALUES(warned_percent),"
          + " due_at = VALUES(due_at), next_check_at = VALUES(next_check_at),"
          + " ended_at = VALUES(ended_at), priority = VALUES(priority), tier = VALUES(tier),"
          + " application_id = VALUES(application_id), group_id = VALUES(group_id),"
          + " group_partner_id = VALUES(group_partner_id), assignee_id = VALUES(assignee_id),"
          + " version = VALUES(version)";
  private static final int UPSERT_CHUNK = 500;

  /**
   * Writes rows the caller has locked ({@link #lockForTicket}, {@link #claimDue}): one multi-row
   * statement per 500 rows, not one round trip per row (MariaDB's driver runs batched UPDATEs one
   * by one). The lock makes a version check unnecessary; the version still goes up by one.
   */
  void update(Connection c, List<TimerRow> rows) throws SQLException {
    for (int from = 0; from < rows.size(); from += UPSERT_CHUNK) {
      List<TimerRow> chunk = rows.subList(from, Math.min(rows.size(), from + UPSERT_CHUNK));
      StringBuilder sql =
          new StringBuilder("INSERT INTO sla_timers (").append(UPSERT_COLUMNS).append(") VALUES ");
      String tuple = "(" + "?,".repeat(UPSERT_PARAMETERS - 1) + "?)";
      for (int i = 0; i < chunk.size(); i++) {
        sql.append(i == 0 ? "" : ",").append(tuple);
      }
      sql.append(UPSERT_UPDATE);
      try (var s = c.prepareStatement(sql.toString())) {
        int i = 0;
        for (TimerRow row : chunk) {
          s.setLong(++i, row.id());
          i = bindColumns(s, i, row);
          s.setLong(++i, row.version() + 1);
        }
        s.executeUpdate();
      }
    }
  }

  private static final String PROGRESS_TUPLE = "?,?,?,?,?,?,?,?,?";
  private volatile Boolean updateJoin;

  /**
   * The sweep's write: only the columns a check changes (state, progress, deadline, next check), on
   * rows the caller has claimed. On MariaDB and MySQL one {@code UPDATE … JOIN} per 500 rows on a
   * derived table of the new values, matched by primary key — a third of the bytes of the whole-row
   * upsert and no failed insert per row; H2 (the embedded default) has no {@code UPDATE … JOIN} and
   * gets the upsert.
   */
  void updateProgress(Connection c, List<TimerRow> rows) throws SQLException {
    if (!supportsUpdateJoin(c)) {
      update(c, rows);
      return;
    }
    for (int from = 0; from < rows.size(); from += UPSERT_CHUNK) {
      List<TimerRow> chunk = rows.subList(from, Math.min(rows.size(), from + UPSERT_CHUNK));
      StringBuilder sql =
          new StringBuilder(
              "UPDATE sla_timers t JOIN (SELECT ? AS id, ? AS state, ? AS run_from, ? AS"
                  + " elapsed_ms, ? AS paused_since, ? AS warned_percent, ? AS due_at, ? AS"
                  + " next_check_at, ? AS ended_at");
      for (int i = 1; i < chunk.size(); i++) {
        sql.append(" UNION ALL SELECT ").append(PROGRESS_TUPLE);
      }
      sql.append(
          ") v ON t.id = v.id SET t.state = v.state, t.run_from = v.run_from,"
              + " t.elapsed_ms = v.elapsed_ms, t.paused_since = v.paused_since,"
              + " t.warned_percent = v.warned_percent, t.due_at = v.due_at,"
              + " t.next_check_at = v.next_check_at, t.ended_at = v.ended_at,"
              + " t.version = t.version + 1");
      try (var s = c.prepareStatement(sql.toString())) {
        int i = 0;
        for (TimerRow row : chunk) {
          SlaTimer t = row.timer();
          s.setLong(++i, row.id());
          s.setString(++i, t.state().name());
          i = bindProgress(s, i, t);
        }
        s.executeUpdate();
      }
    }
  }

  private boolean supportsUpdateJoin(Connection c) throws SQLException {
    Boolean known = updateJoin;
    if (known == null) {
      String product = c.getMetaData().getDatabaseProductName().toLowerCase(java.util.Locale.ROOT);
      known = product.contains("mariadb") || product.contains("mysql");
      updateJoin = known;
    }
    return known;
  }

  /**
   * Appends history rows (never updated, never deleted), one multi-row INSERT per {@link
   * SqlRows#PER_STATEMENT} rows.
   */
  void history(Connection c, List<HistoryRow> rows) throws SQLException {
    Instant recorded = clock.instant();
    for (List<HistoryRow> run : SqlRows.runs(rows)) {
      try (var s =
          c.prepareStatement(
              "INSERT INTO sla_timer_history (timer_id, event, at, detail, recorded_at) VALUES "
                  + SqlRows.values(run.size(), 5))) {
        int i = 0;
        for (HistoryRow row : run) {
          s.setLong(++i, row.timerId());
          s.setString(++i, row.event().name());
          s.setTimestamp(++i, Timestamp.from(row.event().at()));
          String detail = row.event().detail();
          s.setString(++i, detail == null ? null : truncate(detail, 300));
          s.setTimestamp(++i, Timestamp.from(recorded));
        }
        s.executeUpdate();
      }
    }
  }

  record HistoryRow(long timerId, SlaTimer.Event event) {}

  private static int bindProgress(PreparedStatement s, int i, SlaTimer t) throws SQLException {
    bind(s, ++i, t.runFrom());
    s.setLong(++i, t.elapsedBefore().toMillis());
    bind(s, ++i, t.pausedSince());
    s.setInt(++i, t.warnedPercent());
    bind(s, ++i, t.dueAt());
    bind(s, ++i, t.nextCheckAt());
    bind(s, ++i, t.endedAt());
    return i;
  }

  private static int bindDimensions(PreparedStatement s, int i, TimerRow.Dimensions d)
      throws SQLException {
    s.setString(++i, d.priority().name());
    s.setString(++i, d.tier().name());
    s.setLong(++i, d.applicationId());
    bind(s, ++i, d.groupId());
    bind(s, ++i, d.groupPartnerId());
    bind(s, ++i, d.assigneeId());
    return i;
  }

  static List<Integer> warnings(String text) {
    if (text == null || text.isBlank()) {
      return List.of();
    }
    return Arrays.stream(text.split(",")).map(String::strip).map(Integer::valueOf).toList();
  }

  static String warningsText(List<Integer> warnings) {
    return String.join(",", warnings.stream().map(String::valueOf).toList());
  }

  static String truncate(String text, int max) {
    return text.length() <= max ? text : text.substring(0, max - 1) + "…";
  }
}
