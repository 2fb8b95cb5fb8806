package org.medley.ebonding.internal;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.function.IntConsumer;
import org.medley.integrations.Desks;
import org.medley.integrations.api.DeskConnection;
import org.medley.integrations.api.DeskUpdate;
import org.medley.outbox.OutboxBench;
import org.medley.outbox.OutboxEvent;
import org.medley.outbox.OutboxHandler;

/**
 * Steady outbox traffic to one desk, for the outage test and the throughput benchmark: each key is
 * a ticket whose first event goes as the desk's CREATE and the others as replies, through the real
 * Camel route over HTTP; what arrives is recorded per key in delivery order, with commit→ack times.
 */
final class DeskTraffic implements OutboxHandler {

  private final String type = "test.traffic-" + UUID.randomUUID();
  private final Desks desks;
  private final DeskConnection connection;
  private final Duration backoff;
  private final Map<String, String> deskTicket = new ConcurrentHashMap<>();

  /** Event ids per key, in the order the desk acknowledged them. */
  final Map<String, List<Long>> delivered = new ConcurrentHashMap<>();

  /** Commit → desk acknowledgement, in milliseconds, one per delivery. */
  final List<Long> latencies = new CopyOnWriteArrayList<>();

  /**
   * @param backoff between attempts, or null for the standard backoff
   */
  DeskTraffic(Desks desks, DeskConnection connection, Duration backoff) {
    this.desks = desks;
    this.connection = connection;
    this.backoff = backoff;
  }

  @Override
  public Set<String> types() {
    return Set.of(type);
  }

  @Override
  public Duration backoff(OutboxEvent event, int attempts) {
    return backoff == null ? OutboxHandler.standardBackoff(attempts) : backoff;
  }

  @Override
  public OptionalInt maxAttempts(OutboxEvent event) {
    return OptionalInt.of(1000); // an outage is waited out, never parked
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
                "Traffic",
                "x",
                "P3",
                "ASSIGNED",
                null,
                "event " + event.id(),
                null,
                "test",
                event.createdAt()));
    deskTicket.putIfAbsent(event.orderingKey(), receipt.externalId());
    latencies.add(Duration.between(event.createdAt(), Instant.now()).toMillis());
    delivered
        .computeIfAbsent(event.orderingKey(), k -> Collections.synchronizedList(new ArrayList<>()))
        .add(event.id());
  }

  /**
   * Appends {@code events} events, one per transaction, at {@code rate} per second over {@code
   * keys} tickets (aggregates {@code firstTicket}…), calling {@code beforeEvent} with each event's
   * number first. A key always goes to the same writer: in the app a ticket's events are appended
   * under its lock, so a key's ids commit in order, which free writers would not keep.
   */
  void write(
      OutboxBench outbox, int events, int rate, int keys, long firstTicket, IntConsumer beforeEvent)
      throws InterruptedException {
    List<ExecutorService> writers = new ArrayList<>();
    for (int w = 0; w < 4; w++) {
      writers.add(Executors.newSingleThreadExecutor());
    }
    long start = System.nanoTime();
    long nanosPerEvent = 1_000_000_000L / rate;
    for (int i = 0; i < events; i++) {
      int n = i;
      int key = n % keys;
      long due = start + n * nanosPerEvent;
      writers
          .get(key % writers.size())
          .submit(
              () -> {
                beforeEvent.accept(n);
                long wait = due - System.nanoTime();
                if (wait > 0) {
                  TimeUnit.NANOSECONDS.sleep(wait);
                }
                outbox.append(type, firstTicket + key, "traffic:" + key);
                return null;
              });
    }
    for (ExecutorService writer : writers) {
      writer.shutdown();
      if (!writer.awaitTermination(10, TimeUnit.MINUTES)) {
        throw new IllegalStateException("the writers did not finish");
      }
    }
  }
}
