package org.medley.platform;

import java.util.List;

/**
 * A request a feature cannot use for a reason bean validation cannot see (an unknown id in the
 * body, dates in the wrong order): 400 problem+json naming each field.
 */
public final class InvalidRequest extends RuntimeException {

  private final transient List<Problem.FieldError> errors;

  public InvalidRequest(List<Problem.FieldError> errors) {
    super("invalid request: " + errors);
    this.errors = List.copyOf(errors);
  }

  public static InvalidRequest of(String field, String message) {
    return new InvalidRequest(List.of(new Problem.FieldError(field, message)));
  }

  public List<Problem.FieldError> errors() {
    return errors;
  }
}
