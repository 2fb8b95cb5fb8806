package org.medley.platform;

import io.micronaut.data.exceptions.DataAccessException;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.server.exceptions.ExceptionHandler;
import io.micronaut.http.server.exceptions.response.ErrorContext;
import io.micronaut.http.server.exceptions.response.ErrorResponseProcessor;
import jakarta.inject.Singleton;

/**
 * A failed SQL statement is answered by {@link ProblemResponses} like any server error — a lock
 * conflict there becomes 503 with Retry-After — without first being logged as an unexpected error
 * by Micronaut's route executor.
 */
@Singleton
class DataAccessProblems implements ExceptionHandler<DataAccessException, HttpResponse<?>> {

  private final ErrorResponseProcessor<?> processor;

  DataAccessProblems(ErrorResponseProcessor<?> processor) {
    this.processor = processor;
  }

  @Override
  public HttpResponse<?> handle(HttpRequest request, DataAccessException exception) {
    return processor.processResponse(
        ErrorContext.builder(request).cause(exception).build(), HttpResponse.serverError());
  }
}
