package org.medley.platform;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.server.exceptions.ExceptionHandler;
import io.micronaut.http.server.exceptions.response.ErrorResponseProcessor;
import jakarta.inject.Singleton;

/** Every feature's {@link Refused} as problem+json naming each field, with the kind's status. */
@Singleton
class RefusedProblems implements ExceptionHandler<Refused, HttpResponse<?>> {

  private final ErrorResponseProcessor<?> processor;

  RefusedProblems(ErrorResponseProcessor<?> processor) {
    this.processor = processor;
  }

  @Override
  public HttpResponse<?> handle(HttpRequest request, Refused exception) {
    return FieldProblems.respond(
        processor,
        request,
        exception,
        HttpResponse.status(exception.kind().status()),
        exception.errors());
  }
}
