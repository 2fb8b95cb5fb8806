package org.medley.sla;

import java.util.List;
import java.util.stream.Collectors;

/** A calendar definition that cannot be used, with every mistake found, each naming its field. */
public final class CalendarValidationException extends IllegalArgumentException {

  /**
   * One mistake: {@code field} is a path into the calendar JSON ({@code zone}, {@code
   * week.MONDAY[1]}, {@code holidays[0].open[0].to}).
   */
  public record FieldError(String field, String message) {
    @Override
    public String toString() {
      return field + ": " + message;
    }
  }

  private final List<FieldError> errors;

  CalendarValidationException(List<FieldError> errors) {
    super(
        "invalid calendar: "
            + errors.stream().map(FieldError::toString).collect(Collectors.joining("; ")));
    this.errors = List.copyOf(errors);
  }

  public List<FieldError> errors() {
    return errors;
  }
}
