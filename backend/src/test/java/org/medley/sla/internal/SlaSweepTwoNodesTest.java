package org.medley.sla.internal;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.context.BeanProvider;
import io.micronaut.core.type.Argument;
import io.micronaut.transaction.TransactionOperations;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.medley.calendar.CalendarDirectory;
import org.medley.desk.DeskActions;
import org.medley.desk.Priority;
import org.medley.desk.TicketSnapshot;
import org.medley.testing.TestApp;

/**
 * Two sweepers — two "nodes", each with two workers and its own transactions — on one MariaDB
 * database, started together on the same due timers: every warning and breach takes effect exactly
 * once. The desk's actions are a recording stand-in here only, passed to the two sweepers (not a
 * bean), because the desk's implementation is built in parallel.
 */
class SlaSweepTwoNodesTest {

  /** What the sweepers asked the desk to do. */
  static final class RecordingDesk implements DeskActions {
    final Queue<String> calls = new ConcurrentLinkedQueue<>();

    @Override
    public void lockTicket(long tenantId, long ticketId) {
      // Nothing to hold: this stand-in changes no ticket.
    }

    @Override
    public void escalate(long tenantId, long ticketId, String actor, String reason) {
      calls.add("escalate " + ticketId);
    }

    @Override
    public void reassign(long tenantId, long ticketId, String actor, String reason) {
      calls.add("reassign " + ticketId);
    }

    @Override
    public void tell(List<Notice> sent) {
      sent.forEach(
          n ->
              notices.add(
                  n.kind()
                      + " "
                      + n.audience()
                      + " "
                      + n.audienceId()
                      + " "
                      + n.ticketId()
                      + " "
                      + n.message()));
    }

    final Queue<String> notices = new ConcurrentLinkedQueue<>();
  }

  @SuppressWarnings("unchecked")
  private static SlaSweep node(RecordingDesk desk, Clock clock) {
    var context = TestApp.context();
    TransactionOperations<Connection> tx =
        context.getBean(Argument.of(TransactionOperations.class, Connection.class));
    BeanProvider<DeskActions> provider =
        new BeanProvider<>() {
          @Override
          public DeskActions get() {
            return desk;
          }

          @Override
          public boolean isPresent() {
            return true;
          }
        };
    return new SlaSweep(
        tx,
        context.getBean(TimerStore.class),
        (io.micronaut.context.event.ApplicationEventPublisher<org.medley.desk.SlaDueChanged>)
            context.getBean(
                Argument.of(
                    io.micronaut.context.event.ApplicationEventPublisher.class,
                    org.medley.desk.SlaDueChanged.class)),
        context.getBean(CalendarDirectory.class),
        provider,
        context.getBean(org.medley.market.Engagements.class),
        context.getBean(Settlements.class),
        clock,
        7,
        2);
  }

  @Test
  void twoNodesSweepingTogetherActOnEachThresholdExactlyOnce() throws Exception {
    Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);
    Clock clock = Clock.fixed(now, ZoneOffset.UTC);
    SlaFixture.Demo demo = SlaFixture.demo();
    var context = TestApp.context();
    TimerStore store = context.getBean(TimerStore.class);
    CalendarDirectory calendars = context.getBean(CalendarDirectory.class);
    long p1Policy;
    long calendarId;
    try (var c = TestApp.connection();
        var s =
            c.prepareStatement(
                "SELECT id, calendar_id FROM sla_policies WHERE name = 'P1 critical' AND tenant_id = ?")) {
      s.setLong(1, demo.tenant());
      var rs = s.executeQuery();
      rs.next();
      p1Policy = rs.getLong(1);
      calendarId = rs.getLong(2);
    }
    var calendar = calendars.byId(calendarId); // 24x7

    // 40 timers past their 4 h deadline (opened 5 h ago), 40 past 50 % (opened 2.5 h ago).
    Map<Long, Instant> breaching = new HashMap<>();
    List<Long> warning = new ArrayList<>();
    try (Connection c = TestApp.connection()) {
      for (int i = 0; i < 80; i++) {
        boolean late = i % 2 == 0;
        Instant opened = now.minus(late ? Duration.ofMinutes(300) : Duration.ofMinutes(150));
        TicketSnapshot t = SlaFixture.ticket(demo, Priority.P1, opened);
        SlaTimer timer =
            SlaTimer.start(calendar, Duration.ofHours(4), List.of(50, 75, 90), opened, false)
                .timer();
        TimerRow row =
            store.insert(
                c,
                new TimerRow(
                    null,
                    t.tenantId(),
                    t.id(),
                    t.number(),
                    TimerKind.SLA,
                    Target.RESOLUTION,
                    p1Policy,
                    null,
                    calendarId,
                    opened,
                    timer,
                    TimerRow.Dimensions.of(t),
                    0));
        if (late) {
          breaching.put(row.id(), opened.plus(Duration.ofHours(4)));
        } else {
          warning.add(row.id());
        }
      }
    }
    long dueBefore = count("SELECT COUNT(*) FROM sla_timers WHERE next_check_at <= ?", now);

    RecordingDesk desk = new RecordingDesk();
    SlaSweep first = node(desk, clock);
    SlaSweep second = node(desk, clock);
    CyclicBarrier start = new CyclicBarrier(2);
    ExecutorService pool = Executors.newFixedThreadPool(2);
    try {
      Future<Integer> a =
          pool.submit(
              () -> {
                start.await();
                return first.sweep();
              });
      Future<Integer> b =
          pool.submit(
              () -> {
                start.await();
                return second.sweep();
              });
      int byFirst = a.get();
      int bySecond = b.get();
      int processed = byFirst + bySecond;
      System.out.printf(
          "two-node sweep: first node %d, second node %d timers%n", byFirst, bySecond);
      // Each due timer was processed by exactly one node, and nothing is due any more.
      assertThat(processed).isEqualTo(dueBefore);
    } finally {
      pool.shutdownNow();
    }
    assertThat(count("SELECT COUNT(*) FROM sla_timers WHERE next_check_at <= ?", now)).isZero();

    for (var entry : breaching.entrySet()) {
      long timer = entry.getKey();
      assertThat(state(timer)).isEqualTo("BREACHED");
      // Recorded at the deadline, not when the sweep noticed.
      assertThat(endedAt(timer)).isEqualTo(entry.getValue());
      assertThat(
              count(
                  "SELECT COUNT(*) FROM sla_timer_history WHERE timer_id = ? AND event = 'BREACHED'",
                  timer))
          .isEqualTo(1);
      assertThat(
              count(
                  "SELECT COUNT(*) FROM sla_notifications WHERE timer_id = ? AND kind = 'BREACH'",
                  timer))
          .isEqualTo(1); // the group lead (nobody assigned)
    }
    for (long timer : warning) {
      assertThat(state(timer)).isEqualTo("RUNNING");
      assertThat(
              count(
                  "SELECT COUNT(*) FROM sla_notifications WHERE timer_id = ? AND kind = 'WARNING' AND threshold = 50",
                  timer))
          .isEqualTo(1);
      assertThat(
              count(
                  "SELECT COUNT(*) FROM sla_timer_history WHERE timer_id = ? AND event = 'WARNING'",
                  timer))
          .isEqualTo(1);
    }
    // Every stored notice reached the desk's notifications exactly once, across both nodes.
    Map<String, Integer> delivered = new HashMap<>();
    desk.notices.forEach(notice -> delivered.merge(notice, 1, Integer::sum));
    assertThat(delivered.values()).allMatch(n -> n == 1);
    // Every notice this sweep stored (stamped with its instant), ours and any demo ticket's: the
    // demo runs on real time, and one of its timers may cross a threshold at this very instant.
    long stored = count("SELECT COUNT(*) FROM sla_notifications WHERE created_at = ?", now);
    assertThat(stored).isGreaterThanOrEqualTo(80);
    assertThat(delivered).hasSize((int) stored);
    // P1 breaches escalate a tier: once per breached ticket, never twice.
    Map<String, Integer> calls = new HashMap<>();
    desk.calls.forEach(call -> calls.merge(call, 1, Integer::sum));
    assertThat(calls.values()).allMatch(n -> n == 1);
    List<Long> breachedTickets = new ArrayList<>();
    try (var c = TestApp.connection()) {
      for (long timer : breaching.keySet()) {
        breachedTickets.add(ticketOf(c, timer));
      }
    }
    for (long ticket : breachedTickets) {
      assertThat(calls).containsKey("escalate " + ticket);
    }

    // A second pass finds nothing to do.
    assertThat(node(desk, clock).sweep()).isZero();
  }

  private static long ticketOf(Connection c, long timer) throws SQLException {
    try (var s = c.prepareStatement("SELECT ticket_id FROM sla_timers WHERE id = ?")) {
      s.setLong(1, timer);
      var rs = s.executeQuery();
      rs.next();
      return rs.getLong(1);
    }
  }

  private static long count(String sql, Object parameter) throws SQLException {
    try (var c = TestApp.connection();
        var s = c.prepareStatement(sql)) {
      if (parameter instanceof Instant instant) {
        s.setTimestamp(1, java.sql.Timestamp.from(instant));
      } else {
        s.setLong(1, (Long) parameter);
      }
      var rs = s.executeQuery();
      rs.next();
      return rs.getLong(1);
    }
  }

  private static String state(long timer) throws SQLException {
    try (var c = TestApp.connection();
        var s = c.prepareStatement("SELECT state FROM sla_timers WHERE id = ?")) {
      s.setLong(1, timer);
      var rs = s.executeQuery();
      rs.next();
      return rs.getString(1);
    }
  }

  private static Instant endedAt(long timer) throws SQLException {
    try (var c = TestApp.connection();
        var s = c.prepareStatement("SELECT ended_at FROM sla_timers WHERE id = ?")) {
      s.setLong(1, timer);
      var rs = s.executeQuery();
      rs.next();
      return rs.getTimestamp(1).toInstant();
    }
  }
}
