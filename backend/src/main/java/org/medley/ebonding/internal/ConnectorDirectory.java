package org.medley.ebonding.internal;

import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.medley.integrations.api.DeskConnection;

/**
 * Stored connectors as the e-bonding pipeline needs them: decrypted, ready to call. Implemented by
 * the connector store; read by delivery, the webhook and the poller.
 */
public interface ConnectorDirectory {

  /**
   * One connector.
   *
   * @param refSystem the external-reference system its ticket ids are recorded under
   * @param webhookSecret the HMAC secret its webhook calls are signed with (null: none set)
   */
  record Connector(
      long id,
      long tenantId,
      String refSystem,
      DeskConnection connection,
      String webhookSecret,
      Delivery delivery) {}

  /**
   * How the outbox retries this desk: backoff from {@code retryInitial} doubling up to {@code
   * retryMax}, a dead letter after {@code maxAttempts} (settings {@code retryInitial}, {@code
   * retryMax}, {@code maxAttempts}; defaults 5 s, 10 min, 12).
   */
  record Delivery(Duration retryInitial, Duration retryMax, int maxAttempts) {

    public static final Delivery DEFAULTS =
        new Delivery(Duration.ofSeconds(5), Duration.ofMinutes(10), 12);

    public Duration backoff(int attempts) {
      long factor = 1L << Math.min(Math.max(attempts - 1, 0), 20);
      Duration next = retryInitial.multipliedBy(factor);
      return next.compareTo(retryMax) > 0 ? retryMax : next;
    }
  }

  /** The tenant's connector, unless deleted. */
  Optional<Connector> find(long tenantId, long connectorId);

  /** A connector by id whatever its tenant (a webhook's URL names only the connector). */
  Optional<Connector> find(long connectorId);

  /** Every connector not deleted, of every tenant (the poller picks the polled kinds). */
  List<Connector> all();
}
