package org.medley.platform;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.exceptions.SerdeException;
import io.micronaut.serde.exceptions.path.CollectionItemReferencePath;
import io.micronaut.serde.exceptions.path.MapItemReferencePath;
import io.micronaut.serde.exceptions.path.PropertyReferencePath;
import io.micronaut.serde.exceptions.path.ReferencePath;
import java.util.List;
import java.util.Optional;

/**
 * Names the field of a JSON body Micronaut Serde could not read ({@code impact}, {@code
 * warnings[2]}, {@code week.MONDAY[0].from}) instead of Micronaut's "/body: Failed to convert
 * argument [body]".
 */
final class JsonPaths {

  private JsonPaths() {}

  static Optional<Problem.FieldError> fieldError(@Nullable Throwable cause) {
    SerdeException located = null;
    Throwable innermost = null;
    for (Throwable t = cause; t != null && t != innermost; t = t.getCause()) {
      if (located == null && t instanceof SerdeException serde && !serde.getPath().isEmpty()) {
        located = serde;
      }
      innermost = t;
    }
    if (located == null) {
      return Optional.empty();
    }
    return Optional.of(
        new Problem.FieldError(
            render(located.getPath()), ProblemResponses.clean(innermost.getMessage())));
  }

  /** Serde lists the path innermost first. */
  static String render(List<ReferencePath> path) {
    StringBuilder field = new StringBuilder();
    for (int i = path.size() - 1; i >= 0; i--) {
      ReferencePath step = path.get(i);
      if (step instanceof CollectionItemReferencePath item) {
        field.append('[').append(item.index()).append(']');
      } else if (step instanceof MapItemReferencePath entry) {
        field.append(field.isEmpty() ? "" : ".").append(entry.key());
      } else if (step instanceof PropertyReferencePath property) {
        field.append(field.isEmpty() ? "" : ".").append(property.property().getName());
      }
    }
    return field.toString();
  }
}
