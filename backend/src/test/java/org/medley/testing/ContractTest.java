package org.medley.testing;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The contract check itself, on exchanges made up here: it must notice what the document denies.
 */
class ContractTest {

  private static final Map<String, List<String>> JSON =
      Map.of("Content-Type", List.of("application/json"));
  private static final Map<String, List<String>> PROBLEM =
      Map.of("Content-Type", List.of("application/problem+json"));
  private static final String A_PROBLEM =
      "{\"type\":\"about:blank\",\"title\":\"Bad Request\",\"status\":400,\"errors\":[]}";

  private static Contract.Exchange exchange(
      String method,
      String path,
      String body,
      int status,
      Map<String, List<String>> headers,
      String answer) {
    return new Contract.Exchange(
        method,
        URI.create("http://127.0.0.1:1" + path),
        JSON,
        body == null ? null : body.getBytes(StandardCharsets.UTF_8),
        status,
        headers,
        answer == null ? null : answer.getBytes(StandardCharsets.UTF_8));
  }

  @Test
  void aDocumentedProblemPasses() {
    assertThat(Contract.problems(exchange("POST", "/api/tickets", "{}", 400, PROBLEM, A_PROBLEM)))
        .isEmpty();
  }

  @Test
  void anUndocumentedStatusIsCaught() {
    assertThat(Contract.problems(exchange("GET", "/api/me", null, 500, PROBLEM, A_PROBLEM)))
        .singleElement()
        .asString()
        .contains("status");
  }

  @Test
  void aSuccessMissingRequiredFieldsIsCaught() {
    assertThat(Contract.problems(exchange("GET", "/api/tickets/1", null, 200, JSON, "{}")))
        .isNotEmpty();
  }

  @Test
  void anErrorAsPlainJsonIsCaught() {
    assertThat(Contract.problems(exchange("GET", "/api/tickets/1", null, 404, JSON, A_PROBLEM)))
        .anyMatch(problem -> problem.contains("contentType"));
  }

  @Test
  void anInvalidRequestCountsOnlyWhenTheServerAcceptedIt() {
    String invalid = "{\"type\":\"INCIDENT\"}";
    assertThat(
            Contract.problems(exchange("POST", "/api/tickets", invalid, 400, PROBLEM, A_PROBLEM)))
        .isEmpty();
    assertThat(Contract.problems(exchange("POST", "/api/tickets", invalid, 201, JSON, "{}")))
        .anyMatch(problem -> problem.contains("validation.request.body"));
  }

  @Test
  void probesOfMissingRoutesAreOutsideTheDocument() {
    assertThat(Contract.problems(exchange("GET", "/api/nothing", null, 404, PROBLEM, A_PROBLEM)))
        .isNull();
    assertThat(Contract.problems(exchange("GET", "/api/nothing", null, 200, JSON, "{}")))
        .singleElement()
        .asString()
        .contains("no such operation");
  }
}
