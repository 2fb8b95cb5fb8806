package org.medley.coverage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.medley.testing.Api.get;
import static org.medley.testing.Api.postJson;
import static org.medley.testing.Api.putJson;
import static org.medley.testing.ProblemAssert.assertProblem;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.medley.testing.Api;
import org.medley.testing.TestApp;
import org.medley.testing.TestUsers;

/**
 * A staff record names the sign-in account its person works under: through the staff API and the
 * staff file's sign_in column, only an account of the same tenant and employer, one record each;
 * every change leaves a row in the trail, and the desk's kept link follows at once. A signed-in
 * person learns from {@code /api/staff/me} whether they are linked.
 */
class StaffSignInApiTest {

  private static String leader;
  private static long hospital;

  @BeforeAll
  static void signIn() {
    leader = TestApp.tokenFor("leader");
    hospital = TestApp.queryLong("SELECT tenant_id FROM user_accounts WHERE username = 'leader'");
  }

  private static String unique(String prefix) {
    return prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
  }

  private static long accountId(String username) {
    return TestApp.queryLong("SELECT id FROM user_accounts WHERE username = '" + username + "'");
  }

  private static String staffBody(
      String name, String email, String kind, Long employer, Long account, Long version) {
    return "{\"name\":\""
        + name
        + "\",\"email\":\""
        + email
        + "\",\"kind\":\""
        + kind
        + "\""
        + (employer == null ? "" : ",\"employerId\":" + employer)
        + ",\"zone\":\"America/New_York\",\"capacityHours\":40,\"shifts\":[]"
        + (version == null ? "" : ",\"version\":" + version)
        + (account == null ? "" : ",\"accountId\":" + account)
        + "}";
  }

  private static JsonNode createInternal(String name, Long account) {
    var created =
        postJson(
            "/api/staff",
            staffBody(
                name,
                unique("staff") + "@riverside-health.example",
                "INTERNAL",
                null,
                account,
                null),
            leader);
    assertThat(created.status()).as(created.body()).isEqualTo(201);
    return created.json();
  }

  private static List<String> trail(long staffId) {
    List<String> rows = new ArrayList<>();
    try (var c = TestApp.connection();
        var query =
            c.prepareStatement(
                "SELECT old_account_id, new_account_id, source, actor_name, note FROM"
                    + " staff_account_links WHERE staff_id = ? ORDER BY id")) {
      query.setLong(1, staffId);
      try (var found = query.executeQuery()) {
        while (found.next()) {
          rows.add(
              found.getString(1)
                  + "->"
                  + found.getString(2)
                  + " "
                  + found.getString(3)
                  + " by "
                  + found.getString(4)
                  + (found.getString(5) == null ? "" : " (" + found.getString(5) + ")"));
        }
      }
    } catch (java.sql.SQLException e) {
      throw new IllegalStateException(e);
    }
    return rows;
  }

  /**
   * The staff record the desk finds for the account (as {@code TicketGate} asks, in a transaction).
   */
  @SuppressWarnings("unchecked")
  private static java.util.Optional<Long> deskSees(long account) {
    StaffDirectory directory = TestApp.context().getBean(StaffDirectory.class);
    io.micronaut.transaction.TransactionOperations<java.sql.Connection> transactions =
        TestApp.context().getBean(io.micronaut.transaction.TransactionOperations.class);
    return transactions.executeRead(status -> directory.staffIdOf(hospital, account));
  }

  @Test
  void aLeaderLinksChangesAndClearsASignInAndEveryChangeIsInTheTrail() {
    String username = unique("linked-agent");
    String agent = TestUsers.demoTenant(username, "agent");
    long account = accountId(username);
    assertThat(get("/api/staff/me", agent).json().path("linked").asBoolean()).isFalse();

    JsonNode person = createInternal("Linked Agent", account);
    long id = person.path("id").asLong();
    assertThat(person.path("accountId").asLong()).isEqualTo(account);
    assertThat(person.path("account").path("name").asText()).isEqualTo("Test " + username);
    assertThat(person.path("account").path("username").asText()).isEqualTo(username);
    var read = get("/api/staff/" + id, leader).json();
    assertThat(read.path("account").path("id").asLong()).isEqualTo(account);

    var me = get("/api/staff/me", agent);
    assertThat(me.status()).as(me.body()).isEqualTo(200);
    assertThat(me.json().path("linked").asBoolean()).isTrue();
    assertThat(me.json().path("staffId").asLong()).isEqualTo(id);
    assertThat(deskSees(account)).contains(id); // now kept by this node

    // Saved without accountId: the record is no longer linked, and the desk hears it at once.
    var cleared =
        putJson(
            "/api/staff/" + id,
            staffBody(
                "Linked Agent",
                read.path("email").asText(),
                "INTERNAL",
                null,
                null,
                read.path("version").asLong()),
            leader);
    assertThat(cleared.status()).as(cleared.body()).isEqualTo(200);
    assertThat(cleared.json().path("accountId").isNull()).isTrue();
    assertThat(deskSees(account)).isEmpty();
    assertThat(get("/api/staff/me", agent).json().path("linked").asBoolean()).isFalse();

    String leaderName =
        TestApp.queryString("SELECT display_name FROM user_accounts WHERE username = 'leader'");
    assertThat(trail(id))
        .containsExactly(
            "null->" + account + " EDITOR by " + leaderName,
            account + "->null EDITOR by " + leaderName);
  }

  @Test
  void anAccountOfAnotherEmployerIsRefusedNamingTheField() {
    String username = unique("apex-agent");
    TestUsers.partnerAgent(username, "Apex Clinical IT Staffing");
    var refused =
        postJson(
            "/api/staff",
            staffBody(
                "Wrong Employer",
                unique("w") + "@riverside-health.example",
                "INTERNAL",
                null,
                accountId(username),
                null),
            leader);
    assertThat(assertProblem(refused, 422).json().path("errors").findValuesAsText("field"))
        .containsExactly("accountId");
  }

  @Test
  void anotherTenantsAccountDoesNotExistHere() {
    String username = unique("lakeside-agent");
    TestUsers.otherTenant(username, "agent");
    var refused =
        postJson(
            "/api/staff",
            staffBody(
                "Foreign",
                unique("f") + "@riverside-health.example",
                "INTERNAL",
                null,
                accountId(username),
                null),
            leader);
    assertProblem(refused, 404);
    assertThat(
            assertProblem(
                    postJson(
                        "/api/staff",
                        staffBody(
                            "Nobody",
                            unique("n") + "@riverside-health.example",
                            "INTERNAL",
                            null,
                            999_999_999L,
                            null),
                        leader),
                    404)
                .status())
        .isEqualTo(404);
  }

  @Test
  void oneAccountLinksToOneStaffRecord() {
    String username = unique("twice");
    TestUsers.demoTenant(username, "agent");
    long account = accountId(username);
    createInternal("First Holder", account);
    var refused =
        postJson(
            "/api/staff",
            staffBody(
                "Second Holder",
                unique("s") + "@riverside-health.example",
                "INTERNAL",
                null,
                account,
                null),
            leader);
    var problem = assertProblem(refused, 409).json();
    assertThat(problem.path("errors").findValuesAsText("field")).containsExactly("accountId");
    assertThat(problem.path("errors").get(0).path("message").asText()).contains("First Holder");
  }

  @Test
  void thePickerListsTheEmployersAccountsAndWhoHoldsThem() {
    String username = unique("pickme");
    TestUsers.demoTenant(username, "agent");
    long account = accountId(username);
    var listed = get("/api/staff/accounts?employerId=" + hospital + "&q=" + username, leader);
    assertThat(listed.status()).as(listed.body()).isEqualTo(200);
    assertThat(listed.json().path("total").asLong()).isEqualTo(1);
    JsonNode item = listed.json().path("items").get(0);
    assertThat(item.path("id").asLong()).isEqualTo(account);
    assertThat(item.path("staffId").isNull()).isTrue();

    long staffId = createInternal("Picked Person", account).path("id").asLong();
    item =
        get("/api/staff/accounts?employerId=" + hospital + "&q=" + username, leader)
            .json()
            .path("items")
            .get(0);
    assertThat(item.path("staffId").asLong()).isEqualTo(staffId);
    assertThat(item.path("staffName").asText()).isEqualTo("Picked Person");

    // A partner's accounts are not the hospital's; an unknown employer is not found.
    String apex = unique("apex-pick");
    TestUsers.partnerAgent(apex, "Apex Clinical IT Staffing");
    assertThat(
            get("/api/staff/accounts?employerId=" + hospital + "&q=" + apex, leader)
                .json()
                .path("total")
                .asLong())
        .isZero();
    assertProblem(get("/api/staff/accounts?employerId=999999999", leader), 404);
    assertProblem(get("/api/staff/accounts?employerId=" + hospital, TestApp.tokenFor("exec")), 403);
  }

  @Test
  void theStaffFileNamesSignInsByUsernameOrEmail() throws Exception {
    String username = unique("filed");
    TestUsers.demoTenant(username, "agent");
    long account = accountId(username);
    try (var c = TestApp.connection();
        var s = c.prepareStatement("UPDATE user_accounts SET email = ? WHERE id = ?")) {
      s.setString(1, username + "@mail.riverside-health.example");
      s.setLong(2, account);
      s.executeUpdate();
    }
    String email = unique("filed-staff") + "@riverside-health.example";
    String header = "email,name,kind,employer,team,zone,capacity_hours,shifts,sign_in\n";
    var imported =
        upload(
            header
                + email
                + ",Filed Person,INTERNAL,,Imaging,America/New_York,40,,"
                + username.toUpperCase()
                + "@MAIL.riverside-health.example\n");
    assertThat(imported.status()).as(imported.body()).isEqualTo(200);
    long id = TestApp.queryLong("SELECT id FROM staff_members WHERE email = '" + email + "'");
    assertThat(get("/api/staff/" + id, leader).json().path("accountId").asLong())
        .isEqualTo(account);

    String export =
        new String(
            Api.sendForBytes(
                    Api.request("/api/staff/export?format=csv")
                        .header("Authorization", "Bearer " + leader)
                        .build())
                .body(),
            StandardCharsets.UTF_8);
    assertThat(export).contains("shifts,sign_in").contains(email).contains("," + username + "\r\n");

    var unknown =
        upload(
            header
                + email
                + ",Filed Person,INTERNAL,,Imaging,America/New_York,40,,nobody-"
                + username
                + "\n");
    JsonNode rows = assertProblem(unknown, 422).json().path("rows");
    assertThat(rows.get(0).path("column").asText()).isEqualTo("sign_in");

    var unlinked =
        upload(header + email + ",Filed Person,INTERNAL,,Imaging,America/New_York,40,,\n");
    assertThat(unlinked.status()).as(unlinked.body()).isEqualTo(200);
    assertThat(get("/api/staff/" + id, leader).json().path("accountId").isNull()).isTrue();
    assertThat(trail(id)).hasSize(2).allMatch(row -> row.contains(" IMPORT by "));
  }

  private static Api.Reply upload(String csv) {
    return Api.send(
        Api.request("/api/staff/import?format=csv")
            .POST(java.net.http.HttpRequest.BodyPublishers.ofString(csv))
            .header("Content-Type", "text/csv")
            .header("Accept", "application/json")
            .header("Authorization", "Bearer " + leader)
            .build());
  }

  @Test
  void anAgentWithoutALinkIsToldSo() {
    String agent = TestUsers.demoTenant(unique("unlinked"), "agent");
    var me = get("/api/staff/me", agent);
    assertThat(me.status()).as(me.body()).isEqualTo(200);
    assertThat(me.json().path("linked").asBoolean()).isFalse();
    assertThat(me.json().path("staffId").isNull()).isTrue();
    // The demo agent is linked to Dana Whitfield.
    var demo = get("/api/staff/me", TestApp.tokenFor("agent")).json();
    assertThat(demo.path("linked").asBoolean()).isTrue();
    assertThat(demo.path("name").asText()).isEqualTo("Dana Whitfield");
  }
}
