package org.medley.desk.internal;

import io.micronaut.http.HttpStatus;

/**
 * A ticket refused a change: the request was well formed but the ticket's state does not allow it
 * (409), a field is missing or wrong (400), or the caller may not change that field (403), naming
 * the field where there is one.
 */
final class Rejected extends RuntimeException {

  private final String field;
  private final HttpStatus status;

  private Rejected(String field, String message, HttpStatus status) {
    super(message, null, false, false);
    this.field = field;
    this.status = status;
  }

  /** The ticket's current state forbids it (409). */
  static Rejected state(String message) {
    return new Rejected(null, message, HttpStatus.CONFLICT);
  }

  /** A field is missing or wrong for this change (400). */
  static Rejected field(String field, String message) {
    return new Rejected(field, message, HttpStatus.BAD_REQUEST);
  }

  /** A field is well formed but says something Medley cannot use, e.g. an unknown name (422). */
  static Rejected unprocessable(String field, String message) {
    return new Rejected(field, message, HttpStatus.UNPROCESSABLE_ENTITY);
  }

  /** The caller may work the ticket but not change this field (403). */
  static Rejected forbidden(String field, String message) {
    return new Rejected(field, message, HttpStatus.FORBIDDEN);
  }

  String field() {
    return field;
  }

  HttpStatus status() {
    return status;
  }
}
