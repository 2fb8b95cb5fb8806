package org.medley.desk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.medley.testing.Api.get;
import static org.medley.testing.ProblemAssert.assertProblem;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpRequest;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.medley.testing.Api;
import org.medley.testing.TestApp;
import org.medley.testing.TestUsers;

/** Partner and vendor ids on tickets: set, find, change, remove, audited, one ticket each. */
class ReferenceApiTest {

  private static String enduser;
  private static String agent;

  @BeforeAll
  static void signIn() throws Exception {
    enduser = TestApp.tokenFor("enduser");
    agent = TestApp.tokenFor("agent");
    AttachmentApiTest.signIn();
  }

  static Api.Reply put(long ticket, String system, String body, String token) {
    return Api.send(
        Api.request("/api/tickets/" + ticket + "/external-references/" + system)
            .header("Authorization", "Bearer " + token)
            .header("Content-Type", "application/json")
            .header("Accept", "application/json")
            .PUT(HttpRequest.BodyPublishers.ofString(body))
            .build());
  }

  static Api.Reply delete(long ticket, String system, String token) {
    return Api.send(
        Api.request("/api/tickets/" + ticket + "/external-references/" + system)
            .header("Authorization", "Bearer " + token)
            .header("Accept", "application/json")
            .DELETE()
            .build());
  }

  @Test
  void aVendorCaseNumberIsSetFoundChangedAndRemoved() {
    long ticket = AttachmentApiTest.file("Vendor case " + UUID.randomUUID()).path("id").asLong();
    String caseNumber = "SR-" + UUID.randomUUID().toString().substring(0, 8);

    Api.Reply set = put(ticket, "epic", "{\"externalId\":\"" + caseNumber + "\"}", agent);
    assertThat(set.status()).as(set.body()).isEqualTo(200);
    assertThat(set.json().findValuesAsText("system")).containsExactly("EPIC");
    assertThat(set.json().findValuesAsText("externalId")).containsExactly(caseNumber);
    Api.Reply again = put(ticket, "EPIC", "{\"externalId\":\"" + caseNumber + "\"}", agent);
    assertThat(again.status())
        .as("setting it again changes nothing: " + again.body())
        .isEqualTo(200);

    // The ticket view shows it, and the list finds the ticket by it (system in any case).
    JsonNode view = get("/api/tickets/" + ticket, enduser).json();
    assertThat(view.path("externalReferences").findValuesAsText("externalId"))
        .containsExactly(caseNumber);
    JsonNode found = get("/api/tickets?externalRef=Epic:" + caseNumber, agent).json();
    assertThat(found.path("items").findValuesAsText("id")).containsExactly(String.valueOf(ticket));
    assertThat(
            get("/api/tickets?externalRef=EPIC:nope-" + UUID.randomUUID(), agent)
                .json()
                .path("total")
                .asLong())
        .isZero();

    // Changing it is one audit line with old and new; removing it another.
    put(ticket, "EPIC", "{\"externalId\":\"" + caseNumber + "-2\"}", agent);
    assertThat(delete(ticket, "EPIC", agent).status()).isEqualTo(204);
    assertThat(delete(ticket, "EPIC", agent).status()).isEqualTo(204);
    assertThat(get("/api/tickets/" + ticket + "/external-references", agent).json().size())
        .isZero();
    JsonNode audit = get("/api/tickets/" + ticket + "/audit", agent).json();
    assertThat(audit.findValuesAsText("action"))
        .containsSubsequence("REFERENCE_ADDED", "REFERENCE_CHANGED", "REFERENCE_REMOVED");
    assertThat(audit.findValuesAsText("oldValue")).contains(caseNumber);
  }

  @Test
  void aReferenceNamesOneTicketOnly() {
    long first = AttachmentApiTest.file("First " + UUID.randomUUID()).path("id").asLong();
    long second = AttachmentApiTest.file("Second " + UUID.randomUUID()).path("id").asLong();
    String ref = "{\"externalId\":\"NW-" + UUID.randomUUID() + "\"}";
    assertThat(put(first, "NORTHWIND", ref, agent).status()).isEqualTo(200);
    Api.Reply taken = put(second, "NORTHWIND", ref, agent);
    assertProblem(taken, 409);
    assertThat(taken.body()).contains("already names another ticket");
    // The same id in another system is a different reference.
    assertThat(put(second, "SERVICENOW", ref, agent).status()).isEqualTo(200);
  }

  @Test
  void badInputAndTheWrongCallersAnswerProblems() {
    long ticket = AttachmentApiTest.file("Refs bad " + UUID.randomUUID()).path("id").asLong();
    assertProblem(put(ticket, "EPIC", "{}", agent), 400);
    assertProblem(put(ticket, "EPIC", "{\"externalId\":\"\"}", agent), 400);
    assertProblem(put(ticket, "EPIC", "{\"externalId\":{\"a\":1}}", agent), 400);
    assertProblem(put(ticket, "EPIC", "{\"externalId\":\"" + "x".repeat(121) + "\"}", agent), 400);
    assertProblem(put(ticket, "EPIC", "not json", agent), 400);
    assertProblem(put(ticket, "bad%20system!", "{\"externalId\":\"A\"}", agent), 400);
    assertProblem(put(ticket, "x".repeat(61), "{\"externalId\":\"A\"}", agent), 400);
    assertProblem(put(999_999_999L, "EPIC", "{\"externalId\":\"A\"}", agent), 404);
    assertProblem(get("/api/tickets/abc/external-references", agent), 400);
    assertProblem(get("/api/tickets?externalRef=no-colon", agent), 400);
    assertProblem(get("/api/tickets?externalRef=:x", agent), 400);
    // The requester follows the ticket but does not change its references.
    assertProblem(put(ticket, "EPIC", "{\"externalId\":\"A\"}", enduser), 403);
    String outsider = TestUsers.otherTenant("lakeside-refs", "agent");
    assertProblem(put(ticket, "EPIC", "{\"externalId\":\"A\"}", outsider), 404);
    assertProblem(get("/api/tickets/" + ticket + "/external-references", outsider), 404);
    assertProblem(delete(ticket, "EPIC", outsider), 404);
  }
}
