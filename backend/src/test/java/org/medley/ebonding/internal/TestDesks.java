package org.medley.ebonding.internal;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Locale;
import java.util.UUID;
import org.medley.integrations.api.DeskKind;
import org.medley.testing.Api;
import org.medley.testing.TestApp;

/**
 * Fixtures of the inbound tests: a connector of the demo hospital, a ticket its partner (Northwind)
 * holds, and the ticket's id in the connector's desk. Each call makes new ones, so tests share
 * nothing.
 */
final class TestDesks {

  static final String NORTHWIND = "Northwind Overnight Desk";

  private static final java.util.Map<String, String> TOKENS =
      new java.util.concurrent.ConcurrentHashMap<>();

  private TestDesks() {}

  static String token(String user) {
    return TOKENS.computeIfAbsent(user, TestApp::tokenFor);
  }

  static long tenant() {
    return TestApp.queryLong(
        "SELECT tenant_id FROM support_groups WHERE name = '" + NORTHWIND + "'");
  }

  /** A new connector of the demo hospital, named {@code "<name> <random>"}. */
  static ConnectorDirectory.Connector connector(DeskKind kind, String name, String webhookSecret) {
    String suffix = UUID.randomUUID().toString().substring(0, 8).toUpperCase(Locale.ROOT);
    Timestamp now = Timestamp.from(Instant.now());
    try (var c = TestApp.connection();
        var insert =
            c.prepareStatement(
                "INSERT INTO desk_connectors (tenant_id, kind, name, ref_system, base_url,"
                    + " auth_type, webhook_secret, settings, status_map, created_at, updated_at)"
                    + " VALUES (?,?,?,?,?,?,?,?,?,?,?)",
                java.sql.Statement.RETURN_GENERATED_KEYS)) {
      insert.setLong(1, tenant());
      insert.setString(2, kind.name());
      insert.setString(3, name + " " + suffix);
      insert.setString(4, "NW-" + suffix);
      insert.setString(5, "http://127.0.0.1:9");
      insert.setString(6, "NONE");
      insert.setString(7, webhookSecret);
      insert.setString(8, "{}");
      insert.setString(9, "{}");
      insert.setTimestamp(10, now);
      insert.setTimestamp(11, now);
      insert.executeUpdate();
      try (var keys = insert.getGeneratedKeys()) {
        keys.next();
        long id = keys.getLong(1);
        return TestApp.context().getBean(ConnectorDirectory.class).find(id).orElseThrow();
      }
    } catch (java.sql.SQLException e) {
      throw new IllegalStateException(e);
    }
  }

  /** A ticket the end user filed, moved by the hospital's agent to Northwind's group. */
  static long partnerTicket(String title) {
    String enduser = token("enduser");
    long ticket =
        Api.postJson(
                "/api/tickets",
                "{\"type\":\"INCIDENT\",\"title\":\""
                    + title
                    + "\",\"description\":\"x\",\"applicationId\":"
                    + TestApp.queryLong("SELECT MIN(id) FROM applications")
                    + ",\"impact\":3,\"urgency\":3}",
                enduser)
            .json()
            .path("id")
            .asLong();
    long northwind =
        TestApp.queryLong("SELECT id FROM support_groups WHERE name = '" + NORTHWIND + "'");
    var moved =
        Api.patchJson(
            "/api/tickets/" + ticket,
            "{\"groupId\":" + northwind + ",\"version\":" + ticket(ticket).path("version") + "}",
            token("agent"));
    assertThat(moved.status()).as(moved.body()).isEqualTo(200);
    return ticket;
  }

  /** Records the ticket's id in the connector's desk, as the hospital's agent would. */
  static void reference(long ticket, ConnectorDirectory.Connector connector, String externalId) {
    var put =
        Api.putJson(
            "/api/tickets/" + ticket + "/external-references/" + connector.refSystem(),
            "{\"externalId\":\"" + externalId + "\"}",
            token("agent"));
    assertThat(put.status()).as(put.body()).isEqualTo(200);
  }

  static JsonNode ticket(long ticket) {
    return Api.get("/api/tickets/" + ticket, token("agent")).json();
  }

  static JsonNode comments(long ticket) {
    return Api.get("/api/tickets/" + ticket + "/comments", token("agent")).json();
  }

  static long count(String sql) {
    return TestApp.queryLong("SELECT COUNT(*) FROM " + sql);
  }
}
