package org.medley.platform;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.data.connection.jdbc.exceptions.CannotGetJdbcConnectionException;
import io.micronaut.data.exceptions.DataAccessException;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.server.exceptions.response.ErrorContext;
import java.net.SocketTimeoutException;
import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLTransactionRollbackException;
import java.sql.SQLTransientConnectionException;
import org.junit.jupiter.api.Test;

class ProblemResponsesTest {

  @Test
  void clientMessagesLoseJavaTypesAndParserLocations() {
    String raw =
        "Failed to convert argument [request] for value [null] due to: Cannot deserialize value of"
            + " type `org.medley.calendar.internal.CalendarController$DeadlineRequest` due to: Unable to"
            + " coerce string to integer \n at [Source: REDACTED (`StreamReadFeature` disabled);"
            + " line: 1, column: 50]";
    String clean = ProblemResponses.clean(raw);
    assertThat(clean)
        .doesNotContain("org.medley")
        .doesNotContain("Source:")
        .endsWith("Unable to coerce string to integer");
  }

  @Test
  void emptyMessagesStillSaySomething() {
    assertThat(ProblemResponses.clean(null)).isEqualTo("Invalid request.");
    assertThat(ProblemResponses.clean("  ")).isEqualTo("Invalid request.");
  }

  @Test
  void longMessagesAreCut() {
    assertThat(ProblemResponses.clean("x".repeat(5000))).hasSizeLessThan(510);
  }

  @Test
  void aLockConflictLeftAfterTheRetriesIs503WithRetryAfterNot500() {
    var response =
        new ProblemResponses()
            .processResponse(
                ErrorContext.builder(HttpRequest.POST("/api/tickets/7/comments", ""))
                    .cause(
                        new DataAccessException(
                            "Error executing SQL",
                            new SQLTransactionRollbackException(
                                "Deadlock found when trying to get lock", "40001", 1213)))
                    .build(),
                HttpResponse.serverError());
    assertThat(response.getStatus().getCode()).isEqualTo(503);
    assertThat(response.getHeaders().get("Retry-After")).isEqualTo("1");
    assertThat(response.getContentType())
        .hasValueSatisfying(type -> assertThat(type.toString()).isEqualTo(Problem.MEDIA_TYPE));
    assertThat(response.body().detail()).contains("Try again");
  }

  @Test
  void lockWaitTimeoutsOnMariaDbAndH2AreLockConflictsAndOtherErrorsAreNot() {
    assertThat(LockConflicts.among(new SQLException("Lock wait timeout exceeded", "HY000", 1205)))
        .isTrue();
    assertThat(
            LockConflicts.among(new SQLException("Timeout trying to lock table", "HYT00", 50200)))
        .isTrue();
    assertThat(LockConflicts.among(new SQLException("Duplicate entry", "23000", 1062))).isFalse();
    assertThat(LockConflicts.among(new IllegalStateException("no SQL at all"))).isFalse();
    var otherFailure =
        new ProblemResponses()
            .processResponse(
                ErrorContext.builder(HttpRequest.GET("/api/tickets"))
                    .cause(new DataAccessException("Error", new SQLException("bad", "42000", 1064)))
                    .build(),
                HttpResponse.serverError());
    assertThat(otherFailure.getStatus().getCode()).isEqualTo(500);
  }

  @Test
  void noConnectionForARequestIs503WithRetryAfterAndSaysNothingOfTheDriver() {
    var response =
        new ProblemResponses()
            .processResponse(
                ErrorContext.builder(HttpRequest.POST("/api/tickets", ""))
                    .cause(
                        new CannotGetJdbcConnectionException(
                            "Failed to obtain JDBC Connection",
                            new SQLTransientConnectionException(
                                "HikariPool-1 - Connection is not available, request timed out"
                                    + " after 500ms (total=0, active=0, idle=0, waiting=0)")))
                    .build(),
                HttpResponse.serverError());
    assertThat(response.getStatus().getCode()).isEqualTo(503);
    assertThat(response.getHeaders().get("Retry-After")).isEqualTo("5");
    assertThat(response.getContentType())
        .hasValueSatisfying(type -> assertThat(type.toString()).isEqualTo(Problem.MEDIA_TYPE));
    assertThat(response.body().detail())
        .isEqualTo("The database is not reachable; try again shortly.");
  }

  @Test
  void theDatabaseOutOfReachIsWhatThePoolOrTheDriverSaysSo() {
    // The pool waited its connection-timeout; the driver lost its connection (SQLSTATE 08xxx).
    assertThat(DatabaseUnreachable.among(new SQLTransientConnectionException("timed out")))
        .isTrue();
    assertThat(
            DatabaseUnreachable.among(
                new DataAccessException(
                    "Error executing SQL",
                    new SQLNonTransientConnectionException("Socket error", "08000"))))
        .isTrue();
    assertThat(
            DatabaseUnreachable.among(
                new SQLException("Communications link failure", "08S01", 0, null)))
        .isTrue();
    // A partner desk that timed out, a bad statement or a lock conflict is not the database.
    assertThat(DatabaseUnreachable.among(new SocketTimeoutException("Read timed out"))).isFalse();
    assertThat(DatabaseUnreachable.among(new SQLException("bad", "42000", 1064))).isFalse();
    assertThat(DatabaseUnreachable.among(new SQLTransactionRollbackException("Deadlock", "40001")))
        .isFalse();
  }

  @Test
  void aLogLineOfAnOutageIsOneShortLine() {
    String line =
        DatabaseUnreachable.summary(
            new CannotGetJdbcConnectionException(
                "Failed to obtain JDBC Connection",
                new SQLTransientConnectionException(
                    "HikariPool-1 - Connection is not available,\n request timed out "
                        + "x".repeat(1000))));
    assertThat(line)
        .startsWith("SQLTransientConnectionException: HikariPool-1")
        .hasSizeLessThan(310);
    assertThat(line).doesNotContain("\n");
  }
}
