package org.medley.ebonding;

import static org.assertj.core.api.Assertions.assertThat;
import static org.medley.testing.Api.get;
import static org.medley.testing.Api.postJson;
import static org.medley.testing.Api.putJson;
import static org.medley.testing.ProblemAssert.assertProblem;

import com.fasterxml.jackson.databind.JsonNode;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.medley.ebonding.internal.ConnectorDirectory;
import org.medley.testing.Api;
import org.medley.testing.TestApp;
import org.medley.testing.TestUsers;

/**
 * Admins manage partner-desk connectors through the API on the real database: secrets go in and
 * never come out (not in any answer, not in the clear in the table, not in the audit), changes are
 * optimistic, another hospital's connectors do not exist, and every malformed field is named.
 */
class ConnectorApiTest {

  private static final String CONNECTORS = "/api/integrations/connectors";
  private static final String TOKEN = "rt-token-" + UUID.randomUUID();
  private static final String WEBHOOK = "hook-secret-" + UUID.randomUUID();
  private static final String PASSWORD = "pw-" + UUID.randomUUID();

  private static String admin;
  private static String agent;
  private static String outsider;
  private static long tenant;
  private static final List<Long> made = new ArrayList<>();

  @BeforeAll
  static void setUp() {
    admin = TestApp.tokenFor("admin");
    agent = TestApp.tokenFor("agent");
    outsider = TestUsers.otherTenant("connectors-outsider", "admin,agent");
    tenant = TestApp.queryLong("SELECT id FROM organizations WHERE name = 'Riverside Health'");
  }

  @AfterAll
  static void tearDown() throws SQLException {
    try (Connection c = TestApp.connection();
        Statement s = c.createStatement()) {
      for (long id : made) {
        s.executeUpdate("UPDATE engagements SET connector_id = NULL WHERE connector_id = " + id);
        s.executeUpdate("DELETE FROM ebonding_audit WHERE connector_id = " + id);
        s.executeUpdate("DELETE FROM desk_connectors WHERE id = " + id);
      }
    }
  }

  static String unique(String what) {
    return "Zz " + what + " " + UUID.randomUUID().toString().substring(0, 8);
  }

  static String rtBody(String name) {
    return "{\"kind\":\"REQUEST_TRACKER\",\"name\":\""
        + name
        + "\",\"baseUrl\":\"https://rt.northwind.example/\","
        + "\"auth\":{\"type\":\"TOKEN\",\"token\":\""
        + TOKEN
        + "\"},\"settings\":{\"queue\":\"Hospital\",\"retryInitial\":\"PT2S\","
        + "\"retryMax\":\"PT1M\",\"maxAttempts\":\"7\",\"pollInterval\":\"PT30S\"},"
        + "\"statusMap\":{\"inbound\":{\"Stalled\":\"ON_HOLD\"},"
        + "\"outbound\":{\"PENDING\":\"stalled\"}},"
        + "\"webhookSecret\":\""
        + WEBHOOK
        + "\"}";
  }

  static JsonNode create(String body) {
    Api.Reply created = postJson(CONNECTORS, body, admin);
    assertThat(created.status()).as(created.body()).isEqualTo(201);
    made.add(created.json().path("id").asLong());
    return created.json();
  }

  static Api.Reply delete(String path, String token) {
    return Api.send(
        Api.request(path)
            .DELETE()
            .header("Accept", "application/json")
            .header("Authorization", "Bearer " + token)
            .build());
  }

  static List<String> fields(Api.Reply reply, int status) {
    return assertProblem(reply, status).json().path("errors").findValuesAsText("field");
  }

  @Test
  void anAdminAddsAConnectorAndReadsItBackWithoutItsSecrets() {
    String name = unique("Northwind RT");
    Api.Reply created = postJson(CONNECTORS, rtBody(name), admin);
    assertThat(created.status()).as(created.body()).isEqualTo(201);
    JsonNode c = created.json();
    long id = c.path("id").asLong();
    made.add(id);

    assertThat(created.header("Location")).isEqualTo(CONNECTORS + "/" + id);
    assertThat(c.path("kind").asText()).isEqualTo("REQUEST_TRACKER");
    assertThat(c.path("name").asText()).isEqualTo(name);
    assertThat(c.path("refSystem").asText()).matches("ZZ-NORTHWIND-RT-[0-9A-F]{8}");
    assertThat(c.path("baseUrl").asText()).isEqualTo("https://rt.northwind.example");
    assertThat(c.path("auth").path("type").asText()).isEqualTo("TOKEN");
    assertThat(c.path("auth").path("secretSet").asBoolean()).isTrue();
    assertThat(c.path("webhookSecretSet").asBoolean()).isTrue();
    assertThat(c.path("webhookUrl").asText()).endsWith("/api/integrations/" + id + "/webhook");
    assertThat(c.path("settings").path("queue").asText()).isEqualTo("Hospital");
    assertThat(c.path("statusMap").path("inbound").path("stalled").asText()).isEqualTo("ON_HOLD");
    assertThat(c.path("statusMap").path("outbound").path("PENDING").asText()).isEqualTo("stalled");
    assertThat(c.path("version").asLong()).isZero();

    Api.Reply one = get(CONNECTORS + "/" + id, admin);
    Api.Reply list = get(CONNECTORS + "?q=" + name.substring(name.length() - 8), admin);
    Api.Reply byKind = get(CONNECTORS + "?kind=SERVICENOW&size=200", admin);
    for (Api.Reply reply : List.of(created, one, list)) {
      assertThat(reply.status()).isEqualTo(200 + (reply == created ? 1 : 0));
      assertThat(reply.body()).doesNotContain(TOKEN).doesNotContain(WEBHOOK);
    }
    assertThat(one.json().path("name").asText()).isEqualTo(name);
    assertThat(list.json().path("total").asLong()).isEqualTo(1);
    assertThat(list.json().path("items").get(0).path("id").asLong()).isEqualTo(id);
    assertThat(byKind.json().path("items").findValuesAsText("id")).doesNotContain("" + id);

    // Stored sealed: neither secret is in the row in the clear.
    String authSecret =
        TestApp.queryString("SELECT auth_secret FROM desk_connectors WHERE id = " + id);
    String webhook =
        TestApp.queryString("SELECT webhook_secret FROM desk_connectors WHERE id = " + id);
    assertThat(authSecret).startsWith("v1:").doesNotContain(TOKEN);
    assertThat(webhook).startsWith("v1:").doesNotContain(WEBHOOK);
    assertThat(TestApp.queryString("SELECT auth_public FROM desk_connectors WHERE id = " + id))
        .doesNotContain(TOKEN);

    // The pipeline reads them opened, with the delivery settings.
    ConnectorDirectory.Connector stored =
        TestApp.context().getBean(ConnectorDirectory.class).find(tenant, id).orElseThrow();
    assertThat(stored.connection().auth().token()).isEqualTo(TOKEN);
    assertThat(stored.webhookSecret()).isEqualTo(WEBHOOK);
    assertThat(stored.refSystem()).isEqualTo(c.path("refSystem").asText());
    assertThat(stored.delivery())
        .isEqualTo(
            new ConnectorDirectory.Delivery(Duration.ofSeconds(2), Duration.ofMinutes(1), 7));
    assertThat(
            TestApp.queryString(
                "SELECT action FROM ebonding_audit WHERE connector_id = " + id + " ORDER BY id"))
        .isEqualTo("CREATED");
  }

  @Test
  void aChangeKeepsTheSecretsLeftOutAndRefusesAStaleVersionOrAnotherKind() {
    String name = unique("ServiceNow");
    JsonNode c =
        create(
            "{\"kind\":\"SERVICENOW\",\"name\":\""
                + name
                + "\",\"baseUrl\":\"https://acme.service-now.example\","
                + "\"auth\":{\"type\":\"BASIC\",\"username\":\"medley\",\"password\":\""
                + PASSWORD
                + "\"},\"webhookSecret\":\""
                + WEBHOOK
                + "\"}");
    long id = c.path("id").asLong();
    String refSystem = c.path("refSystem").asText();
    String renamed = unique("ServiceNow renamed");
    String change =
        "{\"name\":\""
            + renamed
            + "\",\"baseUrl\":\"https://acme2.service-now.example\","
            + "\"auth\":{\"type\":\"BASIC\",\"username\":\"medley2\"},"
            + "\"settings\":{\"assignmentGroup\":\"Hospital IT\"},\"version\":";

    Api.Reply changed = putJson(CONNECTORS + "/" + id, change + "0}", admin);
    assertThat(changed.status()).as(changed.body()).isEqualTo(200);
    assertThat(changed.json().path("name").asText()).isEqualTo(renamed);
    assertThat(changed.json().path("refSystem").asText()).isEqualTo(refSystem);
    assertThat(changed.json().path("auth").path("username").asText()).isEqualTo("medley2");
    assertThat(changed.json().path("auth").path("secretSet").asBoolean()).isTrue();
    assertThat(changed.json().path("webhookSecretSet").asBoolean()).isTrue();
    assertThat(changed.json().path("version").asLong()).isEqualTo(1);
    assertThat(changed.body()).doesNotContain(PASSWORD).doesNotContain(WEBHOOK);
    ConnectorDirectory.Connector stored =
        TestApp.context().getBean(ConnectorDirectory.class).find(id).orElseThrow();
    assertThat(stored.connection().auth().password()).isEqualTo(PASSWORD);
    assertThat(stored.connection().auth().username()).isEqualTo("medley2");
    assertThat(stored.webhookSecret()).isEqualTo(WEBHOOK);
    assertThat(stored.delivery()).isEqualTo(ConnectorDirectory.Delivery.DEFAULTS);

    assertThat(fields(putJson(CONNECTORS + "/" + id, change + "0}", admin), 409))
        .containsExactly("version");
    assertThat(
            fields(
                putJson(
                    CONNECTORS + "/" + id,
                    change.replace("{\"name\"", "{\"kind\":\"JIRA_SM\",\"name\"") + "1}",
                    admin),
                400))
        .containsExactly("kind");
    assertThat(
            fields(
                putJson(CONNECTORS + "/" + id, change.replace(",\"version\":", "}"), admin), 400))
        .containsExactly("version");

    // A new secret replaces the old; "" removes the webhook secret; switching to TOKEN needs one.
    Api.Reply rotated =
        putJson(
            CONNECTORS + "/" + id,
            change
                    .replace(
                        "\"username\":\"medley2\"",
                        "\"username\":\"medley2\",\"password\":\"new-pw\"")
                    .replace(",\"version\":", ",\"webhookSecret\":\"\",\"version\":")
                + "1}",
            admin);
    assertThat(rotated.status()).as(rotated.body()).isEqualTo(200);
    assertThat(rotated.json().path("webhookSecretSet").asBoolean()).isFalse();
    stored = TestApp.context().getBean(ConnectorDirectory.class).find(id).orElseThrow();
    assertThat(stored.connection().auth().password()).isEqualTo("new-pw");
    assertThat(stored.webhookSecret()).isNull();
    assertThat(
            fields(
                putJson(
                    CONNECTORS + "/" + id,
                    change.replace(
                            "\"type\":\"BASIC\",\"username\":\"medley2\"", "\"type\":\"TOKEN\"")
                        + "2}",
                    admin),
                400))
        .containsExactly("auth.token");

    String audit =
        TestApp.queryString(
            "SELECT GROUP_CONCAT(CONCAT(action, ': ', detail) ORDER BY id SEPARATOR '\\n')"
                + " FROM ebonding_audit WHERE connector_id = "
                + id);
    assertThat(audit)
        .contains("CREATED: ", "CHANGED: name: " + name + " → " + renamed, "auth secret replaced")
        .contains("webhook secret removed")
        .doesNotContain(PASSWORD)
        .doesNotContain(WEBHOOK)
        .doesNotContain("new-pw");
  }

  @Test
  void deletingNeedsTheVersionAndNoEngagementRelyingOnTheConnector() throws SQLException {
    String name = unique("Jira");
    JsonNode c =
        create(
            "{\"kind\":\"JIRA_SM\",\"name\":\""
                + name
                + "\",\"baseUrl\":\"https://northwind.atlassian.example\","
                + "\"auth\":{\"type\":\"BASIC\",\"username\":\"it@northwind.example\","
                + "\"password\":\""
                + PASSWORD
                + "\"},\"settings\":{\"serviceDeskId\":\"4\",\"requestTypeId\":\"17\"}}");
    long id = c.path("id").asLong();
    long engagement =
        TestApp.queryLong(
            "SELECT engagement_id FROM engagement_groups WHERE group_id ="
                + " (SELECT id FROM support_groups WHERE name = 'Northwind Overnight Desk')");
    String engagementName =
        TestApp.queryString("SELECT name FROM engagements WHERE id = " + engagement);
    try (Connection db = TestApp.connection();
        Statement s = db.createStatement()) {
      s.executeUpdate("UPDATE engagements SET connector_id = " + id + " WHERE id = " + engagement);
      Api.Reply held = delete(CONNECTORS + "/" + id + "?version=0", admin);
      assertThat(assertProblem(held, 409).body()).contains(engagementName);
      s.executeUpdate("UPDATE engagements SET connector_id = NULL WHERE id = " + engagement);
    }

    assertThat(fields(delete(CONNECTORS + "/" + id + "?version=3", admin), 409))
        .containsExactly("version");
    assertProblem(delete(CONNECTORS + "/" + id, admin), 400);
    assertThat(delete(CONNECTORS + "/" + id + "?version=0", admin).status()).isEqualTo(204);

    assertProblem(get(CONNECTORS + "/" + id, admin), 404);
    assertProblem(delete(CONNECTORS + "/" + id + "?version=1", admin), 404);
    assertThat(get(CONNECTORS + "?size=200", admin).json().path("items").findValuesAsText("id"))
        .doesNotContain("" + id);
    assertThat(TestApp.context().getBean(ConnectorDirectory.class).find(id)).isEmpty();
    // Kept for the history that names it, secrets wiped; the name is free again, the system not.
    assertThat(
            TestApp.queryLong(
                "SELECT COUNT(*) FROM desk_connectors WHERE deleted_at IS NOT NULL AND"
                    + " auth_secret IS NULL AND id = "
                    + id))
        .isEqualTo(1);
    JsonNode again =
        create(
            "{\"kind\":\"JIRA_SM\",\"name\":\""
                + name
                + "\",\"baseUrl\":\"https://northwind.atlassian.example\","
                + "\"auth\":{\"type\":\"NONE\"}}");
    assertThat(again.path("refSystem").asText()).isEqualTo(c.path("refSystem").asText() + "-2");
    assertThat(
            TestApp.queryString(
                "SELECT GROUP_CONCAT(action ORDER BY id) FROM ebonding_audit WHERE connector_id = "
                    + id))
        .isEqualTo("CREATED,DELETED");
  }

  @Test
  void aTakenNameIsAConflictNamingTheField() {
    String name = unique("Taken");
    create(rtBody(name));
    assertThat(fields(postJson(CONNECTORS, rtBody(name.toUpperCase()), admin), 409))
        .containsExactly("name");
  }

  @Test
  void testingAConnectionAnswersWhatTheDeskSaidAndIsAudited() {
    long id =
        create(
                rtBody(unique("Unreachable"))
                    .replace("https://rt.northwind.example/", "http://127.0.0.1:9"))
            .path("id")
            .asLong();

    Api.Reply tested = postJson(CONNECTORS + "/" + id + "/test", "", admin);

    assertThat(tested.status()).as(tested.body()).isEqualTo(200);
    assertThat(tested.json().path("ok").asBoolean()).isFalse();
    assertThat(tested.json().path("detail").asText()).isNotBlank();
    assertThat(tested.json().path("millis").asLong()).isNotNegative();
    assertThat(tested.body()).doesNotContain(TOKEN);
    String audit =
        TestApp.queryString(
            "SELECT detail FROM ebonding_audit WHERE action = 'TESTED' AND connector_id = " + id);
    assertThat(audit).startsWith("failed in ").doesNotContain(TOKEN);
  }

  @Test
  void anotherHealthSystemsAdminFindsNoSuchConnector() {
    long id = create(rtBody(unique("Private"))).path("id").asLong();
    String path = CONNECTORS + "/" + id;

    assertProblem(get(path, outsider), 404);
    assertProblem(
        putJson(path, rtBody(unique("Hijack")).replaceFirst("}$", ",\"version\":0}"), outsider),
        404);
    assertProblem(delete(path + "?version=0", outsider), 404);
    assertProblem(postJson(path + "/test", "", outsider), 404);
    assertThat(get(CONNECTORS + "?size=200", outsider).json().path("items").findValuesAsText("id"))
        .doesNotContain("" + id);
    assertThat(get(path, admin).json().path("version").asLong()).isZero();
  }

  @Test
  void onlyAdminsManageConnectors() {
    long id = create(rtBody(unique("Admins only"))).path("id").asLong();

    assertProblem(get(CONNECTORS, agent), 403);
    assertProblem(get(CONNECTORS + "/" + id, agent), 403);
    assertProblem(postJson(CONNECTORS, rtBody(unique("Agent")), agent), 403);
    assertProblem(postJson(CONNECTORS + "/" + id + "/test", "", agent), 403);
    assertProblem(delete(CONNECTORS + "/" + id + "?version=0", agent), 403);
    assertProblem(get(CONNECTORS, null), 401);
  }

  @Test
  void everyMalformedFieldIsNamed() {
    assertThat(fields(postJson(CONNECTORS, "{}", admin), 400))
        .containsExactlyInAnyOrder("kind", "name", "baseUrl", "auth.type");
    assertThat(
            fields(
                postJson(
                    CONNECTORS,
                    "{\"kind\":\"SERVICENOW\",\"name\":\""
                        + "n".repeat(121)
                        + "\",\"baseUrl\":\"ftp://desk.example\","
                        + "\"auth\":{\"type\":\"OAUTH2_CLIENT\",\"clientId\":\"c\","
                        + "\"tokenUrl\":\"/oauth\",\"token\":\"t\"},"
                        + "\"settings\":{\"retryInitial\":\"5 seconds\",\"maxAttempts\":\"0\","
                        + "\"pollInterval\":\"PT1S\",\"bad key\":\"x\"},"
                        + "\"statusMap\":{\"inbound\":{\"done\":\"FIXED\"},"
                        + "\"outbound\":{\"SOLVED\":\"closed\"}}}",
                    admin),
                400))
        .containsExactlyInAnyOrder(
            "name",
            "baseUrl",
            "auth.tokenUrl",
            "auth.clientSecret",
            "auth.token",
            "settings.retryInitial",
            "settings.maxAttempts",
            "settings.pollInterval",
            "settings",
            "statusMap.inbound.done",
            "statusMap.outbound.SOLVED");
    StringBuilder many = new StringBuilder();
    for (int i = 0; i < 51; i++) {
      many.append("\"k").append(i).append("\":\"v\",");
    }
    assertThat(
            fields(
                postJson(
                    CONNECTORS,
                    rtBody(unique("Many")).replace("\"settings\":{", "\"settings\":{" + many),
                    admin),
                400))
        .containsExactly("settings");
    assertThat(
            fields(
                postJson(
                    CONNECTORS,
                    rtBody(unique("Long")).replace("\"Hospital\"", "\"" + "q".repeat(501) + "\""),
                    admin),
                400))
        .containsExactly("settings.queue");
    assertThat(
            fields(
                postJson(
                    CONNECTORS, rtBody(unique("Retry")).replace("\"PT1M\"", "\"PT1S\""), admin),
                400))
        .containsExactly("settings.retryMax");
    // Wrong JSON types and unknown kinds are refused, not coerced.
    for (String wrong :
        List.of(
            rtBody(unique("Typed")).replace("\"kind\":\"REQUEST_TRACKER\"", "\"kind\":\"FAX\""),
            rtBody(unique("Typed")).replaceFirst("\"name\":\"[^\"]*\"", "\"name\":5"),
            rtBody(unique("Typed")).replace("\"queue\":\"Hospital\"", "\"queue\":1"),
            rtBody(unique("Typed")).replaceFirst("\"settings\":\\{[^}]*}", "\"settings\":\"x\""),
            rtBody(unique("Typed"))
                .replace("\"auth\":{", "\"auth\":[{")
                .replace("},\"settings\"", "}],\"settings\""),
            "[]",
            "{\"kind\":")) {
      assertProblem(postJson(CONNECTORS, wrong, admin), 400);
    }
    assertThat(get(CONNECTORS + "?kind=FAX", admin).status()).isEqualTo(400);
  }
}
