package org.medley.sla;

import io.micronaut.core.annotation.Nullable;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.function.Consumer;
import org.medley.coverage.Tier;
import org.medley.desk.Priority;

/**
 * Finished timers read from the SLA feature's own rows, for read models that summarise them
 * (rebuilds) and for the tickets behind a figure. A timer counts when MET or BREACHED; its day is
 * the local date of {@code ended_at} (the deadline, for a breach) in the zone asked for.
 */
public interface SettledTimers {

  /** Tenants that have any timer. */
  List<Long> tenants();

  /** Met and breached counts per local day and dimensions, as many rows as there are cells. */
  record DayCount(
      LocalDate day,
      TimerSettled.Kind kind,
      TimerSettled.Target target,
      Priority priority,
      Tier tier,
      long applicationId,
      @Nullable Long groupId,
      @Nullable Long groupPartnerId,
      @Nullable Long partnerId,
      long met,
      long breached) {}

  /** The tenant's finished timers counted per local day in {@code zone}, streamed. */
  void dailyCounts(long tenantId, ZoneId zone, Consumer<DayCount> each);

  /** The tenant's breached timers, streamed (as {@link TimerSettled}, not undone). */
  void breached(long tenantId, Consumer<TimerSettled> each);

  /**
   * Which finished timers: every field null means any. {@code providerId} 0 is the hospital's own
   * groups, another value the partner organisation whose group held the ticket.
   */
  record Filter(
      @Nullable TimerSettled.Kind kind,
      @Nullable TimerSettled.Target target,
      @Nullable Priority priority,
      @Nullable Tier tier,
      @Nullable Long applicationId,
      @Nullable Long groupId,
      @Nullable Long providerId,
      @Nullable Long partnerId,
      @Nullable TimerSettled.Outcome outcome) {}

  /** One page of the timers that finished in {@code [from, to)}, newest first, and their total. */
  record Page(List<TimerSettled> timers, long total) {}

  Page page(long tenantId, Filter filter, Instant from, Instant to, int offset, int limit);
}
