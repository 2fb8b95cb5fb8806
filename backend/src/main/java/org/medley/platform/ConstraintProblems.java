package org.medley.platform;

import io.micronaut.context.annotation.Replaces;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.server.exceptions.ExceptionHandler;
import io.micronaut.http.server.exceptions.response.ErrorResponseProcessor;
import io.micronaut.validation.exceptions.ConstraintExceptionHandler;
import jakarta.inject.Singleton;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.ElementKind;
import jakarta.validation.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Failed bean validation as problem+json with every error naming its field as the client wrote it:
 * {@code level}, {@code addContracted[0].shifts[1].day}, or a query parameter's name. Micronaut's
 * own handler puts the whole path, method and argument included ({@code put.body.level}), into the
 * message and leaves the field empty.
 */
@Singleton
@Replaces(ConstraintExceptionHandler.class)
class ConstraintProblems
    implements ExceptionHandler<ConstraintViolationException, HttpResponse<?>> {

  private final ErrorResponseProcessor<?> processor;

  ConstraintProblems(ErrorResponseProcessor<?> processor) {
    this.processor = processor;
  }

  @Override
  public HttpResponse<?> handle(HttpRequest request, ConstraintViolationException exception) {
    List<Problem.FieldError> errors = new ArrayList<>();
    for (ConstraintViolation<?> violation : exception.getConstraintViolations()) {
      errors.add(
          new Problem.FieldError(field(violation.getPropertyPath()), violation.getMessage()));
    }
    errors.sort(
        Comparator.comparing((Problem.FieldError e) -> e.field() == null ? "" : e.field())
            .thenComparing(Problem.FieldError::message));
    return FieldProblems.respond(processor, request, exception, HttpResponse.badRequest(), errors);
  }

  /**
   * The path without the method and, when something inside it is at fault, without the argument
   * (the request body); a parameter at fault as a whole keeps its name. Null when nothing is left.
   */
  static String field(Path path) {
    List<Path.Node> nodes = new ArrayList<>();
    path.forEach(nodes::add);
    int first = 0;
    while (first < nodes.size()
        && (nodes.get(first).getKind() == ElementKind.METHOD
            || nodes.get(first).getKind() == ElementKind.CONSTRUCTOR)) {
      first++;
    }
    if (first < nodes.size() - 1 && nodes.get(first).getKind() == ElementKind.PARAMETER) {
      first++;
    }
    StringBuilder field = new StringBuilder();
    for (Path.Node node : nodes.subList(first, nodes.size())) {
      if (node.isInIterable()) {
        field
            .append('[')
            .append(node.getIndex() != null ? node.getIndex() : node.getKey())
            .append(']');
      }
      if (node.getKind() != ElementKind.CONTAINER_ELEMENT && node.getName() != null) {
        if (!field.isEmpty()) {
          field.append('.');
        }
        field.append(node.getName());
      }
    }
    return field.isEmpty() ? null : field.toString();
  }
}
