package org.medley.setup;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.micronaut.runtime.server.EmbeddedServer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.medley.testing.Api;
import org.medley.testing.EmptyMedley;

/**
 * Issue #18's journey without the browser, on an empty MariaDB database: from the setup link in the
 * log to the first resolved ticket, every step through the API a screen calls, no SQL. The admin
 * sets up the hospital, adds a calendar, an application, two people, a staff record linked to the
 * agent's sign-in, a group that hands out its own work, and a routing rule; the end user's ticket
 * lands in that group, goes to the agent, who resolves it.
 */
class FirstHospitalJourneyTest {

  private static EmptyMedley medley;
  private static EmbeddedServer node;

  @BeforeAll
  static void start() throws Exception {
    medley = EmptyMedley.create();
    node = medley.start();
  }

  @AfterAll
  static void stop() throws Exception {
    if (medley != null) {
      medley.close();
    }
  }

  private static Api.Reply call(String method, String path, String body, String token) {
    return EmptyMedley.send(node, method, path, body, token);
  }

  private static JsonNode ok(Api.Reply reply, int status) {
    assertThat(reply.status()).as(reply.body()).isEqualTo(status);
    return reply.json();
  }

  @Test
  void fromTheSetupLinkToTheFirstResolvedTicketWithoutSql() {
    // 1. The link from the log sets up the hospital and signs its first administrator in.
    JsonNode setUp =
        ok(
            call(
                "POST",
                "/api/setup",
                """
                {"token": "%s",
                 "organization": {"name": "Lakeview Medical Center", "timeZone": "America/Chicago"},
                 "businessHours": {"from": "07:30", "to": "18:00"},
                 "admin": {"displayName": "Morgan Lee", "email": "morgan.lee@lakeview.example",
                           "password": "quiet lantern harbour 42"}}"""
                    .formatted(medley.lastSetupToken()),
                null),
            201);
    String admin = setUp.path("access_token").asText();
    long hospital =
        ok(call("GET", "/api/me", null, admin), 200).path("organization").path("id").asLong();

    // 2. A calendar of its own for the service desk.
    long calendar =
        ok(
                call(
                    "POST",
                    "/api/calendars",
                    """
                    {"name": "Service desk hours", "zone": "America/Chicago",
                     "week": {"MONDAY": [{"from": "06:00", "to": "22:00"}],
                              "TUESDAY": [{"from": "06:00", "to": "22:00"}],
                              "WEDNESDAY": [{"from": "06:00", "to": "22:00"}],
                              "THURSDAY": [{"from": "06:00", "to": "22:00"}],
                              "FRIDAY": [{"from": "06:00", "to": "22:00"}]},
                     "holidays": []}""",
                    admin),
                201)
            .path("id")
            .asLong();

    // 3. The application its tickets are about.
    long pharmacy =
        ok(
                call(
                    "POST",
                    "/api/applications",
                    """
                    {"name": "Pyxis MedStation", "vendor": "BD", "category": "PHARMACY",
                     "criticality": 1, "lifecycle": "LIVE", "calendarId": %d}"""
                        .formatted(calendar),
                    admin),
                201)
            .path("id")
            .asLong();

    // 4. Two people invited; mail is off, so the admin hands each their one-time link.
    String agentLink =
        invite(admin, "jamie.ortiz@lakeview.example", "Jamie Ortiz", "[\"agent\",\"end-user\"]");
    String nurseLink = invite(admin, "pat.nguyen@lakeview.example", "Pat Nguyen", "[\"end-user\"]");
    long agentAccount =
        ok(call("GET", "/api/users?q=jamie.ortiz", null, admin), 200)
            .path("items")
            .path(0)
            .path("id")
            .asLong();

    // 5. The agent's staff record, tied to the sign-in.
    long jamie =
        ok(
                call(
                    "POST",
                    "/api/staff",
                    """
                    {"name": "Jamie Ortiz", "email": "jamie.ortiz@lakeview.example",
                     "kind": "INTERNAL", "employerId": %d, "zone": "America/Chicago",
                     "capacityHours": 40, "shifts": [], "accountId": %d}"""
                        .formatted(hospital, agentAccount),
                    admin),
                201)
            .path("id")
            .asLong();

    // 6. A service desk that gives each new ticket to the member with the fewest open ones.
    long desk =
        ok(
                call(
                    "POST",
                    "/api/support-groups",
                    """
                    {"name": "Service Desk", "tier": "L1", "calendarId": %d, "autoAssign": true,
                     "strategy": "FEWEST_OPEN_TICKETS", "email": "servicedesk@lakeview.example"}"""
                        .formatted(calendar),
                    admin),
                201)
            .path("id")
            .asLong();
    ok(
        call(
            "POST",
            "/api/support-groups/" + desk + "/members",
            "{\"staffId\": " + jamie + ", \"lead\": true}",
            admin),
        200);

    // 7. Pharmacy tickets go to that desk; the preview says so and why.
    ok(
        call(
            "POST",
            "/api/routing-rules",
            "{\"tier\": \"L1\", \"groupId\": " + desk + ", \"applicationIds\": [" + pharmacy + "]}",
            admin),
        201);
    JsonNode preview =
        ok(
            call(
                "POST",
                "/api/routing-rules/preview",
                """
                {"type": "INCIDENT", "applicationId": %d, "impact": 2, "urgency": 2,
                 "title": "Drawer will not open"}"""
                    .formatted(pharmacy),
                admin),
            200);
    assertThat(preview.path("group").path("id").asLong()).isEqualTo(desk);

    // 8. The two set their passwords and sign in with their e-mail.
    String agent = passwordAndSignIn(agentLink, "jamie.ortiz@lakeview.example");
    String nurse = passwordAndSignIn(nurseLink, "PAT.NGUYEN@lakeview.example");
    assertThat(ok(call("GET", "/api/staff/me", null, agent), 200).path("linked").asBoolean())
        .isTrue();

    // 9. The nurse's ticket lands at the desk and with the agent.
    JsonNode filed =
        ok(
            call(
                "POST",
                "/api/tickets",
                """
                {"type": "INCIDENT", "title": "Pyxis drawer will not open on 4 West",
                 "description": "Override fails for every drawer.", "applicationId": %d,
                 "impact": 2, "urgency": 1}"""
                    .formatted(pharmacy),
                nurse),
            201);
    long ticket = filed.path("id").asLong();
    JsonNode seen = ok(call("GET", "/api/tickets/" + ticket, null, agent), 200);
    assertThat(seen.path("groupId").asLong()).isEqualTo(desk);
    assertThat(seen.path("assigneeId").asLong()).isEqualTo(jamie);

    // 10. The agent resolves it; the nurse reads it resolved.
    ok(
        call(
            "POST",
            "/api/tickets/" + ticket + "/transitions",
            "{\"to\": \"RESOLVED\", \"resolutionCode\": \"FIXED\","
                + " \"resolution\": \"Re-synced the station with the pharmacy server.\"}",
            agent),
        200);
    assertThat(ok(call("GET", "/api/tickets/" + ticket, null, nurse), 200).path("status").asText())
        .isEqualTo("RESOLVED");

    // The checklist shows what was set up.
    JsonNode checklist = ok(call("GET", "/api/setup/checklist", null, admin), 200);
    for (String key :
        new String[] {"organization", "calendars", "applications", "staff", "groups", "routing"}) {
      assertThat(step(checklist, key).path("done").asBoolean()).as(key).isTrue();
    }
  }

  private static JsonNode step(JsonNode checklist, String key) {
    for (JsonNode step : checklist.path("steps")) {
      if (step.path("key").asText().equals(key)) {
        return step;
      }
    }
    throw new AssertionError("No checklist step " + key + " in " + checklist);
  }

  private static String invite(String admin, String email, String name, String roles) {
    JsonNode invited =
        ok(
            call(
                "POST",
                "/api/users/invitations",
                "{\"email\": \"%s\", \"displayName\": \"%s\", \"roles\": %s}"
                    .formatted(email, name, roles),
                admin),
            201);
    assertThat(invited.path("invitation").path("emailed").asBoolean()).isFalse();
    return invited.path("invitation").path("link").asText();
  }

  private static String passwordAndSignIn(String link, String login) {
    String token = link.substring(link.indexOf("#token=") + "#token=".length());
    String password = "amber tide clipboard " + login.length();
    ok(
        call(
            "POST",
            "/api/password-links/password",
            "{\"token\": \"" + token + "\", \"password\": \"" + password + "\"}",
            null),
        200);
    return ok(
            call(
                "POST",
                "/login",
                "{\"username\": \"" + login + "\", \"password\": \"" + password + "\"}",
                null),
            200)
        .path("access_token")
        .asText();
  }
}
