package org.medley.ebonding.internal;

import static org.medley.platform.JdbcRows.bindAll;
import static org.medley.platform.JdbcRows.instant;

import io.micronaut.context.annotation.Value;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.transaction.TransactionOperations;
import jakarta.inject.Singleton;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.sql.Connection;
import java.sql.ResultSet;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Where each polled desk's last poll stopped and which node polls it now ({@code desk_poll_state}).
 * A node claims a desk with one conditional UPDATE, so of many nodes one polls a desk at a time;
 * the claim lapses at {@code lease_until}, so a node that dies mid-poll holds it up for one lease
 * at most. The watermark moves only after the changes before it were applied: a restart polls again
 * from the last stored one, and the applied event ids make the repeat change nothing. Each call is
 * a short transaction of its own.
 */
@Singleton
class PollStates {

  private static final Logger LOG = LoggerFactory.getLogger(PollStates.class);

  /** A desk's poll state, for the connector's status. */
  record PollState(
      @Nullable String watermark,
      @Nullable Instant lastPolledAt,
      @Nullable String lastError,
      @Nullable String leasedBy,
      @Nullable Instant leaseUntil) {}

  private static final int MAX_ERROR = 2000;

  private final JdbcOperations jdbc;
  private final TransactionOperations<Connection> transactions;
  private final String node;

  PollStates(
      JdbcOperations jdbc,
      TransactionOperations<Connection> transactions,
      @Value("${medley.node.name:}") String node) {
    this.jdbc = jdbc;
    this.transactions = transactions;
    this.node = node;
  }

  /**
   * Claims the desk for {@code node} until {@code leaseUntil}, when no other node holds it and its
   * last poll was at or before {@code due}; empty when not claimed.
   */
  Optional<Claim> claim(
      long connectorId, long tenantId, String node, Instant now, Instant leaseUntil, Instant due) {
    if (state(connectorId).isEmpty()) {
      // On its own: a row lock taken shared by this insert and then wanted exclusive by the
      // claim's update is how two nodes claiming at once would deadlock.
      transactions.executeWrite(
          status ->
              update(
                  "INSERT IGNORE INTO desk_poll_state (connector_id, tenant_id) VALUES (?, ?)",
                  connectorId,
                  tenantId));
    }
    return transactions.executeWrite(
        status -> {
          int claimed =
              update(
                  "UPDATE desk_poll_state SET leased_by = ?, lease_until = ? WHERE connector_id = ?"
                      + " AND (lease_until IS NULL OR lease_until < ?)"
                      + " AND (last_polled_at IS NULL OR last_polled_at <= ?)",
                  node,
                  leaseUntil,
                  connectorId,
                  now,
                  due);
          if (claimed != 1) {
            return Optional.<Claim>empty();
          }
          return Optional.of(new Claim(read(connectorId).orElseThrow().watermark()));
        });
  }

  /**
   * This node's name in claims: {@code medley.node.name} (default the host name; nodes sharing a
   * host, as the local stack's two do, are told apart only by a name of their own) and a random
   * part, new at every start, so a restarted node never resumes a claim its earlier life held.
   */
  String nodeName() {
    String host = node;
    if (host.isBlank()) {
      try {
        host = InetAddress.getLocalHost().getHostName();
      } catch (UnknownHostException e) {
        host = "node";
      }
    }
    String name = host.strip() + "/" + UUID.randomUUID();
    return name.length() <= 100 ? name : name.substring(name.length() - 100);
  }

  /** How often {@code connector} is polled: its {@code pollInterval} setting, else {@code tick}. */
  static Duration every(ConnectorDirectory.Connector connector, Duration tick) {
    String setting = connector.connection().setting("pollInterval", null);
    if (setting != null) {
      try {
        return Duration.parse(setting);
      } catch (DateTimeParseException e) {
        LOG.warn(
            "{}: pollInterval {} is not an ISO-8601 duration such as PT30S; polling every {}",
            connector.connection().name(),
            setting,
            tick);
      }
    }
    return tick;
  }

  /** What a failed poll leaves for the status page. */
  static String describe(RuntimeException e) {
    return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
  }

  /** A claimed desk and the watermark its poll starts from (null: none yet, from now on). */
  record Claim(@Nullable String watermark) {}

  /**
   * Stores how far the claimed poll got and extends the claim; false when the node no longer holds
   * it (its lease lapsed and another node took the desk), which then polls on from its own claim.
   */
  boolean advance(long connectorId, String node, String watermark, Instant leaseUntil) {
    return transactions.executeWrite(
            status ->
                update(
                    "UPDATE desk_poll_state SET watermark = ?, lease_until = ? WHERE connector_id ="
                        + " ? AND leased_by = ?",
                    watermark,
                    leaseUntil,
                    connectorId,
                    node))
        == 1;
  }

  /** Ends the claim after a poll; {@code error} (null: it went well) stays for the status page. */
  void release(long connectorId, String node, Instant now, @Nullable String error) {
    transactions.executeWrite(
        status ->
            update(
                "UPDATE desk_poll_state SET leased_by = NULL, lease_until = NULL, last_polled_at = ?,"
                    + " last_error = ? WHERE connector_id = ? AND leased_by = ?",
                now,
                error == null || error.length() <= MAX_ERROR
                    ? error
                    : error.substring(0, MAX_ERROR - 1) + "…",
                connectorId,
                node));
  }

  /** The desk's poll state; empty before its first poll. */
  Optional<PollState> state(long connectorId) {
    return transactions.executeRead(status -> read(connectorId));
  }

  private Optional<PollState> read(long connectorId) {
    return jdbc.prepareStatement(
        "SELECT watermark, last_polled_at, last_error, leased_by, lease_until FROM desk_poll_state"
            + " WHERE connector_id = ?",
        statement -> {
          statement.setLong(1, connectorId);
          try (ResultSet rows = statement.executeQuery()) {
            return rows.next()
                ? Optional.of(
                    new PollState(
                        rows.getString("watermark"),
                        instant(rows, "last_polled_at"),
                        rows.getString("last_error"),
                        rows.getString("leased_by"),
                        instant(rows, "lease_until")))
                : Optional.empty();
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
}
