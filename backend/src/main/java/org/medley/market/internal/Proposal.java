package org.medley.market.internal;

import io.micronaut.core.annotation.Nullable;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import org.medley.market.StaffingRequest;
import org.medley.platform.Problem;
import org.medley.platform.Refused;

/**
 * A partner's answer to a staffing request: named people, a rate, a tier and commitments. Written
 * as a draft, submitted once, then accepted or declined by the hospital, or withdrawn by the
 * partner before a decision. The rules of well-formed terms and of every step live here, free of
 * I/O.
 */
final class Proposal {

  enum Status {
    DRAFT,
    SUBMITTED,
    ACCEPTED,
    DECLINED,
    WITHDRAWN
  }

  /** What the partner offers; people carry e-mail addresses, the key of the hospital's staff. */
  record Terms(
      List<PartnerProfile.Person> people,
      double hourlyRate,
      String tier,
      int responseMinutes,
      int resolutionHours,
      @Nullable String commitmentNotes,
      LocalDate startsOn,
      @Nullable String notes) {}

  record Event(String action, String actor, Instant at, @Nullable String detail) {}

  private Status status;

  private Proposal(Status status) {
    this.status = status;
  }

  static Proposal restore(Status status) {
    return new Proposal(status);
  }

  /**
   * Refusals of terms for the request, each naming its field: people need distinct e-mail
   * addresses, the start lies within the request's dates and not in the past (UTC less a day, as
   * for requests), and resolving cannot be promised sooner than responding.
   */
  static List<Problem.FieldError> refusals(
      Terms terms, StaffingRequest.Terms request, Clock clock) {
    List<Problem.FieldError> refusals = new ArrayList<>();
    Set<String> emails = new HashSet<>();
    for (int i = 0; i < terms.people().size(); i++) {
      String email = terms.people().get(i).email();
      if (email == null || email.isBlank()) {
        refusals.add(
            new Problem.FieldError(
                "people[" + i + "].email",
                "required: the person joins the hospital's staff by it"));
      } else if (!emails.add(email.strip().toLowerCase(Locale.ROOT))) {
        refusals.add(new Problem.FieldError("people[" + i + "].email", "named twice"));
      }
    }
    LocalDate earliest = LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC).minusDays(1);
    if (terms.startsOn().isBefore(earliest)) {
      refusals.add(new Problem.FieldError("startsOn", "must not be in the past"));
    } else if (request.endsOn() != null && terms.startsOn().isAfter(request.endsOn())) {
      refusals.add(
          new Problem.FieldError(
              "startsOn", "must not be after the request's last day, " + request.endsOn()));
    }
    if (terms.resolutionHours() * 60L < terms.responseMinutes()) {
      refusals.add(
          new Problem.FieldError(
              "commitments.resolutionHours", "must not be sooner than the response commitment"));
    }
    return refusals;
  }

  Status status() {
    return status;
  }

  /** Only a draft changes; a submitted proposal is withdrawn and written again. */
  void edit() {
    if (status != Status.DRAFT) {
      throw Refused.conflict(
          "status",
          "this proposal is " + label() + ": only drafts change (withdraw it and write another)");
    }
  }

  Event submit(String actor, Clock clock) {
    edit();
    status = Status.SUBMITTED;
    return new Event("SUBMITTED", Objects.requireNonNull(actor), clock.instant(), null);
  }

  Event withdraw(String actor, String reason, Clock clock) {
    if (status != Status.DRAFT && status != Status.SUBMITTED) {
      throw Refused.conflict("status", "this proposal is " + label() + ": it cannot be withdrawn");
    }
    status = Status.WITHDRAWN;
    return new Event("WITHDRAWN", Objects.requireNonNull(actor), clock.instant(), reason);
  }

  Event accept(String actor, String comment, Clock clock) {
    decide();
    status = Status.ACCEPTED;
    return new Event("ACCEPTED", Objects.requireNonNull(actor), clock.instant(), comment);
  }

  Event decline(String actor, String comment, Clock clock) {
    decide();
    status = Status.DECLINED;
    return new Event("DECLINED", Objects.requireNonNull(actor), clock.instant(), comment);
  }

  private void decide() {
    if (status != Status.SUBMITTED) {
      throw Refused.conflict(
          "status", "this proposal is " + label() + ": only submitted proposals are decided");
    }
  }

  private String label() {
    return status.name().toLowerCase(Locale.ROOT);
  }
}
