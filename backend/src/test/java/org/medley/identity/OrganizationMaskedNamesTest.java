package org.medley.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.medley.testing.Api.get;
import static org.medley.testing.Api.patchJson;
import static org.medley.testing.Api.postJson;
import static org.medley.testing.Api.putJson;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.medley.testing.Api;
import org.medley.testing.TestApp;
import org.medley.testing.TestUsers;

/**
 * The names the organisation lists are masked in what a partner without a business associate
 * agreement reads, and only there: the hospital's own desk reads them as written.
 */
class OrganizationMaskedNamesTest {

  private static final String SETTINGS = "/api/organization";

  private String admin;
  private String agent;
  private JsonNode before;

  @BeforeEach
  void signIn() {
    admin = TestApp.tokenFor("admin");
    agent = TestApp.tokenFor("agent");
    before = get(SETTINGS, admin).json();
  }

  @AfterEach
  void restoreTheList() {
    ObjectNode restore = get(SETTINGS, admin).json().deepCopy();
    restore.set("maskedNames", before.path("maskedNames"));
    assertThat(putJson(SETTINGS, restore.toString(), admin).status()).isEqualTo(200);
  }

  @Test
  void aPartnerWithoutAnAgreementReadsTheListedNamesMasked() throws SQLException {
    String partnerName = "Quayside IT " + UUID.randomUUID().toString().substring(0, 8);
    long group = partnerGroup(partnerName);
    String partner = TestUsers.partnerAgent("quayside-" + group, partnerName);
    long id = ticket("The bed board shows Zebediah Quill in two rooms", "Seen on 4 West");
    long version = get("/api/tickets/" + id, agent).json().path("version").asLong();
    Api.Reply moved =
        patchJson(
            "/api/tickets/" + id, "{\"version\":" + version + ",\"groupId\":" + group + "}", agent);
    assertThat(moved.status()).as(moved.body()).isEqualTo(200);

    assertThat(get("/api/tickets/" + id, partner).json().path("title").asText())
        .isEqualTo("The bed board shows Zebediah Quill in two rooms");

    ObjectNode change = get(SETTINGS, admin).json().deepCopy();
    change.putArray("maskedNames").add("Zebediah Quill");
    assertThat(putJson(SETTINGS, change.toString(), admin).status()).isEqualTo(200);

    assertThat(get("/api/tickets/" + id, partner).json().path("title").asText())
        .isEqualTo("The bed board shows [name] in two rooms");
    assertThat(get("/api/tickets/" + id, agent).json().path("title").asText())
        .isEqualTo("The bed board shows Zebediah Quill in two rooms");
  }

  private long ticket(String title, String description) {
    Api.Reply filed =
        postJson(
            "/api/tickets",
            "{\"type\":\"INCIDENT\",\"title\":\""
                + title
                + "\",\"description\":\""
                + description
                + "\",\"applicationId\":"
                + TestApp.queryLong("SELECT MIN(id) FROM applications")
                + ",\"impact\":3,\"urgency\":3,\"phi\":false}",
            agent);
    assertThat(filed.status()).as(filed.body()).isEqualTo(201);
    return filed.json().path("id").asLong();
  }

  /** A new partner of the demo hospital with an L2 group and no agreement; the group's id. */
  private static long partnerGroup(String name) throws SQLException {
    try (Connection c = TestApp.connection();
        Statement s = c.createStatement()) {
      long partner =
          insert(
              s,
              "INSERT INTO organizations (kind, name, created_at) VALUES ('PARTNER', '"
                  + name
                  + "', CURRENT_TIMESTAMP(6))");
      return insert(
          s,
          "INSERT INTO support_groups (tenant_id, name, tier, provider, partner_id, auto_assign,"
              + " created_at) SELECT id, '"
              + name
              + " Desk', 'L2', 'PARTNER', "
              + partner
              + ", FALSE, CURRENT_TIMESTAMP(6) FROM organizations WHERE name = 'Riverside"
              + " Health'");
    }
  }

  private static long insert(Statement s, String sql) throws SQLException {
    s.executeUpdate(sql, Statement.RETURN_GENERATED_KEYS);
    try (ResultSet keys = s.getGeneratedKeys()) {
      keys.next();
      return keys.getLong(1);
    }
  }
}
