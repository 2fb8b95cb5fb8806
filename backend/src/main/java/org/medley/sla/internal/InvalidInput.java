package org.medley.sla.internal;

import java.util.List;

/** A request the SLA API cannot use, with every mistake found, each naming its field: 400. */
final class InvalidInput extends RuntimeException {

  record FieldError(String field, String message) {}

  private final List<FieldError> errors;

  InvalidInput(List<FieldError> errors) {
    super("invalid input: " + errors);
    this.errors = List.copyOf(errors);
  }

  static InvalidInput of(String field, String message) {
    return new InvalidInput(List.of(new FieldError(field, message)));
  }

  List<FieldError> errors() {
    return errors;
  }
}
