package org.medley.desk.internal;

import io.micronaut.context.annotation.Value;
import io.micronaut.core.util.SupplierUtil;
import io.micronaut.json.JsonMapper;
import jakarta.inject.Singleton;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import org.medley.outbox.OutboxEvent;
import org.medley.outbox.OutboxHandler;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Delivers the TMF621 hub's events: POSTs {@code {eventId, eventTime, eventType, event:
 * {troubleTicket}}} to the listener's callback, the outbox's event id as TMF's {@code eventId} (a
 * listener deduplicates on it: the relay delivers at least once). A 2xx is delivered; a 4xx means
 * the listener will never take it, so it is parked as a dead letter; a 5xx, a timeout or no
 * connection is retried with the outbox's backoff. A listener removed since the change hears
 * nothing.
 */
@Singleton
class TmfDelivery implements OutboxHandler {

  private static final Logger LOG = LoggerFactory.getLogger(TmfDelivery.class);

  private final TmfListeners listeners;
  private final JsonMapper json;
  // Built on first delivery: a client sets up TLS, about 50 ms of every start otherwise.
  private final Supplier<HttpClient> http;
  private final Duration timeout;

  TmfDelivery(
      TmfListeners listeners,
      JsonMapper json,
      @Value("${medley.desk.tmf.hub.timeout:10s}") Duration timeout) {
    this.listeners = listeners;
    this.json = json;
    this.timeout = timeout;
    this.http =
        SupplierUtil.memoized(
            () ->
                HttpClient.newBuilder()
                    .connectTimeout(timeout)
                    .followRedirects(HttpClient.Redirect.NEVER)
                    .build());
  }

  @Override
  public Set<String> types() {
    return Set.of(TmfEvents.TYPE);
  }

  /** Connecting and then waiting for the listener's answer, each up to the timeout. */
  @Override
  public Duration longestCall() {
    return timeout.multipliedBy(2);
  }

  @Override
  public void deliver(OutboxEvent event) throws IOException, InterruptedException, Park {
    TmfEvents.Pending pending = json.readValue(event.payload(), TmfEvents.Pending.class);
    Optional<TmfListeners.Listener> listener = listeners.find(pending.listenerId());
    if (listener.isEmpty()) {
      LOG.info("TMF621 event {}: listener {} is gone", event.eventId(), pending.listenerId());
      return;
    }
    byte[] body =
        json.writeValueAsBytes(
            new TmfViews.Event(
                event.eventId().toString(),
                pending.eventTime(),
                pending.eventType(),
                new TmfViews.EventPayload(pending.troubleTicket())));
    HttpResponse<String> response =
        http.get()
            .send(
                HttpRequest.newBuilder(URI.create(listener.get().callback()))
                    .timeout(timeout)
                    .header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofByteArray(body))
                    .build(),
                HttpResponse.BodyHandlers.ofString());
    int status = response.statusCode();
    if (status >= 200 && status < 300) {
      return;
    }
    if (status >= 400 && status < 500 && status != 408 && status != 429) {
      // The listener will never take it: a dead letter an admin can read and re-drive.
      throw new Park(status + ": " + abbreviate(response.body()));
    }
    throw new IOException(
        "listener "
            + pending.listenerId()
            + " answered "
            + status
            + ": "
            + abbreviate(response.body()));
  }

  private static String abbreviate(String text) {
    return text.length() > 300 ? text.substring(0, 300) + "…" : text;
  }
}
