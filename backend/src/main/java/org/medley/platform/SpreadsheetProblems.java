package org.medley.platform;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.server.exceptions.ExceptionHandler;
import io.micronaut.serde.annotation.Serdeable;
import jakarta.inject.Singleton;
import java.util.List;

/** How every import answers a file it could not read ({@link Spreadsheet.Rejected}): 422. */
final class SpreadsheetProblems {

  private SpreadsheetProblems() {}

  /** A refused import as problem+json: {@code rows} lists line, column and message. */
  @Serdeable
  record ImportProblem(
      String type,
      String title,
      int status,
      String detail,
      String instance,
      List<Problem.FieldError> errors,
      List<Spreadsheet.RowError> rows) {}

  @Singleton
  static class RejectedHandler
      implements ExceptionHandler<Spreadsheet.Rejected, HttpResponse<ImportProblem>> {

    private static final int SHOWN = 1_000;

    @Override
    public HttpResponse<ImportProblem> handle(HttpRequest request, Spreadsheet.Rejected rejected) {
      List<Spreadsheet.RowError> rows = rejected.errors.stream().limit(SHOWN).toList();
      int count = rejected.errors.size();
      String detail =
          (count == 1 ? "1 problem" : count + " problems")
              + (count > SHOWN ? " (the first " + SHOWN + " listed)" : "")
              + "; nothing was imported. "
              + describe(rows.get(0));
      ImportProblem problem =
          new ImportProblem(
              "about:blank",
              "The file was not imported",
              HttpStatus.UNPROCESSABLE_ENTITY.getCode(),
              detail,
              request.getPath(),
              rows.stream()
                  .map(
                      r ->
                          new Problem.FieldError(
                              "line " + r.line() + (r.column() == null ? "" : ", " + r.column()),
                              r.message()))
                  .toList(),
              rows);
      return HttpResponse.<ImportProblem>status(HttpStatus.UNPROCESSABLE_ENTITY)
          .body(problem)
          .contentType(Problem.MEDIA_TYPE);
    }

    private static String describe(Spreadsheet.RowError error) {
      return "Line "
          + error.line()
          + (error.column() == null ? "" : ", column " + error.column())
          + ": "
          + error.message();
    }
  }
}
