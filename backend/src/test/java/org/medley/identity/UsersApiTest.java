package org.medley.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.medley.testing.Api.get;
import static org.medley.testing.Api.postJson;
import static org.medley.testing.Api.putJson;
import static org.medley.testing.ProblemAssert.assertProblem;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpRequest;
import java.sql.SQLException;
import java.time.Duration;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.medley.testing.Api;
import org.medley.testing.TestApp;
import org.medley.testing.TestUsers;

/**
 * Users and roles on the built-in issuer, on MariaDB: invitations and set-password links, changes
 * under optimistic locking, the admin who cannot lock the hospital out, CSV import, and disabled
 * accounts whose tokens stop working. Runs in a health system of its own (Hilltop), with one
 * partner, so that counting admins and partners is not disturbed by other tests.
 */
class UsersApiTest {

  private static final String TENANT = "Hilltop Community Hospital";
  private static final String PARTNER = "Hilltop Staffing Partners";
  private static final String GOOD_PASSWORD = "violet ferry lantern quietly";

  private static String admin;
  private static long tenant;
  private static long partner;
  private static int serial;

  @BeforeAll
  static void hilltop() throws SQLException {
    admin = TestUsers.ownTenant("hilltop-admin", "admin", TENANT);
    tenant = TestApp.queryLong("SELECT id FROM organizations WHERE name = '" + TENANT + "'");
    try (var c = TestApp.connection()) {
      if (!c.createStatement()
          .executeQuery("SELECT 1 FROM organizations WHERE name = '" + PARTNER + "'")
          .next()) {
        c.createStatement()
            .executeUpdate(
                "INSERT INTO organizations (kind, name, created_at) VALUES ('PARTNER', '"
                    + PARTNER
                    + "', CURRENT_TIMESTAMP(6))");
      }
    }
    partner = TestApp.queryLong("SELECT id FROM organizations WHERE name = '" + PARTNER + "'");
    // A business associate agreement is what makes the partner one of Hilltop's.
    if (TestApp.queryLong(
            "SELECT COUNT(*) FROM business_associate_agreements WHERE tenant_id = " + tenant)
        == 0) {
      try (var c = TestApp.connection()) {
        c.createStatement()
            .executeUpdate(
                "INSERT INTO business_associate_agreements (tenant_id, partner_id, reference,"
                    + " effective_from, recorded_by, recorded_at) SELECT "
                    + tenant
                    + ", "
                    + partner
                    + ", 'BAA-HILLTOP', '2026-01-01', id, CURRENT_TIMESTAMP(6) FROM"
                    + " user_accounts WHERE username = 'hilltop-admin'");
      }
    }
  }

  private static synchronized String unique(String name) {
    return name + "." + System.nanoTime() % 1_000_000_000L + (++serial) + "@hilltop.example";
  }

  private static Api.Reply invite(String email, String roles, Long organization, String token) {
    return postJson(
        "/api/users/invitations",
        "{\"email\":\""
            + email
            + "\",\"displayName\":\"Dana Reyes\",\"roles\":"
            + roles
            + (organization == null ? "" : ",\"organizationId\":" + organization)
            + ",\"department\":\"Radiology\"}",
        token);
  }

  private static String tokenOf(String link) {
    assertThat(link).contains("/set-password#token=");
    return link.substring(link.indexOf("#token=") + "#token=".length());
  }

  private static Api.Reply setPassword(String token, String password) {
    return postJson(
        "/api/password-links/password",
        "{\"token\":\"" + token + "\",\"password\":\"" + password + "\"}",
        null);
  }

  private static Api.Reply signIn(String login, String password) {
    return postJson(
        "/login", "{\"username\":\"" + login + "\",\"password\":\"" + password + "\"}", null);
  }

  /** Invites, sets the password from the link and signs in by e-mail; returns the token. */
  private static String onboard(String email, String roles) {
    var invited = invite(email, roles, null, admin);
    assertThat(invited.status()).as(invited.body()).isEqualTo(201);
    String token = tokenOf(invited.json().path("invitation").path("link").asText());
    assertThat(setPassword(token, GOOD_PASSWORD).status()).isEqualTo(200);
    var signedIn = signIn(email, GOOD_PASSWORD);
    assertThat(signedIn.status()).as(signedIn.body()).isEqualTo(200);
    return signedIn.json().path("access_token").asText();
  }

  @Test
  void anInvitedPersonSetsAPasswordOnceAndSignsInWithTheirEmail() {
    String email = unique("Dana.Reyes");
    var invited = invite(email, "[\"agent\",\"end-user\"]", null, admin);
    assertThat(invited.status()).as(invited.body()).isEqualTo(201);
    assertThat(invited.header("Location")).startsWith("/api/users/");
    JsonNode user = invited.json().path("user");
    assertThat(user.path("email").asText()).isEqualTo(email.toLowerCase());
    assertThat(user.path("enabled").asBoolean()).isTrue();
    assertThat(user.path("passwordSet").asBoolean()).isFalse();
    assertThat(user.path("organization").path("id").asLong()).isEqualTo(tenant);
    assertThat(invited.json().path("invitation").path("emailed").asBoolean()).isFalse();
    String token = tokenOf(invited.json().path("invitation").path("link").asText());
    // Only the hash is stored.
    assertThat(
            TestApp.queryLong(
                "SELECT COUNT(*) FROM password_links WHERE token_hash = '" + token + "'"))
        .isZero();

    var lookup = postJson("/api/password-links/lookup", "{\"token\":\"" + token + "\"}", null);
    assertThat(lookup.status()).as(lookup.body()).isEqualTo(200);
    assertThat(lookup.json().path("displayName").asText()).isEqualTo("Dana Reyes");
    assertThat(lookup.json().path("purpose").asText()).isEqualTo("INVITATION");
    assertThat(signIn(email, "").status()).isEqualTo(400);
    assertProblem(signIn(email, "anything at all really"), 401);

    var common = setPassword(token, "password1234");
    assertThat(assertProblem(common, 400).json().path("errors").findValuesAsText("field"))
        .containsExactly("password");
    var personal = setPassword(token, "DanaReyes2026");
    assertThat(assertProblem(personal, 400).json().path("errors").findValuesAsText("field"))
        .containsExactly("password");

    var set = setPassword(token, GOOD_PASSWORD);
    assertThat(set.status()).as(set.body()).isEqualTo(200);
    var signedIn = signIn(email.toUpperCase(), GOOD_PASSWORD);
    assertThat(signedIn.status()).as(signedIn.body()).isEqualTo(200);
    var me = get("/api/me", signedIn.json().path("access_token").asText());
    assertThat(me.body()).contains("\"agent\"").contains(TENANT);

    var reused = setPassword(token, "another fine sentence here");
    assertThat(assertProblem(reused, 410).json().path("errors").findValuesAsText("field"))
        .containsExactly("token");
    assertProblem(
        postJson("/api/password-links/lookup", "{\"token\":\"" + token + "\"}", null), 410);
    assertProblem(setPassword("not-a-token-at-all", GOOD_PASSWORD), 410);
    long id = user.path("id").asLong();
    assertThat(
            TestApp.queryString(
                "SELECT GROUP_CONCAT(action ORDER BY id) FROM user_audit WHERE user_id = " + id))
        .isEqualTo("INVITED,PASSWORD_SET");
  }

  @Test
  void anExpiredLinkIsGone() throws SQLException {
    var invited = invite(unique("late"), "[\"end-user\"]", null, admin);
    String token = tokenOf(invited.json().path("invitation").path("link").asText());
    try (var c = TestApp.connection()) {
      c.createStatement()
          .executeUpdate(
              "UPDATE password_links SET expires_at = '2020-01-01 00:00:00' WHERE user_id = "
                  + invited.json().path("user").path("id").asLong());
    }
    var expired = setPassword(token, GOOD_PASSWORD);
    assertThat(assertProblem(expired, 410).json().path("errors").findValuesAsText("message"))
        .anySatisfy(m -> assertThat(m).contains("expired"));
  }

  @Test
  void anEmailAddressNamesOneAccountWhateverItsCase() {
    String email = unique("twice");
    assertThat(invite(email, "[\"end-user\"]", null, admin).status()).isEqualTo(201);
    var again = invite(email.toUpperCase(), "[\"end-user\"]", null, admin);
    assertThat(assertProblem(again, 409).json().path("errors").findValuesAsText("field"))
        .containsExactly("email");
    // Another health system cannot take it either: e-mail is a sign-in name for the install.
    var elsewhere =
        invite(email, "[\"end-user\"]", null, TestUsers.otherTenant("lakeside-users", "admin"));
    assertProblem(elsewhere, 409);
  }

  @Test
  void rolesMustFitTheOrganisationAndTheOrganisationMustBeTheHospitalsOwn() {
    var partnerAgent = invite(unique("msp"), "[\"partner-agent\"]", partner, admin);
    assertThat(partnerAgent.status()).as(partnerAgent.body()).isEqualTo(201);
    assertThat(partnerAgent.json().path("user").path("organization").path("kind").asText())
        .isEqualTo("PARTNER");
    var partnerAdmin = invite(unique("msp"), "[\"admin\"]", partner, admin);
    assertThat(assertProblem(partnerAdmin, 400).json().path("errors").findValuesAsText("field"))
        .containsExactly("roles");
    assertProblem(invite(unique("nobody"), "[]", null, admin), 400);
    assertProblem(invite(unique("nobody"), "[\"superuser\"]", null, admin), 400);
    long northwind =
        TestApp.queryLong("SELECT id FROM organizations WHERE name LIKE 'Northwind%' LIMIT 1");
    assertProblem(invite(unique("foreign"), "[\"partner-agent\"]", northwind, admin), 404);
    long riverside =
        TestApp.queryLong("SELECT id FROM organizations WHERE name = 'Riverside Health'");
    assertProblem(invite(unique("foreign"), "[\"agent\"]", riverside, admin), 404);
  }

  @Test
  void aChangeNeedsTheLatestVersionAndIsAudited() {
    var invited = invite(unique("change"), "[\"end-user\"]", null, admin);
    JsonNode user = invited.json().path("user");
    long id = user.path("id").asLong();
    String body =
        "{\"displayName\":\"Dana Reyes-Okafor\",\"email\":\""
            + user.path("email").asText()
            + "\",\"jobTitle\":\"Charge nurse\",\"department\":\"Radiology\",\"location\":\"East"
            + " wing\",\"roles\":[\"end-user\",\"agent\"],\"organizationId\":"
            + tenant
            + ",\"version\":";
    var changed = putJson("/api/users/" + id, body + user.path("version").asLong() + "}", admin);
    assertThat(changed.status()).as(changed.body()).isEqualTo(200);
    assertThat(changed.body()).contains("\"agent\"").contains("Charge nurse");
    assertThat(changed.json().path("version").asLong())
        .isGreaterThan(user.path("version").asLong());
    var stale = putJson("/api/users/" + id, body + user.path("version").asLong() + "}", admin);
    assertThat(assertProblem(stale, 409).json().path("errors").findValuesAsText("field"))
        .containsExactly("version");
    assertThat(
            TestApp.queryString(
                "SELECT detail FROM user_audit WHERE action = 'CHANGED' AND user_id = " + id))
        .contains("displayName: Dana Reyes → Dana Reyes-Okafor")
        .contains("roles: end-user → agent, end-user");

    var listed = get("/api/users?q=reyes-okafor&role=agent&enabled=true", admin);
    assertThat(listed.status()).isEqualTo(200);
    assertThat(listed.json().path("total").asLong()).isEqualTo(1);
    assertThat(listed.json().path("managedIn").asText()).isEqualTo("MEDLEY");
    assertThat(get("/api/users?q=reyes-okafor&role=admin", admin).json().path("total").asLong())
        .isZero();
    // Another health system's admin cannot see or change the person.
    String lakeside = TestUsers.otherTenant("lakeside-users", "admin");
    assertProblem(get("/api/users/" + id, lakeside), 404);
    assertProblem(postJson("/api/users/" + id + "/disable", "", lakeside), 404);
    assertThat(get("/api/users?q=reyes-okafor", lakeside).json().path("total").asLong()).isZero();
  }

  @Test
  void theHospitalAlwaysKeepsAnEnabledAdmin() {
    long self = TestApp.queryLong("SELECT id FROM user_accounts WHERE username = 'hilltop-admin'");
    var me = get("/api/users/" + self, admin).json();
    String demote =
        "{\"displayName\":\"Test hilltop-admin\",\"roles\":[\"end-user\"],\"organizationId\":"
            + tenant
            + ",\"version\":"
            + me.path("version").asLong()
            + "}";
    assertThat(
            assertProblem(putJson("/api/users/" + self, demote, admin), 403)
                .json()
                .path("errors")
                .findValuesAsText("field"))
        .containsExactly("roles");
    assertThat(
            assertProblem(postJson("/api/users/" + self + "/disable", "", admin), 403)
                .json()
                .path("errors")
                .findValuesAsText("field"))
        .containsExactly("enabled");

    // A second admin, demoted by the first while still holding an admin token, cannot then
    // demote the first: that one is now the last enabled admin.
    String email = unique("second-admin");
    String second = onboard(email, "[\"admin\"]");
    long secondId = TestApp.queryLong("SELECT id FROM user_accounts WHERE email = '" + email + "'");
    var secondRow = get("/api/users/" + secondId, admin).json();
    var demoted =
        putJson(
            "/api/users/" + secondId,
            "{\"displayName\":\"Second\",\"roles\":[\"end-user\"],\"organizationId\":"
                + tenant
                + ",\"version\":"
                + secondRow.path("version").asLong()
                + "}",
            admin);
    assertThat(demoted.status()).as(demoted.body()).isEqualTo(200);
    var lastAdmin =
        putJson(
            "/api/users/" + self,
            demote.replace(
                "\"version\":" + me.path("version").asLong(),
                "\"version\":" + get("/api/users/" + self, admin).json().path("version").asLong()),
            second);
    assertThat(assertProblem(lastAdmin, 409).json().path("errors").findValuesAsText("field"))
        .containsExactly("roles");
    assertProblem(postJson("/api/users/" + self + "/disable", "", second), 409);
  }

  @Test
  void aDisabledAccountsTokensStopWorkingAndItCannotSignIn() throws SQLException {
    String email = unique("leaver");
    String token = onboard(email, "[\"end-user\"]");
    long id = TestApp.queryLong("SELECT id FROM user_accounts WHERE email = '" + email + "'");
    assertThat(get("/api/me", token).status()).isEqualTo(200);

    var disabled = postJson("/api/users/" + id + "/disable", "", admin);
    assertThat(disabled.status()).as(disabled.body()).isEqualTo(200);
    assertThat(disabled.json().path("enabled").asBoolean()).isFalse();
    assertProblem(get("/api/me", token), 401);
    assertProblem(signIn(email, GOOD_PASSWORD), 401);
    assertThat(
            assertProblem(postJson("/api/users/" + id + "/password-reset", "", admin), 409)
                .json()
                .path("errors")
                .findValuesAsText("field"))
        .containsExactly("enabled");
    assertThat(postJson("/api/users/" + id + "/enable", "", admin).status()).isEqualTo(200);
    String again = signIn(email, GOOD_PASSWORD).json().path("access_token").asText();
    assertThat(get("/api/me", again).status()).isEqualTo(200);

    // Disabled on another node (straight in the database): refused within the refresh window.
    try (var c = TestApp.connection()) {
      c.createStatement()
          .executeUpdate("UPDATE user_accounts SET enabled = FALSE WHERE id = " + id);
    }
    Awaitility.await()
        .atMost(Duration.ofSeconds(10))
        .pollInterval(Duration.ofMillis(200))
        .until(() -> get("/api/me", again).status() == 401);
  }

  @Test
  void aResetLinkLetsThePersonChooseANewPassword() {
    String email = unique("forgetful");
    onboard(email, "[\"end-user\"]");
    long id = TestApp.queryLong("SELECT id FROM user_accounts WHERE email = '" + email + "'");
    var reset = postJson("/api/users/" + id + "/password-reset", "", admin);
    assertThat(reset.status()).as(reset.body()).isEqualTo(200);
    String token = tokenOf(reset.json().path("link").asText());
    // The old password works until the link is used.
    assertThat(signIn(email, GOOD_PASSWORD).status()).isEqualTo(200);
    assertThat(setPassword(token, "amber kettle gallops north").status()).isEqualTo(200);
    assertProblem(signIn(email, GOOD_PASSWORD), 401);
    assertThat(signIn(email, "amber kettle gallops north").status()).isEqualTo(200);
  }

  @Test
  void aCsvImportCreatesTheGoodRowsAndExplainsTheOthers() {
    String first = unique("csv.one");
    String second = unique("csv.two");
    String taken = unique("csv.taken");
    assertThat(invite(taken, "[\"end-user\"]", null, admin).status()).isEqualTo(201);
    String csv =
        "Email,Name,Roles,Organisation,Job title,Department,Location\n"
            + first
            + ",Ana One,agent;end-user,,Analyst,IT,Main\n"
            + second
            + ",Bo Two,Partner agent,"
            + PARTNER
            + ",,,\n"
            + taken
            + ",Cy Three,end-user,,,,\n"
            + "not-an-address,Di Four,end-user,,,,\n"
            + unique("csv.five")
            + ",Ed Five,wizard,,,,\n"
            + unique("csv.six")
            + ",Flo Six,end-user,Nowhere Inc,,,\n";
    var report =
        Api.send(
            Api.request("/api/users/import")
                .POST(HttpRequest.BodyPublishers.ofString(csv))
                .header("Content-Type", "text/csv")
                .header("Accept", "application/json")
                .header("Authorization", "Bearer " + admin)
                .build());
    assertThat(report.status()).as(report.body()).isEqualTo(200);
    JsonNode json = report.json();
    assertThat(json.path("created").asInt()).isEqualTo(2);
    assertThat(json.path("refused").asInt()).isEqualTo(4);
    assertThat(json.path("rows").findValuesAsText("outcome"))
        .containsExactly("CREATED", "CREATED", "REFUSED", "REFUSED", "REFUSED", "REFUSED");
    assertThat(json.path("rows").findValuesAsText("field"))
        .containsExactly("null", "null", "email", "email", "roles", "organisation");
    assertThat(json.path("rows").get(0).path("line").asInt()).isEqualTo(2);
    assertThat(json.path("rows").get(0).path("link").asText()).contains("/set-password#token=");
    assertThat(
            TestApp.queryString(
                "SELECT o.name FROM user_accounts a JOIN organizations o ON o.id ="
                    + " a.organization_id WHERE a.email = '"
                    + second
                    + "'"))
        .isEqualTo(PARTNER);
    assertThat(TestApp.queryLong("SELECT COUNT(*) FROM user_accounts WHERE email LIKE 'csv.five%'"))
        .isZero();

    var headerless =
        Api.send(
            Api.request("/api/users/import")
                .POST(HttpRequest.BodyPublishers.ofString("a,b\n1,2\n"))
                .header("Content-Type", "text/csv")
                .header("Accept", "application/json")
                .header("Authorization", "Bearer " + admin)
                .build());
    assertThat(assertProblem(headerless, 400).json().path("errors").findValuesAsText("field"))
        .containsExactly("file");
  }

  @Test
  void onlyAdminsManageUsers() {
    for (String login : new String[] {"agent", "leader", "partner", "apex", "enduser"}) {
      assertProblem(get("/api/users", TestApp.tokenFor(login)), 403);
      assertProblem(invite(unique("nope"), "[\"end-user\"]", null, TestApp.tokenFor(login)), 403);
    }
    assertProblem(get("/api/users", null), 401);
  }
}
