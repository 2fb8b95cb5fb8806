package org.medley.sla.internal;

import io.micronaut.context.BeanProvider;
import io.micronaut.context.annotation.Value;
import io.micronaut.context.event.ApplicationEventPublisher;
import io.micronaut.transaction.TransactionDefinition;
import io.micronaut.transaction.TransactionOperations;
import io.micronaut.transaction.support.DefaultTransactionDefinition;
import jakarta.annotation.PreDestroy;
import jakarta.inject.Singleton;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.SQLTransactionRollbackException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.medley.calendar.CalendarDirectory;
import org.medley.desk.DeskActions;
import org.medley.desk.SlaDueChanged;
import org.medley.market.Engagements;
import org.medley.platform.JdbcRows;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Finds timers whose next warning or deadline is due and acts on them, on every node, safely: each
 * batch is claimed with {@code SELECT … FOR UPDATE SKIP LOCKED} on the {@code next_check_at} index,
 * processed and written in the same transaction, so another node skips the claimed rows and a crash
 * rolls the whole batch back for the next sweep. A breach that escalates or reassigns is the
 * exception: it changes the ticket, so it runs in a transaction of its own that locks the ticket
 * first, as desk writes do ({@link #batch}). Breaches are recorded at the deadline, however late
 * the sweep runs; thresholds passed during downtime give one warning, the highest.
 */
@Singleton
class SlaSweep {

  private static final Logger LOG = LoggerFactory.getLogger(SlaSweep.class);
  static final String ACTOR = "sla";
  private static final boolean TRACE = Boolean.getBoolean("medley.sla.sweep.trace");

  private final TransactionOperations<Connection> tx;
  private final TimerStore store;
  private final ApplicationEventPublisher<SlaDueChanged> dues;
  private final CalendarDirectory calendars;
  private final BeanProvider<DeskActions> desk;
  private final Engagements engagements;
  private final Settlements settlements;
  private final Clock clock;
  private final int batchSize;
  private final int workers;
  private final ExecutorService helpers;

  SlaSweep(
      TransactionOperations<Connection> tx,
      TimerStore store,
      ApplicationEventPublisher<SlaDueChanged> dues,
      CalendarDirectory calendars,
      BeanProvider<DeskActions> desk,
      Engagements engagements,
      Settlements settlements,
      Clock clock,
      @Value("${medley.sla.sweep.batch-size:500}") int batchSize,
      @Value("${medley.sla.sweep.workers:2}") int workers) {
    this.tx = tx;
    this.store = store;
    this.dues = dues;
    this.calendars = calendars;
    this.desk = desk;
    this.engagements = engagements;
    this.settlements = settlements;
    this.clock = clock;
    this.batchSize = batchSize;
    this.workers = Math.max(1, workers);
    this.helpers =
        this.workers == 1
            ? null
            : Executors.newFixedThreadPool(
                this.workers - 1,
                r -> {
                  Thread t = new Thread(r, "sla-sweep");
                  t.setDaemon(true);
                  return t;
                });
  }

  /**
   * Sweeps until nothing is due; returns how many timers it processed. With several workers, each
   * claims and writes its own batches in its own transaction, exactly as several nodes would: a
   * batch spends much of its time waiting on the database (the claim, the writes, the commit's
   * flush), and another batch can run meanwhile.
   */
  int sweep() {
    Instant now = clock.instant();
    // Due timers first: a breach that fell while the engagement held stays recorded.
    int due = sweepDue(now);
    return due + stopLapsedOlas(now);
  }

  private int sweepDue(Instant now) {
    if (helpers == null) {
      return drain(now);
    }
    List<Future<Integer>> others = new ArrayList<>();
    for (int i = 1; i < workers; i++) {
      others.add(helpers.submit(() -> drain(now)));
    }
    int total = 0;
    RuntimeException failure = null;
    try {
      total += drain(now);
    } catch (RuntimeException e) {
      failure = e;
    }
    for (Future<Integer> other : others) {
      try {
        total += other.get();
      } catch (ExecutionException e) {
        if (failure == null) {
          failure =
              e.getCause() instanceof RuntimeException r
                  ? r
                  : new IllegalStateException(e.getCause());
        }
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException("interrupted while sweeping", e);
      }
    }
    if (failure != null) {
      // Whatever the failed batch claimed rolled back: the next sweep takes it again.
      throw failure;
    }
    return total;
  }

  /**
   * Read committed: the claim locks the rows it takes and no gaps between index entries, so workers
   * (and nodes) moving {@code next_check_at} entries do not wait on each other's claims.
   */
  private static final TransactionDefinition SWEEP_TX = sweepTransaction();

  private static TransactionDefinition sweepTransaction() {
    DefaultTransactionDefinition definition = new DefaultTransactionDefinition();
    definition.setIsolationLevel(TransactionDefinition.Isolation.READ_COMMITTED);
    definition.setName("sla-sweep");
    return definition;
  }

  private static final int ATTEMPTS = 3;

  /** Claims and processes batches until a claim comes back short. */
  private int drain(Instant now) {
    int total = 0;
    while (true) {
      Claimed claimed = attempt(now);
      total += claimed.processed();
      if (claimed.count() < batchSize) {
        return total;
      }
    }
  }

  /**
   * One batch, then one short transaction per deferred breach that changes its ticket (see {@link
   * #batch}); each transaction, chosen as a deadlock victim, rolled back whole and is simply tried
   * again.
   */
  private Claimed attempt(Instant now) {
    Claimed claimed = retrying(c -> batch(c, now));
    int processed = claimed.processed();
    for (TimerRow row : claimed.deferred()) {
      processed += retrying(c -> onTicket(c, row, now));
    }
    return new Claimed(claimed.count(), processed, List.of());
  }

  private interface Work<T> {
    T run(Connection c) throws SQLException;
  }

  private <T> T retrying(Work<T> work) {
    for (int attempt = 1; ; attempt++) {
      try {
        return tx.execute(SWEEP_TX, status -> work.run(status.getConnection()));
      } catch (Exception e) {
        // Caught as Exception: a listener's JDBC work (the desk's escalation telling the timers)
        // lets a checked SQLException through undeclared, and its deadlock is retried all the same.
        if (attempt == ATTEMPTS || !deadlock(e)) {
          throw e instanceof RuntimeException runtime ? runtime : new IllegalStateException(e);
        }
        LOG.debug("SLA sweep transaction lost a deadlock; trying again", e);
      }
    }
  }

  /**
   * Stops the OLA timers of engagements no longer in force ({@link LapsedOlas}), one ticket per
   * transaction in the desk's lock order (the ticket, then its timers), since the ticket's queue
   * deadline may change with them. Another node doing the same finds them stopped and does nothing.
   */
  private int stopLapsedOlas(Instant now) {
    int stopped = 0;
    for (LapsedOlas.Lapsed lapsed : retrying(c -> LapsedOlas.find(c, engagements))) {
      for (long ticket : retrying(c -> LapsedOlas.tickets(c, lapsed.policyId()))) {
        stopped += retrying(c -> stopLapsed(c, lapsed, ticket, now));
      }
    }
    return stopped;
  }

  private int stopLapsed(Connection c, LapsedOlas.Lapsed lapsed, long ticketId, Instant now)
      throws SQLException {
    desk.get().lockTicket(lapsed.tenantId(), ticketId);
    List<TimerRow> rows = store.lockForTicket(c, ticketId);
    List<TimerRow> after = new ArrayList<>(rows.size());
    List<TimerRow> changed = new ArrayList<>();
    List<TimerStore.HistoryRow> history = new ArrayList<>();
    for (TimerRow row : rows) {
      SlaTimer t = row.timer();
      boolean counting =
          t.state().isOpen() || (t.state() == TimerState.BREACHED && t.runFrom() != null);
      if (row.kind() != TimerKind.OLA
          || !Long.valueOf(lapsed.policyId()).equals(row.policyId())
          || !counting) {
        after.add(row);
        continue;
      }
      SlaTimer.Step step =
          LapsedOlas.stop(t, calendars.byId(row.calendarId()), now, lapsed.reason());
      TimerRow next = row.with(step.timer());
      after.add(next);
      changed.add(next);
      step.events().forEach(e -> history.add(new TimerStore.HistoryRow(row.id(), e)));
    }
    store.update(c, changed);
    store.history(c, history);
    settlements.publish(rows, after);
    Instant dueBefore = TimerKeeper.nearestDue(rows);
    Instant dueAfter = TimerKeeper.nearestDue(after);
    if (!java.util.Objects.equals(dueBefore, dueAfter)) {
      // The desk stores the queue's deadline in this transaction, on the ticket locked above.
      dues.publishEvent(new SlaDueChanged(lapsed.tenantId(), ticketId, dueAfter));
    }
    return changed.size();
  }

  private static boolean deadlock(Throwable e) {
    for (Throwable t = e; t != null; t = t.getCause()) {
      if (t instanceof SQLTransactionRollbackException
          || (t instanceof SQLException sql && "40001".equals(sql.getSQLState()))) {
        return true;
      }
    }
    return false;
  }

  @PreDestroy
  void close() {
    if (helpers != null) {
      helpers.shutdownNow();
    }
  }

  /**
   * How many timers a batch claimed, how many of them it processed, and those left for {@link
   * #onTicket} (another worker may also claim and defer them meanwhile, so they count only once
   * processed).
   */
  record Claimed(int count, int processed, List<TimerRow> deferred) {}

  /**
   * One claimed batch, in the caller's transaction. A breach whose policy escalates or reassigns
   * changes the ticket, and the desk locks a ticket before its timers: taking the ticket here,
   * after the claim, would be the reverse order and deadlock with a desk write on that ticket. So
   * such a timer is left untouched (still due, so a crash loses nothing) and handed back for {@link
   * #onTicket}.
   */
  Claimed batch(Connection c, Instant now) throws SQLException {
    long t0 = System.nanoTime();
    List<TimerRow> due = store.claimDue(c, now, batchSize);
    if (due.isEmpty()) {
      return new Claimed(0, 0, List.of());
    }
    long t1 = System.nanoTime();
    List<TimerRow> deferred = process(c, due, now, true, t0, t1);
    return new Claimed(due.size(), due.size() - deferred.size(), deferred);
  }

  /**
   * A deferred breach in the desk's lock order: the ticket, then the timer, re-read under both
   * locks; another worker or node may have dealt with it meanwhile.
   */
  private int onTicket(Connection c, TimerRow claimed, Instant now) throws SQLException {
    desk.get().lockTicket(claimed.tenantId(), claimed.ticketId());
    TimerRow row = store.lock(c, claimed.id()).orElse(null);
    if (row != null
        && row.timer().nextCheckAt() != null
        && !row.timer().nextCheckAt().isAfter(now)) {
      long t = System.nanoTime();
      process(c, List.of(row), now, false, t, t);
      return 1;
    }
    return 0;
  }

  /**
   * Checks locked timers and writes what follows; with {@code deferDeskCalls}, returns the timers
   * whose breach would call the desk instead of processing them.
   */
  private List<TimerRow> process(
      Connection c, List<TimerRow> due, Instant now, boolean deferDeskCalls, long t0, long t1)
      throws SQLException {
    List<TimerRow> deferred = new ArrayList<>();
    Map<Long, OnBreach> onBreach = new HashMap<>();
    List<TimerRow> changed = new ArrayList<>(due.size());
    List<TimerStore.HistoryRow> history = new ArrayList<>();
    List<Notice> notices = new ArrayList<>();
    List<Call> calls = new ArrayList<>();
    for (TimerRow row : due) {
      SlaTimer.Step step = row.timer().check(calendars.byId(row.calendarId()), now);
      List<TimerStore.HistoryRow> rowHistory = new ArrayList<>();
      List<Notice> rowNotices = new ArrayList<>();
      List<Call> rowCalls = new ArrayList<>();
      for (SlaTimer.Event event : step.events()) {
        rowHistory.add(new TimerStore.HistoryRow(row.id(), event));
        BreachEscalation.Effects effects =
            switch (event.name()) {
              case "WARNING" ->
                  BreachEscalation.warning(
                      row.kind(), row.target(), row.holder(), step.timer().warnedPercent());
              case "BREACHED" -> {
                OnBreach what = onBreach(c, onBreach, row);
                yield BreachEscalation.breach(
                    row.kind(), row.target(), row.holder(), what.actions(), what.partnerManagers());
              }
              default -> null;
            };
        if (effects != null) {
          Instant dueAt = event.name().equals("BREACHED") ? event.at() : step.timer().dueAt();
          effects.notices().forEach(n -> rowNotices.add(new Notice(row, n, dueAt)));
          effects.deskCalls().forEach(call -> rowCalls.add(new Call(row, call)));
        }
      }
      if (deferDeskCalls && !rowCalls.isEmpty()) {
        deferred.add(row);
        continue;
      }
      changed.add(row.with(step.timer()));
      history.addAll(rowHistory);
      notices.addAll(rowNotices);
      calls.addAll(rowCalls);
    }
    long t2 = System.nanoTime();
    store.updateProgress(c, changed);
    long t3 = System.nanoTime();
    store.history(c, history);
    settlements.publish(due, changed);
    long t4 = System.nanoTime();
    notify(c, notices, now);
    long t5 = System.nanoTime();
    if (TRACE) {
      LOG.info(
          "SLA sweep batch: claim {} ms, compute {} ms, update {} ms, history {} ms, notify {} ms",
          (t1 - t0) / 1_000_000,
          (t2 - t1) / 1_000_000,
          (t3 - t2) / 1_000_000,
          (t4 - t3) / 1_000_000,
          (t5 - t4) / 1_000_000);
    }
    // Each notice row above is unique per timer, threshold and recipient, so this runs once.
    if (!notices.isEmpty()) {
      desk.get()
          .tell(
              notices.stream()
                  .map(
                      n ->
                          new DeskActions.Notice(
                              n.row().tenantId(),
                              n.row().ticketId(),
                              audience(n.notice().recipient()),
                              n.notice().recipientId(),
                              "SLA_" + n.notice().kind(),
                              n.notice().message()))
                  .toList());
    }
    for (Call call : calls) {
      // Inside this transaction, which holds the ticket (onTicket): if the desk refuses, the timer
      // rolls back with it and the next sweep retries.
      DeskActions actionsBean = desk.get();
      String reason =
          call.row().kind() + " " + call.row().target().name().toLowerCase() + " target breached";
      switch (call.call()) {
        case ESCALATE ->
            actionsBean.escalate(call.row().tenantId(), call.row().ticketId(), ACTOR, reason);
        case REASSIGN ->
            actionsBean.reassign(call.row().tenantId(), call.row().ticketId(), ACTOR, reason);
      }
    }
    return deferred;
  }

  private record Notice(TimerRow row, BreachEscalation.Notice notice, Instant dueAt) {}

  private static DeskActions.Audience audience(String recipient) {
    return switch (recipient) {
      case "ASSIGNEE" -> DeskActions.Audience.STAFF;
      case "GROUP_LEAD" -> DeskActions.Audience.GROUP_LEADS;
      case "PARTNER_MANAGER" -> DeskActions.Audience.ACCOUNT;
      case "PARTNER_AGENTS" -> DeskActions.Audience.PARTNER;
      default -> throw new IllegalStateException("unknown recipient " + recipient);
    };
  }

  private record Call(TimerRow row, BreachEscalation.DeskCall call) {}

  /** What a policy does on a breach, and for an OLA who answers for its engagement. */
  private record OnBreach(Set<BreachAction> actions, List<Long> partnerManagers) {}

  /** Per batch, each policy is read once: a sweep breaches many tickets of few policies. */
  private OnBreach onBreach(Connection c, Map<Long, OnBreach> cache, TimerRow row) {
    long key = row.kind() == TimerKind.SLA ? row.policyId() : -row.policyId();
    return cache.computeIfAbsent(
        key,
        k -> {
          try {
            if (row.kind() == TimerKind.SLA) {
              return new OnBreach(
                  PolicyStore.byId(c, row.policyId())
                      .map(p -> p.terms().breachActions())
                      .orElse(Set.of()),
                  List.of());
            }
            return OlaStore.byId(c, row.policyId())
                .map(
                    ola ->
                        new OnBreach(
                            ola.terms().breachActions(),
                            engagements.managers(row.tenantId(), ola.engagementId())))
                .orElse(new OnBreach(Set.of(), List.of()));
          } catch (SQLException e) {
            throw new IllegalStateException(e);
          }
        });
  }

  private static void notify(Connection c, List<Notice> notices, Instant now) throws SQLException {
    if (notices.isEmpty()) {
      return;
    }
    try (var s =
        c.prepareStatement(
            "INSERT INTO sla_notifications (tenant_id, timer_id, ticket_id, kind, threshold,"
                + " recipient, recipient_id, recipient_key, message, due_at, created_at)"
                + " VALUES (?,?,?,?,?,?,?,?,?,?,?)")) {
      for (Notice n : notices) {
        s.setLong(1, n.row().tenantId());
        s.setLong(2, n.row().id());
        s.setLong(3, n.row().ticketId());
        s.setString(4, n.notice().kind());
        s.setInt(5, n.notice().threshold());
        s.setString(6, n.notice().recipient());
        JdbcRows.bind(s, 7, n.notice().recipientId());
        // One notice per recipient (V80's unique key); 0 where the notice names no one.
        s.setLong(8, n.notice().recipientId() == null ? 0 : n.notice().recipientId());
        s.setString(9, TimerStore.truncate(n.notice().message(), 300));
        s.setTimestamp(10, Timestamp.from(n.dueAt()));
        s.setTimestamp(11, Timestamp.from(now));
        s.addBatch();
      }
      s.executeBatch();
    }
  }
}
