package org.medley.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.medley.testing.Api.get;
import static org.medley.testing.Api.patchJson;
import static org.medley.testing.Api.postJson;
import static org.medley.testing.ProblemAssert.assertProblem;

import java.sql.SQLException;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.medley.testing.Api;
import org.medley.testing.TestApp;

/**
 * Input is read as sent, on every endpoint: no coercion of JSON types, no text that is not text.
 * Each refusal is a 400 naming the field, and nothing is stored.
 */
class StrictInputApiTest {

  private static String agent;
  private static long application;

  @BeforeAll
  static void signIn() throws SQLException {
    agent = TestApp.tokenFor("agent");
    try (var c = TestApp.connection();
        var s = c.prepareStatement("SELECT id FROM applications ORDER BY id LIMIT 1")) {
      var rs = s.executeQuery();
      rs.next();
      application = rs.getLong(1);
    }
  }

  /** A valid ticket with {@code field} (a JSON member, quoted) replaced by {@code json}. */
  private static String ticket(String marker, String field, String json) {
    String body =
        "{\"type\":\"INCIDENT\",\"title\":\""
            + marker
            + "\",\"description\":\"Printer offline "
            + marker
            + "\",\"applicationId\":"
            + application
            + ",\"impact\":2,\"urgency\":2,\"phi\":false}";
    return body.replaceFirst(
        "\"" + field + "\":(\"[^\"]*\"|[^,}]*)",
        java.util.regex.Matcher.quoteReplacement("\"" + field + "\":" + json));
  }

  private static long ticketsMentioning(String marker) throws SQLException {
    try (var c = TestApp.connection();
        var s = c.prepareStatement("SELECT COUNT(*) FROM tickets WHERE description LIKE ?")) {
      s.setString(1, "%" + marker + "%");
      var rs = s.executeQuery();
      rs.next();
      return rs.getLong(1);
    }
  }

  @ParameterizedTest(name = "{0} = {1}")
  @CsvSource(
      delimiter = '|',
      quoteCharacter = '~',
      value = {
        // text that is not storable text
        "title | \"Printer \\u0000 offline\"",
        "title | \"Printer \\ud800 offline\"",
        "title | \"Printer \\udc00\\ud800 offline\"",
        // numbers that are not integers, strings that are not strings
        "impact | 3.5",
        "impact | true",
        "impact | \"2\"",
        "urgency | 1e0",
        "impact | 4294967297",
        "applicationId | 1.5",
        "applicationId | \"1\"",
        "title | [\"Printer\"]",
        "title | 5",
        "title | {}",
        "type | [\"INCIDENT\"]",
        "type | 1",
        "type | \"incident\"",
        "phi | 0"
      })
  void aTicketWithAWrongValueIsRefusedNamingTheField(String field, String json)
      throws SQLException {
    String marker = "strict-" + UUID.randomUUID();
    Api.Reply reply =
        assertProblem(postJson("/api/tickets", ticket(marker, field, json), agent), 400);
    assertThat(reply.json().path("errors").get(0).path("field").asText()).isEqualTo(field);
    assertThat(reply.json().path("detail").asText()).startsWith(field + ": ");
    assertThat(ticketsMentioning(marker)).isZero();
  }

  @Test
  void theValidTicketTheseCasesStartFromIsAccepted() throws SQLException {
    String marker = "strict-" + UUID.randomUUID();
    Api.Reply created =
        postJson("/api/tickets", ticket(marker, "title", "\"ok \\ud83d\\ude00\""), agent);
    assertThat(created.status()).as(created.body()).isEqualTo(201);
    assertThat(created.json().path("title").asText()).isEqualTo("ok \uD83D\uDE00");
    assertThat(ticketsMentioning(marker)).isOne();
  }

  @Test
  void changesCommentsAndSignInAreJustAsStrict() {
    String marker = "strict-" + UUID.randomUUID();
    long id =
        postJson("/api/tickets", ticket(marker, "title", "\"Target\""), agent)
            .json()
            .path("id")
            .asLong();
    String path = "/api/tickets/" + id;
    assertField(patchJson(path, "{\"version\":\"0\",\"title\":\"x\"}", agent), "version");
    assertField(patchJson(path, "{\"version\":0,\"title\":\"a\\u0000\"}", agent), "title");
    assertField(patchJson(path, "{\"version\":0,\"urgency\":2.0}", agent), "urgency");
    assertField(postJson(path + "/comments", "{\"body\":\"\\udfff\"}", agent), "body");
    assertField(postJson(path + "/comments", "{\"body\":[\"hello\"]}", agent), "body");
    assertField(
        postJson(path + "/comments", "{\"body\":\"hi\",\"visibility\":[\"PUBLIC\"]}", agent),
        "visibility");
    var unchanged = get(path, agent).json();
    assertThat(unchanged.path("title").asText()).isEqualTo("Target");
    assertThat(unchanged.path("version").asLong()).isZero();
    assertThat(get(path + "/comments", agent).body()).doesNotContain("hello");

    assertField(
        postJson("/login", "{\"username\":[\"agent\"],\"password\":[\"demo\"]}", null), "username");
    assertField(postJson("/login", "{\"username\":\"agent\",\"password\":1234}", null), "password");
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      quoteCharacter = '~',
      value = {
        "\"capacityHours\":\"40\" | addContracted[0].capacityHours",
        "\"capacityHours\":true | addContracted[0].capacityHours",
        "\"level\":3.5 | addContracted[0].skills[0].level",
        "\"level\":\"3\" | addContracted[0].skills[0].level",
        "\"applicationId\":[1] | addContracted[0].skills[0].applicationId",
        "\"day\":[\"MONDAY\"] | addContracted[0].shifts[0].day"
      })
  void nestedValuesAreNamedByTheirPath(String wrong, String path) {
    String what =
        "{\"addContracted\":[{\"name\":\"Pat\",\"capacityHours\":40,\"zone\":\"UTC\","
            + "\"shifts\":[{\"day\":\"MONDAY\",\"from\":\"07:00\",\"to\":\"15:00\"}],"
            + "\"skills\":[{\"applicationId\":"
            + application
            + ",\"level\":3}]}]}";
    String leader = TestApp.tokenFor("leader");
    assertThat(postJson("/api/coverage/what-if", what, leader).status()).isEqualTo(200);
    String field = wrong.substring(0, wrong.indexOf(':'));
    String bad =
        what.replaceFirst(
            java.util.regex.Pattern.quote(field) + ":(\"[^\"]*\"|[^,}]*)",
            java.util.regex.Matcher.quoteReplacement(wrong));
    assertThat(bad).isNotEqualTo(what);
    assertField(postJson("/api/coverage/what-if", bad, leader), path);
  }

  @Test
  void queryParametersAreTextToo() {
    assertField(get("/api/tickets?q=printer%00", agent), "q");
    assertField(get("/api/staff?q=%00", agent), "q");
    assertField(get("/api/tickets?a%00b=1", agent), "query");
    assertThat(get("/api/tickets?q=printer", agent).status()).isEqualTo(200);
  }

  /** Found by OpenApiFuzzTest: {@code ?retired=../x} was read as false and answered 200. */
  @Test
  void booleanQueryParametersAreTrueOrFalse() {
    String admin = TestApp.tokenFor("admin");
    assertField(get("/api/support-groups/settings?retired=maybe", admin), "retired");
    assertField(get("/api/support-groups/settings?retired=1", admin), "retired");
    assertField(get("/api/users?enabled=yes", admin), "enabled");
    assertThat(get("/api/support-groups/settings?retired=true", admin).status()).isEqualTo(200);
    assertThat(get("/api/users?enabled=false", admin).status()).isEqualTo(200);
    assertThat(get("/api/users?enabled=", admin).status()).as("empty: absent").isEqualTo(200);
  }

  private static void assertField(Api.Reply reply, String field) {
    assertProblem(reply, 400);
    assertThat(reply.json().path("errors").findValuesAsText("field"))
        .as(reply.body())
        .contains(field);
  }
}
