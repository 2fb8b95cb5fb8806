package org.medley.insight.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.medley.testing.Api.get;
import static org.medley.testing.Api.patchJson;
import static org.medley.testing.Api.postJson;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.medley.testing.Api;
import org.medley.testing.TestApp;

/**
 * The operations model kept incrementally from the desk's events equals the model rebuilt from the
 * desk's rows, after a random sequence of real ticket actions over HTTP (filing, starting, pending,
 * escalating, re-routing, resolving, reopening, closing, cancelling, rating). The seed is printed;
 * {@code -Dinsight.seed=…} replays one.
 */
class OperationsModelPropertyTest {

  private static final int TICKETS = 10;
  private static final int STEPS = 70;

  @Test
  void incrementalEqualsRebuiltAfterRandomTicketActions() throws SQLException {
    long seed = Long.getLong("insight.seed", System.nanoTime());
    System.out.println("OperationsModelPropertyTest seed " + seed);
    Random random = new Random(seed);
    String enduser = TestApp.tokenFor("enduser");
    String agent = TestApp.tokenFor("agent");
    String admin = TestApp.tokenFor("admin");
    long tenant = TestApp.queryLong("SELECT tenant_id FROM user_accounts WHERE username = 'admin'");
    long application =
        TestApp.queryLong("SELECT id FROM applications WHERE category = 'EHR' ORDER BY id LIMIT 1");
    List<Long> groups = new ArrayList<>();
    try (Connection c = TestApp.connection();
        Statement s = c.createStatement();
        ResultSet rows =
            s.executeQuery(
                "SELECT id FROM support_groups WHERE tenant_id = "
                    + tenant
                    + " AND provider = 'INTERNAL' AND tier IN ('L1', 'L2') ORDER BY id LIMIT 4")) {
      while (rows.next()) {
        groups.add(rows.getLong(1));
      }
    }
    OperationsModel model = TestApp.context().getBean(OperationsModel.class);
    OperationsStore store = TestApp.context().getBean(OperationsStore.class);
    model.rebuild(tenant); // tickets other tests stored without the desk's events

    List<Long> tickets = new ArrayList<>();
    for (int i = 0; i < TICKETS; i++) {
      Api.Reply created =
          postJson(
              "/api/tickets",
              "{\"type\":\"INCIDENT\",\"title\":\"Property "
                  + UUID.randomUUID()
                  + "\",\"description\":\"Random walk\",\"applicationId\":"
                  + application
                  + ",\"impact\":"
                  + (1 + random.nextInt(3))
                  + ",\"urgency\":"
                  + (1 + random.nextInt(3))
                  + ",\"phi\":false}",
              enduser);
      assertThat(created.status()).as(created.body()).isEqualTo(201);
      tickets.add(created.json().path("id").asLong());
    }
    Map<String, Integer> done = new HashMap<>();
    for (int step = 0; step < STEPS; step++) {
      // The first steps route, escalate and resolve an open ticket each, so that every walk does
      // what the model must count, whatever the seed; the rest is random.
      long id = step < 3 ? tickets.get(step) : tickets.get(random.nextInt(tickets.size()));
      String path = "/api/tickets/" + id;
      int action = step < 3 ? new int[] {3, 2, 4}[step] : random.nextInt(10);
      String name;
      Api.Reply reply;
      switch (action) {
        case 0 -> {
          name = "start";
          reply = postJson(path + "/transitions", "{\"to\":\"IN_PROGRESS\"}", agent);
        }
        case 1 -> {
          name = "pend";
          reply =
              postJson(
                  path + "/transitions", "{\"to\":\"PENDING\",\"reason\":\"CUSTOMER\"}", agent);
        }
        case 2 -> {
          name = "escalate";
          reply = postJson(path + "/escalations", "{\"reason\":\"Needs the next tier\"}", admin);
        }
        case 3 -> {
          name = "route";
          long version = get(path, admin).json().path("version").asLong();
          reply =
              patchJson(
                  path,
                  "{\"version\":"
                      + version
                      + ",\"groupId\":"
                      + groups.get(random.nextInt(groups.size()))
                      + "}",
                  admin);
        }
        case 4, 5 -> {
          name = "resolve";
          reply =
              postJson(
                  path + "/transitions",
                  "{\"to\":\"RESOLVED\",\"resolutionCode\":\"FIXED\",\"resolution\":\"Done\"}",
                  admin);
        }
        case 6 -> {
          name = "reopen";
          reply =
              postJson(
                  path + "/transitions",
                  "{\"to\":\"IN_PROGRESS\",\"reason\":\"Still broken\"}",
                  enduser);
        }
        case 7 -> {
          name = "close";
          reply = postJson(path + "/transitions", "{\"to\":\"CLOSED\"}", enduser);
        }
        case 8 -> {
          name = "cancel";
          reply =
              postJson(
                  path + "/transitions", "{\"to\":\"CANCELLED\",\"reason\":\"Not needed\"}", admin);
        }
        default -> {
          name = "rate";
          reply =
              postJson(path + "/rating", "{\"rating\":" + (1 + random.nextInt(5)) + "}", enduser);
        }
      }
      assertThat(reply.status()).as(name + ": " + reply.body()).isLessThan(500);
      if (reply.status() < 300) {
        done.merge(name, 1, Integer::sum);
      }
    }
    System.out.println("OperationsModelPropertyTest actions " + done);
    assertThat(done.keySet()).as("the walk did things").contains("resolve", "escalate", "route");

    List<OpsFact> incremental = store.facts(tenant);
    List<String> incrementalDaily = cells(tenant, "insight_ops_daily", "on_day");
    List<String> incrementalMonthly = cells(tenant, "insight_ops_monthly", "month_start");
    model.rebuild(tenant);
    List<OpsFact> rebuilt = store.facts(tenant);

    assertThat(incremental.stream().filter(f -> tickets.contains(f.ticketId())).toList())
        .as("the walk's tickets, kept from events vs rebuilt from rows (seed " + seed + ")")
        .isEqualTo(rebuilt.stream().filter(f -> tickets.contains(f.ticketId())).toList());
    assertThat(incremental).isEqualTo(rebuilt);
    assertThat(incrementalDaily).isEqualTo(cells(tenant, "insight_ops_daily", "on_day"));
    assertThat(incrementalMonthly)
        .as("month cells kept from events vs rebuilt")
        .isEqualTo(cells(tenant, "insight_ops_monthly", "month_start"));
    assertThat(get("/api/insights/operations", admin).status()).isEqualTo(200);
  }

  /** A roll-up table's rows that count anything, as text. */
  private static List<String> cells(long tenant, String table, String day) throws SQLException {
    TestApp.context().getBean(Rollups.class).foldPending();
    List<String> rows = new ArrayList<>();
    try (Connection c = TestApp.connection();
        Statement s = c.createStatement();
        ResultSet r =
            s.executeQuery(
                "SELECT "
                    + day
                    + ", priority, tier, first_tier, application_id, group_id, partner_id,"
                    + " opened, escalated, left_open, resolved, first_contact, reopened, rated,"
                    + " rating_sum FROM "
                    + table
                    + " WHERE tenant_id = "
                    + tenant
                    + " AND (opened <> 0 OR escalated <> 0 OR left_open <> 0 OR resolved <> 0 OR"
                    + " first_contact <> 0 OR reopened <> 0 OR rated <> 0 OR rating_sum <> 0)"
                    + " ORDER BY 1, 2, 3, 4, 5, 6, 7")) {
      while (r.next()) {
        StringBuilder row = new StringBuilder();
        for (int i = 1; i <= 15; i++) {
          row.append(r.getString(i)).append(' ');
        }
        rows.add(row.toString());
      }
    }
    return rows;
  }
}
