package org.medley.ebonding.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.medley.ebonding.internal.TestDesks.count;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;
import org.medley.integrations.api.DeskChange;
import org.medley.integrations.api.DeskChange.Kind;
import org.medley.integrations.api.DeskKind;
import org.medley.integrations.api.DeskUnavailable;
import org.medley.testing.TestApp;

/**
 * Desks that cannot call out are polled by one node at a time, from the watermark kept in the
 * database: two nodes polling one desk apply each change once, a new poller (a restarted node)
 * continues where the last stopped, and a failed poll keeps the watermark, so nothing is missed.
 * The desk is a scripted double handed to the poller directly; its connector is of a kind the
 * application's own scheduled poller does not poll, so only this test's pollers touch it.
 */
class DeskPollerTest {

  private static final Duration LEASE = Duration.ofMinutes(2);

  private final InboundChanges inbound = TestApp.context().getBean(InboundChanges.class);
  private final PollStates states = TestApp.context().getBean(PollStates.class);

  private record Desk(ConnectorDirectory.Connector connector, long ticket, String externalId) {}

  private static Desk desk(String title) {
    var connector = TestDesks.connector(DeskKind.SERVICENOW, "Polled desk", null);
    long ticket = TestDesks.partnerTicket(title);
    TestDesks.reference(ticket, connector, "RT-" + ticket);
    return new Desk(connector, ticket, "RT-" + ticket);
  }

  private DeskPoller poller(Desk desk, ScriptedDesk gateway, Duration interval, String node) {
    ConnectorDirectory only =
        new ConnectorDirectory() {
          @Override
          public Optional<Connector> find(long tenantId, long connectorId) {
            return find(connectorId);
          }

          @Override
          public Optional<Connector> find(long connectorId) {
            return Optional.of(desk.connector()).filter(c -> c.id() == connectorId);
          }

          @Override
          public List<Connector> all() {
            return List.of(desk.connector());
          }
        };
    return new DeskPoller(only, gateway, inbound, states, Clock.systemUTC(), interval, LEASE, node);
  }

  private static DeskChange reply(Desk desk, int n) {
    return new DeskChange(
        UUID.randomUUID().toString(),
        desk.externalId(),
        Kind.PUBLIC_REPLY,
        "Reply " + n,
        "jdoe",
        "open",
        Instant.now());
  }

  private static long replies(Desk desk) {
    return count("ticket_comments WHERE ticket_id = " + desk.ticket() + " AND body LIKE 'Reply %'");
  }

  private PollStates.PollState state(Desk desk) {
    return states.state(desk.connector().id()).orElseThrow();
  }

  @Test
  void twoNodesPollingOneDeskApplyEachChangeOnce() throws Exception {
    Desk desk = desk("Polled by two nodes");
    ScriptedDesk gateway = new ScriptedDesk(3);
    DeskPoller a = poller(desk, gateway, Duration.ZERO, "node-a");
    DeskPoller b = poller(desk, gateway, Duration.ZERO, "node-b");
    a.poll(desk.connector()); // the first poll starts from now
    int total = 40;
    AtomicBoolean done = new AtomicBoolean();
    ExecutorService pool = Executors.newFixedThreadPool(2);
    try {
      List<Future<?>> nodes =
          List.of(
              pool.submit(() -> pollUntil(a, desk, done)),
              pool.submit(() -> pollUntil(b, desk, done)));
      for (int i = 0; i < total; i++) {
        gateway.happened(reply(desk, i));
      }
      await().atMost(Duration.ofSeconds(60)).until(() -> replies(desk) >= total);
      done.set(true);
      for (Future<?> node : nodes) {
        node.get();
      }
    } finally {
      done.set(true);
      pool.shutdownNow();
    }
    assertThat(replies(desk)).isEqualTo(total);
    assertThat(count("desk_inbound_events WHERE connector_id = " + desk.connector().id()))
        .isEqualTo(total);
    assertThat(gateway.mostAtOnce()).as("polls of one desk in flight at once").isEqualTo(1);
    assertThat(state(desk).watermark()).isEqualTo(String.valueOf(total));
  }

  private static void pollUntil(DeskPoller poller, Desk desk, AtomicBoolean done) {
    while (!done.get()) {
      poller.poll(desk.connector());
    }
  }

  @Test
  void aRestartedNodeContinuesFromTheStoredWatermark() {
    Desk desk = desk("Polled across a restart");
    ScriptedDesk gateway = new ScriptedDesk(2);
    DeskPoller before = poller(desk, gateway, Duration.ZERO, "node-before");
    assertThat(before.poll(desk.connector())).isTrue();
    for (int i = 0; i < 5; i++) {
      gateway.happened(reply(desk, i));
    }
    assertThat(before.poll(desk.connector())).isTrue();
    assertThat(replies(desk)).isEqualTo(5);
    assertThat(state(desk).watermark()).isEqualTo("5");

    // The node restarts: a new poller, knowing nothing but the database.
    gateway.happened(reply(desk, 5));
    gateway.happened(reply(desk, 6));
    int askedBefore = gateway.asked().size();
    DeskPoller after = poller(desk, gateway, Duration.ZERO, "node-after");
    assertThat(after.pollDue()).isEqualTo(1);

    assertThat(gateway.asked().get(askedBefore)).isEqualTo("5");
    assertThat(replies(desk)).isEqualTo(7);
    assertThat(count("desk_inbound_events WHERE connector_id = " + desk.connector().id()))
        .isEqualTo(7);
  }

  @Test
  void aFailedPollKeepsTheWatermarkAndTheErrorAndMissesNothing() {
    Desk desk = desk("Polled through an outage");
    ScriptedDesk gateway = new ScriptedDesk(10);
    DeskPoller poller = poller(desk, gateway, Duration.ZERO, "node-outage");
    poller.poll(desk.connector());
    gateway.happened(reply(desk, 0));
    gateway.failNextPoll(new DeskUnavailable("HTTP 503 from the desk"));

    assertThat(poller.poll(desk.connector())).isTrue();
    assertThat(state(desk).lastError()).contains("503");
    assertThat(state(desk).watermark()).isEqualTo("0");
    assertThat(state(desk).leasedBy()).isNull();
    assertThat(replies(desk)).isZero();

    assertThat(poller.poll(desk.connector())).isTrue();
    assertThat(replies(desk)).isEqualTo(1);
    assertThat(state(desk).lastError()).isNull();
  }

  @Test
  void aDeskIsPolledWhenDueAndNotWhileAnotherNodeHoldsIt() throws Exception {
    Desk desk = desk("Polled when due");
    ScriptedDesk gateway = new ScriptedDesk(10);
    DeskPoller hourly = poller(desk, gateway, Duration.ofHours(1), "node-hourly");
    assertThat(hourly.poll(desk.connector())).isTrue();
    assertThat(hourly.poll(desk.connector())).as("polled a moment ago").isFalse();

    DeskPoller eager = poller(desk, gateway, Duration.ZERO, "node-eager");
    holdLease(desk, "node-elsewhere", Instant.now().plusSeconds(60));
    assertThat(eager.poll(desk.connector())).as("another node holds it").isFalse();
    // That node died: once its lease lapses, the desk is taken over.
    holdLease(desk, "node-elsewhere", Instant.now().minusSeconds(1));
    assertThat(eager.poll(desk.connector())).isTrue();
    assertThat(state(desk).leasedBy()).isNull();
  }

  private static void holdLease(Desk desk, String node, Instant until) throws Exception {
    try (var c = TestApp.connection();
        var update =
            c.prepareStatement(
                "UPDATE desk_poll_state SET leased_by = ?, lease_until = ? WHERE connector_id = ?")) {
      update.setString(1, node);
      update.setTimestamp(2, Timestamp.from(until));
      update.setLong(3, desk.connector().id());
      assertThat(update.executeUpdate()).isEqualTo(1);
    }
  }
}
