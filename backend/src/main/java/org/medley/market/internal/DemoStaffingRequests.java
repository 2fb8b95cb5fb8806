package org.medley.market.internal;

import jakarta.inject.Singleton;
import java.sql.SQLException;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import org.medley.demo.DemoContext;
import org.medley.demo.DemoContribution;

/**
 * Open requests in the demo hospital, so the marketplace list is not empty on first look: long-term
 * cover for the legacy archive, and hypercare cover for the application that went live recently.
 */
@Singleton
class DemoStaffingRequests implements DemoContribution {

  static final String APPLICATION = "Legacy Meditech Magic (Archive)";

  @Override
  public int order() {
    return 50;
  }

  @Override
  public void seed(DemoContext context) throws SQLException {
    long archive =
        request(
            context,
            "Level 3+ support for " + APPLICATION,
            "LONG_TERM",
            "Business hours",
            1,
            20.0,
            3,
            14,
            null,
            "Archive lookups for release-of-information; remote support is fine.",
            "Only one person is at level 3 or above: a single point of failure.",
            APPLICATION);
    // The marketplace's demo publishes this one and answers it (DemoMarketplace).
    context.register("staffing-request", APPLICATION, archive);
    for (String app : context.keys(DemoContext.GO_LIVE)) {
      LocalDate wentLive = LocalDate.ofEpochDay(context.id(DemoContext.GO_LIVE, app));
      request(
          context,
          "Hypercare cover for " + app + " after its go-live",
          "GO_LIVE_SURGE",
          "Clinical hours",
          2,
          40.0,
          1,
          2,
          16,
          "Went live on the wards on "
              + wentLive.format(DateTimeFormatter.ofPattern("MMMM d", Locale.US))
              + "; tickets for it ran at several times the usual volume in the days after."
              + " Floor support on day and evening shifts until hypercare ends.",
          "Only one analyst is at level 3 or above, and the go-live surge is not over.",
          app);
    }
  }

  private static long request(
      DemoContext context,
      String title,
      String kind,
      String window,
      int peopleNeeded,
      double hoursPerWeek,
      int createdDaysAgo,
      int startsInDays,
      Integer endsAfterDays,
      String notes,
      String rationale,
      String application)
      throws SQLException {
    var created = context.now().minus(Duration.ofDays(createdDaysAgo));
    LocalDate start = LocalDate.ofInstant(context.now(), ZoneOffset.UTC).plusDays(startsInDays);
    long id =
        context.insert(
            "INSERT INTO staffing_requests (tenant_id, title, kind, status, minimum_level,"
                + " people_needed, hours_per_week, support_window, starts_on, ends_on, notes,"
                + " rationale, created_by, created_at, updated_at, version)"
                + " VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,0)",
            context.tenantId(),
            title,
            kind,
            "OPEN",
            3,
            peopleNeeded,
            hoursPerWeek,
            window,
            start,
            endsAfterDays == null ? null : start.plusDays(endsAfterDays),
            notes,
            rationale,
            "leader",
            created,
            created);
    context.execute(
        "INSERT INTO staffing_request_applications (request_id, application_id) VALUES (?, ?)",
        id,
        context.id("application", application));
    context.execute(
        "INSERT INTO staffing_request_audit (request_id, action, actor, actor_name, at)"
            + " VALUES (?,?,?,?,?)",
        id,
        "CREATED",
        "leader",
        "Maria Chen",
        created);
    return id;
  }
}
