package org.medley.sla.internal;

import io.micronaut.context.event.ApplicationEventPublisher;
import jakarta.inject.Singleton;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.medley.sla.TimerSettled;

/**
 * Tells read models which timers settled (or unsettled) in a write: compares each timer before and
 * after, and publishes one {@link TimerSettled.Batch} inside the writing transaction. The
 * comparison, not the code path, decides, so every writer (desk events, the sweep, lapsed OLAs)
 * reports the same way and a new path cannot forget to.
 */
@Singleton
class Settlements {

  private final ApplicationEventPublisher<TimerSettled.Batch> publisher;

  Settlements(ApplicationEventPublisher<TimerSettled.Batch> publisher) {
    this.publisher = publisher;
  }

  /** Publishes what changed between {@code before} and {@code after} (new rows have no before). */
  void publish(List<TimerRow> before, List<TimerRow> after) {
    List<TimerSettled> changes = between(before, after);
    if (!changes.isEmpty()) {
      publisher.publishEvent(new TimerSettled.Batch(changes));
    }
  }

  static List<TimerSettled> between(List<TimerRow> before, List<TimerRow> after) {
    Map<Long, TimerRow> old = new HashMap<>();
    before.forEach(r -> old.put(r.id(), r));
    List<TimerSettled> changes = new ArrayList<>();
    for (TimerRow row : after) {
      TimerSettled was = settled(old.get(row.id()));
      TimerSettled now = settled(row);
      if (Objects.equals(was, now)) {
        continue;
      }
      if (was != null) {
        changes.add(was.reversed());
      }
      if (now != null) {
        changes.add(now);
      }
    }
    return changes;
  }

  /** The timer as counted, or null when it counts nowhere (running, paused, cancelled). */
  static TimerSettled settled(TimerRow row) {
    if (row == null || row.id() == null) {
      return null;
    }
    SlaTimer t = row.timer();
    TimerSettled.Outcome outcome =
        switch (t.state()) {
          case MET -> TimerSettled.Outcome.MET;
          case BREACHED -> TimerSettled.Outcome.BREACHED;
          default -> null;
        };
    if (outcome == null || t.endedAt() == null) {
      return null;
    }
    TimerRow.Dimensions d = row.dims();
    return new TimerSettled(
        row.tenantId(),
        row.id(),
        row.ticketId(),
        row.ticketNumber(),
        TimerSettled.Kind.valueOf(row.kind().name()),
        TimerSettled.Target.valueOf(row.target().name()),
        d.priority(),
        d.tier(),
        d.applicationId(),
        d.groupId(),
        d.groupPartnerId(),
        row.partnerId(),
        row.startedAt(),
        t.dueAt(),
        t.endedAt().truncatedTo(java.time.temporal.ChronoUnit.MICROS),
        outcome,
        false);
  }
}
