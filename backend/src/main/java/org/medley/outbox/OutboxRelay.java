package org.medley.outbox;

import io.micronaut.context.annotation.Requires;
import io.micronaut.context.annotation.Value;
import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.scheduling.annotation.Scheduled;
import io.micronaut.transaction.TransactionOperations;
import jakarta.inject.Singleton;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Delivers committed outbox events to their {@link OutboxHandler}s, on any number of nodes at once.
 * A short transaction claims a batch ({@code FOR UPDATE SKIP LOCKED}) and leases it by moving its
 * {@code available_at} forward; delivery happens outside any transaction, so a slow mail server
 * never holds a lock or slows a ticket write. A failed delivery comes back after an exponential
 * backoff (30 s, 1 min, 2 min … capped at 1 h); after {@code max-attempts} it stays undelivered as
 * a dead letter, logged at ERROR — never dropped silently.
 */
@Singleton
@Requires(property = "medley.outbox.relay.enabled", notEquals = "false")
public class OutboxRelay {

  private static final Logger LOG = LoggerFactory.getLogger(OutboxRelay.class);
  private static final Duration LEASE = Duration.ofMinutes(5);

  private final JdbcOperations jdbc;
  private final TransactionOperations<Connection> transactions;
  private final Clock clock;
  private final Map<String, OutboxHandler> handlers = new HashMap<>();
  private final int batch;
  private final int maxAttempts;

  OutboxRelay(
      JdbcOperations jdbc,
      TransactionOperations<Connection> transactions,
      Clock clock,
      List<OutboxHandler> handlers,
      @Value("${medley.outbox.relay.batch:50}") int batch,
      @Value("${medley.outbox.relay.max-attempts:10}") int maxAttempts) {
    this.jdbc = jdbc;
    this.transactions = transactions;
    this.clock = clock;
    handlers.forEach(h -> h.types().forEach(t -> this.handlers.put(t, h)));
    this.batch = batch;
    this.maxAttempts = maxAttempts;
  }

  @Scheduled(
      fixedDelay = "${medley.outbox.relay.interval:5s}",
      initialDelay = "${medley.outbox.relay.initial-delay:5s}")
  void scheduled() {
    try {
      relay();
    } catch (RuntimeException e) {
      LOG.warn("Outbox relay failed; the next run retries", e);
    }
  }

  /** Delivers what is due now; returns how many events were delivered. */
  public int relay() {
    if (handlers.isEmpty()) {
      return 0;
    }
    List<OutboxEvent> claimed = transactions.executeWrite(status -> claim());
    int delivered = 0;
    for (OutboxEvent event : claimed) {
      try {
        handlers.get(event.type()).deliver(event);
        mark(
            "UPDATE outbox_events SET delivered_at = ?, attempts = attempts + 1 WHERE id = ?",
            Timestamp.from(clock.instant()),
            event.id());
        delivered++;
      } catch (Exception e) {
        int attempts = event.attempts() + 1;
        Instant retry = clock.instant().plus(backoff(attempts));
        mark(
            "UPDATE outbox_events SET attempts = ?, available_at = ? WHERE id = ?",
            attempts,
            Timestamp.from(retry),
            event.id());
        if (attempts >= maxAttempts) {
          LOG.error(
              "Outbox event {} ({}) failed {} times and is now a dead letter",
              event.eventId(),
              event.type(),
              attempts,
              e);
        } else {
          LOG.warn(
              "Outbox event {} ({}) failed (attempt {}), retrying at {}: {}",
              event.eventId(),
              event.type(),
              attempts,
              retry,
              e.toString());
        }
      }
    }
    return delivered;
  }

  static Duration backoff(int attempts) {
    long seconds = 30L << Math.min(attempts - 1, 7);
    return Duration.ofSeconds(Math.min(seconds, 3600));
  }

  private List<OutboxEvent> claim() {
    String types =
        handlers.keySet().stream().map(t -> "?").collect(Collectors.joining(",", "(", ")"));
    List<String> typeList = List.copyOf(handlers.keySet());
    Instant now = clock.instant();
    List<OutboxEvent> events =
        jdbc.prepareStatement(
            "SELECT id, event_id, tenant_id, aggregate_type, aggregate_id, type, payload, attempts"
                + " FROM outbox_events WHERE delivered_at IS NULL AND available_at <= ?"
                + " AND attempts < ? AND type IN "
                + types
                + " ORDER BY available_at, id LIMIT ? FOR UPDATE SKIP LOCKED",
            statement -> {
              int i = 1;
              statement.setTimestamp(i++, Timestamp.from(now));
              statement.setInt(i++, maxAttempts);
              for (String type : typeList) {
                statement.setString(i++, type);
              }
              statement.setInt(i, batch);
              List<OutboxEvent> list = new ArrayList<>();
              try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                  list.add(
                      new OutboxEvent(
                          rows.getLong("id"),
                          UUID.fromString(rows.getString("event_id")),
                          rows.getLong("tenant_id"),
                          rows.getString("aggregate_type"),
                          rows.getLong("aggregate_id"),
                          rows.getString("type"),
                          rows.getString("payload"),
                          rows.getInt("attempts")));
                }
              }
              return list;
            });
    Timestamp leased = Timestamp.from(now.plus(LEASE));
    for (OutboxEvent event : events) {
      jdbc.prepareStatement(
          "UPDATE outbox_events SET available_at = ? WHERE id = ?",
          statement -> {
            statement.setTimestamp(1, leased);
            statement.setLong(2, event.id());
            return statement.executeUpdate();
          });
    }
    return events;
  }

  private void mark(String sql, Object... values) {
    transactions.executeWrite(
        status ->
            jdbc.prepareStatement(
                sql,
                statement -> {
                  for (int i = 0; i < values.length; i++) {
                    statement.setObject(i + 1, values[i]);
                  }
                  return statement.executeUpdate();
                }));
  }
}
