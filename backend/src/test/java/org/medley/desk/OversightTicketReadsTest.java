package org.medley.desk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.medley.testing.Api.get;
import static org.medley.testing.Api.patchJson;
import static org.medley.testing.Api.postJson;
import static org.medley.testing.ProblemAssert.assertProblem;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.medley.testing.Api;
import org.medley.testing.TestApp;

/**
 * IT leaders and executives open the tickets behind a figure (issue #22): any ticket of their
 * hospital, read only, patient details masked (minimum necessary), no internal notes, every read of
 * a PHI ticket logged; their lists stay their own requests.
 */
class OversightTicketReadsTest {

  private static final String TITLE = "Infusion pump for MRN 5512345 shows wrong drug library";
  private static final String DESCRIPTION = "Patient John Doe, DOB 04/02/1961, bed 12";

  private static String agent;
  private static long ticket;

  @BeforeAll
  static void fileAPhiTicketWithAnInternalNote() {
    agent = TestApp.tokenFor("agent");
    long application = TestApp.queryLong("SELECT MIN(id) FROM applications");
    Api.Reply filed =
        postJson(
            "/api/tickets",
            "{\"type\":\"INCIDENT\",\"title\":\""
                + TITLE
                + "\",\"description\":\""
                + DESCRIPTION
                + "\",\"applicationId\":"
                + application
                + ",\"impact\":2,\"urgency\":2,\"phi\":true}",
            agent);
    assertThat(filed.status()).as(filed.body()).isEqualTo(201);
    ticket = filed.json().path("id").asLong();
    Api.Reply note =
        postJson(
            "/api/tickets/" + ticket + "/comments",
            "{\"body\":\"Pharmacy pushed library v12 last night\",\"visibility\":\"INTERNAL\"}",
            agent);
    assertThat(note.status()).as(note.body()).isEqualTo(201);
    Api.Reply reply =
        postJson(
            "/api/tickets/" + ticket + "/comments",
            "{\"body\":\"We are on it\",\"visibility\":\"PUBLIC\"}",
            agent);
    assertThat(reply.status()).as(reply.body()).isEqualTo(201);
  }

  @Test
  void leadersAndExecutivesReadAnyTicketMaskedWithoutInternalNotes() {
    for (String login : List.of("exec", "leader")) {
      String token = TestApp.tokenFor(login);
      String logged = "SELECT COUNT(*) FROM phi_access_log WHERE ticket_id = " + ticket;
      long before = TestApp.queryLong(logged);

      Api.Reply seen = get("/api/tickets/" + ticket, token);
      assertThat(seen.status()).as(login + ": " + seen.body()).isEqualTo(200);
      JsonNode view = seen.json();
      assertThat(view.path("title").asText()).as(login).contains("[MRN]").doesNotContain("5512345");
      assertThat(view.path("description").asText())
          .as(login)
          .doesNotContain("John Doe", "04/02/1961");
      assertThat(TestApp.queryLong(logged)).as("the read is logged").isEqualTo(before + 1);

      JsonNode comments = get("/api/tickets/" + ticket + "/comments", token).json();
      assertThat(comments.findValuesAsText("visibility")).as(login).containsOnly("PUBLIC");
      assertThat(comments.toString()).contains("We are on it").doesNotContain("Pharmacy");
      assertThat(get("/api/tickets/" + ticket + "/audit", token).status()).isEqualTo(200);
      assertThat(get("/api/tickets/" + ticket + "/sla", token).status()).isEqualTo(200);
      assertThat(get("/api/tickets?size=100&q=Infusion", token).body())
          .as("lists hold their own requests only")
          .doesNotContain("\"id\":" + ticket + ",");
    }
  }

  @Test
  void theyChangeNothingOnTicketsThatAreNotTheirs() {
    long version = TestApp.queryLong("SELECT version FROM tickets WHERE id = " + ticket);
    for (String login : List.of("exec", "leader")) {
      String token = TestApp.tokenFor(login);
      assertProblem(
          postJson(
              "/api/tickets/" + ticket + "/comments",
              "{\"body\":\"Any news?\",\"visibility\":\"PUBLIC\"}",
              token),
          403);
      assertProblem(
          postJson(
              "/api/tickets/" + ticket + "/transitions",
              "{\"to\":\"IN_PROGRESS\",\"version\":" + version + "}",
              token),
          403);
      assertProblem(
          postJson(
              "/api/tickets/" + ticket + "/transitions",
              "{\"to\":\"IN_PROGRESS\",\"version\":0}",
              token),
          403);
      assertProblem(
          patchJson(
              "/api/tickets/" + ticket,
              "{\"version\":" + version + ",\"urgency\":1,\"reason\":\"board asked\"}",
              token),
          403);
    }
    assertThat(TestApp.queryLong("SELECT version FROM tickets WHERE id = " + ticket))
        .isEqualTo(version);
    assertThat(
            TestApp.queryLong("SELECT COUNT(*) FROM ticket_comments WHERE ticket_id = " + ticket))
        .isEqualTo(2);
  }

  @Test
  void anExecutiveStillFilesAndFollowsItsOwnRequests() {
    String exec = TestApp.tokenFor("exec");
    long application = TestApp.queryLong("SELECT MIN(id) FROM applications");
    Api.Reply filed =
        postJson(
            "/api/tickets",
            "{\"type\":\"SERVICE_REQUEST\",\"title\":\"Board deck projector in room 4\",\"description\":"
                + "\"Needs HDMI\",\"applicationId\":"
                + application
                + ",\"impact\":3,\"urgency\":3,\"phi\":false}",
            exec);
    assertThat(filed.status()).as(filed.body()).isEqualTo(201);
    long own = filed.json().path("id").asLong();
    assertThat(get("/api/tickets?size=100", exec).body()).contains("\"id\":" + own + ",");
    Api.Reply comment =
        postJson(
            "/api/tickets/" + own + "/comments",
            "{\"body\":\"Any news?\",\"visibility\":\"PUBLIC\"}",
            exec);
    assertThat(comment.status()).as(comment.body()).isEqualTo(201);
  }
}
