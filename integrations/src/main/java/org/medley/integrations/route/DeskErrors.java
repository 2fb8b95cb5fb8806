package org.medley.integrations.route;

import java.io.IOException;
import java.net.ConnectException;
import java.util.Set;
import org.apache.camel.Exchange;
import org.apache.camel.LoggingLevel;
import org.apache.camel.builder.RouteConfigurationBuilder;
import org.medley.integrations.api.DeskUnavailable;
import org.medley.integrations.http.HttpCall;

/**
 * The one error handling of every desk route. A desk that stumbles (a 5xx, a 429, a dropped
 * connection) gets two quick tries more, in memory; what still fails goes back to the caller as
 * {@link DeskUnavailable}, and the backend's outbox retries it later with the connector's backoff,
 * durably and in order. A refusal (4xx) is never retried: it would fail the same way.
 *
 * <p>A quick try re-sends the very same request, past the protocol's own duplicate check (RT's
 * Subject marker, the JSM comment marker, ServiceNow's attachment lookup), so only a call that is
 * safe to send twice gets one ({@link #repeatable}): GET, PUT, DELETE and HEAD, and any call the
 * desk cannot have carried out (a 429, or no connection made). A POST or PATCH whose answer may
 * have been lost (a 5xx, a timeout, a reset) goes back to the outbox, whose retry runs the protocol
 * again, duplicate check first.
 */
public class DeskErrors extends RouteConfigurationBuilder {

  public static final String ID = "desk-errors";

  private final int quickRetries;
  private final long quickRetryDelayMillis;

  public DeskErrors(int quickRetries, long quickRetryDelayMillis) {
    this.quickRetries = quickRetries;
    this.quickRetryDelayMillis = quickRetryDelayMillis;
  }

  /** Whether the failed call may be sent again as it is. */
  static boolean repeatable(Exchange exchange) {
    HttpCall call = exchange.getProperty(DeskAnswers.CALL, HttpCall.class);
    if (call == null || IDEMPOTENT.contains(call.method())) {
      return true;
    }
    if (exchange.getMessage().getHeader(Exchange.HTTP_RESPONSE_CODE, 0, Integer.class) == 429) {
      return true;
    }
    for (Throwable cause = exchange.getException(); cause != null; cause = cause.getCause()) {
      if (cause instanceof ConnectException) {
        return true; // no connection: nothing reached the desk
      }
    }
    return false;
  }

  private static final Set<String> IDEMPOTENT = Set.of("GET", "HEAD", "PUT", "DELETE");

  @Override
  public void configuration() {
    routeConfiguration(ID)
        .onException(DeskUnavailable.class, IOException.class)
        .onWhen(DeskErrors::repeatable)
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
