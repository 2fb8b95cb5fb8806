package org.medley.market.internal;

import jakarta.inject.Singleton;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import org.medley.demo.DemoContext;
import org.medley.demo.DemoContribution;

/**
 * Go-live events of the demo hospital: the recent go-live the catalog and desk seed a surge for
 * (still in hypercare), an upgrade finished weeks ago, and an upcoming pharmacy upgrade with a
 * command-center plan, whose surge estimate learns from the other two (its category's history).
 */
@Singleton
class DemoGoLives implements DemoContribution {

  static final String UPCOMING = "Epic Willow (Pharmacy)";
  static final String PAST_UPGRADE = "Epic Cadence (Scheduling)";
  private static final ZoneId HOSPITAL = ZoneId.of("America/New_York");

  @Override
  public int order() {
    // After the catalog (30) and the staffing requests (50), beside which they are listed.
    return 52;
  }

  @Override
  public void seed(DemoContext context) throws SQLException {
    LocalDate today = LocalDate.ofInstant(context.now(), HOSPITAL);
    for (String app : context.keys(DemoContext.GO_LIVE)) {
      LocalDate wentLive = LocalDate.ofEpochDay(context.id(DemoContext.GO_LIVE, app));
      long id =
          event(
              context,
              app,
              "GO_LIVE",
              "Go-live of " + app + " on the wards",
              "LIVE",
              wentLive,
              wentLive.plusDays(13),
              "Two weeks of hypercare: super-users on every ward, the command center in the"
                  + " IT training room.",
              wentLive.minusDays(40));
      audit(context, id, "STARTED", start(wentLive), null);
    }
    LocalDate upgraded = today.minusDays(75);
    long done =
        event(
            context,
            PAST_UPGRADE,
            "UPGRADE",
            "Cadence quarterly upgrade",
            "DONE",
            upgraded,
            upgraded.plusDays(2),
            "Weekend upgrade; schedulers briefed beforehand.",
            upgraded.minusDays(30));
    audit(context, done, "STARTED", start(upgraded), null);
    audit(context, done, "FINISHED", start(upgraded.plusDays(3)), "Quiet weekend.");

    LocalDate starts = today.plusDays(9);
    long upcoming =
        event(
            context,
            UPCOMING,
            "UPGRADE",
            "Willow upgrade to the new dispensing workflow",
            "PLANNED",
            starts,
            starts.plusDays(6),
            "Pharmacy verification screens change; the command center runs for the first week.",
            today.minusDays(3));
    entry(
        context,
        upcoming,
        "Grace Liu",
        "L2",
        starts,
        LocalTime.of(7, 0),
        12,
        "Command-center lead, day shift");
    entry(
        context,
        upcoming,
        "Bianca Rossi",
        "L1",
        starts,
        LocalTime.of(19, 0),
        12,
        "Night phones (Northwind)");
  }

  private static Instant start(LocalDate day) {
    return day.atTime(7, 0).atZone(HOSPITAL).toInstant();
  }

  private static long event(
      DemoContext context,
      String application,
      String kind,
      String title,
      String status,
      LocalDate startsOn,
      LocalDate endsOn,
      String notes,
      LocalDate createdOn)
      throws SQLException {
    Instant created = createdOn.atTime(10, 0).atZone(HOSPITAL).toInstant();
    long id =
        context.insert(
            "INSERT INTO go_live_events (tenant_id, application_id, kind, title, status,"
                + " starts_on, ends_on, notes, created_by, created_at, updated_at, version)"
                + " VALUES (?,?,?,?,?,?,?,?,?,?,?,0)",
            context.tenantId(),
            context.id("application", application),
            kind,
            title,
            status,
            startsOn,
            endsOn,
            notes,
            "leader",
            created,
            created);
    audit(context, id, "CREATED", created, null);
    return id;
  }

  private static void entry(
      DemoContext context,
      long event,
      String person,
      String tier,
      LocalDate day,
      LocalTime from,
      int hours,
      String role)
      throws SQLException {
    Instant startsAt = day.atTime(from).atZone(HOSPITAL).toInstant();
    Instant endsAt = startsAt.plus(Duration.ofHours(hours));
    context.execute(
        "INSERT INTO go_live_plan_entries (event_id, staff_id, name, tier, starts_at, ends_at,"
            + " role, created_by, created_at) VALUES (?,?,?,?,?,?,?,?,?)",
        event,
        context.id("staff", person),
        person,
        tier,
        startsAt,
        endsAt,
        role,
        "leader",
        context.now().minus(Duration.ofDays(2)));
    audit(
        context,
        event,
        "PLANNED",
        context.now().minus(Duration.ofDays(2)),
        person + " at " + tier + ", " + startsAt + " to " + endsAt);
  }

  private static void audit(
      DemoContext context, long event, String action, Instant at, String detail)
      throws SQLException {
    context.execute(
        "INSERT INTO go_live_audit (event_id, action, actor, actor_name, at, detail)"
            + " VALUES (?,?,?,?,?,?)",
        event,
        action,
        "leader",
        "Maria Chen",
        at,
        detail);
  }
}
