package org.medley.outbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.json.JsonMapper;
import io.micronaut.transaction.TransactionOperations;
import java.sql.Connection;
import java.sql.ResultSet;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.medley.testing.TestApp;

/**
 * The relay against MariaDB: after commit, retried with the handler's backoff, parked when refused
 * or out of attempts, re-driven or discarded by an operator, and each ordering key's events
 * delivered one at a time in id order by any number of relays at once.
 */
class OutboxRelayTest {

  /** A clock the test moves by hand. */
  static final class Hand extends Clock {
    volatile Instant now = Instant.now();

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

  /** Fails as often as told (parking instead when told to), then delivers. */
  static class Flaky implements OutboxHandler {
    final String type = "test.flaky-" + UUID.randomUUID();
    int failuresLeft;
    boolean park;
    final List<UUID> delivered = new CopyOnWriteArrayList<>();

    Flaky(int failures) {
      this.failuresLeft = failures;
    }

    @Override
    public Set<String> types() {
      return Set.of(type);
    }

    @Override
    public void deliver(OutboxEvent event) throws Park {
      if (failuresLeft-- > 0) {
        if (park) {
          throw new Park("HTTP 422: queue 'Nowhere' does not exist");
        }
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
        new OutboxSignal(),
        new OutboxRelay.Settings(
            50, maxAttempts, 4, Duration.ofMillis(50), Duration.ZERO, Duration.ofMinutes(5)));
  }

  @SuppressWarnings("unchecked")
  private static UUID append(Clock clock, String type, String key) {
    var context = TestApp.context();
    TransactionOperations<Connection> tx = context.getBean(TransactionOperations.class);
    Outbox outbox =
        new Outbox(
            context.getBean(JdbcOperations.class),
            context.getBean(JsonMapper.class),
            clock,
            tx,
            new OutboxSignal());
    return tx.executeWrite(status -> outbox.append(1, "ticket", 1, type, Map.of("k", "v"), key));
  }

  /** The application's (transactional) bean; it runs on the real clock, before the hand's. */
  private static OutboxDeadLetters deadLetters(Clock clock) {
    return TestApp.context().getBean(OutboxDeadLetters.class);
  }

  @Test
  void aFailedDeliveryComesBackAfterItsBackoffAndIsDeliveredOnce() throws Exception {
    Hand clock = new Hand();
    Flaky handler = new Flaky(1);
    OutboxRelay relay = relay(clock, handler, 5);
    UUID event = append(clock, handler.type, null);

    assertThat(relay.relay()).isZero(); // the mail server said no
    assertThat(attempts(event)).isEqualTo(1);
    assertThat(text(event, "last_error")).contains("SMTP 421");
    assertThat(text(event, "last_attempt_at")).isNotNull();
    assertThat(relay.relay()).as("not before the backoff").isZero();
    clock.now = clock.now.plus(OutboxRelay.backoff(1)).plusSeconds(1);
    assertThat(relay.relay()).isEqualTo(1);
    assertThat(handler.delivered).containsExactly(event);
    clock.now = clock.now.plus(Duration.ofHours(2));
    assertThat(relay.relay()).as("delivered events are not sent again").isZero();
  }

  @Test
  void aHandlersOwnBackoffAndMaxAttemptsApply() throws Exception {
    Hand clock = new Hand();
    Flaky handler =
        new Flaky(Integer.MAX_VALUE) {
          @Override
          public Duration backoff(OutboxEvent event, int attempts) {
            return Duration.ofSeconds(attempts);
          }

          @Override
          public OptionalInt maxAttempts(OutboxEvent event) {
            return OptionalInt.of(3);
          }
        };
    OutboxRelay relay = relay(clock, handler, 10);
    UUID event = append(clock, handler.type, null);

    relay.relay();
    clock.now = clock.now.plusMillis(900);
    relay.relay();
    assertThat(attempts(event)).as("1 s after the first failure, not before").isEqualTo(1);
    clock.now = clock.now.plusMillis(200);
    relay.relay();
    assertThat(attempts(event)).isEqualTo(2);
    clock.now = clock.now.plusSeconds(2);
    relay.relay();
    assertThat(attempts(event)).isEqualTo(3);
    assertThat(text(event, "parked_at")).as("three failures park it").isNotNull();
    clock.now = clock.now.plus(Duration.ofHours(2));
    relay.relay();
    assertThat(attempts(event)).isEqualTo(3);
  }

  @Test
  void afterMaxAttemptsAnEventIsParkedAsADeadLetter() throws Exception {
    Hand clock = new Hand();
    Flaky handler = new Flaky(Integer.MAX_VALUE);
    OutboxRelay relay = relay(clock, handler, 2);
    UUID event = append(clock, handler.type, null);
    for (int i = 0; i < 4; i++) {
      relay.relay();
      clock.now = clock.now.plus(Duration.ofHours(2));
    }
    assertThat(attempts(event)).isEqualTo(2);
    assertThat(delivered(event)).isFalse();
    assertThat(deadLetters(clock).find(1, handler.type, event)).isPresent();
  }

  @Test
  void aRefusalParksAtOnceAndHoldsBackItsKeyUntilRedriven() throws Exception {
    Hand clock = new Hand();
    Flaky handler = new Flaky(1);
    handler.park = true;
    OutboxRelay relay = relay(clock, handler, 10);
    String key = "test:" + UUID.randomUUID();
    UUID first = append(clock, handler.type, key);
    UUID second = append(clock, handler.type, key);

    assertThat(relay.relay()).isZero();
    assertThat(text(first, "parked_at")).isNotNull();
    assertThat(text(first, "last_error")).isEqualTo("HTTP 422: queue 'Nowhere' does not exist");
    clock.now = clock.now.plus(Duration.ofHours(2));
    assertThat(relay.relay()).as("the parked event holds back the next of its key").isZero();
    OutboxDeadLetters letters = deadLetters(clock);
    assertThat(letters.list(1, handler.type, key, 0, 10).items())
        .extracting(OutboxDeadLetters.DeadLetter::eventId)
        .containsExactly(first);
    assertThat(letters.stats(1, handler.type, key))
        .satisfies(s -> assertThat(s.failed()).isEqualTo(1))
        .satisfies(s -> assertThat(s.queued()).isEqualTo(1));

    assertThat(letters.redrive(1, handler.type, first)).isTrue();
    assertThat(letters.redrive(1, handler.type, first)).as("no longer a dead letter").isFalse();
    assertThat(attempts(first)).isZero();
    assertThat(relay.relay()).isEqualTo(2);
    assertThat(handler.delivered).containsExactly(first, second);
  }

  @Test
  void aDiscardedDeadLetterIsNeverSentAndLetsItsKeyGoOn() throws Exception {
    Hand clock = new Hand();
    Flaky handler = new Flaky(1);
    handler.park = true;
    OutboxRelay relay = relay(clock, handler, 10);
    String key = "test:" + UUID.randomUUID();
    UUID first = append(clock, handler.type, key);
    UUID second = append(clock, handler.type, key);
    relay.relay();

    OutboxDeadLetters letters = deadLetters(clock);
    assertThat(letters.discard(2, handler.type, first)).as("another tenant's").isFalse();
    assertThat(letters.discard(1, handler.type, first)).isTrue();
    assertThat(relay.relay()).isEqualTo(1);
    assertThat(handler.delivered).containsExactly(second);
    assertThat(letters.find(1, handler.type, first)).isEmpty();
    assertThat(delivered(first)).isFalse();
  }

  /**
   * Two relays (as on two nodes) and eight delivery threads each, against events of five keys
   * appended while they run: each key's events arrive strictly in id order, and none twice.
   */
  @Test
  void twoRelaysDeliverEachKeyInOrderAndNothingTwice() throws Exception {
    Clock clock = Clock.systemUTC();
    String type = "test.ordered-" + UUID.randomUUID();
    Map<String, List<Long>> seen = new ConcurrentHashMap<>();
    Map<String, AtomicInteger> inFlight = new ConcurrentHashMap<>();
    List<String> overlaps = new CopyOnWriteArrayList<>();
    AtomicInteger deliveries = new AtomicInteger();
    OutboxHandler recorder =
        new OutboxHandler() {
          @Override
          public Set<String> types() {
            return Set.of(type);
          }

          @Override
          public void deliver(OutboxEvent event) throws Exception {
            String key = event.orderingKey();
            if (inFlight.computeIfAbsent(key, k -> new AtomicInteger()).incrementAndGet() > 1) {
              overlaps.add(key);
            }
            Thread.sleep(ThreadLocalRandom.current().nextInt(3));
            seen.computeIfAbsent(key, k -> Collections.synchronizedList(new ArrayList<>()))
                .add(event.id());
            deliveries.incrementAndGet();
            inFlight.get(key).decrementAndGet();
          }
        };
    var context = TestApp.context();
    @SuppressWarnings("unchecked")
    TransactionOperations<Connection> tx = context.getBean(TransactionOperations.class);
    OutboxRelay.Settings settings =
        new OutboxRelay.Settings(
            20, 10, 8, Duration.ofMillis(20), Duration.ZERO, Duration.ofMinutes(5));
    OutboxRelay one =
        new OutboxRelay(
            context.getBean(JdbcOperations.class),
            tx,
            clock,
            List.of(recorder),
            new OutboxSignal(),
            settings);
    OutboxRelay two =
        new OutboxRelay(
            context.getBean(JdbcOperations.class),
            tx,
            clock,
            List.of(recorder),
            new OutboxSignal(),
            settings);
    one.start();
    two.start();
    int total = 300;
    try {
      List<String> keys = new ArrayList<>();
      for (int k = 0; k < 5; k++) {
        keys.add("test:" + UUID.randomUUID());
      }
      for (int i = 0; i < total; i++) {
        append(clock, type, keys.get(i % keys.size()));
      }
      await()
          .atMost(Duration.ofSeconds(60))
          .until(() -> deliveries.get() >= total && undelivered(type) == 0);
      assertThat(overlaps).as("a key's events never overlap").isEmpty();
      assertThat(deliveries.get()).as("nothing delivered twice").isEqualTo(total);
      for (String key : keys) {
        List<Long> ids = seen.get(key);
        assertThat(ids).hasSize(total / keys.size()).isSorted().doesNotHaveDuplicates();
      }
    } finally {
      one.stop();
      two.stop();
    }
  }

  /** What a slow receiver got, by relay; each relay delivers through its own handler. */
  static final class Slow {
    final String type = "test.slow-" + UUID.randomUUID();
    final Duration pause;
    final Map<String, List<UUID>> byRelay = new ConcurrentHashMap<>();
    final List<UUID> all = new CopyOnWriteArrayList<>();
    final CountDownLatch hang = new CountDownLatch(1);
    volatile String hangIn;
    volatile Thread stuck;

    Slow(Duration pause) {
      this.pause = pause;
    }

    OutboxHandler handler(String relay) {
      return new OutboxHandler() {
        @Override
        public Set<String> types() {
          return Set.of(type);
        }

        @Override
        public void deliver(OutboxEvent event) throws Exception {
          if (relay.equals(hangIn)) {
            // A node that stops mid-delivery (SIGKILL, a frozen VM): nothing it does counts.
            stuck = Thread.currentThread();
            while (hang.getCount() > 0) {
              try {
                hang.await();
              } catch (InterruptedException ignored) {
                // as stuck as before
              }
            }
            throw new IllegalStateException("came back too late");
          }
          Thread.sleep(pause.toMillis()); // the receiver's own time, which the lease must outlast
          byRelay.computeIfAbsent(relay, r -> new CopyOnWriteArrayList<>()).add(event.eventId());
          all.add(event.eventId());
        }
      };
    }
  }

  /** A relay delivering through {@code slow}'s handler for {@code name}, leasing for 1 s. */
  @SuppressWarnings("unchecked")
  private static OutboxRelay relay(String name, Slow slow) {
    var context = TestApp.context();
    return new OutboxRelay(
        context.getBean(JdbcOperations.class),
        context.getBean(TransactionOperations.class),
        Clock.systemUTC(),
        List.of(slow.handler(name)),
        new OutboxSignal(),
        new OutboxRelay.Settings(
            50, 10, 4, Duration.ofMillis(50), Duration.ZERO, Duration.ofSeconds(1)));
  }

  @Test
  void aRoundLongerThanItsLeaseKeepsItAndNothingGoesTwice() throws Exception {
    // One ticket's 12 events at 150 ms each: a round of about 1.8 s on a 1 s lease.
    Slow slow = new Slow(Duration.ofMillis(150));
    String key = "test:" + UUID.randomUUID();
    List<UUID> written = new ArrayList<>();
    for (int i = 0; i < 12; i++) {
      written.add(append(Clock.systemUTC(), slow.type, key));
    }
    OutboxRelay one = relay("one", slow);
    OutboxRelay two = relay("two", slow);
    one.start();
    await().atMost(Duration.ofSeconds(10)).until(() -> !slow.all.isEmpty());
    two.start();
    try {
      await().atMost(Duration.ofSeconds(30)).until(() -> undelivered(slow.type) == 0);
      assertThat(slow.all).as("each event once, in order").containsExactlyElementsOf(written);
      assertThat(slow.byRelay.keySet()).as("the first relay kept its lease").containsExactly("one");
    } finally {
      one.stop();
      two.stop();
    }
  }

  @Test
  void aRelayThatDiesMidDeliveryHandsItsEventsOnAfterOneLease() throws Exception {
    Slow slow = new Slow(Duration.ofMillis(10));
    slow.hangIn = "one";
    String key = "test:" + UUID.randomUUID();
    List<UUID> written = new ArrayList<>();
    for (int i = 0; i < 5; i++) {
      written.add(append(Clock.systemUTC(), slow.type, key));
    }
    OutboxRelay one = relay("one", slow);
    OutboxRelay two = relay("two", slow);
    one.start();
    await()
        .atMost(Duration.ofSeconds(10))
        .until(
            () ->
                TestApp.queryLong(
                        "SELECT COUNT(*) FROM outbox_events WHERE available_at > CURRENT_TIMESTAMP(6)"
                            + " AND type = '"
                            + slow.type
                            + "'")
                    == written.size());
    one.stop(); // its renewals end with it; its delivery thread stays stuck
    two.start();
    try {
      await().atMost(Duration.ofSeconds(30)).until(() -> undelivered(slow.type) == 0);
      assertThat(slow.byRelay.get("two")).as("all by the survivor, in order").isEqualTo(written);
      slow.hang.countDown(); // the stuck one wakes and fails: its update must not touch the rows
      slow.stuck.join(10_000);
      assertThat(slow.stuck.isAlive()).isFalse();
      assertThat(lastErrors(slow.type)).as("failures recorded over the survivor's work").isZero();
      assertThat(undelivered(slow.type)).isZero();
    } finally {
      slow.hang.countDown();
      two.stop();
    }
  }

  private static long lastErrors(String type) {
    return TestApp.queryLong(
        "SELECT COUNT(*) FROM outbox_events WHERE last_error IS NOT NULL AND type = '"
            + type
            + "'");
  }

  @Test
  void aLeaseThatOneCallCouldOutlastByHalfIsRefused() {
    OutboxHandler slowDesk =
        new OutboxHandler() {
          @Override
          public Set<String> types() {
            return Set.of("test.slow-desk");
          }

          @Override
          public void deliver(OutboxEvent event) {}

          @Override
          public Duration longestCall() {
            return Duration.ofSeconds(91);
          }
        };
    OutboxRelay.checkLease(slowDesk, Duration.ofMinutes(5));
    assertThatThrownBy(() -> OutboxRelay.checkLease(slowDesk, Duration.ofSeconds(180)))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("MEDLEY_OUTBOX_LEASE")
        .hasMessageContaining("PT1M31S");
  }

  @Test
  void backoffDoublesAndIsCapped() {
    assertThat(OutboxRelay.backoff(1)).isEqualTo(Duration.ofSeconds(30));
    assertThat(OutboxRelay.backoff(2)).isEqualTo(Duration.ofMinutes(1));
    assertThat(OutboxRelay.backoff(20)).isEqualTo(Duration.ofHours(1));
  }

  private static long undelivered(String type) {
    return TestApp.queryLong(
        "SELECT COUNT(*) FROM outbox_events WHERE delivered_at IS NULL AND type = '" + type + "'");
  }

  private static int attempts(UUID event) throws Exception {
    return Integer.parseInt(text(event, "attempts"));
  }

  private static boolean delivered(UUID event) throws Exception {
    return text(event, "delivered_at") != null;
  }

  private static String text(UUID event, String column) throws Exception {
    try (var c = TestApp.connection();
        var s = c.prepareStatement("SELECT " + column + " FROM outbox_events WHERE event_id = ?")) {
      s.setString(1, event.toString());
      try (ResultSet rows = s.executeQuery()) {
        rows.next();
        return rows.getString(1);
      }
    }
  }
}
