package org.medley.desk.internal;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.server.exceptions.ExceptionHandler;
import io.micronaut.serde.annotation.Serdeable;
import jakarta.inject.Singleton;
import java.util.List;
import org.medley.platform.Problem;

/** How the desk's refusals read on the wire: RFC 9457 problems naming the field or the version. */
final class DeskProblems {

  private DeskProblems() {}

  /** 409 with the version to reload, so a client can refresh and retry without guessing. */
  @Serdeable
  record StaleProblem(
      String type,
      String title,
      int status,
      String detail,
      String instance,
      List<Problem.FieldError> errors,
      long currentVersion) {}

  @Singleton
  static class Stale implements ExceptionHandler<StaleTicket, HttpResponse<?>> {
    @Override
    public HttpResponse<?> handle(HttpRequest request, StaleTicket exception) {
      MutableHttpResponse<StaleProblem> response =
          HttpResponse.status(HttpStatus.CONFLICT)
              .body(
                  new StaleProblem(
                      "about:blank",
                      HttpStatus.CONFLICT.getReason(),
                      409,
                      exception.getMessage(),
                      request.getPath(),
                      List.of(),
                      exception.currentVersion()));
      return response
          .contentType(Problem.MEDIA_TYPE)
          .header("ETag", "\"" + exception.currentVersion() + "\"");
    }
  }
}
