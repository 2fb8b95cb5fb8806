package org.medley.market;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import org.medley.platform.Problem;
import org.medley.platform.Refused;

/**
 * A request for partner staff, made by an IT leader from a coverage gap: which applications, at
 * which level, how many people for how many hours a week in which support window, from when to
 * when. The rules of a well-formed request and of cancelling one live here, free of I/O.
 */
public final class StaffingRequest {

  public static final int MAX_APPLICATIONS = 20;

  /** What a leader asks for. {@code endsOn} may be null for long-term cover only. */
  public record Terms(
      String title,
      StaffingKind kind,
      List<Long> applicationIds,
      int minimumLevel,
      int peopleNeeded,
      double hoursPerWeek,
      String supportWindow,
      LocalDate startsOn,
      LocalDate endsOn,
      String notes,
      String rationale) {}

  /** Something done to a request, for its audit trail. */
  public record Event(String action, String actor, Instant at, String detail) {}

  private final Terms terms;
  private StaffingStatus status;

  private StaffingRequest(Terms terms, StaffingStatus status) {
    this.terms = terms;
    this.status = status;
  }

  /**
   * A new open request, or {@link Refused} naming every field that breaks a rule. Start dates are
   * compared with the clock's UTC date less one day, so a hospital west of UTC can still ask for
   * cover from its own today late in the evening.
   */
  public static StaffingRequest open(Terms terms, Clock clock) {
    List<Problem.FieldError> refusals = new ArrayList<>();
    List<Long> ids = terms.applicationIds() == null ? List.of() : terms.applicationIds();
    if (ids.isEmpty()) {
      refusals.add(new Problem.FieldError("applicationIds", "name at least one application"));
    } else if (new LinkedHashSet<>(ids).size() != ids.size()) {
      refusals.add(new Problem.FieldError("applicationIds", "names an application twice"));
    } else if (ids.size() > MAX_APPLICATIONS) {
      refusals.add(
          new Problem.FieldError(
              "applicationIds", "at most " + MAX_APPLICATIONS + " applications a request"));
    }
    if (terms.hoursPerWeek() > terms.peopleNeeded() * 60.0) {
      refusals.add(
          new Problem.FieldError(
              "hoursPerWeek",
              "more than 60 hours a week per person asked for: ask for more people"));
    }
    LocalDate earliest = LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC).minusDays(1);
    if (terms.startsOn().isBefore(earliest)) {
      refusals.add(new Problem.FieldError("startsOn", "must not be in the past"));
    }
    if (terms.endsOn() == null) {
      if (terms.kind().needsEndDate()) {
        refusals.add(
            new Problem.FieldError(
                "endsOn", "a " + label(terms.kind()) + " request needs an end date"));
      }
    } else if (terms.endsOn().isBefore(terms.startsOn())) {
      refusals.add(new Problem.FieldError("endsOn", "must not be before the start date"));
    }
    if (!refusals.isEmpty()) {
      throw Refused.invalid(refusals);
    }
    return new StaffingRequest(terms, StaffingStatus.OPEN);
  }

  /** A request as stored. */
  public static StaffingRequest restore(Terms terms, StaffingStatus status) {
    return new StaffingRequest(terms, status);
  }

  /**
   * Withdraws a request no proposal was accepted for; what partners may already have seen of it
   * stays in the trail.
   */
  public Event cancel(String actor, String reason, Clock clock) {
    if (status != StaffingStatus.OPEN && status != StaffingStatus.PUBLISHED) {
      throw Refused.conflict("status", "this request is already " + status.name().toLowerCase());
    }
    status = StaffingStatus.CANCELLED;
    return new Event("CANCELLED", Objects.requireNonNull(actor), clock.instant(), reason);
  }

  /**
   * Lets partners see it and propose: {@code audience} says to whom ("all partners", "Northwind").
   * Publishing again widens the audience; an awarded or cancelled request is closed.
   */
  public Event publish(String actor, String audience, Clock clock) {
    if (status == StaffingStatus.CANCELLED || status == StaffingStatus.AWARDED) {
      throw Refused.conflict(
          "status", "this request is " + status.name().toLowerCase() + ": it takes no proposals");
    }
    status = StaffingStatus.PUBLISHED;
    return new Event("PUBLISHED", Objects.requireNonNull(actor), clock.instant(), audience);
  }

  /** Whether partners may propose on it now. */
  public boolean takesProposals() {
    return status == StaffingStatus.PUBLISHED;
  }

  /** A proposal for it was accepted: {@code detail} names it. Later ones may still be accepted. */
  public Event award(String actor, String detail, Clock clock) {
    if (status != StaffingStatus.PUBLISHED && status != StaffingStatus.AWARDED) {
      throw Refused.conflict(
          "status", "this request is " + status.name().toLowerCase() + ": nothing can be accepted");
    }
    status = StaffingStatus.AWARDED;
    return new Event("AWARDED", Objects.requireNonNull(actor), clock.instant(), detail);
  }

  public Terms terms() {
    return terms;
  }

  public StaffingStatus status() {
    return status;
  }

  private static String label(StaffingKind kind) {
    return kind.name().toLowerCase().replace('_', '-');
  }
}
