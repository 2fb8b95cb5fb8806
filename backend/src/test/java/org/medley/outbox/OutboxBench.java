package org.medley.outbox;

import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.json.JsonMapper;
import io.micronaut.transaction.TransactionOperations;
import java.sql.Connection;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;

/** An outbox and a relay of their own (same settings as production), for benchmarks. */
public final class OutboxBench implements AutoCloseable {

  private final Outbox outbox;
  private final OutboxRelay relay;
  private final TransactionOperations<Connection> tx;

  private OutboxBench(Outbox outbox, OutboxRelay relay, TransactionOperations<Connection> tx) {
    this.outbox = outbox;
    this.relay = relay;
    this.tx = tx;
  }

  public static OutboxBench start(
      JdbcOperations jdbc,
      JsonMapper json,
      TransactionOperations<Connection> tx,
      OutboxHandler handler) {
    OutboxSignal signal = new OutboxSignal();
    Outbox outbox = new Outbox(jdbc, json, Clock.systemUTC(), tx, signal);
    OutboxRelay relay =
        new OutboxRelay(
            jdbc,
            tx,
            Clock.systemUTC(),
            List.of(handler),
            signal,
            new OutboxRelay.Settings(
                200,
                10,
                Integer.getInteger("bench.parallelism", 8),
                Duration.ofSeconds(1),
                Duration.ZERO,
                Duration.ofMinutes(5)));
    relay.start();
    return new OutboxBench(outbox, relay, tx);
  }

  /** One event in a transaction of its own. */
  public void append(String type, long aggregateId, String key) {
    tx.executeWrite(
        status -> outbox.append(1, "ticket", aggregateId, type, Map.of("n", aggregateId), key));
  }

  @Override
  public void close() {
    relay.stop();
  }
}
