package org.medley.ebonding.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.json.JsonMapper;
import io.micronaut.transaction.TransactionOperations;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.medley.integrations.Desks;
import org.medley.integrations.api.DeskConnection;
import org.medley.integrations.api.DeskKind;
import org.medley.integrations.api.DeskUpdate;
import org.medley.outbox.OutboxBench;
import org.medley.outbox.OutboxEvent;
import org.medley.outbox.OutboxHandler;
import org.medley.testing.TestApp;

/**
 * A partner desk in an outage under steady traffic: it answers 503 to everything for a while, then
 * recovers. Afterwards every event has arrived exactly once, and each ticket's updates in the order
 * they were written — through the real outbox relay, the real Camel route and HTTP.
 */
class PartnerOutageTest {

  private static final int EVENTS = 300;
  private static final int KEYS = 20;

  @Test
  void afterAnOutageEveryEventArrivesOnceAndInOrderPerTicket() throws Exception {
    var context = TestApp.context();
    try (RecordingDesk desk = new RecordingDesk();
        Desks desks = desk.gateway(Clock.systemUTC())) {
      DeskConnection connection =
          new DeskConnection(
              1, DeskKind.REQUEST_TRACKER, "Outage RT", desk.baseUrl(), null, Map.of(), null);
      String type = "test.outage-" + UUID.randomUUID();
      Map<String, String> deskTicket = new ConcurrentHashMap<>();
      Map<String, List<Long>> delivered = new ConcurrentHashMap<>();
      OutboxHandler handler =
          new OutboxHandler() {
            @Override
            public Set<String> types() {
              return Set.of(type);
            }

            @Override
            public Duration backoff(OutboxEvent event, int attempts) {
              return Duration.ofMillis(200); // the connector's retryInitial, kept short here
            }

            @Override
            public java.util.OptionalInt maxAttempts(OutboxEvent event) {
              return java.util.OptionalInt.of(1000);
            }

            @Override
            public void deliver(OutboxEvent event) {
              String known = deskTicket.get(event.orderingKey());
              var receipt =
                  desks.deliver(
                      connection,
                      new DeskUpdate(
                          event.eventId(),
                          event.aggregateId(),
                          "INC-" + event.aggregateId(),
                          known,
                          known == null ? DeskUpdate.Kind.CREATE : DeskUpdate.Kind.PUBLIC_COMMENT,
                          "Outage",
                          "x",
                          "P3",
                          "ASSIGNED",
                          null,
                          "event " + event.id(),
                          null,
                          "test",
                          event.createdAt()));
              deskTicket.putIfAbsent(event.orderingKey(), receipt.externalId());
              delivered
                  .computeIfAbsent(
                      event.orderingKey(), k -> Collections.synchronizedList(new ArrayList<>()))
                  .add(event.id());
            }
          };
      OutboxBench relay =
          OutboxBench.start(
              context.getBean(JdbcOperations.class),
              context.getBean(JsonMapper.class),
              context.getBean(TransactionOperations.class),
              handler);
      try {
        desk.failAll(503);
        ExecutorService writers = Executors.newFixedThreadPool(2);
        long start = System.nanoTime();
        for (int i = 0; i < EVENTS; i++) {
          int n = i;
          long due = start + n * 10_000_000L; // 100 events/s, steady
          writers.submit(
              () -> {
                if (n == EVENTS / 2) {
                  desk.recover(); // the outage ends halfway through the traffic
                }
                long wait = due - System.nanoTime();
                if (wait > 0) {
                  TimeUnit.NANOSECONDS.sleep(wait);
                }
                relay.append(type, 1_000_000 + n % KEYS, "outage:" + (n % KEYS));
                return null;
              });
        }
        writers.shutdown();
        assertThat(writers.awaitTermination(1, TimeUnit.MINUTES)).isTrue();
        await().atMost(Duration.ofMinutes(2)).until(() -> desk.taken().size() >= EVENTS);

        List<RecordingDesk.Taken> taken = desk.taken();
        assertThat(desk.requests().size()).as("the outage was real").isGreaterThan(EVENTS);
        assertThat(taken).hasSize(EVENTS);
        assertThat(taken).extracting(RecordingDesk.Taken::eventId).doesNotHaveDuplicates();
        assertThat(taken.stream().filter(t -> t.kind().equals("CREATE"))).hasSize(KEYS);
        assertThat(delivered).hasSize(KEYS);
        delivered.values().forEach(ids -> assertThat(ids).hasSize(EVENTS / KEYS).isSorted());
      } finally {
        relay.close();
      }
    }
  }
}
