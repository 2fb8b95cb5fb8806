package org.medley.insight.internal;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.context.BeanProvider;
import io.micronaut.context.event.ApplicationEventPublisher;
import io.micronaut.core.type.Argument;
import io.micronaut.transaction.TransactionOperations;
import java.lang.reflect.Constructor;
import java.lang.reflect.Method;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;
import org.medley.desk.DeskActions;
import org.medley.desk.PendingReason;
import org.medley.desk.Priority;
import org.medley.desk.SlaDueChanged;
import org.medley.desk.TicketStatus;
import org.medley.testing.TestApp;

/**
 * After any sequence of desk events and sweeps on a few tickets — answers, resolutions, reopens,
 * pauses, re-targets, moves into and out of a partner's group, cancellations — the roll-up kept by
 * the listeners equals the one rebuilt from the timers (and so do the breaches). Each try works on
 * its own days of 2019, which nothing else uses.
 */
class RollUpPropertyTest {

  private static final AtomicInteger TRIES = new AtomicInteger();

  @Property(tries = 12)
  void keptEqualsRebuilt(
      @ForAll @Size(min = 1, max = 25) List<@IntRange(min = 0, max = 8) Integer> ops,
      @ForAll @Size(min = 25, max = 25) List<@IntRange(min = 1, max = 400) Integer> gaps)
      throws Exception {
    InsightFixture.Demo demo = InsightFixture.Demo.load();
    Instant t =
        Instant.parse("2019-01-07T13:00:00Z").plus(Duration.ofDays(7L * TRIES.getAndIncrement()));
    List<InsightFixture.Ticket> tickets = new ArrayList<>();
    tickets.add(InsightFixture.open(demo, Priority.P3, t, demo.group(), null));
    tickets.add(InsightFixture.open(demo, Priority.P2, t, demo.partnerGroup(), demo.partner()));
    for (int i = 0; i < ops.size(); i++) {
      t = t.plus(Duration.ofMinutes(gaps.get(i)));
      InsightFixture.Ticket ticket = tickets.get(i % tickets.size());
      TicketStatus status = ticket.now.status();
      if (status == TicketStatus.CANCELLED) {
        continue;
      }
      boolean open = status.isOpen();
      switch (ops.get(i)) {
        case 0 -> {
          if (open) {
            ticket.respond(t);
          }
        }
        case 1 -> ticket.status(t, open ? TicketStatus.RESOLVED : TicketStatus.IN_PROGRESS, null);
        case 2, 3 -> {
          if (open && status != TicketStatus.PENDING) {
            ticket.status(
                t,
                TicketStatus.PENDING,
                ops.get(i) == 2 ? PendingReason.CUSTOMER : PendingReason.PARTNER);
          } else if (status == TicketStatus.PENDING) {
            ticket.status(t, TicketStatus.IN_PROGRESS, null);
          }
        }
        case 4 -> {
          if (open) {
            // P2 to P4: P1's breach escalates a tier, which the desk does on today's clock.
            Priority next = Priority.values()[1 + ticket.now.priority().ordinal() % 3];
            ticket.priority(t, next);
          }
        }
        case 5 -> {
          if (open) {
            boolean partner = ticket.now.partnerId() != null;
            ticket.group(
                t, partner ? demo.group() : demo.partnerGroup(), partner ? null : demo.partner());
          }
        }
        case 6 -> {
          if (open) {
            ticket.status(t, TicketStatus.CANCELLED, null);
          }
        }
        default -> sweep(t);
      }
    }
    sweep(t.plus(Duration.ofDays(6)));
    List<String> kept = rows(demo.tenant());
    TestApp.context().getBean(ReadModels.class).rebuild(demo.tenant());
    assertThat(rows(demo.tenant())).isEqualTo(kept);
  }

  /**
   * The SLA sweep as the scheduler runs it, at the test's instant (a sweep on today's clock would
   * act from the future of these 2019 tickets). Built by reflection: it is sla's own class.
   */
  @SuppressWarnings({"unchecked", "rawtypes"})
  private static void sweep(Instant now) throws Exception {
    var context = TestApp.context();
    Class<?> type = Class.forName("org.medley.sla.internal.SlaSweep");
    Constructor<?> make = type.getDeclaredConstructors()[0];
    make.setAccessible(true);
    Object[] args = new Object[make.getParameterCount()];
    Class<?>[] types = make.getParameterTypes();
    for (int i = 0; i < args.length; i++) {
      Class<?> p = types[i];
      if (p == TransactionOperations.class) {
        args[i] = context.getBean(Argument.of(TransactionOperations.class, Connection.class));
      } else if (p == ApplicationEventPublisher.class) {
        args[i] =
            context.getBean(Argument.of(ApplicationEventPublisher.class, SlaDueChanged.class));
      } else if (p == BeanProvider.class) {
        DeskActions desk = context.getBean(DeskActions.class);
        args[i] =
            new BeanProvider<DeskActions>() {
              @Override
              public DeskActions get() {
                return desk;
              }

              @Override
              public boolean isPresent() {
                return true;
              }
            };
      } else if (p == Clock.class) {
        args[i] = Clock.fixed(now, ZoneOffset.UTC);
      } else if (p == int.class) {
        args[i] = 500;
      } else {
        args[i] = context.getBean((Class) p);
      }
    }
    Object sweep = make.newInstance(args);
    Method run = type.getDeclaredMethod("sweep");
    run.setAccessible(true);
    run.invoke(sweep);
  }

  private static List<String> rows(long tenant) throws SQLException {
    TestApp.context().getBean(Rollups.class).foldPending();
    List<String> rows = new ArrayList<>();
    try (Connection c = TestApp.connection();
        var s =
            c.prepareStatement(
                "SELECT local_day, kind, target, priority, tier, application_id, group_id,"
                    + " provider_id, partner_id, met, breached FROM insight_sla_days WHERE"
                    + " tenant_id = ? AND local_day < '2020-01-01' AND (met <> 0 OR breached <> 0)"
                    + " ORDER BY 1,2,3,4,5,6,7,8,9");
        var b =
            c.prepareStatement(
                "SELECT timer_id, cause, cause_ms, by_status, by_holder FROM insight_sla_breaches"
                    + " WHERE tenant_id = ? AND breached_at < '2020-01-01' ORDER BY 1");
        var m =
            c.prepareStatement(
                "SELECT month_start, kind, target, priority, tier, application_id, group_id,"
                    + " provider_id, partner_id, met, breached FROM insight_sla_months WHERE"
                    + " tenant_id = ? AND month_start < '2020-01-01' AND (met <> 0 OR breached <>"
                    + " 0) ORDER BY 1,2,3,4,5,6,7,8,9");
        var d =
            c.prepareStatement(
                "SELECT local_day, kind, cause, target, priority, tier, application_id, group_id,"
                    + " provider_id, breaches, cause_ms FROM insight_sla_breach_days WHERE"
                    + " tenant_id = ? AND local_day < '2020-01-01' AND breaches <> 0"
                    + " ORDER BY 1,2,3,4,5,6,7,8,9")) {
      for (var q : List.of(s, b, m, d)) {
        q.setLong(1, tenant);
        try (ResultSet rs = q.executeQuery()) {
          int n = rs.getMetaData().getColumnCount();
          while (rs.next()) {
            StringBuilder row = new StringBuilder();
            for (int i = 1; i <= n; i++) {
              row.append(rs.getString(i)).append('|');
            }
            rows.add(row.toString());
          }
        }
      }
    }
    assertThat(rows).isNotNull();
    return rows;
  }
}
