package org.medley.outbox;

import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.json.JsonMapper;
import jakarta.inject.Singleton;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.UUID;

/**
 * Events that leave the process, written in the caller's transaction: they exist exactly when the
 * change that caused them committed. A relay delivers them later (at least once, deduplicated by
 * {@code eventId}); nobody calls a partner inside a database transaction.
 */
@Singleton
public class Outbox {

  private final JdbcOperations jdbc;
  private final JsonMapper json;
  private final Clock clock;

  Outbox(JdbcOperations jdbc, JsonMapper json, Clock clock) {
    this.jdbc = jdbc;
    this.json = json;
    this.clock = clock;
  }

  /** Appends an event; must run inside a transaction. Returns its event id. */
  public UUID append(
      long tenantId, String aggregateType, long aggregateId, String type, Object payload) {
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
            + " created_at, available_at) VALUES (?,?,?,?,?,?,?,?)",
        statement -> {
          statement.setString(1, eventId.toString());
          statement.setLong(2, tenantId);
          statement.setString(3, aggregateType);
          statement.setLong(4, aggregateId);
          statement.setString(5, type);
          statement.setString(6, body);
          statement.setTimestamp(7, now);
          statement.setTimestamp(8, now);
          return statement.executeUpdate();
        });
    return eventId;
  }
}
