package org.medley.market;

import java.util.List;

/**
 * A marketplace request that breaks a rule, naming each field that caused it: 400, or 409 when
 * {@code conflict} says it is the record's state (already ended, changed meanwhile), not the input.
 */
public final class Refused extends RuntimeException {

  /** One refusal, naming the field of the request that caused it. */
  public record Refusal(String field, String message) {}

  private final transient List<Refusal> refusals;
  private final boolean conflict;

  public Refused(List<Refusal> refusals, boolean conflict) {
    super(refusals.get(0).message(), null, false, false);
    this.refusals = List.copyOf(refusals);
    this.conflict = conflict;
  }

  public static Refused of(String field, String message) {
    return new Refused(List.of(new Refusal(field, message)), false);
  }

  public static Refused conflict(String field, String message) {
    return new Refused(List.of(new Refusal(field, message)), true);
  }

  public List<Refusal> refusals() {
    return refusals;
  }

  public boolean conflict() {
    return conflict;
  }
}
