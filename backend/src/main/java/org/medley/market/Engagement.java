package org.medley.market;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.medley.platform.Problem;
import org.medley.platform.Refused;

/**
 * A partner's contract with the health system as Medley keeps it: what it covers, from when to
 * when, and whether someone ended it. Its status on a day follows from those alone; the rules of
 * well-formed terms, of changing them and of ending live here, free of I/O.
 */
public final class Engagement {

  /** Contract dates before this or after {@link #LATEST} are typing mistakes, not contracts. */
  static final LocalDate EARLIEST = LocalDate.of(1990, 1, 1);

  static final LocalDate LATEST = LocalDate.of(2100, 12, 31);

  /** What the hospital agreed with the partner. {@code endsOn} null: open-ended. */
  public record Terms(String name, String scope, LocalDate startsOn, LocalDate endsOn) {}

  /** Something done to an engagement, for its audit trail. */
  public record Event(String action, String actor, Instant at, String detail) {}

  private Terms terms;
  private Instant endedAt;

  private Engagement(Terms terms, Instant endedAt) {
    this.terms = terms;
    this.endedAt = endedAt;
  }

  /** New terms, or {@link Refused} naming every field that breaks a rule. */
  public static Engagement record(Terms terms) {
    check(terms);
    return new Engagement(terms, null);
  }

  /** An engagement as stored. */
  public static Engagement restore(Terms terms, Instant endedAt) {
    return new Engagement(terms, endedAt);
  }

  /**
   * Its status on {@code today} (the hospital's date): ended when a person ended it or its last day
   * has passed, planned before its first day, active in between (both days included).
   */
  public EngagementStatus status(LocalDate today) {
    if (endedAt != null || (terms.endsOn() != null && terms.endsOn().isBefore(today))) {
      return EngagementStatus.ENDED;
    }
    return terms.startsOn().isAfter(today) ? EngagementStatus.PLANNED : EngagementStatus.ACTIVE;
  }

  /** Today's date in {@code zone}, the day status is judged on. */
  public static LocalDate today(Clock clock, ZoneId zone) {
    return LocalDate.ofInstant(clock.instant(), zone);
  }

  /**
   * New terms for an engagement not yet ended; an ended one is history and stays as it ended (409).
   * An end date already past ends it on that date, which is how a contract's early end is recorded
   * after the fact.
   */
  public void change(Terms next, LocalDate today) {
    if (status(today) == EngagementStatus.ENDED) {
      throw Refused.conflict("status", "this engagement has ended; record a new one instead");
    }
    check(next);
    terms = next;
  }

  /** Ends it now; a second end is a conflict. Its groups stay its own until another takes them. */
  public Event end(String actor, String reason, Clock clock, LocalDate today) {
    if (status(today) == EngagementStatus.ENDED) {
      throw Refused.conflict("status", "this engagement has already ended");
    }
    endedAt = clock.instant();
    return new Event("ENDED", Objects.requireNonNull(actor), endedAt, reason);
  }

  public Terms terms() {
    return terms;
  }

  public Instant endedAt() {
    return endedAt;
  }

  private static void check(Terms terms) {
    List<Problem.FieldError> refusals = new ArrayList<>();
    if (terms.name() == null || terms.name().isBlank()) {
      refusals.add(new Problem.FieldError("name", "required"));
    }
    if (terms.scope() == null || terms.scope().isBlank()) {
      refusals.add(
          new Problem.FieldError("scope", "required: what the partner supports, at which tiers"));
    }
    if (outOfRange(terms.startsOn())) {
      refusals.add(new Problem.FieldError("startsOn", "must be between 1990 and 2100"));
    }
    if (terms.endsOn() != null) {
      if (outOfRange(terms.endsOn())) {
        refusals.add(new Problem.FieldError("endsOn", "must be between 1990 and 2100"));
      } else if (terms.endsOn().isBefore(terms.startsOn())) {
        refusals.add(new Problem.FieldError("endsOn", "must not be before the start date"));
      }
    }
    if (!refusals.isEmpty()) {
      throw Refused.invalid(refusals);
    }
  }

  private static boolean outOfRange(LocalDate date) {
    return date.isBefore(EARLIEST) || date.isAfter(LATEST);
  }
}
