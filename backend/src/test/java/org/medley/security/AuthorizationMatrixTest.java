package org.medley.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.medley.testing.Api;
import org.medley.testing.TestApp;
import org.medley.testing.TestUsers;
import org.yaml.snakeyaml.Yaml;

/**
 * Every operation of the generated OpenAPI document × every role, against the expectation written
 * down in {@code authorization-matrix.tsv}: {@code A} the role is let in (any answer but 401, 403
 * or 404), {@code D} it is kept out (401, 403 or 404). An operation without a line fails the build,
 * so a new endpoint cannot ship without someone deciding who may call it. Ids in paths name the
 * demo hospital's own records; a second health system's admin must be kept out of every one of
 * them. Bodies are empty objects: a let-in role's 400 says it passed authorization.
 */
class AuthorizationMatrixTest {

  private static final List<String> ROLES =
      List.of(
          "anonymous",
          "enduser",
          "agent",
          "partner",
          "leader",
          "exec",
          "admin",
          "apex",
          "partnermgr");

  private static final Map<String, String> tokens = new LinkedHashMap<>();
  private static final Map<String, Long> ids = new LinkedHashMap<>();

  @BeforeAll
  static void fixtures() throws SQLException {
    for (String role : ROLES.subList(1, ROLES.size())) {
      if (!role.equals("apex")) {
        tokens.put(role, TestApp.tokenFor(role));
      }
    }
    // Another partner of the same hospital: it must never reach Northwind's tickets.
    tokens.put("apex", TestUsers.partnerAgent("apex-agent", "Apex Clinical IT Staffing"));
    tokens.put(
        "outsider",
        TestUsers.otherTenant("lakeside-all", "admin,agent,it-leader,executive,end-user"));
    // A ticket the end user filed and the Northwind desk holds: every role's legitimate view of it.
    String created =
        Api.postJson(
                "/api/tickets",
                "{\"type\":\"INCIDENT\",\"title\":\"Matrix\",\"description\":\"x\",\"applicationId\":"
                    + TestApp.queryLong("SELECT MIN(id) FROM applications")
                    + ",\"impact\":3,\"urgency\":3}",
                tokens.get("enduser"))
            .body();
    long ticket = Long.parseLong(created.replaceAll("(?s).*?\"id\":(\\d+).*", "$1"));
    long northwind =
        TestApp.queryLong("SELECT id FROM support_groups WHERE name = 'Northwind Overnight Desk'");
    Api.patchJson(
        "/api/tickets/" + ticket,
        "{\"version\":0,\"groupId\":" + northwind + "}",
        tokens.get("agent"));
    // A public reply notifies the requester: the end user's notification the matrix marks read.
    Api.postJson(
        "/api/tickets/" + ticket + "/comments",
        "{\"body\":\"Looking into it\",\"visibility\":\"PUBLIC\"}",
        tokens.get("agent"));
    ids.put("/api/tickets/", ticket);
    ids.put("/tmf-api/troubleTicket/v4/troubleTicket/", ticket);
    // A public reply notifies the end user, so the notification endpoints have a row of theirs
    // even when this test runs alone.
    Api.postJson(
        "/api/tickets/" + ticket + "/comments",
        "{\"body\":\"Matrix reply\",\"visibility\":\"PUBLIC\"}",
        tokens.get("agent"));
    Api.send(
        Api.request("/api/tickets/" + ticket + "/attachments")
            .header("Authorization", "Bearer " + tokens.get("enduser"))
            .header("Content-Type", "multipart/form-data; boundary=" + BOUNDARY)
            .POST(UPLOAD)
            .build());
    attachment =
        TestApp.queryLong("SELECT MAX(id) FROM ticket_attachments WHERE ticket_id = " + ticket);
    ids.put("/api/support-groups/", northwind);
    // A canned reply of Northwind's group, made for the matrix (an admin deletes it on the way).
    String reply =
        Api.postJson(
                "/api/support-groups/" + northwind + "/canned-replies",
                "{\"title\":\"Matrix fixture\",\"body\":\"Hello\"}",
                tokens.get("admin"))
            .body();
    cannedReply = Long.parseLong(reply.replaceAll("(?s).*?\"id\":(\\d+).*", "$1"));
    // Watchers: Northwind's own agent, whom the hospital desk and Northwind may add or remove.
    partnerAccount = TestApp.queryLong("SELECT id FROM user_accounts WHERE username = 'partner'");
    // Northwind's desk has no escalation target in the demo: the admin's clear changes nothing.
    ids.put("/api/routing-rules/escalations/", northwind);
    ids.put("/api/routing-rules/", TestApp.queryLong("SELECT MIN(id) FROM routing_rules"));
    ids.put("/api/calendars/", TestApp.queryLong("SELECT MIN(id) FROM calendars"));
    ids.put(
        "/api/business-associate-agreements/",
        TestApp.queryLong("SELECT MIN(id) FROM business_associate_agreements"));
    // A person of the demo hospital whom the matrix may disable and send links to.
    TestUsers.demoTenant("matrix-person", "end-user");
    ids.put(
        "/api/users/",
        TestApp.queryLong("SELECT id FROM user_accounts WHERE username = 'matrix-person'"));
    ids.put("/api/sla/policies/", TestApp.queryLong("SELECT MIN(id) FROM sla_policies"));
    ids.put("/api/sla/olas/", TestApp.queryLong("SELECT MIN(id) FROM ola_policies"));
    ids.put("/api/applications/", TestApp.queryLong("SELECT MIN(id) FROM applications"));
    ids.put("/api/vendors/", vendor());
    // A device under Northwind's engagement: Northwind's people read it, Apex's must not.
    ids.put(
        "/api/devices/",
        TestApp.queryLong(
            "SELECT MIN(d.id) FROM devices d JOIN engagement_groups g"
                + " ON g.engagement_id = d.contract_engagement_id WHERE g.group_id ="
                + " (SELECT id FROM support_groups WHERE name = 'Northwind Overnight Desk')"));
    ids.put("/api/device-models/", TestApp.queryLong("SELECT MIN(id) FROM device_models"));
    // An open work order on one of Northwind's devices: Northwind works it, Apex must not see it.
    ids.put(
        "/api/work-orders/",
        TestApp.queryLong(
            "SELECT MIN(w.id) FROM work_orders w JOIN devices d ON d.id = w.device_id"
                + " JOIN engagement_groups g ON g.engagement_id = d.contract_engagement_id"
                + " WHERE w.status = 'OPEN' AND g.group_id ="
                + " (SELECT id FROM support_groups WHERE name = 'Northwind Overnight Desk')"));
    // The demo's advisory, on devices under Northwind's contract: Apex's agent must not read it.
    ids.put(
        "/api/advisories/",
        TestApp.queryLong("SELECT MIN(id) FROM advisories WHERE cve = 'CVE-2024-31987'"));
    ids.put("/api/vendor-cases/", TestApp.queryLong("SELECT MIN(id) FROM vendor_cases"));
    ids.put("/api/staff/", TestApp.queryLong("SELECT MIN(id) FROM staff_members"));
    ids.put("/api/coverage/applications/", TestApp.queryLong("SELECT MIN(id) FROM applications"));
    ids.put("/api/coverage/staff/", TestApp.queryLong("SELECT MIN(id) FROM staff_members"));
    ids.put("/api/staffing-requests/", TestApp.queryLong("SELECT MIN(id) FROM staffing_requests"));
    ids.put(
        "/api/partners/",
        TestApp.queryLong(
            "SELECT id FROM organizations WHERE name = 'Northwind Managed Services'"));
    // No proposal has this id: the lines say who passes the roles, MarketplaceApiTest the rest.
    ids.put("/api/proposals/", Long.MAX_VALUE);
    // The demo's finished upgrade: writes meet 409 (it is over) and change nothing.
    ids.put(
        "/api/go-lives/",
        TestApp.queryLong("SELECT MIN(id) FROM go_live_events WHERE status = 'DONE'"));
    // Northwind's engagement: its own agents read it, Apex's must not.
    ids.put(
        "/api/engagements/",
        TestApp.queryLong(
            "SELECT engagement_id FROM engagement_groups WHERE group_id ="
                + " (SELECT id FROM support_groups WHERE name = 'Northwind Overnight Desk')"));
    // Northwind's scorecards: the hospital and Northwind's manager read them, nobody else.
    ids.put(
        "/api/scorecards/partners/",
        TestApp.queryLong(
            "SELECT id FROM organizations WHERE name = 'Northwind Managed Services'"));
    ids.put("/api/scorecards/engagements/", ids.get("/api/engagements/"));
    // A partner-desk connector of the demo hospital (its desk unreachable: a test fails fast).
    Api.postJson(
        "/api/integrations/connectors",
        "{\"kind\":\"REQUEST_TRACKER\",\"name\":\"Matrix desk\","
            + "\"baseUrl\":\"http://127.0.0.1:9\",\"auth\":{\"type\":\"NONE\"}}",
        tokens.get("admin"));
    ids.put(
        "/api/integrations/connectors/",
        TestApp.queryLong(
            "SELECT MIN(id) FROM desk_connectors WHERE name = 'Matrix desk' AND deleted_at IS NULL"));
    // Another, for the desks' webhook (the matrix deletes the one above on its way): without the
    // desk's HMAC signature its webhook takes no call, whoever sends it.
    Api.postJson(
        "/api/integrations/connectors",
        "{\"kind\":\"SERVICENOW\",\"name\":\"Matrix webhook desk\","
            + "\"baseUrl\":\"http://127.0.0.1:9\",\"auth\":{\"type\":\"NONE\"},"
            + "\"webhookSecret\":\"matrix-secret\"}",
        tokens.get("admin"));
    ids.put(
        "/api/integrations/",
        TestApp.queryLong(
            "SELECT MIN(id) FROM desk_connectors WHERE name = 'Matrix webhook desk'"
                + " AND deleted_at IS NULL"));
    ids.put(
        "/api/notifications/",
        TestApp.queryLong(
            "SELECT MAX(n.id) FROM notifications n JOIN user_accounts u ON u.id ="
                + " n.recipient_id WHERE u.username = 'enduser'"));
  }

  /**
   * Well-formed bodies for operations whose row-level checks come after validation, so that a
   * kept-out role meets the access check rather than a 400. Versions are deliberately stale: a
   * let-in role gets 409 and changes nothing.
   */
  private static final Map<String, String> BODIES =
      Map.ofEntries(
          Map.entry(
              "POST /api/tickets",
              "{\"type\":\"INCIDENT\",\"title\":\"Matrix\",\"description\":\"x\","
                  + "\"applicationId\":1,\"impact\":3,\"urgency\":3}"),
          Map.entry("PATCH /api/tickets/{id}", "{\"version\":99999,\"urgency\":3}"),
          Map.entry("POST /api/tickets/{id}/comments", "{\"body\":\"Matrix check\"}"),
          // Refused (400) after the role check, so the matrix neither plans nor unsets anything.
          Map.entry("POST /api/work-orders/plan", "{\"through\":\"2000-01-01\"}"),
          Map.entry("PUT /api/htm/settings", "{\"biomedGroupId\":99999999}"),
          Map.entry(
              "PUT /api/users/{id}",
              "{\"displayName\":\"Matrix\",\"roles\":[\"end-user\"],\"organizationId\":1,"
                  + "\"version\":99999}"),
          Map.entry(
              "POST /api/tickets/{id}/escalations", "{\"reason\":\"matrix\",\"version\":99999}"),
          Map.entry("POST /api/tickets/{id}/transitions", "{\"to\":\"CLOSED\",\"version\":99999}"),
          Map.entry("POST /api/tickets/{id}/rating", "{\"rating\":5}"),
          Map.entry(
              "POST /api/integrations/dead-letters/{eventId}/discard", "{\"reason\":\"matrix\"}"),
          Map.entry(
              "PUT /api/engagements/{id}",
              "{\"name\":\"Matrix\",\"scope\":\"x\",\"startsOn\":\"2026-01-01\","
                  + "\"version\":99999}"),
          Map.entry("POST /api/engagements/{id}/end", "{\"reason\":\"matrix\",\"version\":99999}"),
          Map.entry(
              "POST /api/business-associate-agreements/{id}/end",
              "{\"effectiveUntil\":\"1999-01-01\"}"),
          Map.entry(
              "PUT /api/tickets/{id}/external-references/{system}",
              "{\"externalId\":\"MATRIX-1\"}"),
          Map.entry(
              "POST /api/calendars/{id}/deadline",
              "{\"start\":\"2026-11-23T10:00:00Z\",\"duration\":\"PT1H\"}"),
          // {ticket} and {group} are the matrix ticket and Northwind's group (see call()).
          Map.entry(
              "POST /api/tickets/bulk",
              "{\"ticketIds\":[{ticket}],\"action\":\"CHANGE_GROUP\",\"groupId\":{group},"
                  + "\"versions\":{\"{ticket}\":99999}}"),
          Map.entry("POST /api/tickets/{id}/merge", "{\"into\":{ticket},\"version\":99999}"),
          Map.entry(
              "POST /api/tickets/{id}/links", "{\"type\":\"RELATED_TO\",\"ticketId\":{ticket}}"),
          Map.entry(
              "POST /api/support-groups/{id}/canned-replies",
              "{\"title\":\"Matrix\",\"body\":\"Hello {{requester.firstName}}\"}"),
          Map.entry(
              "PUT /api/support-groups/{id}/canned-replies/{replyId}",
              "{\"title\":\"Matrix reply\",\"body\":\"Hello\",\"version\":99999}"),
          Map.entry(
              "POST /api/tickets/{ticketId}/vendor-cases",
              "{\"vendorId\":{vendor},\"subject\":\"Matrix\",\"body\":\"x\",\"version\":99999}"),
          Map.entry(
              "PUT /api/vendors/{id}",
              "{\"channel\":\"EMAIL\",\"caseEmail\":\"matrix@vendor.example\",\"version\":99999}"),
          Map.entry(
              "PATCH /api/vendor-cases/{id}", "{\"caseNumber\":\"MATRIX\",\"version\":99999}"),
          Map.entry("POST /api/vendor-cases/{id}/close", "{\"note\":\"Matrix\",\"version\":99999}"),
          Map.entry(
              "POST /api/vendor-cases/{id}/re-escalate",
              "{\"subject\":\"Matrix\",\"body\":\"x\",\"version\":99999}"),
          Map.entry(
              "POST /api/calendars/{id}/elapsed",
              "{\"from\":\"2026-11-23T10:00:00Z\",\"to\":\"2026-11-23T12:00:00Z\"}"));

  /** A multipart upload of a tiny text file, for the attachment endpoints. */
  private static final String BOUNDARY = "matrixBoundary";

  private static final HttpRequest.BodyPublisher UPLOAD =
      HttpRequest.BodyPublishers.ofString(
          "--"
              + BOUNDARY
              + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"matrix.txt\""
              + "\r\nContent-Type: text/plain\r\n\r\nmatrix check\r\n--"
              + BOUNDARY
              + "--\r\n");

  private static long attachment;
  private static long cannedReply;
  private static long partnerAccount;

  record Operation(String method, String path) {
    String key() {
      return method + " " + path;
    }
  }

  @Test
  void everyOperationAnswersEveryRoleAsWrittenDown() throws IOException {
    Map<String, String> expected = expectations();
    List<String> failures = new ArrayList<>();
    List<String> observed = new ArrayList<>();
    for (Operation operation : operations()) {
      String row = expected.get(operation.key());
      if (row == null) {
        failures.add(operation.key() + ": no line in authorization-matrix.tsv");
      }
      StringBuilder seen = new StringBuilder(operation.key());
      for (int i = 0; i < ROLES.size(); i++) {
        int status = call(operation, tokens.get(ROLES.get(i)));
        seen.append('\t').append(status);
        if (status >= 500) {
          failures.add(operation.key() + " as " + ROLES.get(i) + ": " + status);
        }
        if (row != null) {
          char want = row.charAt(i);
          boolean denied = status == 401 || status == 403 || status == 404;
          if (ROLES.get(i).equals("anonymous") && want == 'D' && status != 401) {
            failures.add(operation.key() + " anonymous: want 401, got " + status);
          } else if (want == 'A' && denied) {
            failures.add(operation.key() + " as " + ROLES.get(i) + ": want in, got " + status);
          } else if (want == 'D' && !denied) {
            failures.add(operation.key() + " as " + ROLES.get(i) + ": want out, got " + status);
          }
        }
      }
      if (operation.path().contains("{")) {
        int status = call(operation, tokens.get("outsider"));
        seen.append("\toutsider ").append(status);
        // A write refused for its body before anything was looked up reveals nothing either.
        boolean refusedUnread = !operation.method().equals("GET") && status == 400;
        if (status != 403 && status != 404 && status != 401 && !refusedUnread) {
          failures.add(operation.key() + " as another health system's admin: " + status);
        }
      }
      observed.add(seen.toString());
    }
    assertThat(failures).as(ids + "\n" + String.join("\n", observed)).isEmpty();
  }

  @Test
  void anotherPartnerNeitherListsNorSearchesTheTicketOnePartnerHolds() {
    long ticket = ids.get("/api/tickets/");
    String northwind = Api.get("/api/tickets?queue=ALL&size=200", tokens.get("partner")).body();
    assertThat(northwind).contains("\"id\":" + ticket + ",");
    for (String query : List.of("queue=ALL&size=200", "q=Matrix&size=200", "size=200")) {
      var listed = Api.get("/api/tickets?" + query, tokens.get("apex"));
      assertThat(listed.status()).isEqualTo(200);
      assertThat(listed.json().path("items").findValuesAsText("id"))
          .as(query)
          .doesNotContain(String.valueOf(ticket));
    }
  }

  /** Epic Systems, a vendor of the demo hospital's directory. */
  private static long vendor() {
    return TestApp.queryLong("SELECT id FROM organizations WHERE name = 'Epic Systems'");
  }

  private static int call(Operation operation, String token) {
    String path = operation.path();
    for (var id : ids.entrySet()) {
      if (path.startsWith(id.getKey())) {
        path = path.replaceFirst("\\{[^}]+}", String.valueOf(id.getValue()));
      }
    }
    path = path.replace("{attachmentId}", String.valueOf(attachment));
    path = path.replace("{replyId}", String.valueOf(cannedReply));
    path = path.replace("{accountId}", String.valueOf(partnerAccount));
    path = path.replaceAll("\\{[^}]+}", "1");
    boolean upload = path.endsWith("/import");
    boolean attach = path.endsWith("/attachments") && operation.method().equals("POST");
    HttpRequest.Builder request =
        Api.request(path)
            .header("Accept", path.endsWith(".csv") ? "text/csv" : "application/json")
            .header(
                "Content-Type",
                upload
                    ? "text/csv"
                    : attach ? "multipart/form-data; boundary=" + BOUNDARY : "application/json");
    if (token != null) {
      request.header("Authorization", "Bearer " + token);
    }
    HttpRequest.BodyPublisher body =
        attach
            ? UPLOAD
            : HttpRequest.BodyPublishers.ofString(
                upload
                    ? ""
                    : BODIES
                        .getOrDefault(operation.key(), "{}")
                        .replace("{ticket}", String.valueOf(ids.get("/api/tickets/")))
                        .replace("{group}", String.valueOf(ids.get("/api/support-groups/")))
                        .replace("{vendor}", String.valueOf(vendor())));
    request.method(
        operation.method(),
        operation.method().equals("GET") ? HttpRequest.BodyPublishers.noBody() : body);
    return Api.send(request.build()).status();
  }

  @SuppressWarnings("unchecked")
  private static List<Operation> operations() throws IOException {
    try (InputStream in =
        AuthorizationMatrixTest.class.getResourceAsStream("/META-INF/swagger/medley-api-0.1.yml")) {
      assertThat(in).as("the generated OpenAPI document").isNotNull();
      Map<String, Object> document = new Yaml().load(in);
      List<Operation> operations = new ArrayList<>();
      var paths = (Map<String, Map<String, Object>>) document.get("paths");
      paths.forEach(
          (path, methods) ->
              methods.keySet().stream()
                  .filter(m -> List.of("get", "post", "put", "patch", "delete").contains(m))
                  .forEach(m -> operations.add(new Operation(m.toUpperCase(), path))));
      return operations;
    }
  }

  /** "METHOD path" → one letter per role, in the order of {@link #ROLES}. */
  private static Map<String, String> expectations() throws IOException {
    Map<String, String> expected = new LinkedHashMap<>();
    try (InputStream in =
        AuthorizationMatrixTest.class.getResourceAsStream("/authorization-matrix.tsv")) {
      assertThat(in).isNotNull();
      for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
        if (line.isBlank() || line.startsWith("#")) {
          continue;
        }
        String[] cells = line.trim().split("\\s+");
        String letters = String.join("", List.of(cells).subList(2, cells.length));
        assertThat(letters).as(line).hasSize(ROLES.size()).matches("[AD]+");
        expected.put(cells[0] + " " + cells[1], letters);
      }
    }
    return expected;
  }
}
