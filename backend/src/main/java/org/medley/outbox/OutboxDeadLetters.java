package org.medley.outbox;

import static org.medley.platform.JdbcRows.bindAll;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.transaction.annotation.ReadOnly;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.medley.platform.JdbcRows;
import org.medley.platform.SqlLike;

/**
 * What operators see and do of the outbox: parked events (dead letters) to read, re-drive or
 * discard, and how much is waiting per ordering-key prefix (for a partner desk, {@code
 * desk:<connector>:}). Always within one tenant: another tenant's event reads as missing.
 */
@Singleton
public class OutboxDeadLetters {

  /** A parked event. */
  public record DeadLetter(
      long id,
      UUID eventId,
      long tenantId,
      String type,
      @Nullable String orderingKey,
      long aggregateId,
      String payload,
      int attempts,
      @Nullable String lastError,
      @Nullable Instant lastAttemptAt,
      Instant parkedAt,
      Instant createdAt) {}

  /**
   * What waits under an ordering-key prefix: {@code queued} undelivered events not parked, {@code
   * failed} dead letters, and the age of the oldest queued one (null when none is).
   */
  public record Stats(long queued, long failed, @Nullable Duration oldestPendingAge) {}

  public record Slice(List<DeadLetter> items, long total) {}

  private static final String PARKED =
      " FROM outbox_events WHERE tenant_id = ? AND type = ? AND parked_at IS NOT NULL"
          + " AND discarded_at IS NULL AND delivered_at IS NULL";

  private final JdbcOperations jdbc;
  private final Clock clock;
  private final OutboxSignal signal;

  OutboxDeadLetters(JdbcOperations jdbc, Clock clock, OutboxSignal signal) {
    this.jdbc = jdbc;
    this.clock = clock;
    this.signal = signal;
  }

  /** The tenant's dead letters of {@code type}, newest first, under {@code keyPrefix} if given. */
  @ReadOnly
  public Slice list(long tenantId, String type, @Nullable String keyPrefix, int page, int size) {
    String where = keyPrefix == null ? "" : " AND ordering_key LIKE ?" + SqlLike.ESCAPE;
    List<Object> values = new ArrayList<>(List.of(tenantId, type));
    if (keyPrefix != null) {
      values.add(SqlLike.literal(keyPrefix) + "%");
    }
    long total =
        jdbc.prepareStatement(
            "SELECT COUNT(*)" + PARKED + where,
            statement -> {
              bindAll(statement, values);
              try (ResultSet rows = statement.executeQuery()) {
                rows.next();
                return rows.getLong(1);
              }
            });
    List<Object> paged = new ArrayList<>(values);
    paged.add(size);
    paged.add((long) page * size);
    List<DeadLetter> items =
        jdbc.prepareStatement(
            "SELECT *" + PARKED + where + " ORDER BY parked_at DESC, id DESC LIMIT ? OFFSET ?",
            statement -> {
              bindAll(statement, paged);
              return read(statement.executeQuery());
            });
    return new Slice(items, total);
  }

  /** The tenant's dead letter of {@code type}, or empty. */
  @ReadOnly
  public Optional<DeadLetter> find(long tenantId, String type, UUID eventId) {
    return jdbc.prepareStatement(
        "SELECT *" + PARKED + " AND event_id = ?",
        statement -> {
          bindAll(statement, tenantId, type, eventId.toString());
          return read(statement.executeQuery()).stream().findFirst();
        });
  }

  /**
   * Sends a dead letter again from scratch (attempts 0, due now), its key's later events after it;
   * false when it is not a dead letter (any more).
   */
  @Transactional
  public boolean redrive(long tenantId, String type, UUID eventId) {
    Instant now = clock.instant();
    boolean done =
        update(
                "UPDATE outbox_events SET parked_at = NULL, attempts = 0, available_at = ?"
                    + " WHERE tenant_id = ? AND type = ? AND event_id = ? AND parked_at IS NOT NULL"
                    + " AND discarded_at IS NULL AND delivered_at IS NULL",
                now,
                tenantId,
                type,
                eventId.toString())
            == 1;
    if (done) {
      signal.wake();
    }
    return done;
  }

  /**
   * Gives a dead letter up for good: it is never sent, and its key's later events go on without it.
   * False when it is not a dead letter (any more).
   */
  @Transactional
  public boolean discard(long tenantId, String type, UUID eventId) {
    Instant now = clock.instant();
    boolean done =
        update(
                "UPDATE outbox_events SET discarded_at = ? WHERE tenant_id = ? AND type = ?"
                    + " AND event_id = ? AND parked_at IS NOT NULL AND discarded_at IS NULL"
                    + " AND delivered_at IS NULL",
                now,
                tenantId,
                type,
                eventId.toString())
            == 1;
    if (done) {
      signal.wake();
    }
    return done;
  }

  /** What waits under {@code keyPrefix} (e.g. {@code desk:7:} or {@code desk:7:1234}). */
  @ReadOnly
  public Stats stats(long tenantId, String type, String keyPrefix) {
    return jdbc.prepareStatement(
        "SELECT SUM(CASE WHEN parked_at IS NULL THEN 1 ELSE 0 END),"
            + " SUM(CASE WHEN parked_at IS NULL THEN 0 ELSE 1 END),"
            + " MIN(CASE WHEN parked_at IS NULL THEN created_at END)"
            + " FROM outbox_events WHERE tenant_id = ? AND type = ? AND ordering_key LIKE ?"
            + SqlLike.ESCAPE
            + " AND delivered_at IS NULL AND discarded_at IS NULL",
        statement -> {
          bindAll(statement, tenantId, type, SqlLike.literal(keyPrefix) + "%");
          try (ResultSet rows = statement.executeQuery()) {
            rows.next();
            Instant oldest = JdbcRows.instant(rows, 3);
            return new Stats(
                rows.getLong(1),
                rows.getLong(2),
                oldest == null ? null : Duration.between(oldest, clock.instant()));
          }
        });
  }

  /** Undelivered, undiscarded events of exactly {@code orderingKey}, parked ones included. */
  @ReadOnly
  public long pending(long tenantId, String type, String orderingKey) {
    return jdbc.prepareStatement(
        "SELECT COUNT(*) FROM outbox_events WHERE tenant_id = ? AND type = ? AND ordering_key = ?"
            + " AND delivered_at IS NULL AND discarded_at IS NULL",
        statement -> {
          bindAll(statement, tenantId, type, orderingKey);
          try (ResultSet rows = statement.executeQuery()) {
            rows.next();
            return rows.getLong(1);
          }
        });
  }

  /** Undelivered, undiscarded events of {@code type} across tenants (the pending gauge). */
  @ReadOnly
  public long pending(String type) {
    return jdbc.prepareStatement(
        "SELECT COUNT(*) FROM outbox_events WHERE type = ? AND delivered_at IS NULL"
            + " AND discarded_at IS NULL AND parked_at IS NULL",
        statement -> {
          bindAll(statement, type);
          try (ResultSet rows = statement.executeQuery()) {
            rows.next();
            return rows.getLong(1);
          }
        });
  }

  private int update(String sql, Object... values) {
    return jdbc.prepareStatement(
        sql,
        statement -> {
          bindAll(statement, values);
          return statement.executeUpdate();
        });
  }

  private static List<DeadLetter> read(ResultSet rows) throws SQLException {
    try (rows) {
      List<DeadLetter> list = new ArrayList<>();
      while (rows.next()) {
        list.add(
            new DeadLetter(
                rows.getLong("id"),
                UUID.fromString(rows.getString("event_id")),
                rows.getLong("tenant_id"),
                rows.getString("type"),
                rows.getString("ordering_key"),
                rows.getLong("aggregate_id"),
                rows.getString("payload"),
                rows.getInt("attempts"),
                rows.getString("last_error"),
                JdbcRows.instant(rows, "last_attempt_at"),
                JdbcRows.instant(rows, "parked_at"),
                JdbcRows.instant(rows, "created_at")));
      }
      return list;
    }
  }
}
