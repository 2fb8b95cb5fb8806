package org.medley.ebonding.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.json.JsonMapper;
import io.micronaut.transaction.TransactionOperations;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.medley.integrations.Desks;
import org.medley.integrations.api.DeskConnection;
import org.medley.integrations.api.DeskKind;
import org.medley.outbox.OutboxBench;
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
      DeskTraffic traffic = new DeskTraffic(desks, connection, Duration.ofMillis(200));
      OutboxBench relay =
          OutboxBench.start(
              context.getBean(JdbcOperations.class),
              context.getBean(JsonMapper.class),
              context.getBean(TransactionOperations.class),
              traffic);
      try {
        desk.failAll(503);
        // 100 events/s, steady; the outage ends halfway through the traffic
        traffic.write(
            relay,
            EVENTS,
            100,
            KEYS,
            1_000_000,
            n -> {
              if (n == EVENTS / 2) {
                desk.recover();
              }
            });
        await().atMost(Duration.ofMinutes(2)).until(() -> desk.taken().size() >= EVENTS);

        List<RecordingDesk.Taken> taken = desk.taken();
        assertThat(desk.requests().size()).as("the outage was real").isGreaterThan(EVENTS);
        assertThat(taken).hasSize(EVENTS);
        assertThat(taken).extracting(RecordingDesk.Taken::eventId).doesNotHaveDuplicates();
        assertThat(taken.stream().filter(t -> t.kind().equals("CREATE"))).hasSize(KEYS);
        assertThat(traffic.delivered).hasSize(KEYS);
        traffic
            .delivered
            .values()
            .forEach(ids -> assertThat(ids).hasSize(EVENTS / KEYS).isSorted());
      } finally {
        relay.close();
      }
    }
  }
}
