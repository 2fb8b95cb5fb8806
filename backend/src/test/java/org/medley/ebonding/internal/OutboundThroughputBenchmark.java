package org.medley.ebonding.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.json.JsonMapper;
import io.micronaut.transaction.TransactionOperations;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.medley.integrations.Desks;
import org.medley.integrations.api.DeskConnection;
import org.medley.integrations.api.DeskKind;
import org.medley.outbox.OutboxBench;
import org.medley.testing.TestApp;

/**
 * Issue #19's benchmark, run by hand ({@code -Dtest=OutboundThroughputBenchmark}): events written
 * one per transaction at a steady rate from four threads, relayed (woken on commit, keys in
 * parallel, each key in order) through the real Camel desk route over HTTP to a local recording
 * desk; prints events/s and commit→ack percentiles, and first the raw HTTP ceiling of a bare client
 * posting to the same desk. Fails if anything is lost, duplicated or out of order per key.
 */
class OutboundThroughputBenchmark {

  private static final int EVENTS = Integer.getInteger("bench.events", 6000);
  private static final int RATE = Integer.getInteger("bench.rate", 600); // events/s offered
  private static final int KEYS = Integer.getInteger("bench.keys", 200);

  @Test
  @SuppressWarnings("unchecked")
  void sustainedDeliveryToALocalDesk() throws Exception {
    var context = TestApp.context();
    try (RecordingDesk desk = new RecordingDesk();
        Desks desks = desk.gateway(Clock.systemUTC())) {
      rawCeiling(desk.baseUrl());

      DeskConnection connection =
          new DeskConnection(
              1, DeskKind.REQUEST_TRACKER, "Bench RT", desk.baseUrl(), null, Map.of(), null);
      DeskTraffic traffic = new DeskTraffic(desks, connection, null);
      OutboxBench bench =
          OutboxBench.start(
              context.getBean(JdbcOperations.class),
              context.getBean(JsonMapper.class),
              context.getBean(TransactionOperations.class),
              traffic);
      try {
        Instant start = Instant.now();
        traffic.write(bench, EVENTS, RATE, KEYS, 0, n -> {});
        Instant written = Instant.now();
        await().atMost(Duration.ofMinutes(5)).until(() -> traffic.latencies.size() >= EVENTS);
        Instant done = Instant.now();
        List<Long> sorted = new ArrayList<>(traffic.latencies);
        Collections.sort(sorted);
        double seconds = Duration.between(start, done).toMillis() / 1000.0;
        System.out.printf(
            "BENCH outbound: %d events, %d keys, offered %d/s, written in %.1f s, delivered in %.1f"
                + " s = %.0f events/s; commit->ack p50 %d ms, p99 %d ms, max %d ms%n",
            EVENTS,
            KEYS,
            RATE,
            Duration.between(start, written).toMillis() / 1000.0,
            seconds,
            EVENTS / seconds,
            sorted.get(sorted.size() / 2),
            sorted.get((int) (sorted.size() * 0.99) - 1),
            sorted.get(sorted.size() - 1));
        assertThat(traffic.latencies).as("nothing delivered twice").hasSize(EVENTS);
        traffic
            .delivered
            .values()
            .forEach(ids2 -> assertThat(ids2).isSorted().doesNotHaveDuplicates());
        if (Boolean.getBoolean("bench.strict")) {
          assertThat(EVENTS / seconds).isGreaterThanOrEqualTo(500);
          assertThat(sorted.get((int) (sorted.size() * 0.99) - 1)).isLessThan(1000);
        }
      } finally {
        bench.close();
      }
    }
  }

  /** A bare JDK client posting to the same desk from 8 threads: the anchor of the ratio. */
  private static void rawCeiling(URI base) throws Exception {
    HttpClient client = HttpClient.newHttpClient();
    client.send(
        HttpRequest.newBuilder(base.resolve("/tickets"))
            .POST(HttpRequest.BodyPublishers.ofString("{\"eventId\":\"warm\"}"))
            .build(),
        HttpResponse.BodyHandlers.ofString());
    int calls = 4000;
    ExecutorService pool = Executors.newFixedThreadPool(8);
    Instant start = Instant.now();
    for (int i = 0; i < calls; i++) {
      pool.submit(
          () ->
              client.send(
                  HttpRequest.newBuilder(base.resolve("/tickets"))
                      .POST(HttpRequest.BodyPublishers.ofString("{\"eventId\":\"raw\"}"))
                      .build(),
                  HttpResponse.BodyHandlers.ofString()));
    }
    pool.shutdown();
    pool.awaitTermination(5, TimeUnit.MINUTES);
    double seconds = Duration.between(start, Instant.now()).toMillis() / 1000.0;
    System.out.printf(
        "BENCH raw HTTP ceiling: %d posts from 8 threads in %.1f s = %.0f/s%n",
        calls, seconds, calls / seconds);
  }
}
