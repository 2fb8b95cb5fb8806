package org.medley.desk.internal;

/**
 * A ticket refused a change: the request was well formed but the ticket's state does not allow it.
 * Answered with 409 (state) or 400 (a missing or wrong field), naming the field where there is one.
 */
final class Rejected extends RuntimeException {

  private final String field;
  private final boolean conflict;

  private Rejected(String field, String message, boolean conflict) {
    super(message, null, false, false);
    this.field = field;
    this.conflict = conflict;
  }

  /** The ticket's current state forbids it (409). */
  static Rejected state(String message) {
    return new Rejected(null, message, true);
  }

  /** A field is missing or wrong for this change (400). */
  static Rejected field(String field, String message) {
    return new Rejected(field, message, false);
  }

  String field() {
    return field;
  }

  boolean conflict() {
    return conflict;
  }
}
