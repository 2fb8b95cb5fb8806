package org.medley.desk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.medley.testing.Api.get;
import static org.medley.testing.Api.patchJson;
import static org.medley.testing.Api.postJson;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.List;
import java.util.Random;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.medley.testing.Api;
import org.medley.testing.TestApp;
import org.medley.testing.TestUsers;

/**
 * A partner without a business associate agreement searches the masked text of its tickets: a
 * search for an MRN, a patient's name or a phone number in one of its own tickets finds nothing, so
 * the search cannot tell it which tickets mention them. With an agreement, and for the hospital's
 * own agents, the same search finds the ticket.
 */
class MaskedSearchTest {

  private static String agent;
  private static String withoutAgreement;
  private static String withAgreement;
  private static long quayGroup;
  private static long pierGroup;

  /** Unique per run, so other tests' tickets never match. */
  private static final Random RANDOM = new Random();

  @BeforeAll
  static void fixtures() throws SQLException {
    agent = TestApp.tokenFor("agent");
    String admin = TestApp.tokenFor("admin");
    String suffix = UUID.randomUUID().toString().substring(0, 8);
    long quay;
    long pier;
    try (Connection c = TestApp.connection()) {
      quay = partner(c, "Quay Staffing " + suffix);
      pier = partner(c, "Pier Managed Services " + suffix);
      quayGroup = group(c, quay, "Quay Staffing " + suffix + " Desk");
      pierGroup = group(c, pier, "Pier Managed Services " + suffix + " Desk");
    }
    withoutAgreement = TestUsers.partnerAgent("quay-" + quay, "Quay Staffing " + suffix);
    withAgreement = TestUsers.partnerAgent("pier-" + pier, "Pier Managed Services " + suffix);
    Api.Reply agreement =
        postJson(
            "/api/business-associate-agreements",
            "{\"partnerId\":"
                + pier
                + ",\"reference\":\"BAA-PIER\",\"effectiveFrom\":\""
                + LocalDate.now().minusDays(1)
                + "\"}",
            admin);
    assertThat(agreement.status()).as(agreement.body()).isEqualTo(201);
  }

  /** The identifiers one ticket carries, and a plain word that is no identifier. */
  private record Filed(long id, String mrn, String surname, String phone, String word) {}

  @Test
  void aPartnerWithoutAnAgreementFindsNothingBySearchingAnIdentifierOfItsOwnTicket() {
    Filed ticket = file(quayGroup);

    for (String identifier : List.of(ticket.mrn(), ticket.surname(), ticket.phone())) {
      assertThat(found(identifier, withoutAgreement))
          .as("searching %s without an agreement", identifier)
          .doesNotContain(ticket.id());
      assertThat(found(identifier, agent))
          .as("the hospital's agent searching %s", identifier)
          .contains(ticket.id());
    }
    // The same partner still finds the ticket by what is no identifier: its search works.
    assertThat(found(ticket.word(), withoutAgreement)).containsExactly(ticket.id());
    // A comment's identifier stays unsearchable too.
    String commentMrn = mrn();
    Api.Reply commented =
        postJson(
            "/api/tickets/" + ticket.id() + "/comments",
            "{\"body\":\"Second chart, MRN " + commentMrn + "\",\"visibility\":\"PUBLIC\"}",
            agent);
    assertThat(commented.status()).as(commented.body()).isEqualTo(201);
    assertThat(found(commentMrn, withoutAgreement)).isEmpty();
    assertThat(found(commentMrn, agent)).containsExactly(ticket.id());
  }

  @Test
  void aPartnerUnderAnAgreementFindsItsTicketByTheSameIdentifiers() {
    Filed ticket = file(pierGroup);

    for (String identifier : List.of(ticket.mrn(), ticket.surname(), ticket.phone())) {
      assertThat(found(identifier, withAgreement))
          .as("searching %s under an agreement", identifier)
          .containsExactly(ticket.id());
    }
    // Another partner's ticket stays out of its search whatever it types.
    Filed other = file(quayGroup);
    assertThat(found(other.word(), withAgreement)).isEmpty();
  }

  @Test
  void aTitleEditedLaterIsSearchedMaskedToo() {
    Filed ticket = file(quayGroup);
    String mrn = mrn();
    long version = get("/api/tickets/" + ticket.id(), agent).json().path("version").asLong();
    Api.Reply edited =
        patchJson(
            "/api/tickets/" + ticket.id(),
            "{\"version\":" + version + ",\"title\":\"Labels print for MRN " + mrn + "\"}",
            agent);
    assertThat(edited.status()).as(edited.body()).isEqualTo(200);

    assertThat(found(mrn, withoutAgreement)).isEmpty();
    assertThat(found(mrn, agent)).containsExactly(ticket.id());
    assertThat(found("Labels", withoutAgreement)).contains(ticket.id());
  }

  private static Filed file(long group) {
    String mrn = mrn();
    String surname = "Quill" + letters(6);
    String phone = "617-555-" + (1000 + RANDOM.nextInt(9000));
    String word = "Zebra" + letters(8);
    Api.Reply filed =
        postJson(
            "/api/tickets",
            "{\"type\":\"INCIDENT\",\"title\":\"Wristband for MRN "
                + mrn
                + " prints blank on "
                + word
                + "\",\"description\":\"Patient Nora "
                + surname
                + " in bed 4, call back on "
                + phone
                + "\",\"applicationId\":"
                + TestApp.queryLong("SELECT MIN(id) FROM applications")
                + ",\"impact\":2,\"urgency\":2,\"phi\":true}",
            agent);
    assertThat(filed.status()).as(filed.body()).isEqualTo(201);
    long id = filed.json().path("id").asLong();
    long version = get("/api/tickets/" + id, agent).json().path("version").asLong();
    Api.Reply moved =
        patchJson(
            "/api/tickets/" + id, "{\"version\":" + version + ",\"groupId\":" + group + "}", agent);
    assertThat(moved.status()).as(moved.body()).isEqualTo(200);
    return new Filed(id, mrn, surname, phone, word);
  }

  private static List<Long> found(String query, String token) {
    Api.Reply reply =
        get("/api/tickets?size=50&q=" + URLEncoder.encode(query, StandardCharsets.UTF_8), token);
    assertThat(reply.status()).as(reply.body()).isEqualTo(200);
    JsonNode items = reply.json().path("items");
    return items.findValues("id").stream().map(JsonNode::asLong).toList();
  }

  private static String mrn() {
    return String.valueOf(10_000_000 + RANDOM.nextInt(89_999_999));
  }

  private static String letters(int n) {
    StringBuilder s = new StringBuilder();
    for (int i = 0; i < n; i++) {
      s.append((char) ('a' + RANDOM.nextInt(26)));
    }
    return s.toString();
  }

  private static long partner(Connection c, String name) throws SQLException {
    return insert(
        c,
        "INSERT INTO organizations (kind, name, created_at) VALUES ('PARTNER', '"
            + name
            + "', CURRENT_TIMESTAMP(6))");
  }

  private static long group(Connection c, long partner, String name) throws SQLException {
    return insert(
        c,
        "INSERT INTO support_groups (tenant_id, name, tier, provider, partner_id, auto_assign,"
            + " created_at) SELECT id, '"
            + name
            + "', 'L2', 'PARTNER', "
            + partner
            + ", FALSE, CURRENT_TIMESTAMP(6) FROM organizations WHERE name = 'Riverside Health'");
  }

  private static long insert(Connection c, String sql) throws SQLException {
    try (Statement statement = c.createStatement()) {
      statement.executeUpdate(sql, Statement.RETURN_GENERATED_KEYS);
      try (ResultSet keys = statement.getGeneratedKeys()) {
        keys.next();
        return keys.getLong(1);
      }
    }
  }
}
