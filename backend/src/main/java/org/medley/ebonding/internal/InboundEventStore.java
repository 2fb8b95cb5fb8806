package org.medley.ebonding.internal;

import static org.medley.platform.JdbcRows.bindAll;

import io.micronaut.data.jdbc.runtime.JdbcOperations;
import jakarta.inject.Singleton;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HexFormat;

/**
 * The desk events Medley has applied ({@code desk_inbound_events}), one row per connector and desk
 * event id: the row is written first in the transaction that applies the event, so a replayed
 * webhook or a repeated poll finds it and changes nothing. Callers hold the transaction.
 */
@Singleton
class InboundEventStore {

  /** Longest desk event id stored as it is; a longer one is stored as its SHA-256. */
  static final int MAX_KEY = 200;

  private final JdbcOperations jdbc;

  InboundEventStore(JdbcOperations jdbc) {
    this.jdbc = jdbc;
  }

  /**
   * The key a desk event id is stored under: itself, or its SHA-256 when longer than the column, so
   * two long ids sharing a prefix are never taken for one.
   */
  static String key(String deskEventId) {
    if (deskEventId.length() <= MAX_KEY) {
      return deskEventId;
    }
    try {
      byte[] hash =
          MessageDigest.getInstance("SHA-256").digest(deskEventId.getBytes(StandardCharsets.UTF_8));
      return "sha256:" + HexFormat.of().formatHex(hash);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is part of every JDK", e);
    }
  }

  /**
   * Records the event as received; false when it was already (the row's key is taken). A second
   * node applying the same event at the same moment waits here for the first one's transaction,
   * then finds the row.
   */
  boolean receive(long connectorId, String key, long tenantId, long ticketId, Instant at) {
    return jdbc.prepareStatement(
            "INSERT IGNORE INTO desk_inbound_events (connector_id, desk_event_id, tenant_id,"
                + " ticket_id, outcome, received_at) VALUES (?,?,?,?,?,?)",
            statement -> {
              bindAll(statement, connectorId, key, tenantId, ticketId, "RECEIVED", at);
              return statement.executeUpdate();
            })
        == 1;
  }

  void outcome(long connectorId, String key, InboundChanges.Outcome outcome) {
    jdbc.prepareStatement(
        "UPDATE desk_inbound_events SET outcome = ? WHERE connector_id = ? AND desk_event_id = ?",
        statement -> {
          bindAll(statement, outcome.name(), connectorId, key);
          return statement.executeUpdate();
        });
  }
}
