package org.medley.outbox;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.json.JsonMapper;
import io.micronaut.transaction.TransactionOperations;
import io.micronaut.transaction.support.TransactionSynchronization;
import jakarta.inject.Singleton;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.UUID;

/**
 * Events that leave the process, written in the caller's transaction: they exist exactly when the
 * change that caused them committed. A relay delivers them later (at least once, deduplicated by
 * {@code eventId}); nobody calls a partner inside a database transaction. Once the transaction
 * commits, this node's relay is woken ({@link OutboxSignal}) so delivery starts within milliseconds
 * rather than at the next poll.
 */
@Singleton
public class Outbox {

  private final JdbcOperations jdbc;
  private final JsonMapper json;
  private final Clock clock;
  private final TransactionOperations<Connection> transactions;
  private final OutboxSignal signal;

  Outbox(
      JdbcOperations jdbc,
      JsonMapper json,
      Clock clock,
      TransactionOperations<Connection> transactions,
      OutboxSignal signal) {
    this.jdbc = jdbc;
    this.json = json;
    this.clock = clock;
    this.transactions = transactions;
    this.signal = signal;
  }

  /** Appends an unordered event; must run inside a transaction. Returns its event id. */
  public UUID append(
      long tenantId, String aggregateType, long aggregateId, String type, Object payload) {
    return append(tenantId, aggregateType, aggregateId, type, payload, null);
  }

  /**
   * Appends an event; must run inside a transaction. Events with the same {@code orderingKey} are
   * delivered one at a time in the order they were appended (the caller serialises its appends of
   * one key, as a ticket's write turn does); a parked one holds back the later ones until it is
   * re-driven or discarded. Returns its event id.
   */
  public UUID append(
      long tenantId,
      String aggregateType,
      long aggregateId,
      String type,
      Object payload,
      @Nullable String orderingKey) {
    UUID eventId = UUID.randomUUID();
    String body;
    try {
      body = json.writeValueAsString(payload);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    Timestamp now = Timestamp.from(Instant.now(clock));
    jdbc.prepareStatement(
        "INSERT INTO outbox_events (event_id, tenant_id, aggregate_type, aggregate_id, type, payload,"
            + " created_at, available_at, ordering_key) VALUES (?,?,?,?,?,?,?,?,?)",
        statement -> {
          statement.setString(1, eventId.toString());
          statement.setLong(2, tenantId);
          statement.setString(3, aggregateType);
          statement.setLong(4, aggregateId);
          statement.setString(5, type);
          statement.setString(6, body);
          statement.setTimestamp(7, now);
          statement.setTimestamp(8, now);
          statement.setString(9, orderingKey);
          return statement.executeUpdate();
        });
    wakeAfterCommit();
    return eventId;
  }

  private void wakeAfterCommit() {
    var status = transactions.findTransactionStatus();
    if (status.isEmpty()) {
      signal.wake();
      return;
    }
    status
        .get()
        .registerSynchronization(
            new TransactionSynchronization() {
              @Override
              public void afterCommit() {
                signal.wake();
              }
            });
  }
}
