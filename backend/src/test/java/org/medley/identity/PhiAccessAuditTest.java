package org.medley.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.medley.testing.Api.get;
import static org.medley.testing.Api.patchJson;
import static org.medley.testing.Api.postJson;
import static org.medley.testing.ProblemAssert.assertProblem;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpRequest;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.medley.testing.Api;
import org.medley.testing.TestApp;
import org.medley.testing.TestUsers;

/** Every read path of a PHI-flagged ticket leaves a row; the log itself cannot be changed. */
class PhiAccessAuditTest {

  private static String admin;
  private static String agent;
  private static String partner;
  private static String enduser;

  @BeforeAll
  static void signIn() {
    admin = TestApp.tokenFor("admin");
    agent = TestApp.tokenFor("agent");
    partner = TestApp.tokenFor("partner");
    enduser = TestApp.tokenFor("enduser");
  }

  private static JsonNode file(boolean phi, String title) {
    long app = applicationId();
    Api.Reply created =
        postJson(
            "/api/tickets",
            "{\"type\":\"INCIDENT\",\"title\":\""
                + title
                + "\",\"description\":\"MRN 00123456 chart locked\",\"applicationId\":"
                + app
                + ",\"impact\":2,\"urgency\":2,\"phi\":"
                + phi
                + "}",
            enduser);
    assertThat(created.status()).as(created.body()).isEqualTo(201);
    return created.json();
  }

  private static long applicationId() {
    return TestApp.queryLong("SELECT MIN(id) FROM applications");
  }

  private static JsonNode log(String ticketNumber) {
    return get("/api/phi-access?ticket=" + ticketNumber + "&size=100", admin).json();
  }

  @Test
  void everyReadOfAPhiTicketIsRecordedWithWhoWhatAndHow() {
    JsonNode ticket = file(true, "Chart locked " + UUID.randomUUID());
    long id = ticket.path("id").asLong();
    String number = ticket.path("number").asText();
    get("/api/tickets/" + id, agent);
    get("/api/tickets/" + id + "/comments", agent);
    get("/api/tickets?q=" + number, agent);
    patchJson("/api/tickets/" + id, "{\"version\":0,\"groupId\":" + northwind() + "}", agent);
    get("/api/tickets/" + id, partner);

    JsonNode entries = log(number);
    String all = entries.toString();
    assertThat(entries.path("total").asLong()).isGreaterThanOrEqualTo(6); // filing answer included
    assertThat(all).contains("\"username\":\"enduser\"", "\"username\":\"agent\"");
    assertThat(all).contains("title,description,resolution", "comments", "\"fields\":\"title\"");
    assertThat(all).contains("\"channel\":\"PARTNER_PORTAL\"", "\"username\":\"partner\"");
    assertThat(entries.path("items").get(0).path("clientAddress").asText()).isNotBlank();

    String csv = csv("/api/phi-access/export.csv?ticket=" + number, admin).body();
    assertThat(csv)
        .startsWith(
            "at,username,name,organization_id,organization,ticket,fields,channel,client_address");
    assertThat(csv).contains(number).contains("PARTNER_PORTAL");
  }

  @Test
  void ticketsWithoutPhiLeaveNoTrace() {
    JsonNode ticket = file(false, "Printer jam " + UUID.randomUUID());
    get("/api/tickets/" + ticket.path("id").asLong(), agent);
    assertThat(log(ticket.path("number").asText()).path("total").asLong()).isZero();
  }

  @Test
  void theLogCanBeReadByAdminsOnlyAndChangedByNobody() {
    assertProblem(get("/api/phi-access", agent), 403);
    assertProblem(get("/api/phi-access", partner), 403);
    assertProblem(csv("/api/phi-access/export.csv", enduser), 403);
    assertProblem(get("/api/phi-access?from=yesterday", admin), 400);
    for (String method : new String[] {"DELETE", "PUT", "PATCH", "POST"}) {
      Api.Reply reply =
          Api.send(
              Api.request("/api/phi-access")
                  .method(method, HttpRequest.BodyPublishers.ofString("{}"))
                  .header("Authorization", "Bearer " + admin)
                  .header("Content-Type", "application/json")
                  .build());
      assertThat(reply.status()).as(method).isIn(404, 405);
    }
    String outsider = TestUsers.otherTenant("lakeside-compliance", "admin");
    assertThat(get("/api/phi-access", outsider).json().path("total").asLong()).isZero();
  }

  private static Api.Reply csv(String path, String token) {
    return Api.send(
        Api.request(path)
            .GET()
            .header("Accept", "text/csv")
            .header("Authorization", "Bearer " + token)
            .build());
  }

  private static long northwind() {
    try (var c = TestApp.connection();
        var rows =
            c.createStatement()
                .executeQuery(
                    "SELECT id FROM support_groups WHERE name = 'Northwind Overnight Desk'")) {
      rows.next();
      return rows.getLong(1);
    } catch (java.sql.SQLException e) {
      throw new IllegalStateException(e);
    }
  }
}
