package org.medley.market.internal;

import jakarta.inject.Singleton;
import java.sql.Date;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import org.medley.demo.DemoContext;
import org.medley.demo.DemoContribution;

/**
 * The demo hospital's two partner contracts, recorded before the SLA seed attaches each partner's
 * OLA to its engagement (order 21) and the desk makes each partner's group (order 40), which {@link
 * DemoEngagementGroups} then links to the partner's engagement.
 */
@Singleton
class DemoEngagements implements DemoContribution {

  private record Contract(
      String partner,
      String name,
      String scope,
      LocalDate startsOn,
      LocalDate endsOn,
      String manager) {}

  private static Contract[] contracts(LocalDate today) {
    return new Contract[] {
      new Contract(
          "Northwind",
          "Northwind Managed Service Desk – after-hours L1",
          "After-hours L1 service desk for every clinical and business application, 19:00–07:00"
              + " daily and around the clock on hospital holidays: phone and portal intake,"
              + " password and Epic access resets, printing and workstation triage, hand-off to"
              + " Riverside L2 teams by runbook. Works under the business associate agreement.",
          today.withDayOfYear(1).minusYears(1),
          today.withDayOfYear(1).plusYears(2).minusDays(1),
          "partnermgr"),
      new Contract(
          "Apex",
          "Apex Legacy Applications Support – L2",
          "L2 application support for legacy systems kept for records retention (Meditech Magic"
              + " archive and other legacy applications), business hours Monday to Friday, remote."
              + " Release-of-information lookups within one business day.",
          today.minusMonths(8).withDayOfMonth(1),
          today.plusMonths(4).withDayOfMonth(1).minusDays(1),
          "apex-manager")
    };
  }

  @Override
  public int order() {
    return 15;
  }

  @Override
  public void seed(DemoContext context) throws SQLException {
    LocalDate today = LocalDate.ofInstant(context.now(), ZoneOffset.UTC);
    for (Contract c : contracts(today)) {
      Instant recorded = c.startsOn().atStartOfDay(ZoneOffset.UTC).toInstant().minusSeconds(86_400);
      long id =
          context.insert(
              "INSERT INTO engagements (tenant_id, partner_id, name, scope, starts_on, ends_on,"
                  + " manager_account_id, created_by, created_at, updated_at, version)"
                  + " VALUES (?,?,?,?,?,?,?,?,?,?,0)",
              context.tenantId(),
              context.id("partner", c.partner()),
              c.name(),
              c.scope(),
              Date.valueOf(c.startsOn()),
              Date.valueOf(c.endsOn()),
              context.id("user", c.manager()),
              "leader",
              recorded,
              recorded);
      context.execute(
          "INSERT INTO engagement_audit (engagement_id, action, actor, actor_name, at)"
              + " VALUES (?,?,?,?,?)",
          id,
          "CREATED",
          "leader",
          "Maria Chen",
          recorded);
      context.register("engagement", c.partner(), id);
    }
  }
}
