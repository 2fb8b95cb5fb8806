package org.medley.sla;

import io.micronaut.core.annotation.Nullable;
import java.time.Instant;
import java.util.List;
import org.medley.coverage.Tier;
import org.medley.desk.Priority;

/**
 * A timer reached MET or BREACHED ({@code undone} false), or a finished timer stopped counting as
 * such ({@code undone} true: a reopen ran a met resolution timer on). Carries the ticket's
 * dimensions as stored on the timer when it finished, so read models need nothing else. Published
 * synchronously inside the transaction that wrote the timer, in {@link Batch}es (the sweep settles
 * hundreds at once), so a listener's roll-up commits or rolls back with the timer.
 */
public record TimerSettled(
    long tenantId,
    long timerId,
    long ticketId,
    String ticketNumber,
    Kind kind,
    Target target,
    Priority priority,
    Tier tier,
    long applicationId,
    @Nullable Long groupId,
    @Nullable Long groupPartnerId,
    @Nullable Long partnerId,
    Instant startedAt,
    @Nullable Instant dueAt,
    Instant finishedAt,
    Outcome outcome,
    boolean undone) {

  /** The customer-facing SLA, or a partner's OLA. */
  public enum Kind {
    SLA,
    OLA
  }

  /** Time to first response, or to resolution. */
  public enum Target {
    RESPONSE,
    RESOLUTION
  }

  /** MET when stopped in time, BREACHED at the deadline. */
  public enum Outcome {
    MET,
    BREACHED
  }

  /** The same settlement taken back (or, on an undone one, restored). */
  public TimerSettled reversed() {
    return new TimerSettled(
        tenantId,
        timerId,
        ticketId,
        ticketNumber,
        kind,
        target,
        priority,
        tier,
        applicationId,
        groupId,
        groupPartnerId,
        partnerId,
        startedAt,
        dueAt,
        finishedAt,
        outcome,
        !undone);
  }

  /** The settlements of one transaction's timer writes, in write order. */
  public record Batch(List<TimerSettled> timers) {}
}
