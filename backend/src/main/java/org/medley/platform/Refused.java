package org.medley.platform;

import io.micronaut.http.HttpStatus;
import java.util.List;

/**
 * The client's mistake, naming each field that caused it: the one refusal every feature throws and
 * {@link RefusedProblems} turns into problem+json. The kind says whether the input is malformed
 * (400), the caller may not change that field (403), it names what the caller's tenant does not
 * have (404), the record's state forbids it (409), what it names existed but is used up or expired
 * (410), or the input is well formed but names something Medley cannot use (422).
 */
public final class Refused extends RuntimeException {

  /** Why the request was refused, and the status that says so. */
  public enum Kind {
    INVALID(HttpStatus.BAD_REQUEST),
    FORBIDDEN(HttpStatus.FORBIDDEN),
    NOT_FOUND(HttpStatus.NOT_FOUND),
    CONFLICT(HttpStatus.CONFLICT),
    GONE(HttpStatus.GONE),
    UNPROCESSABLE(HttpStatus.UNPROCESSABLE_ENTITY);

    private final HttpStatus status;

    Kind(HttpStatus status) {
      this.status = status;
    }

    public HttpStatus status() {
      return status;
    }
  }

  private final Kind kind;
  private final transient List<Problem.FieldError> errors;

  public Refused(Kind kind, List<Problem.FieldError> errors) {
    super(errors.isEmpty() ? kind.name() : errors.get(0).message(), null, false, false);
    this.kind = kind;
    this.errors = List.copyOf(errors);
  }

  private static Refused one(Kind kind, String field, String message) {
    return new Refused(kind, List.of(new Problem.FieldError(field, message)));
  }

  /** A field is missing or malformed (400). */
  public static Refused invalid(String field, String message) {
    return one(Kind.INVALID, field, message);
  }

  /** Every malformed field found at once (400). */
  public static Refused invalid(List<Problem.FieldError> errors) {
    return new Refused(Kind.INVALID, errors);
  }

  /** The caller may act on the record but not change this field (403). */
  public static Refused forbidden(String field, String message) {
    return one(Kind.FORBIDDEN, field, message);
  }

  /**
   * A field names something the caller's tenant does not have (404), e.g. another hospital's group
   * in a request body. A plain not-found would reach the client as "No resource at …" from the
   * global 404 handler, without the field.
   */
  public static Refused notFound(String field, String message) {
    return one(Kind.NOT_FOUND, field, message);
  }

  /** The record's current state forbids it (409). */
  public static Refused conflict(String message) {
    return one(Kind.CONFLICT, null, message);
  }

  /** The record's current state forbids it, because of this field (409). */
  public static Refused conflict(String field, String message) {
    return one(Kind.CONFLICT, field, message);
  }

  /**
   * The field names something that existed but is used up or expired, e.g. a one-time link (410).
   */
  public static Refused gone(String field, String message) {
    return one(Kind.GONE, field, message);
  }

  /** A field is well formed but names something Medley cannot use, e.g. an unknown name (422). */
  public static Refused unprocessable(String field, String message) {
    return one(Kind.UNPROCESSABLE, field, message);
  }

  public Kind kind() {
    return kind;
  }

  public List<Problem.FieldError> errors() {
    return errors;
  }
}
