package org.medley.outbox;

import io.micronaut.context.annotation.Requires;
import io.micronaut.context.annotation.Value;
import io.micronaut.context.event.StartupEvent;
import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.runtime.event.annotation.EventListener;
import io.micronaut.transaction.TransactionDefinition;
import io.micronaut.transaction.TransactionOperations;
import io.micronaut.transaction.support.DefaultTransactionDefinition;
import jakarta.annotation.PreDestroy;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;
import org.medley.platform.DatabaseUnreachable;
import org.medley.platform.FailedTurns;
import org.medley.platform.JdbcRows;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Delivers committed outbox events to their {@link OutboxHandler}s, on any number of nodes at once.
 *
 * <p><b>Claiming.</b> A short READ COMMITTED transaction picks due events whose ordering key has no
 * earlier undelivered, undiscarded event (one leased by another node, waiting out a backoff or
 * parked all count), locks them with {@code FOR UPDATE SKIP LOCKED}, adds the following events of
 * each claimed key, and leases the lot by moving {@code available_at} one {@code lease} ahead
 * ({@code medley.outbox.relay.lease}, default five minutes). Another node sees the lease or the
 * lock and takes other keys; a node that dies mid-delivery leaves its lease to expire, and the
 * events go again (at least once: receivers deduplicate on {@code eventId}). Events of one key are
 * appended under the key owner's write turn (a ticket's lock), so ids of a key grow in commit
 * order.
 *
 * <p><b>Holding the lease.</b> The leased {@code available_at} is the claim's token: while its
 * deliveries run, the node renews it every quarter lease ({@code UPDATE … WHERE available_at =
 * token}), so a claim delivering for longer than one lease (a slow desk, a big batch) is never
 * claimed a second time by another node while this one still delivers it. An event whose renewal
 * found another token was taken over (this node stalled past its lease) and is not delivered here
 * any more; a delivery starts only while at least half a lease is left, so when the renewals fail
 * (the database out of reach) the node stops starting deliveries well before another node may claim
 * them. Only a delivery already running when the lease ends can overlap another node's, which is
 * why one desk call must end within half a lease (checked at startup by {@code ebonding}) and why
 * receivers deduplicate.
 *
 * <p><b>Delivering.</b> Outside any transaction, a bounded pool ({@code parallelism}) delivers
 * different keys in parallel, each key's events one after another in id order; unordered events go
 * one each. The dispatcher does not wait for a claim's deliveries to finish: it records what the
 * pool delivered so far (one statement for all of it) and claims again while fewer than twice
 * {@code parallelism} keys are in flight, so one slow desk or long key never holds back events
 * committed meanwhile; each finished key wakes it. A failure stops its key for this claim: {@link
 * OutboxHandler.Park} parks the event at once (a dead letter with the answer as {@code
 * last_error}); any other exception retries it after the handler's {@link OutboxHandler#backoff},
 * and the event is parked once it has failed {@link OutboxHandler#maxAttempts} times. {@code
 * last_error} and {@code last_attempt_at} record every failure. Parked events hold back their key
 * until an admin re-drives or discards them ({@link OutboxDeadLetters}).
 *
 * <p><b>Waking.</b> One dispatcher thread per node waits on {@link OutboxSignal}, which {@link
 * Outbox} raises after a transaction that appended events commits, so delivery starts within
 * milliseconds; a short poll ({@code interval}) finds what other nodes wrote and what a backoff
 * released. A full batch is followed at once by the next.
 */
@Singleton
@Requires(property = "medley.outbox.relay.enabled", notEquals = "false")
public class OutboxRelay {

  private static final Logger LOG = LoggerFactory.getLogger(OutboxRelay.class);
  private static final TransactionDefinition CLAIM = claimTransaction();
  private static final String COLUMNS =
      "id, event_id, tenant_id, aggregate_type, aggregate_id, type, payload, attempts,"
          + " ordering_key, created_at, available_at, parked_at";

  /** How the relay runs. */
  record Settings(
      int batch,
      int maxAttempts,
      int parallelism,
      Duration interval,
      Duration initialDelay,
      Duration lease) {

    Settings {
      if (lease.compareTo(Duration.ofSeconds(1)) < 0) {
        throw new IllegalArgumentException(
            "medley.outbox.relay.lease must be at least 1s, not " + lease);
      }
    }
  }

  private final JdbcOperations jdbc;
  private final TransactionOperations<Connection> transactions;
  private final Clock clock;
  private final OutboxSignal signal;
  private final Settings settings;
  private final Map<String, OutboxHandler> handlers = new HashMap<>();
  private final ExecutorService pool;
  private final ScheduledExecutorService renewals;
  private final AtomicInteger inFlight = new AtomicInteger();
  private final Delivered settled = new Delivered();
  private final FailedTurns failures = new FailedTurns(LOG, "Outbox relay");
  private volatile boolean running;
  private Thread dispatcher;

  @Inject
  OutboxRelay(
      JdbcOperations jdbc,
      TransactionOperations<Connection> transactions,
      Clock clock,
      List<OutboxHandler> handlers,
      OutboxSignal signal,
      @Value("${medley.outbox.relay.batch:200}") int batch,
      @Value("${medley.outbox.relay.max-attempts:10}") int maxAttempts,
      @Value("${medley.outbox.relay.parallelism:8}") int parallelism,
      @Value("${medley.outbox.relay.interval:1s}") Duration interval,
      @Value("${medley.outbox.relay.initial-delay:5s}") Duration initialDelay,
      @Value("${medley.outbox.relay.lease:5m}") Duration lease) {
    this(
        jdbc,
        transactions,
        clock,
        handlers,
        signal,
        new Settings(batch, maxAttempts, parallelism, interval, initialDelay, lease));
  }

  OutboxRelay(
      JdbcOperations jdbc,
      TransactionOperations<Connection> transactions,
      Clock clock,
      List<OutboxHandler> handlers,
      OutboxSignal signal,
      Settings settings) {
    this.jdbc = jdbc;
    this.transactions = transactions;
    this.clock = clock;
    this.signal = signal;
    this.settings = settings;
    handlers.forEach(h -> h.types().forEach(t -> this.handlers.put(t, h)));
    handlers.forEach(h -> checkLease(h, settings.lease()));
    AtomicInteger threads = new AtomicInteger();
    this.pool =
        Executors.newFixedThreadPool(
            Math.max(1, settings.parallelism()),
            r -> {
              Thread t = new Thread(r, "outbox-delivery-" + threads.incrementAndGet());
              t.setDaemon(true);
              return t;
            });
    this.renewals =
        Executors.newSingleThreadScheduledExecutor(
            r -> {
              Thread t = new Thread(r, "outbox-lease");
              t.setDaemon(true);
              return t;
            });
  }

  /** Refuses a lease that one call of {@code handler} could outlast by half (see the class). */
  static void checkLease(OutboxHandler handler, Duration lease) {
    Duration longest = handler.longestCall();
    if (longest.compareTo(lease.dividedBy(2)) > 0) {
      throw new IllegalStateException(
          "The outbox lease (medley.outbox.relay.lease, MEDLEY_OUTBOX_LEASE) is "
              + lease
              + ", but one call of "
              + handler.getClass().getSimpleName()
              + " to "
              + handler.types()
              + " may take up to "
              + longest
              + " (its timeouts and quick retries): make the lease at least twice that, or the"
              + " timeouts shorter.");
    }
  }

  /** How long a claim holds its events (renewed while its deliveries run). */
  public Duration lease() {
    return settings.lease();
  }

  /** The standard backoff (see {@link OutboxHandler#standardBackoff}). */
  static Duration backoff(int attempts) {
    return OutboxHandler.standardBackoff(attempts);
  }

  @EventListener
  void onStartup(StartupEvent event) {
    start();
  }

  /** Starts this node's dispatcher thread (once). */
  synchronized void start() {
    if (running || handlers.isEmpty()) {
      return;
    }
    running = true;
    dispatcher = new Thread(this::dispatch, "outbox-relay");
    dispatcher.setDaemon(true);
    dispatcher.start();
  }

  @PreDestroy
  synchronized void stop() {
    running = false;
    if (dispatcher != null) {
      dispatcher.interrupt();
    }
    pool.shutdownNow();
    renewals.shutdownNow();
    try {
      settle(settled); // what was delivered is not sent again after the restart
    } catch (RuntimeException e) {
      LOG.info("Outbox relay stopped before recording its last deliveries; they go again", e);
    }
  }

  private void dispatch() {
    try {
      signal.await(settings.initialDelay());
      while (running) {
        int claimed = 0;
        try {
          settle(settled);
          if (inFlight.get() < settings.parallelism() * 2) {
            claimed = submit(settled).claimed();
          }
          failures.worked();
        } catch (RuntimeException e) {
          failures.failed("the next claim retries", e);
        }
        if (claimed < settings.batch()) {
          signal.await(settings.interval());
        }
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  /**
   * Delivers what is due now, one batch, and waits for it; returns how many events were delivered.
   */
  public int relay() {
    Delivered delivered = new Delivered();
    Submitted submitted = submit(delivered);
    try {
      for (Future<?> run : submitted.runs()) {
        run.get();
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    } catch (ExecutionException e) {
      DatabaseUnreachable.warn(LOG, "Outbox delivery task failed", e.getCause());
    }
    int count = delivered.ids.size();
    settle(delivered);
    return count;
  }

  /**
   * Events delivered and not yet recorded as such: the relay records them in one statement, not one
   * per event.
   */
  private static final class Delivered {
    final ConcurrentLinkedQueue<Long> ids = new ConcurrentLinkedQueue<>();
  }

  private record Submitted(int claimed, List<Future<?>> runs) {}

  /**
   * Claims what is due and hands it to the delivery pool, one task per key, each key's events in
   * order; returns without waiting. Tasks start as soon as a thread is free, so a slow desk holds
   * back its own tickets, not the next claim; the claim's lease is renewed until its last task
   * ends.
   */
  private Submitted submit(Delivered delivered) {
    if (handlers.isEmpty()) {
      return new Submitted(0, List.of());
    }
    Lease lease = new Lease();
    List<Claimed> claimed = transactions.execute(CLAIM, status -> claim(lease));
    if (claimed.isEmpty()) {
      return new Submitted(0, List.of());
    }
    Map<String, List<Claimed>> byKey = new LinkedHashMap<>();
    for (Claimed c : claimed) {
      String key = c.event().orderingKey() == null ? "#" + c.event().id() : c.event().orderingKey();
      byKey.computeIfAbsent(key, k -> new ArrayList<>()).add(c);
    }
    long every = Math.max(1, settings.lease().toMillis() / 4);
    ScheduledFuture<?> renewal =
        renewals.scheduleAtFixedRate(lease::renew, every, every, TimeUnit.MILLISECONDS);
    AtomicInteger open = new AtomicInteger(byKey.size());
    List<Future<?>> runs = new ArrayList<>();
    for (List<Claimed> run : byKey.values()) {
      inFlight.incrementAndGet();
      runs.add(
          pool.submit(
              () -> {
                try {
                  deliverInOrder(run, lease, delivered);
                } finally {
                  if (open.decrementAndGet() == 0) {
                    renewal.cancel(false);
                  }
                  inFlight.decrementAndGet();
                  signal.wake(); // the key's next event may go once this run is recorded
                }
              }));
    }
    return new Submitted(claimed.size(), runs);
  }

  /** Records the delivered events in one statement. */
  private void settle(Delivered delivered) {
    List<Long> ids = new ArrayList<>();
    for (Long id = delivered.ids.poll(); id != null; id = delivered.ids.poll()) {
      ids.add(id);
    }
    if (!ids.isEmpty()) {
      Timestamp now = Timestamp.from(clock.instant());
      update(
          "UPDATE outbox_events SET delivered_at = ?, last_attempt_at = ?, attempts = attempts + 1"
              + " WHERE id IN ",
          ids,
          now,
          now);
    }
  }

  private void deliverInOrder(List<Claimed> run, Lease lease, Delivered delivered) {
    for (int i = 0; i < run.size(); i++) {
      OutboxEvent event = run.get(i).event();
      if (!lease.mayStart(event.id())) {
        return; // taken over, or too little lease left: whoever claims the key next goes on
      }
      if (!deliver(event, lease)) {
        release(run.subList(i + 1, run.size()), lease);
        return;
      }
      delivered.ids.add(event.id());
    }
  }

  /**
   * Held back behind a failed event of their key: free them for whoever claims the key next (unless
   * another node holds them by now).
   */
  private void release(List<Claimed> rest, Lease lease) {
    if (rest.isEmpty()) {
      return;
    }
    synchronized (lease) {
      update(
          "UPDATE outbox_events SET available_at = ? WHERE delivered_at IS NULL"
              + " AND available_at = ? AND id IN ",
          rest.stream().map(c -> c.event().id()).toList(),
          Timestamp.from(clock.instant()),
          Timestamp.from(lease.until));
    }
  }

  /** One delivery; true when it succeeded, else the failure is recorded. */
  private boolean deliver(OutboxEvent event, Lease lease) {
    OutboxHandler handler = handlers.get(event.type());
    try {
      handler.deliver(event);
      return true;
    } catch (OutboxHandler.Park e) {
      park(event, event.attempts() + 1, e.getMessage(), lease);
      LOG.error(
          "Outbox event {} ({}) was refused and is now a dead letter: {}",
          event.eventId(),
          event.type(),
          e.getMessage());
      return false;
    } catch (Exception e) {
      int attempts = event.attempts() + 1;
      int max = handler.maxAttempts(event).orElse(settings.maxAttempts());
      String error = describe(e);
      if (attempts >= max) {
        park(event, attempts, error, lease);
        LOG.error(
            "Outbox event {} ({}) failed {} times and is now a dead letter",
            event.eventId(),
            event.type(),
            attempts,
            e);
      } else {
        Instant now = clock.instant();
        Instant retry = now.plus(handler.backoff(event, attempts));
        synchronized (lease) {
          execute(
              "UPDATE outbox_events SET attempts = ?, available_at = ?, last_error = ?,"
                  + " last_attempt_at = ? WHERE id = ? AND available_at = ?",
              attempts,
              Timestamp.from(retry),
              error,
              Timestamp.from(now),
              event.id(),
              Timestamp.from(lease.until));
        }
        LOG.warn(
            "Outbox event {} ({}) failed (attempt {}), retrying at {}: {}",
            event.eventId(),
            event.type(),
            attempts,
            retry,
            error);
      }
      return false;
    }
  }

  private void park(OutboxEvent event, int attempts, String error, Lease lease) {
    Timestamp now = Timestamp.from(clock.instant());
    synchronized (lease) {
      execute(
          "UPDATE outbox_events SET attempts = ?, parked_at = ?, last_error = ?,"
              + " last_attempt_at = ?, available_at = ? WHERE id = ? AND available_at = ?",
          attempts,
          now,
          shorten(error),
          now,
          now,
          event.id(),
          Timestamp.from(lease.until));
    }
  }

  /**
   * One claim's hold on its events. {@code until} is the token: the {@code available_at} the claim
   * (or the last renewal) wrote, to the millisecond so that every database compares it exactly.
   * Renewals, and the updates of a failure, take the lease's lock so they never race each other.
   */
  private final class Lease {
    private final List<Long> ids = new ArrayList<>();
    private final Set<Long> lost = ConcurrentHashMap.newKeySet();
    private volatile Instant until;

    /** Takes {@code claimed} from {@code now} on; returns the token to write. */
    Timestamp take(Collection<Long> claimed, Instant now) {
      ids.addAll(claimed);
      until = end(now);
      return Timestamp.from(until);
    }

    /** A delivery may start: the event is still ours and at least half a lease is left. */
    boolean mayStart(long id) {
      return !lost.contains(id)
          && Duration.between(clock.instant(), until).compareTo(settings.lease().dividedBy(2)) >= 0;
    }

    /** Moves the lease of the events still ours one lease ahead; the others were taken over. */
    synchronized void renew() {
      try {
        Instant next = end(clock.instant());
        if (!next.isAfter(until)) {
          return;
        }
        List<Long> kept =
            transactions.executeWrite(
                status -> {
                  update(
                      "UPDATE outbox_events SET available_at = ? WHERE delivered_at IS NULL"
                          + " AND available_at = ? AND id IN ",
                      ids,
                      Timestamp.from(next),
                      Timestamp.from(until));
                  return ids(
                      "SELECT id FROM outbox_events WHERE available_at = ? AND id IN ", next);
                });
        until = next;
        for (Long id : ids) {
          if (!kept.contains(id)) {
            lost.add(id); // finished here (failed, parked) or taken over by another node
          }
        }
      } catch (RuntimeException e) {
        DatabaseUnreachable.warn(
            LOG, "Could not renew the outbox lease; deliveries stop when half of it is left", e);
      }
    }

    private List<Long> ids(String sql, Instant token) {
      return jdbc.prepareStatement(
          sql + marks(ids.size()),
          statement -> {
            statement.setTimestamp(1, Timestamp.from(token));
            int i = 2;
            for (Long id : ids) {
              statement.setLong(i++, id);
            }
            List<Long> found = new ArrayList<>();
            try (ResultSet rows = statement.executeQuery()) {
              while (rows.next()) {
                found.add(rows.getLong(1));
              }
            }
            return found;
          });
    }

    private Instant end(Instant now) {
      return now.plus(settings.lease()).truncatedTo(ChronoUnit.MILLIS);
    }
  }

  private static String describe(Exception e) {
    String message = e.getMessage();
    return shorten(
        message == null || message.isBlank() ? e.getClass().getSimpleName() : e.toString());
  }

  static String shorten(String text) {
    if (text == null) {
      return null;
    }
    return text.length() <= 2000 ? text : text.substring(0, 1997) + "...";
  }

  // ---- claiming ----

  private record Claimed(OutboxEvent event, Instant availableAt, boolean parked) {}

  private List<Claimed> claim(Lease lease) {
    Instant now = clock.instant();
    List<String> types = List.copyOf(handlers.keySet());
    String typeList = types.stream().map(t -> "?").collect(Collectors.joining(",", "(", ")"));
    // Candidates, read without locks: due heads of their keys (or unordered).
    List<Long> candidates =
        jdbc.prepareStatement(
            "SELECT e.id FROM outbox_events e WHERE e.delivered_at IS NULL AND e.available_at <= ?"
                + " AND e.parked_at IS NULL AND e.discarded_at IS NULL AND e.type IN "
                + typeList
                + " AND (e.ordering_key IS NULL OR NOT EXISTS (SELECT 1 FROM outbox_events p"
                + " WHERE p.ordering_key = e.ordering_key AND p.id < e.id"
                + " AND p.delivered_at IS NULL AND p.discarded_at IS NULL))"
                + " ORDER BY e.id LIMIT ?",
            statement -> {
              int i = 1;
              statement.setTimestamp(i++, Timestamp.from(now));
              for (String type : types) {
                statement.setString(i++, type);
              }
              statement.setInt(i, settings.batch());
              List<Long> ids = new ArrayList<>();
              try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                  ids.add(rows.getLong(1));
                }
              }
              return ids;
            });
    if (candidates.isEmpty()) {
      return List.of();
    }
    // Lock them, reading their latest state: another node may have taken or finished some.
    List<Claimed> heads =
        select(
            "SELECT "
                + COLUMNS
                + " FROM outbox_events WHERE delivered_at IS NULL AND parked_at IS NULL"
                + " AND discarded_at IS NULL AND available_at <= ? AND id IN "
                + marks(candidates.size())
                + " ORDER BY id FOR UPDATE SKIP LOCKED",
            statement -> {
              statement.setTimestamp(1, Timestamp.from(now));
              int i = 2;
              for (Long id : candidates) {
                statement.setLong(i++, id);
              }
            });
    List<Claimed> claimed = new ArrayList<>(heads);
    List<String> keys =
        heads.stream().map(c -> c.event().orderingKey()).filter(k -> k != null).distinct().toList();
    if (!keys.isEmpty()) {
      claimed.addAll(followers(keys, heads, now));
    }
    List<Long> ids = claimed.stream().map(c -> c.event().id()).toList();
    update("UPDATE outbox_events SET available_at = ? WHERE id IN ", ids, lease.take(ids, now));
    return claimed;
  }

  /**
   * The events after each claimed head of its key, as long as they are due and unparked: nobody
   * else can claim them while their head is ours, so they ride along in this batch.
   */
  private List<Claimed> followers(List<String> keys, List<Claimed> heads, Instant now) {
    List<Claimed> pending =
        select(
            "SELECT "
                + COLUMNS
                + " FROM outbox_events WHERE delivered_at IS NULL AND discarded_at IS NULL"
                + " AND ordering_key IN "
                + marks(keys.size())
                + " ORDER BY ordering_key, id",
            statement -> {
              int i = 1;
              for (String key : keys) {
                statement.setString(i++, key);
              }
            });
    Map<String, Long> headOf = new HashMap<>();
    heads.forEach(h -> headOf.putIfAbsent(h.event().orderingKey(), h.event().id()));
    int perKey = Math.max(1, settings.batch() / Math.max(1, keys.size()));
    List<Claimed> taken = new ArrayList<>();
    String key = null;
    boolean open = false;
    int count = 0;
    for (Claimed c : pending) {
      String k = c.event().orderingKey();
      if (!k.equals(key)) {
        key = k;
        open = false;
        count = 0;
      }
      long head = headOf.get(k);
      if (c.event().id() == head) {
        open = true; // the head comes first: only what follows it directly rides along
        continue;
      }
      if (!open
          || c.event().id() < head
          || c.parked()
          || c.availableAt().isAfter(now)
          || !handlers.containsKey(c.event().type())
          || count >= perKey) {
        open = false;
        continue;
      }
      taken.add(c);
      count++;
    }
    return taken;
  }

  private List<Claimed> select(String sql, Binder binder) {
    return jdbc.prepareStatement(
        sql,
        statement -> {
          binder.bind(statement);
          List<Claimed> list = new ArrayList<>();
          try (ResultSet rows = statement.executeQuery()) {
            while (rows.next()) {
              list.add(
                  new Claimed(
                      new OutboxEvent(
                          rows.getLong("id"),
                          UUID.fromString(rows.getString("event_id")),
                          rows.getLong("tenant_id"),
                          rows.getString("aggregate_type"),
                          rows.getLong("aggregate_id"),
                          rows.getString("type"),
                          rows.getString("payload"),
                          rows.getInt("attempts"),
                          rows.getString("ordering_key"),
                          rows.getTimestamp("created_at").toInstant()),
                      rows.getTimestamp("available_at").toInstant(),
                      rows.getTimestamp("parked_at") != null));
            }
          }
          return list;
        });
  }

  @FunctionalInterface
  private interface Binder {
    void bind(PreparedStatement statement) throws SQLException;
  }

  private static String marks(int n) {
    return "(" + String.join(",", java.util.Collections.nCopies(n, "?")) + ")";
  }

  /** {@code sql} ends with "id IN "; the ids follow the leading values. */
  private void update(String sql, Collection<Long> ids, Object... values) {
    List<Long> list = List.copyOf(ids);
    Object[] all = new Object[values.length + list.size()];
    System.arraycopy(values, 0, all, 0, values.length);
    for (int i = 0; i < list.size(); i++) {
      all[values.length + i] = list.get(i);
    }
    execute(sql + marks(list.size()), all);
  }

  private void execute(String sql, Object... values) {
    transactions.executeWrite(
        status ->
            jdbc.prepareStatement(
                sql,
                statement -> {
                  JdbcRows.bindAll(statement, values);
                  return statement.executeUpdate();
                }));
  }

  private static TransactionDefinition claimTransaction() {
    DefaultTransactionDefinition definition = new DefaultTransactionDefinition();
    // No gap locks: a claim never holds back a ticket write appending to the same table.
    definition.setIsolationLevel(TransactionDefinition.Isolation.READ_COMMITTED);
    definition.setName("outbox-claim");
    return definition;
  }
}
