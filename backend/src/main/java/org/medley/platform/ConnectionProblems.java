package org.medley.platform;

import io.micronaut.data.connection.jdbc.exceptions.CannotGetJdbcConnectionException;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.server.exceptions.ExceptionHandler;
import io.micronaut.http.server.exceptions.response.ErrorContext;
import io.micronaut.http.server.exceptions.response.ErrorResponseProcessor;
import jakarta.inject.Singleton;

/**
 * No connection could be had for a request's transaction — the database out of reach, see {@link
 * DatabaseUnreachable} — is answered by {@link ProblemResponses} (503 with Retry-After), without
 * first being logged with its stack trace as an unexpected error by Micronaut's route executor:
 * during an outage every request fails this way.
 */
@Singleton
class ConnectionProblems
    implements ExceptionHandler<CannotGetJdbcConnectionException, HttpResponse<?>> {

  private final ErrorResponseProcessor<?> processor;

  ConnectionProblems(ErrorResponseProcessor<?> processor) {
    this.processor = processor;
  }

  @Override
  public HttpResponse<?> handle(HttpRequest request, CannotGetJdbcConnectionException exception) {
    return processor.processResponse(
        ErrorContext.builder(request).cause(exception).build(), HttpResponse.serverError());
  }
}
