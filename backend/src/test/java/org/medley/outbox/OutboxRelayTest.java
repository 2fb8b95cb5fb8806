package org.medley.outbox;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.transaction.TransactionOperations;
import java.sql.Connection;
import java.sql.ResultSet;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.medley.testing.TestApp;

/** The relay against MariaDB: after commit, retried with backoff, dead after too many tries. */
class OutboxRelayTest {

  /** A clock the test moves by hand. */
  static final class Hand extends Clock {
    Instant now = Instant.now();

    @Override
    public ZoneOffset getZone() {
      return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(java.time.ZoneId zone) {
      return this;
    }

    @Override
    public Instant instant() {
      return now;
    }
  }

  /** Fails as often as told, then delivers. */
  static final class Flaky implements OutboxHandler {
    final String type = "test.flaky-" + UUID.randomUUID();
    int failuresLeft;
    final List<UUID> delivered = new ArrayList<>();

    Flaky(int failures) {
      this.failuresLeft = failures;
    }

    @Override
    public Set<String> types() {
      return Set.of(type);
    }

    @Override
    public void deliver(OutboxEvent event) {
      if (failuresLeft-- > 0) {
        throw new IllegalStateException("SMTP 421 try again later");
      }
      delivered.add(event.eventId());
    }
  }

  @SuppressWarnings("unchecked")
  private static OutboxRelay relay(Clock clock, OutboxHandler handler, int maxAttempts) {
    var context = TestApp.context();
    return new OutboxRelay(
        context.getBean(JdbcOperations.class),
        context.getBean(TransactionOperations.class),
        clock,
        List.of(handler),
        50,
        maxAttempts);
  }

  @SuppressWarnings("unchecked")
  private static UUID append(Clock clock, String type) {
    var context = TestApp.context();
    Outbox outbox =
        new Outbox(
            context.getBean(JdbcOperations.class),
            context.getBean(io.micronaut.json.JsonMapper.class),
            clock);
    TransactionOperations<Connection> tx = context.getBean(TransactionOperations.class);
    return tx.executeWrite(status -> outbox.append(1, "ticket", 1, type, Map.of("k", "v")));
  }

  @Test
  void aFailedDeliveryComesBackAfterItsBackoffAndIsDeliveredOnce() throws Exception {
    Hand clock = new Hand();
    Flaky handler = new Flaky(1);
    OutboxRelay relay = relay(clock, handler, 5);
    UUID event = append(clock, handler.type);

    assertThat(relay.relay()).isZero(); // the mail server said no
    assertThat(attempts(event)).isEqualTo(1);
    assertThat(relay.relay()).as("not before the backoff").isZero();
    clock.now = clock.now.plus(OutboxRelay.backoff(1)).plusSeconds(1);
    assertThat(relay.relay()).isEqualTo(1);
    assertThat(handler.delivered).containsExactly(event);
    clock.now = clock.now.plus(Duration.ofHours(2));
    assertThat(relay.relay()).as("delivered events are not sent again").isZero();
  }

  @Test
  void afterMaxAttemptsAnEventStaysAsADeadLetter() throws Exception {
    Hand clock = new Hand();
    Flaky handler = new Flaky(Integer.MAX_VALUE);
    OutboxRelay relay = relay(clock, handler, 2);
    UUID event = append(clock, handler.type);
    for (int i = 0; i < 4; i++) {
      relay.relay();
      clock.now = clock.now.plus(Duration.ofHours(2));
    }
    assertThat(attempts(event)).isEqualTo(2);
    assertThat(delivered(event)).isFalse();
  }

  @Test
  void backoffDoublesAndIsCapped() {
    assertThat(OutboxRelay.backoff(1)).isEqualTo(Duration.ofSeconds(30));
    assertThat(OutboxRelay.backoff(2)).isEqualTo(Duration.ofMinutes(1));
    assertThat(OutboxRelay.backoff(20)).isEqualTo(Duration.ofHours(1));
  }

  private static int attempts(UUID event) throws Exception {
    try (var c = TestApp.connection();
        var s = c.prepareStatement("SELECT attempts FROM outbox_events WHERE event_id = ?")) {
      s.setString(1, event.toString());
      try (ResultSet rows = s.executeQuery()) {
        rows.next();
        return rows.getInt(1);
      }
    }
  }

  private static boolean delivered(UUID event) throws Exception {
    try (var c = TestApp.connection();
        var s = c.prepareStatement("SELECT delivered_at FROM outbox_events WHERE event_id = ?")) {
      s.setString(1, event.toString());
      try (ResultSet rows = s.executeQuery()) {
        rows.next();
        return rows.getTimestamp(1) != null;
      }
    }
  }
}
