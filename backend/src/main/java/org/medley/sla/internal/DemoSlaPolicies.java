package org.medley.sla.internal;

import jakarta.inject.Singleton;
import java.sql.SQLException;
import java.time.Duration;
import org.medley.demo.DemoContext;
import org.medley.demo.DemoContribution;

/**
 * The demo hospital's SLA policy per priority, and the OLA thresholds of its two partners'
 * engagements. Runs after the calendars and the engagements (market, order 15).
 */
@Singleton
class DemoSlaPolicies implements DemoContribution {

  private record Policy(
      String name,
      String priority,
      String calendar,
      Duration response,
      Duration resolution,
      String actions) {}

  private static final Policy[] POLICIES = {
    new Policy(
        "P1 critical",
        "P1",
        "24x7",
        Duration.ofMinutes(15),
        Duration.ofHours(4),
        "ESCALATE_TIER,NOTIFY_ASSIGNEE,NOTIFY_GROUP_LEAD"),
    new Policy(
        "P2 high",
        "P2",
        "Clinical hours",
        Duration.ofHours(1),
        Duration.ofHours(8),
        "NOTIFY_ASSIGNEE,NOTIFY_GROUP_LEAD"),
    // Business days on the 08:00–17:00 calendar are nine hours long.
    new Policy(
        "P3 moderate",
        "P3",
        "Business hours",
        Duration.ofHours(4),
        Duration.ofHours(27),
        "NOTIFY_ASSIGNEE,NOTIFY_GROUP_LEAD"),
    new Policy(
        "P4 low",
        "P4",
        "Business hours",
        Duration.ofHours(9),
        Duration.ofHours(90),
        "NOTIFY_ASSIGNEE")
  };

  @Override
  public int order() {
    return 21;
  }

  @Override
  public void seed(DemoContext context) throws SQLException {
    long tenant = context.tenantId();
    for (Policy p : POLICIES) {
      long id =
          context.insert(
              "INSERT INTO sla_policies (tenant_id, name, ticket_type, priority, criticality,"
                  + " organization_id, calendar_id, response_ms, resolution_ms, response_met_by,"
                  + " pause_on, warnings, breach_actions, on_retarget, active, version, created_at,"
                  + " updated_at) VALUES (?,?,NULL,?,NULL,NULL,?,?,?,'EITHER',"
                  + " 'PENDING:CUSTOMER,PENDING:VENDOR','50,75,90',?,'CARRY_OVER',TRUE,0,?,?)",
              tenant,
              p.name(),
              p.priority(),
              context.id("calendar", p.calendar()),
              p.response().toMillis(),
              p.resolution().toMillis(),
              p.actions(),
              context.now(),
              context.now());
      context.register("sla-policy", p.priority(), id);
    }
    // Northwind works the overnight L1 queue: it answers fast and hands on or fixes within a day.
    ola(context, "Northwind", "24x7", Duration.ofMinutes(30), Duration.ofHours(24));
    ola(context, "Apex", "Business hours", Duration.ofHours(2), Duration.ofHours(18));
  }

  private static void ola(
      DemoContext context, String partner, String calendar, Duration response, Duration resolution)
      throws SQLException {
    long id =
        context.insert(
            "INSERT INTO ola_policies (tenant_id, engagement_id, partner_id, calendar_id,"
                + " response_ms, resolution_ms, pause_on, warnings, breach_actions, created_at)"
                + " VALUES (?,?,?,?,?,?,'PENDING:CUSTOMER,PENDING:VENDOR,PENDING:CHANGE','75,90',"
                + " 'NOTIFY_ASSIGNEE,NOTIFY_PARTNER_MANAGER',?)",
            context.tenantId(),
            context.id("engagement", partner),
            context.id("partner", partner),
            context.id("calendar", calendar),
            response.toMillis(),
            resolution.toMillis(),
            context.now());
    context.register("ola-policy", partner, id);
  }
}
