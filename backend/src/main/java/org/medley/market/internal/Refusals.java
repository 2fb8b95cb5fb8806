package org.medley.market.internal;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.server.exceptions.ExceptionHandler;
import io.micronaut.http.server.exceptions.response.ErrorResponseProcessor;
import jakarta.inject.Singleton;
import org.medley.market.Refused;
import org.medley.platform.FieldProblems;
import org.medley.platform.Problem;

/**
 * A refused marketplace request on the wire: 400 naming each field, or 409 when it is the state.
 */
@Singleton
class Refusals implements ExceptionHandler<Refused, HttpResponse<?>> {

  private final ErrorResponseProcessor<?> errors;

  Refusals(ErrorResponseProcessor<?> errors) {
    this.errors = errors;
  }

  @Override
  public HttpResponse<?> handle(HttpRequest request, Refused refused) {
    return FieldProblems.respond(
        errors,
        request,
        refused,
        refused.conflict() ? HttpResponse.status(HttpStatus.CONFLICT) : HttpResponse.badRequest(),
        refused.refusals().stream()
            .map(r -> new Problem.FieldError(r.field(), r.message()))
            .toList());
  }
}
