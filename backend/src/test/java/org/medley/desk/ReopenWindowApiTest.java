package org.medley.desk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.medley.testing.Api.get;
import static org.medley.testing.Api.postJson;
import static org.medley.testing.Api.putJson;
import static org.medley.testing.ProblemAssert.assertProblem;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.medley.testing.Api;
import org.medley.testing.TestApp;

/** A requester reopens a resolved ticket within the window the organisation set, and not after. */
class ReopenWindowApiTest {

  private static final String SETTINGS = "/api/organization";

  private String admin;
  private String agent;
  private String enduser;
  private JsonNode before;

  @BeforeEach
  void signIn() {
    admin = TestApp.tokenFor("admin");
    agent = TestApp.tokenFor("agent");
    enduser = TestApp.tokenFor("enduser");
    before = get(SETTINGS, admin).json();
  }

  @AfterEach
  void restoreTheWindow() {
    window(before.path("reopenWindow").asText());
  }

  @Test
  void aResolvedTicketReopensWithinTheOrganisationsWindowAndNotAfter() {
    window("P3D");
    long inside = resolvedDaysAgo(2);
    Api.Reply reopened = reopen(inside);
    assertThat(reopened.status()).as(reopened.body()).isEqualTo(200);
    assertThat(reopened.json().path("status").asText()).isEqualTo("IN_PROGRESS");
    assertThat(reopened.json().path("reopenCount").asInt()).isEqualTo(1);

    window("P1D");
    long outside = resolvedDaysAgo(2);
    assertThat(assertProblem(reopen(outside), 409).body())
        .contains("more than 1 day ago", "file a new ticket");
    assertThat(get("/api/tickets/" + outside, enduser).json().path("status").asText())
        .isEqualTo("RESOLVED");

    // The same ticket reopens once the admin widens the window again.
    window("P7D");
    assertThat(reopen(outside).status()).isEqualTo(200);
  }

  private void window(String window) {
    ObjectNode change = get(SETTINGS, admin).json().deepCopy();
    change.put("reopenWindow", window);
    Api.Reply saved = putJson(SETTINGS, change.toString(), admin);
    assertThat(saved.status()).as(saved.body()).isEqualTo(200);
  }

  /** A ticket the end user filed, resolved by the desk the given number of days ago. */
  private long resolvedDaysAgo(int days) {
    Api.Reply filed =
        postJson(
            "/api/tickets",
            "{\"type\":\"INCIDENT\",\"title\":\"Label printer jams "
                + UUID.randomUUID()
                + "\",\"description\":\"Ward 3 printer\",\"applicationId\":"
                + TestApp.queryLong("SELECT MIN(id) FROM applications WHERE triage = FALSE")
                + ",\"impact\":3,\"urgency\":3,\"phi\":false}",
            enduser);
    assertThat(filed.status()).as(filed.body()).isEqualTo(201);
    long id = filed.json().path("id").asLong();
    transition(id, "{\"to\":\"IN_PROGRESS\"}", agent);
    transition(
        id,
        "{\"to\":\"RESOLVED\",\"resolutionCode\":\"FIXED\",\"resolution\":\"Cleared the jam\"}",
        agent);
    try (Connection c = TestApp.connection();
        Statement s = c.createStatement()) {
      s.executeUpdate(
          "UPDATE tickets SET resolved_at = TIMESTAMPADD(DAY, -"
              + days
              + ", resolved_at) WHERE id = "
              + id);
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
    return id;
  }

  private Api.Reply reopen(long id) {
    return postJson(
        "/api/tickets/" + id + "/transitions",
        "{\"to\":\"IN_PROGRESS\",\"reason\":\"It jams again\"}",
        enduser);
  }

  private static void transition(long id, String body, String token) {
    Api.Reply reply = postJson("/api/tickets/" + id + "/transitions", body, token);
    assertThat(reply.status()).as(reply.body()).isEqualTo(200);
  }
}
