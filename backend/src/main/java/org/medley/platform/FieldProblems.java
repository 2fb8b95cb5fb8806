package org.medley.platform;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.server.exceptions.response.Error;
import io.micronaut.http.server.exceptions.response.ErrorContext;
import io.micronaut.http.server.exceptions.response.ErrorResponseProcessor;
import java.util.List;
import java.util.Optional;

/**
 * A feature's refusal as problem+json naming each offending field: the one way exception handlers
 * hand their field errors to {@link ProblemResponses}.
 */
public final class FieldProblems {

  private FieldProblems() {}

  public static MutableHttpResponse<?> respond(
      ErrorResponseProcessor<?> processor,
      HttpRequest<?> request,
      Throwable cause,
      MutableHttpResponse<?> status,
      List<Problem.FieldError> errors) {
    var context = ErrorContext.builder(request).cause(cause);
    for (Problem.FieldError error : errors) {
      context.error(
          new Error() {
            @Override
            public String getMessage() {
              return error.message();
            }

            @Override
            public Optional<String> getPath() {
              return Optional.ofNullable(error.field());
            }
          });
    }
    return processor.processResponse(context.build(), status);
  }
}
