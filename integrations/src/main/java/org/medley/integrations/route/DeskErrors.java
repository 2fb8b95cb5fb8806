package org.medley.integrations.route;

import java.io.IOException;
import org.apache.camel.LoggingLevel;
import org.apache.camel.builder.RouteConfigurationBuilder;
import org.medley.integrations.api.DeskUnavailable;

/**
 * The one error handling of every desk route. A desk that stumbles (a 5xx, a 429, a dropped
 * connection) gets two quick tries more, in memory; what still fails goes back to the caller as
 * {@link DeskUnavailable}, and the backend's outbox retries it later with the connector's backoff,
 * durably and in order. A refusal (4xx) is never retried: it would fail the same way.
 */
public class DeskErrors extends RouteConfigurationBuilder {

  public static final String ID = "desk-errors";

  private final int quickRetries;
  private final long quickRetryDelayMillis;

  public DeskErrors(int quickRetries, long quickRetryDelayMillis) {
    this.quickRetries = quickRetries;
    this.quickRetryDelayMillis = quickRetryDelayMillis;
  }

  @Override
  public void configuration() {
    routeConfiguration(ID)
        .onException(DeskUnavailable.class, IOException.class)
        .maximumRedeliveries(quickRetries)
        .redeliveryDelay(quickRetryDelayMillis)
        .useExponentialBackOff()
        .backOffMultiplier(2)
        .retryAttemptedLogLevel(LoggingLevel.DEBUG)
        .retriesExhaustedLogLevel(LoggingLevel.DEBUG)
        .logStackTrace(false)
        .logExhausted(false);
  }
}
