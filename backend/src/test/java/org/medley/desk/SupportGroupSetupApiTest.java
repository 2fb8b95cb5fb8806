package org.medley.desk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.medley.testing.Api.get;
import static org.medley.testing.Api.patchJson;
import static org.medley.testing.Api.postJson;
import static org.medley.testing.Api.putJson;
import static org.medley.testing.ProblemAssert.assertProblem;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.medley.platform.SetupStep;
import org.medley.testing.Api;
import org.medley.testing.TestApp;
import org.medley.testing.TestUsers;

/**
 * Admins set up support groups through the API on the real database: create, change (optimistic
 * version), retire only once nothing holds the group, members and leads, and the new
 * fewest-open-tickets assignment. Groups made here are named "Zz …" so that they sort after the
 * demo hospital's own groups of the same tier and never become another test's fallback route.
 */
class SupportGroupSetupApiTest {

  private static final String GROUPS = "/api/support-groups";

  private static String admin;
  private static String agent;
  private static String enduser;
  private static String outsider;
  private static long tenant;
  private static long calendar;
  private static long application;
  private static long serviceDesk;

  /** Rows this test made that nothing else should keep: removed afterwards. */
  private static final List<Long> partnerGroups = new ArrayList<>();

  private static final List<Long> madeStaff = new ArrayList<>();

  @BeforeAll
  static void setUp() {
    admin = TestApp.tokenFor("admin");
    agent = TestApp.tokenFor("agent");
    enduser = TestApp.tokenFor("enduser");
    outsider = TestUsers.otherTenant("groups-outsider", "admin,agent");
    tenant = TestApp.queryLong("SELECT id FROM organizations WHERE name = 'Riverside Health'");
    calendar = TestApp.queryLong("SELECT MIN(id) FROM calendars WHERE tenant_id = " + tenant);
    application = TestApp.queryLong("SELECT MIN(id) FROM applications WHERE tenant_id = " + tenant);
    serviceDesk =
        TestApp.queryLong(
            "SELECT id FROM support_groups WHERE name = 'Service Desk' AND tenant_id = " + tenant);
  }

  @AfterAll
  static void tearDown() throws SQLException {
    try (Connection c = TestApp.connection();
        Statement s = c.createStatement()) {
      // The demo hospital has exactly two partner groups (DemoHospitalTest): ours go again.
      for (long group : partnerGroups) {
        s.executeUpdate("DELETE FROM group_members WHERE group_id = " + group);
        s.executeUpdate("DELETE FROM support_group_audit WHERE group_id = " + group);
        s.executeUpdate("DELETE FROM engagement_groups WHERE group_id = " + group);
        s.executeUpdate("DELETE FROM support_groups WHERE id = " + group);
      }
      for (long staff : madeStaff) {
        s.executeUpdate("UPDATE tickets SET assignee_id = NULL WHERE assignee_id = " + staff);
        s.executeUpdate("DELETE FROM group_members WHERE staff_id = " + staff);
        s.executeUpdate("DELETE FROM staff_members WHERE id = " + staff);
      }
    }
  }

  static String body(String name, String tier, long calendarId, String more) {
    return "{\"name\":\""
        + name
        + "\",\"tier\":\""
        + tier
        + "\",\"calendarId\":"
        + calendarId
        + (more.isEmpty() ? "" : "," + more)
        + "}";
  }

  static JsonNode create(String name, String tier, String more) {
    Api.Reply created = postJson(GROUPS, body(name, tier, calendar, more), admin);
    assertThat(created.status()).as(created.body()).isEqualTo(201);
    return created.json();
  }

  static String unique(String what) {
    return "Zz " + what + " " + UUID.randomUUID().toString().substring(0, 8);
  }

  @Test
  void anAdminCreatesAGroupAndListsItWithItsSettings() {
    String name = unique("Imaging");
    Api.Reply created =
        postJson(
            GROUPS,
            body(
                name,
                "L2",
                calendar,
                "\"autoAssign\":true,\"strategy\":\"FEWEST_OPEN_TICKETS\","
                    + "\"email\":\"imaging@riverside.example\""),
            admin);
    assertThat(created.status()).as(created.body()).isEqualTo(201);
    JsonNode group = created.json();
    assertThat(created.header("Location")).isEqualTo(GROUPS + "/" + group.path("id").asLong());
    assertThat(group.path("provider").asText()).isEqualTo("INTERNAL");
    assertThat(group.path("strategy").asText()).isEqualTo("FEWEST_OPEN_TICKETS");
    assertThat(group.path("calendarName").asText()).isNotBlank();
    assertThat(group.path("version").asLong()).isZero();

    JsonNode listed = get(GROUPS + "/settings?q=" + name.substring(3, 10), admin).json();
    assertThat(listed.path("items").findValuesAsText("name")).contains(name);
    assertThat(listed.path("total").asLong()).isGreaterThanOrEqualTo(1);
    // Agents see it where they pick groups; the audit trail has its creation.
    assertThat(get(GROUPS, agent).json().findValuesAsText("name")).contains(name);
    assertThat(
            TestApp.queryLong(
                "SELECT COUNT(*) FROM support_group_audit WHERE action = 'CREATED' AND group_id = "
                    + group.path("id").asLong()))
        .isEqualTo(1);
  }

  @Test
  void aTakenNameABadEmailAndAnotherHospitalsCalendarAreRefusedNamingTheField() throws Exception {
    String name = unique("Desk");
    create(name, "L1", "");
    Api.Reply taken = postJson(GROUPS, body(name.toUpperCase(), "L1", calendar, ""), admin);
    assertThat(assertProblem(taken, 409).json().path("errors").findValuesAsText("field"))
        .containsExactly("name");

    Api.Reply badMail =
        postJson(
            GROUPS, body(unique("Mail"), "L1", calendar, "\"email\":\"not-an-address\""), admin);
    assertThat(assertProblem(badMail, 400).body()).contains("email");

    long foreign = otherHospitalsCalendar();
    Api.Reply foreignCalendar = postJson(GROUPS, body(unique("Foreign"), "L1", foreign, ""), admin);
    assertThat(assertProblem(foreignCalendar, 400).json().path("errors").findValuesAsText("field"))
        .containsExactly("calendarId");
  }

  @Test
  void aChangeNeedsTheCurrentVersionAndAnotherHospitalsAdminFindsNoGroup() {
    JsonNode group = create(unique("Analytics"), "L2", "");
    long id = group.path("id").asLong();
    String renamed = unique("Reporting");
    Api.Reply changed =
        putJson(
            GROUPS + "/" + id,
            body(renamed, "L2", calendar, "\"autoAssign\":true,\"version\":0"),
            admin);
    assertThat(changed.status()).as(changed.body()).isEqualTo(200);
    assertThat(changed.json().path("name").asText()).isEqualTo(renamed);
    assertThat(changed.json().path("version").asLong()).isEqualTo(1);
    assertThat(
            TestApp.queryString(
                "SELECT detail FROM support_group_audit WHERE action = 'CHANGED' AND group_id = "
                    + id))
        .contains("autoAssign: false → true");

    Api.Reply stale =
        putJson(GROUPS + "/" + id, body(renamed, "L3", calendar, "\"version\":0"), admin);
    assertThat(assertProblem(stale, 409).json().path("errors").findValuesAsText("field"))
        .containsExactly("version");

    assertProblem(
        putJson(GROUPS + "/" + id, body(renamed, "L2", calendar, "\"version\":1"), outsider), 404);
    assertProblem(postJson(GROUPS + "/" + id + "/retire", "{}", outsider), 404);
    assertProblem(
        postJson(GROUPS + "/" + id + "/members", "{\"staffId\":1,\"lead\":false}", outsider), 404);
    assertThat(
            get(GROUPS + "/settings?size=200", outsider)
                .json()
                .path("items")
                .findValuesAsText("name"))
        .doesNotContain(renamed);
  }

  @Test
  void sixteenConcurrentChangesOfOneVersionLetExactlyOneWin() throws Exception {
    JsonNode group = create(unique("Race"), "L2", "");
    long id = group.path("id").asLong();
    int writers = 16;
    ExecutorService pool = Executors.newFixedThreadPool(writers);
    CountDownLatch start = new CountDownLatch(1);
    try {
      List<Future<Integer>> answers = new ArrayList<>();
      for (int i = 0; i < writers; i++) {
        String name = unique("Race " + i);
        answers.add(
            pool.submit(
                () -> {
                  start.await();
                  return putJson(
                          GROUPS + "/" + id, body(name, "L2", calendar, "\"version\":0"), admin)
                      .status();
                }));
      }
      start.countDown();
      List<Integer> statuses = new ArrayList<>();
      for (Future<Integer> answer : answers) {
        statuses.add(answer.get(60, TimeUnit.SECONDS));
      }
      assertThat(statuses).filteredOn(s -> s == 200).hasSize(1);
      assertThat(statuses).filteredOn(s -> s == 409).hasSize(writers - 1);
    } finally {
      pool.shutdownNow();
    }
    assertThat(TestApp.queryLong("SELECT version FROM support_groups WHERE id = " + id))
        .isEqualTo(1);
  }

  @Test
  void membersAreAddedMadeLeadAndRemovedAndAPartnersGroupTakesOnlyItsStaff() {
    long id = create(unique("Members"), "L2", "").path("id").asLong();
    long staff =
        TestApp.queryLong("SELECT MIN(id) FROM staff_members WHERE employer_id = " + tenant);
    String members = GROUPS + "/" + id + "/members";

    Api.Reply added = postJson(members, "{\"staffId\":" + staff + ",\"lead\":false}", admin);
    assertThat(added.status()).as(added.body()).isEqualTo(200);
    assertThat(added.json().findValuesAsText("staffId")).containsExactly(String.valueOf(staff));
    assertThat(added.json().get(0).path("lead").asBoolean()).isFalse();

    Api.Reply lead = postJson(members, "{\"staffId\":" + staff + ",\"lead\":true}", admin);
    assertThat(lead.json().get(0).path("lead").asBoolean()).isTrue();
    assertThat(get(members, admin).json().get(0).path("lead").asBoolean()).isTrue();

    assertThat(CannedReplyApiTest.delete(members + "/" + staff, admin).status()).isEqualTo(204);
    assertThat(get(members, admin).json()).isEmpty();
    assertThat(
            TestApp.queryLong(
                "SELECT COUNT(*) FROM support_group_audit WHERE group_id = "
                    + id
                    + " AND action IN ('MEMBER_ADDED', 'LEAD_SET', 'MEMBER_REMOVED')"))
        .isEqualTo(3);

    // Another hospital's staff member reads as one that does not exist.
    long foreignStaff = otherHospitalsStaff();
    assertProblem(postJson(members, "{\"staffId\":" + foreignStaff + "}", admin), 400);

    // A group Northwind's engagement provides carries Northwind and takes only its staff.
    long engagement =
        TestApp.queryLong(
            "SELECT engagement_id FROM engagement_groups WHERE group_id ="
                + " (SELECT id FROM support_groups WHERE name = 'Northwind Overnight Desk')");
    JsonNode partnerGroup =
        create(unique("Northwind Days"), "L1", "\"engagementId\":" + engagement);
    partnerGroups.add(partnerGroup.path("id").asLong());
    long northwind =
        TestApp.queryLong("SELECT partner_id FROM engagements WHERE id = " + engagement);
    assertThat(partnerGroup.path("provider").asText()).isEqualTo("PARTNER");
    assertThat(partnerGroup.path("partnerId").asLong()).isEqualTo(northwind);
    String partnerMembers = GROUPS + "/" + partnerGroup.path("id").asLong() + "/members";
    Api.Reply hospitalStaff = postJson(partnerMembers, "{\"staffId\":" + staff + "}", admin);
    assertThat(assertProblem(hospitalStaff, 400).json().path("errors").findValuesAsText("field"))
        .containsExactly("staffId");
    long northwindStaff =
        TestApp.queryLong("SELECT MIN(id) FROM staff_members WHERE employer_id = " + northwind);
    assertThat(postJson(partnerMembers, "{\"staffId\":" + northwindStaff + "}", admin).status())
        .isEqualTo(200);
  }

  @Test
  void aGroupHoldingAnOpenTicketIsNotRetiredAndOnceRetiredTakesNoNewWork() {
    JsonNode group = create(unique("Retiring"), "L2", "");
    long id = group.path("id").asLong();
    JsonNode ticket = file("Retirement check");
    long ticketId = ticket.path("id").asLong();
    JsonNode moved = move(ticket, id);

    Api.Reply held = postJson(GROUPS + "/" + id + "/retire", "{}", admin);
    assertThat(assertProblem(held, 409).body()).contains("1 open ticket");

    move(moved, serviceDesk);
    Api.Reply retired = postJson(GROUPS + "/" + id + "/retire", "{}", admin);
    assertThat(retired.status()).as(retired.body()).isEqualTo(200);
    assertThat(retired.json().path("retiredAt").isNull()).isFalse();
    assertThat(
            TestApp.queryLong(
                "SELECT COUNT(*) FROM support_group_audit WHERE action = 'RETIRED' AND group_id = "
                    + id))
        .isEqualTo(1);

    // Gone from the agents' pickers and from the admin list unless asked for.
    String name = group.path("name").asText();
    assertThat(get(GROUPS, agent).json().findValuesAsText("name")).doesNotContain(name);
    assertThat(get(GROUPS + "/settings?size=200&q=" + encoded(name), admin).json().path("items"))
        .isEmpty();
    assertThat(
            get(GROUPS + "/settings?retired=true&q=" + encoded(name), admin)
                .json()
                .path("items")
                .findValuesAsText("name"))
        .containsExactly(name);
    // Its members stay readable for an administrator (history), not for the desk's pickers.
    assertThat(get(GROUPS + "/" + id + "/members", admin).status()).isEqualTo(200);
    assertThat(get(GROUPS + "/" + id + "/members", agent).status()).isEqualTo(404);
    // No ticket can be moved into it, and it cannot be changed or retired again.
    JsonNode current = get("/api/tickets/" + ticketId, agent).json();
    Api.Reply refused =
        patchJson(
            "/api/tickets/" + ticketId,
            "{\"version\":" + current.path("version").asLong() + ",\"groupId\":" + id + "}",
            agent);
    assertThat(assertProblem(refused, 400).body()).contains("retired");
    assertProblem(postJson(GROUPS + "/" + id + "/retire", "{}", admin), 409);
  }

  @Test
  void aRetiredRoutedGroupIsSkippedAndTheTiersNextGroupTakesTheTicket() {
    // A routing rule sends tickets to a group that is then retired: new tickets go where the
    // tier's other rules or default send them instead.
    JsonNode group = create(unique("Routed"), "L1", "");
    long id = group.path("id").asLong();
    Api.Reply rule =
        postJson(
            "/api/routing-rules",
            "{\"tier\":\"L1\",\"groupId\":" + id + ",\"titleWords\":[\"retiredroute\"]}",
            admin);
    assertThat(rule.status()).as(rule.body()).isEqualTo(201);
    try {
      assertThat(postJson(GROUPS + "/" + id + "/retire", "{}", admin).status()).isEqualTo(200);
      assertThat(file("retiredroute after").path("groupId").asLong()).isNotEqualTo(id);
    } finally {
      JsonNode written = rule.json();
      Api.send(
          java.net.http.HttpRequest.newBuilder(
                  java.net.URI.create(
                      TestApp.server().getURL()
                          + "/api/routing-rules/"
                          + written.path("id").asLong()
                          + "?version="
                          + written.path("version").asLong()))
              .header("Authorization", "Bearer " + admin)
              .DELETE()
              .build());
    }
  }

  @Test
  void fewestOpenTicketsHandsEachArrivingTicketToTheLeastBusyMember() throws SQLException {
    // Day one of a hospital: two people with no shift, no skill, no open ticket.
    long first = staffMember("Fewest One");
    long second = staffMember("Fewest Two");
    long id =
        create(unique("Fewest"), "L2", "\"autoAssign\":true,\"strategy\":\"FEWEST_OPEN_TICKETS\"")
            .path("id")
            .asLong();
    for (long staff : List.of(first, second)) {
      postJson(GROUPS + "/" + id + "/members", "{\"staffId\":" + staff + "}", admin);
    }
    // Both hold nothing: the lower id takes the first; then the other holds fewer.
    JsonNode one = move(file("Fewest A"), id);
    assertThat(one.path("assigneeId").asLong()).isEqualTo(Math.min(first, second));
    JsonNode two = move(file("Fewest B"), id);
    assertThat(two.path("assigneeId").asLong()).isEqualTo(Math.max(first, second));
    JsonNode three = move(file("Fewest C"), id);
    assertThat(three.path("assigneeId").asLong()).isEqualTo(Math.min(first, second));
  }

  @Test
  void theSetupChecklistCountsTheGroupsInService() {
    SetupStep groups =
        TestApp.context().getBeansOfType(SetupStep.class).stream()
            .filter(step -> step.key().equals("groups"))
            .findFirst()
            .orElseThrow();
    assertThat(groups.link()).isEqualTo("/admin/support-groups");
    long before = groups.count(tenant);
    long id = create(unique("Checklist"), "L3", "").path("id").asLong();
    assertThat(groups.count(tenant)).isEqualTo(before + 1);
    assertThat(postJson(GROUPS + "/" + id + "/retire", "{}", admin).status()).isEqualTo(200);
    assertThat(groups.count(tenant)).isEqualTo(before);
  }

  private static String encoded(String query) {
    return URLEncoder.encode(query, StandardCharsets.UTF_8);
  }

  private static JsonNode file(String title) {
    return file(title, application);
  }

  private static JsonNode file(String title, long app) {
    Api.Reply created =
        postJson(
            "/api/tickets",
            "{\"type\":\"INCIDENT\",\"title\":\""
                + title
                + "\",\"description\":\"x\",\"applicationId\":"
                + app
                + ",\"impact\":3,\"urgency\":3}",
            enduser);
    assertThat(created.status()).as(created.body()).isEqualTo(201);
    return created.json();
  }

  private static JsonNode move(JsonNode ticket, long group) {
    JsonNode current = get("/api/tickets/" + ticket.path("id").asLong(), agent).json();
    Api.Reply moved =
        patchJson(
            "/api/tickets/" + ticket.path("id").asLong(),
            "{\"version\":" + current.path("version").asLong() + ",\"groupId\":" + group + "}",
            agent);
    assertThat(moved.status()).as(moved.body()).isEqualTo(200);
    return moved.json();
  }

  private static long staffMember(String name) throws SQLException {
    try (Connection c = TestApp.connection();
        Statement s = c.createStatement()) {
      s.executeUpdate(
          "INSERT INTO staff_members (tenant_id, employer_id, name, kind, zone,"
              + " weekly_capacity_hours, created_at) VALUES ("
              + tenant
              + ", "
              + tenant
              + ", '"
              + name
              + "', 'INTERNAL', 'America/New_York', 40, CURRENT_TIMESTAMP(6))",
          Statement.RETURN_GENERATED_KEYS);
      try (var keys = s.getGeneratedKeys()) {
        keys.next();
        long id = keys.getLong(1);
        madeStaff.add(id);
        return id;
      }
    }
  }

  private static long otherHospital() {
    return TestApp.queryLong("SELECT id FROM organizations WHERE name = 'Lakeside Medical'");
  }

  /** A calendar of the other hospital, made by its own admin the way any calendar is made. */
  private static long otherHospitalsCalendar() {
    long other = otherHospital();
    String name = "Lakeside hours";
    if (TestApp.queryLong(
            "SELECT COUNT(*) FROM calendars WHERE tenant_id = "
                + other
                + " AND name = '"
                + name
                + "'")
        == 0) {
      Api.Reply made =
          postJson(
              "/api/calendars",
              "{\"name\":\""
                  + name
                  + "\",\"zone\":\"America/Chicago\",\"week\":{\"MONDAY\":"
                  + "[{\"from\":\"08:00\",\"to\":\"17:00\"}]},\"holidays\":[]}",
              outsider);
      assertThat(made.status()).as(made.body()).isEqualTo(201);
    }
    return TestApp.queryLong(
        "SELECT id FROM calendars WHERE tenant_id = " + other + " AND name = '" + name + "'");
  }

  private static long otherHospitalsStaff() {
    long other = otherHospital();
    long count = TestApp.queryLong("SELECT COUNT(*) FROM staff_members WHERE tenant_id = " + other);
    if (count > 0) {
      return TestApp.queryLong("SELECT MIN(id) FROM staff_members WHERE tenant_id = " + other);
    }
    return 999_999_999L; // no staff there: an id nobody has reads the same
  }
}
