package org.medley.market.internal;

import jakarta.inject.Singleton;
import java.sql.SQLException;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import org.medley.demo.DemoContext;
import org.medley.demo.DemoContribution;

/** One open request in the demo hospital, so the marketplace list is not empty on first look. */
@Singleton
class DemoStaffingRequests implements DemoContribution {

  static final String APPLICATION = "Legacy Meditech Magic (Archive)";

  @Override
  public int order() {
    return 50;
  }

  @Override
  public void seed(DemoContext context) throws SQLException {
    var created = context.now().minus(Duration.ofDays(3));
    LocalDate start = LocalDate.ofInstant(context.now(), ZoneOffset.UTC).plusDays(14);
    long id =
        context.insert(
            "INSERT INTO staffing_requests (tenant_id, title, kind, status, minimum_level,"
                + " people_needed, hours_per_week, support_window, starts_on, ends_on, notes,"
                + " rationale, created_by, created_at, updated_at, version)"
                + " VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,0)",
            context.tenantId(),
            "Level 3+ support for " + APPLICATION,
            "LONG_TERM",
            "OPEN",
            3,
            1,
            20.0,
            "Business hours",
            start,
            null,
            "Archive lookups for release-of-information; remote support is fine.",
            "Only one person is at level 3 or above: a single point of failure.",
            "leader",
            created,
            created);
    context.execute(
        "INSERT INTO staffing_request_applications (request_id, application_id) VALUES (?, ?)",
        id,
        context.id("application", APPLICATION));
    context.execute(
        "INSERT INTO staffing_request_audit (request_id, action, actor, actor_name, at)"
            + " VALUES (?,?,?,?,?)",
        id,
        "CREATED",
        "leader",
        "Maria Chen",
        created);
  }
}
