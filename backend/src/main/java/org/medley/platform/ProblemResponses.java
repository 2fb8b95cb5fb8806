package org.medley.platform;

import io.micronaut.context.annotation.Replaces;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.server.exceptions.response.ErrorContext;
import io.micronaut.http.server.exceptions.response.ErrorResponseProcessor;
import jakarta.inject.Singleton;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Every error Medley answers — bad JSON, failed validation, missing token, unknown route, a bug —
 * is an RFC 9457 {@code application/problem+json} document. Server errors say nothing about their
 * cause; client errors say what to fix, without Java type names.
 */
@Singleton
@Replaces(ErrorResponseProcessor.class)
class ProblemResponses implements ErrorResponseProcessor<Problem> {

  private static final Logger LOG = LoggerFactory.getLogger(ProblemResponses.class);

  // `org.medley.identity.internal.LoginController$LoginRequest` and the like: internal detail.
  private static final Pattern JAVA_TYPE =
      Pattern.compile("`?\\b(?:[a-z_][a-z0-9_]*\\.){2,}[A-Za-z_$][\\w$]*`?");
  // Jackson's location suffix (" at [Source: REDACTED …; line: 1, column: 50]") says nothing
  // useful.
  private static final Pattern PARSER_LOCATION = Pattern.compile("(?s)\\s*at \\[Source:.*$");
  private static final int MAX_DETAIL = 500;

  /** Seconds a client waits before trying again after a lock conflict outlasted the retries. */
  static final String RETRY_AFTER_SECONDS = "1";

  /**
   * Seconds a client waits before trying again while the database is out of reach: long enough not
   * to hammer a recovering server, short enough that a restarted database is used within seconds.
   */
  static final String UNREACHABLE_RETRY_AFTER_SECONDS = "5";

  static final String UNREACHABLE_DETAIL = "The database is not reachable; try again shortly.";

  @Override
  public MutableHttpResponse<Problem> processResponse(
      ErrorContext context, MutableHttpResponse<?> response) {
    if (response.getStatus().getCode() >= 500
        && context.getRootCause().filter(LockConflicts::among).isPresent()) {
      response.status(HttpStatus.SERVICE_UNAVAILABLE).header("Retry-After", RETRY_AFTER_SECONDS);
    } else if (response.getStatus().getCode() >= 500
        && context.getRootCause().filter(DatabaseUnreachable::among).isPresent()) {
      response
          .status(HttpStatus.SERVICE_UNAVAILABLE)
          .header("Retry-After", UNREACHABLE_RETRY_AFTER_SECONDS);
    }
    HttpStatus status = response.getStatus();
    Problem problem = problemFor(context, status);
    return response.body(problem).contentType(Problem.MEDIA_TYPE);
  }

  static Problem problemFor(ErrorContext context, HttpStatus status) {
    String instance = context.getRequest().getPath();
    if (status == HttpStatus.SERVICE_UNAVAILABLE
        && context.getRootCause().filter(LockConflicts::among).isPresent()) {
      // Not a fault: the database broke a lock conflict and the retries met it again.
      LOG.warn(
          "{} {} gave up after lock conflicts: {}",
          context.getRequest().getMethodName(),
          instance,
          context.getRootCause().get().getMessage());
      return new Problem(
          "about:blank",
          status.getReason(),
          status.getCode(),
          "Other changes to the same records were in the way, so nothing was saved. Try again in a"
              + " moment.",
          instance,
          List.of());
    }
    if (status == HttpStatus.SERVICE_UNAVAILABLE
        && context.getRootCause().filter(DatabaseUnreachable::among).isPresent()) {
      // Not a fault of Medley: one line, not a stack trace per request of an outage.
      LOG.warn(
          "{} {} answered 503: the database is not reachable ({})",
          context.getRequest().getMethodName(),
          instance,
          DatabaseUnreachable.summary(context.getRootCause().get()));
      return new Problem(
          "about:blank",
          status.getReason(),
          status.getCode(),
          UNREACHABLE_DETAIL,
          instance,
          List.of());
    }
    if (status.getCode() >= 500) {
      context
          .getRootCause()
          .ifPresent(
              e -> LOG.error("{} {} failed", context.getRequest().getMethodName(), instance, e));
      return new Problem(
          "about:blank",
          status.getReason(),
          status.getCode(),
          "Medley could not complete this request. It has been logged; try again shortly.",
          instance,
          List.of());
    }
    List<Problem.FieldError> errors =
        JsonPaths.fieldError(context.getRootCause().orElse(null))
            .map(List::of)
            .orElseGet(
                () ->
                    context.getErrors().stream()
                        .map(
                            e ->
                                new Problem.FieldError(
                                    e.getPath().orElse(null), clean(e.getMessage())))
                        .toList());
    String detail =
        errors.isEmpty()
            ? defaultDetail(status)
            : errors.stream()
                .map(e -> e.field() == null ? e.message() : e.field() + ": " + e.message())
                .collect(Collectors.joining("; "));
    return new Problem(
        "about:blank", status.getReason(), status.getCode(), truncate(detail), instance, errors);
  }

  private static String defaultDetail(HttpStatus status) {
    return switch (status) {
      case UNAUTHORIZED -> "Sign in first: this needs a valid bearer token.";
      case FORBIDDEN -> "Your role does not allow this.";
      case NOT_FOUND -> "There is nothing here.";
      case METHOD_NOT_ALLOWED -> "This resource does not support that method.";
      case REQUEST_ENTITY_TOO_LARGE -> "The request body is too large.";
      case UNSUPPORTED_MEDIA_TYPE -> "Send JSON (Content-Type: application/json).";
      default -> status.getReason();
    };
  }

  static String clean(String message) {
    if (message == null || message.isBlank()) {
      return "Invalid request.";
    }
    String withoutTypes = JAVA_TYPE.matcher(message).replaceAll("the request");
    return truncate(PARSER_LOCATION.matcher(withoutTypes).replaceAll("").strip());
  }

  private static String truncate(String text) {
    return text.length() <= MAX_DETAIL ? text : text.substring(0, MAX_DETAIL) + "…";
  }
}
