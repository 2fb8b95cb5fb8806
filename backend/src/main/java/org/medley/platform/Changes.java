package org.medley.platform;

import io.micronaut.context.event.ApplicationEventPublisher;
import io.micronaut.scheduling.annotation.Scheduled;
import io.micronaut.transaction.TransactionDefinition;
import io.micronaut.transaction.TransactionOperations;
import io.micronaut.transaction.TransactionStatus;
import io.micronaut.transaction.support.TransactionSynchronization;
import jakarta.inject.Singleton;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * How nodes tell each other that something they keep in memory changed. A feature that keeps a copy
 * (policies, routing, groups…) {@link #announce announces} each change of it; every node {@link
 * #look looks} at the counters a few times a second ({@code medley.changes.interval}) and publishes
 * {@link Changed} for each that moved, and the keeper drops its copy. One small table, no new
 * server. The kept copies still expire on their own, so a node that dies between its commit and its
 * announcement delays the others only until then.
 */
@Singleton
public class Changes {

  private static final Logger LOG = LoggerFactory.getLogger(Changes.class);

  /** {@code topic} of the tenant changed on some node (this one included). */
  public record Changed(String topic, long tenantId) {}

  private record Key(String topic, long tenantId) {}

  private final TransactionOperations<Connection> tx;
  private final ApplicationEventPublisher<Changed> changed;
  private final Map<Key, Long> seen = new HashMap<>();
  private boolean primed;
  private final FailedTurns failures = new FailedTurns(LOG, "Reading the change counters");

  Changes(TransactionOperations<Connection> tx, ApplicationEventPublisher<Changed> changed) {
    this.tx = tx;
    this.changed = changed;
  }

  /**
   * Announces that the tenant's {@code topic} changed: once the caller's transaction commits (a
   * node reloading earlier would read the old rows and keep them), or now outside one.
   */
  public void announce(String topic, long tenantId) {
    Optional<? extends TransactionStatus<?>> status = tx.findTransactionStatus();
    if (status.isPresent() && !status.get().isCompleted()) {
      status
          .get()
          .registerSynchronization(
              new TransactionSynchronization() {
                @Override
                public void afterCommit() {
                  count(topic, tenantId);
                }
              });
    } else {
      count(topic, tenantId);
    }
  }

  private void count(String topic, long tenantId) {
    try {
      tx.execute(
          TransactionDefinition.of(TransactionDefinition.Propagation.REQUIRES_NEW),
          status -> {
            try (PreparedStatement s =
                status
                    .getConnection()
                    .prepareStatement(
                        "INSERT INTO change_counters (topic, tenant_id, version) VALUES (?, ?, 1)"
                            + " ON DUPLICATE KEY UPDATE version = version + 1")) {
              s.setString(1, topic);
              s.setLong(2, tenantId);
              return s.executeUpdate();
            }
          });
    } catch (RuntimeException e) {
      // The change itself is committed; other nodes see it when their copies expire.
      LOG.warn("Could not announce a change of {} (tenant {}): {}", topic, tenantId, e.toString());
    }
  }

  /**
   * Reads every counter and publishes a {@link Changed} for each that moved since the last look.
   */
  @Scheduled(
      fixedDelay = "${medley.changes.interval:250ms}",
      initialDelay = "${medley.changes.initial-delay:1s}")
  public synchronized void look() {
    Map<Key, Long> now;
    try {
      now = tx.executeRead(status -> read(status.getConnection()));
    } catch (RuntimeException e) {
      // Four looks a second: one line when they start failing, one when they work again.
      failures.failedQuietly("looking again until they can be read", e);
      return;
    }
    failures.worked();
    if (primed) {
      now.forEach(
          (key, version) -> {
            if (!Objects.equals(seen.get(key), version)) {
              changed.publishEvent(new Changed(key.topic(), key.tenantId()));
            }
          });
    }
    seen.putAll(now);
    primed = true;
  }

  private static Map<Key, Long> read(Connection c) throws SQLException {
    Map<Key, Long> counters = new HashMap<>();
    try (PreparedStatement s =
            c.prepareStatement("SELECT topic, tenant_id, version FROM change_counters");
        ResultSet rows = s.executeQuery()) {
      while (rows.next()) {
        counters.put(new Key(rows.getString(1), rows.getLong(2)), rows.getLong(3));
      }
    }
    return counters;
  }
}
