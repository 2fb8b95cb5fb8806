package org.medley.sla.internal;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.server.exceptions.ExceptionHandler;
import io.micronaut.http.server.exceptions.response.ErrorResponseProcessor;
import jakarta.inject.Singleton;
import org.medley.platform.FieldProblems;
import org.medley.platform.Problem;
import org.medley.sla.CalendarValidationException;

/** A calendar that cannot be used is the client's mistake: 400, one error per field. */
@Singleton
class CalendarProblems implements ExceptionHandler<CalendarValidationException, HttpResponse<?>> {

  private final ErrorResponseProcessor<?> errors;

  CalendarProblems(ErrorResponseProcessor<?> errors) {
    this.errors = errors;
  }

  @Override
  public HttpResponse<?> handle(HttpRequest request, CalendarValidationException exception) {
    return FieldProblems.respond(
        errors,
        request,
        exception,
        HttpResponse.badRequest(),
        exception.errors().stream()
            .map(e -> new Problem.FieldError(e.field(), e.message()))
            .toList());
  }
}
