package org.medley.ebonding.internal;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Locale;
import java.util.UUID;
import org.medley.integrations.Desks;
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

  /**
   * A new connector of the demo hospital, named {@code "<name> <random>"}, made by its admin
   * through the API (webhookSecret null: none).
   */
  static ConnectorDirectory.Connector connector(DeskKind kind, String name, String webhookSecret) {
    return connector(
        kind,
        name,
        "http://127.0.0.1:9",
        "{\"type\":\"NONE\"}",
        webhookSecret == null ? "" : ",\"webhookSecret\":\"" + webhookSecret + "\"");
  }

  /**
   * A new connector of the desk at {@code baseUrl}, with {@code auth} (JSON) and {@code more} (JSON
   * members after a comma, e.g. settings).
   */
  static ConnectorDirectory.Connector connector(
      DeskKind kind, String name, String baseUrl, String auth, String more) {
    String suffix = UUID.randomUUID().toString().substring(0, 8).toUpperCase(Locale.ROOT);
    var created =
        Api.postJson(
            "/api/integrations/connectors",
            "{\"kind\":\""
                + kind
                + "\",\"name\":\""
                + name
                + " "
                + suffix
                + "\",\"baseUrl\":\""
                + baseUrl
                + "\",\"auth\":"
                + auth
                + more
                + "}",
            token("admin"));
    assertThat(created.status()).as(created.body()).isEqualTo(201);
    long id = created.json().path("id").asLong();
    return TestApp.context().getBean(ConnectorDirectory.class).find(id).orElseThrow();
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

  /** The bodies of the ticket's comments of one visibility (PUBLIC, INTERNAL), as listed. */
  static java.util.List<String> comments(long ticket, String visibility) {
    JsonNode comments = comments(ticket);
    JsonNode items = comments.has("items") ? comments.path("items") : comments;
    java.util.List<String> bodies = new java.util.ArrayList<>();
    items.forEach(
        c -> {
          if (visibility.equals(c.path("visibility").asText())) {
            bodies.add(c.path("body").asText());
          }
        });
    return bodies;
  }

  /**
   * A Request Tracker connector of the demo hospital (inserted as a row, so its retries are quick)
   * whose desk answers at {@code baseUrl}; its reference system is {@code refSystem}.
   */
  static long recordingConnector(String name, String refSystem, java.net.URI baseUrl)
      throws java.sql.SQLException {
    try (java.sql.Connection c = TestApp.connection();
        var insert =
            c.prepareStatement(
                "INSERT INTO desk_connectors (tenant_id, kind, name, ref_system, base_url,"
                    + " auth_type, settings, status_map, created_at, updated_at) VALUES"
                    + " (?, 'REQUEST_TRACKER', ?, ?, ?, 'NONE',"
                    + " '{\"retryInitial\":\"PT0.2S\",\"retryMax\":\"PT0.4S\"}', '{}',"
                    + " CURRENT_TIMESTAMP(6), CURRENT_TIMESTAMP(6))",
                java.sql.Statement.RETURN_GENERATED_KEYS)) {
      insert.setLong(1, tenant());
      insert.setString(2, name);
      insert.setString(3, refSystem);
      insert.setString(4, baseUrl.toString());
      insert.executeUpdate();
      try (var keys = insert.getGeneratedKeys()) {
        keys.next();
        return keys.getLong(1);
      }
    }
  }

  /** The demo's "Apex Legacy Support", the group of Apex's engagement. */
  static final long APEX_GROUP = 12;

  private static long apexEngagement() {
    return TestApp.queryLong(
        "SELECT engagement_id FROM engagement_groups WHERE group_id = " + APEX_GROUP);
  }

  /** Apex's engagement names {@code desk}: its group's tickets now live in that desk too. */
  static void engageApex(ConnectorDirectory.Connector desk) {
    execute(
        "UPDATE engagements SET connector_id = " + desk.id() + " WHERE id = " + apexEngagement());
  }

  /** Apex's engagement names no desk again, and {@code desk} (if any) is deleted. */
  static void disengageApex(ConnectorDirectory.Connector desk) {
    execute("UPDATE engagements SET connector_id = NULL WHERE id = " + apexEngagement());
    if (desk != null) {
      execute(
          "UPDATE desk_connectors SET deleted_at = CURRENT_TIMESTAMP(6) WHERE id = " + desk.id());
    }
  }

  /** A ticket filed by the end user and handed by the hospital's agent to Apex's group. */
  static long handedToApex(String title) {
    long ticket = partnerTicket(title); // filed, then with Northwind
    var moved =
        Api.patchJson(
            "/api/tickets/" + ticket,
            "{\"groupId\":" + APEX_GROUP + ",\"version\":" + ticket(ticket).path("version") + "}",
            token("agent"));
    assertThat(moved.status()).as(moved.body()).isEqualTo(200);
    return ticket;
  }

  private static final java.util.List<Long> LINKED = new java.util.ArrayList<>();
  private static Desks recording;

  /**
   * Names {@code connector} as the desk of Northwind's engagement (as if the desk had long held its
   * tickets: no CREATE goes out for tickets already there) until {@link #unlinkNorthwind}; what
   * Medley sends it goes to a desk that accepts everything.
   */
  static synchronized void linkNorthwind(ConnectorDirectory.Connector connector) {
    if (recording == null) {
      recording = new RecordingDesk().gateway(java.time.Clock.systemUTC()); // for the whole run
    }
    RoutingTestGateway.routeDeliveries(connector.id(), recording);
    LINKED.add(connector.id());
    execute(
        "UPDATE engagements SET connector_id = "
            + connector.id()
            + " WHERE id = (SELECT l.engagement_id FROM engagement_groups l JOIN support_groups g"
            + " ON g.id = l.group_id WHERE g.name = '"
            + NORTHWIND
            + "')");
  }

  static synchronized void unlinkNorthwind() {
    execute(
        "UPDATE engagements SET connector_id = NULL WHERE id = (SELECT l.engagement_id FROM"
            + " engagement_groups l JOIN support_groups g ON g.id = l.group_id WHERE g.name = '"
            + NORTHWIND
            + "')");
    LINKED.forEach(RoutingTestGateway::unroute);
    LINKED.clear();
  }

  /** One statement on the test database, outside the app. */
  static void execute(String sql) {
    try (var c = TestApp.connection();
        var statement = c.createStatement()) {
      statement.executeUpdate(sql);
    } catch (java.sql.SQLException e) {
      throw new IllegalStateException(e);
    }
  }

  static long count(String sql) {
    return TestApp.queryLong("SELECT COUNT(*) FROM " + sql);
  }

  /** A poller (a node named {@code node}) that knows only {@code connector}, on the app's beans. */
  static DeskPoller poller(ConnectorDirectory.Connector connector, String node) {
    ConnectorDirectory only =
        new ConnectorDirectory() {
          @Override
          public java.util.Optional<Connector> find(long tenantId, long connectorId) {
            return find(connectorId);
          }

          @Override
          public java.util.Optional<Connector> find(long connectorId) {
            return java.util.Optional.of(connector).filter(c -> c.id() == connectorId);
          }

          @Override
          public java.util.List<Connector> all() {
            return java.util.List.of(connector);
          }
        };
    return new DeskPoller(
        only,
        TestApp.context().getBean(org.medley.integrations.api.DeskGateway.class),
        TestApp.context().getBean(InboundChanges.class),
        TestApp.context().getBean(PollStates.class),
        java.time.Clock.systemUTC(),
        java.time.Duration.ZERO,
        java.time.Duration.ofMinutes(2),
        node);
  }
}
