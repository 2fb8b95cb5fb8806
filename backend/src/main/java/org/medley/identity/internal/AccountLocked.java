package org.medley.identity.internal;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.server.exceptions.ExceptionHandler;
import io.micronaut.http.server.exceptions.response.ErrorContext;
import io.micronaut.http.server.exceptions.response.ErrorResponseProcessor;
import jakarta.inject.Singleton;
import java.time.Duration;

/** A sign-in refused because the account is locked: 429 with Retry-After. */
final class AccountLocked extends RuntimeException {

  private final Duration remaining;

  AccountLocked(Duration remaining) {
    super(message(remaining), null, false, false);
    this.remaining = remaining;
  }

  private static String message(Duration remaining) {
    long minutes = Math.max(1, (remaining.getSeconds() + 59) / 60);
    return "Too many failed sign-ins for this account. Try again in "
        + minutes
        + (minutes == 1 ? " minute" : " minutes")
        + ", or ask your Medley administrator.";
  }

  @Singleton
  static class Handler implements ExceptionHandler<AccountLocked, HttpResponse<?>> {

    private final ErrorResponseProcessor<?> errors;

    Handler(ErrorResponseProcessor<?> errors) {
      this.errors = errors;
    }

    @Override
    public HttpResponse<?> handle(HttpRequest request, AccountLocked exception) {
      return errors
          .processResponse(
              ErrorContext.builder(request).errorMessage(exception.getMessage()).build(),
              HttpResponse.status(io.micronaut.http.HttpStatus.TOO_MANY_REQUESTS))
          .header("Retry-After", String.valueOf(Math.max(1, exception.remaining.getSeconds())));
    }
  }
}
