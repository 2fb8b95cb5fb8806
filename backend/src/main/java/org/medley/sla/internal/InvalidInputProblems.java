package org.medley.sla.internal;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.server.exceptions.ExceptionHandler;
import io.micronaut.http.server.exceptions.response.Error;
import io.micronaut.http.server.exceptions.response.ErrorContext;
import io.micronaut.http.server.exceptions.response.ErrorResponseProcessor;
import jakarta.inject.Singleton;
import java.util.Optional;

/** Bad SLA input is the client's mistake: 400, one error per field. */
@Singleton
class InvalidInputProblems implements ExceptionHandler<InvalidInput, HttpResponse<?>> {

  private final ErrorResponseProcessor<?> errors;

  InvalidInputProblems(ErrorResponseProcessor<?> errors) {
    this.errors = errors;
  }

  @Override
  public HttpResponse<?> handle(HttpRequest request, InvalidInput exception) {
    var context = ErrorContext.builder(request).cause(exception);
    for (var error : exception.errors()) {
      context.error(
          new Error() {
            @Override
            public String getMessage() {
              return error.message();
            }

            @Override
            public Optional<String> getPath() {
              return Optional.of(error.field());
            }
          });
    }
    return errors.processResponse(context.build(), HttpResponse.badRequest());
  }
}
