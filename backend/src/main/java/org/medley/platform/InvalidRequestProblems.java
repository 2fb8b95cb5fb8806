package org.medley.platform;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.server.exceptions.ExceptionHandler;
import io.micronaut.http.server.exceptions.response.ErrorResponseProcessor;
import jakarta.inject.Singleton;

@Singleton
class InvalidRequestProblems implements ExceptionHandler<InvalidRequest, HttpResponse<?>> {

  private final ErrorResponseProcessor<?> processor;

  InvalidRequestProblems(ErrorResponseProcessor<?> processor) {
    this.processor = processor;
  }

  @Override
  public HttpResponse<?> handle(HttpRequest request, InvalidRequest exception) {
    return FieldProblems.respond(
        processor, request, exception, HttpResponse.badRequest(), exception.errors());
  }
}
