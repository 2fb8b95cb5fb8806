package org.medley.market.internal;

import io.micronaut.json.JsonMapper;
import jakarta.inject.Singleton;
import java.io.IOException;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import org.medley.demo.DemoContext;
import org.medley.demo.DemoContribution;

/**
 * The demo marketplace: Northwind and Apex have profiles with rate cards and named people, the
 * legacy-archive request is published to every partner, and Apex has answered it, so a newcomer can
 * rank partners, compare and accept, and Northwind's partner manager can propose too.
 */
@Singleton
class DemoMarketplace implements DemoContribution {

  private static final String ARCHIVE = DemoStaffingRequests.APPLICATION;

  private final JsonMapper json;

  DemoMarketplace(JsonMapper json) {
    this.json = json;
  }

  @Override
  public int order() {
    // After the staffing requests (50) it publishes and answers.
    return 52;
  }

  @Override
  public void seed(DemoContext context) throws SQLException {
    long epic = context.id("application", "Epic ClinDoc (Inpatient)");
    long asap = context.id("application", "Epic ASAP (Emergency)");
    long archive = context.id("application", ARCHIVE);
    profile(
        context,
        context.id("partner", "Northwind"),
        new PartnerProfile.Document(
            "Overnight and weekend service desk for Epic hospitals, with Epic-certified analysts"
                + " who take L2 clinical application tickets.",
            List.of("US East", "US Central"),
            List.of("L1", "L2"),
            List.of("Epic ClinDoc certified", "HDI Support Center Analyst", "ITIL 4 Foundation"),
            List.of(
                new PartnerProfile.Offering(
                    "SERVICE_DESK_TIER",
                    "L1 and L2 desk, nights and weekends",
                    List.of(
                        new PartnerProfile.Rate("L1 analyst", 58.0),
                        new PartnerProfile.Rate("L2 analyst", 82.0))),
                new PartnerProfile.Offering(
                    "GO_LIVE_SUPPORT",
                    "At-the-elbow support and a command centre for go-live weekends",
                    List.of(new PartnerProfile.Rate("Go-live analyst", 95.0)))),
            List.of(new PartnerProfile.Level(epic, 3), new PartnerProfile.Level(asap, 3)),
            List.of(
                person("Lena Fischer", "lena.fischer@northwind.example", nights(), epic, 4),
                person("Omar Haddad", "omar.haddad@northwind.example", nights(), asap, 3))));
    profile(
        context,
        context.id("partner", "Apex"),
        new PartnerProfile.Document(
            "Legacy system support and staff augmentation: Meditech, Cerner and archive systems,"
                + " remote, business hours.",
            List.of("US nationwide"),
            List.of("L2", "L3"),
            List.of("Meditech MAGIC certified"),
            List.of(
                new PartnerProfile.Offering(
                    "LEGACY_SUPPORT",
                    "Keeps read-only archives answering release-of-information requests",
                    List.of(new PartnerProfile.Rate("Legacy analyst", 74.0))),
                new PartnerProfile.Offering(
                    "STAFF_AUGMENTATION",
                    "Named analysts for a term",
                    List.of(new PartnerProfile.Rate("Senior analyst", 88.0)))),
            List.of(new PartnerProfile.Level(archive, 4)),
            List.of(
                person(
                    "Ruth Abernathy",
                    "ruth.abernathy@apex-staffing.example",
                    weekdays(),
                    archive,
                    4))));
    publishAndAnswer(context, context.id("staffing-request", ARCHIVE), archive);
  }

  private void publishAndAnswer(DemoContext context, long request, long archive)
      throws SQLException {
    var at = Timestamp.from(context.now().minus(Duration.ofDays(2)));
    context.execute(
        "UPDATE staffing_requests SET status = 'PUBLISHED', audience = 'ALL', version = version"
            + " + 1 WHERE id = ?",
        request);
    context.execute(
        "INSERT INTO staffing_request_audit (request_id, action, actor, actor_name, at, detail)"
            + " VALUES (?,?,?,?,?,?)",
        request,
        "PUBLISHED",
        "leader",
        "Maria Chen",
        at,
        "to all partners");
    var submitted = Timestamp.from(context.now().minus(Duration.ofDays(1)));
    LocalDate starts = LocalDate.ofInstant(context.now(), ZoneOffset.UTC).plusDays(14);
    long proposal =
        context.insert(
            "INSERT INTO proposals (tenant_id, request_id, partner_id, status, tier, hourly_rate,"
                + " response_minutes, resolution_hours, commitment_notes, starts_on, notes,"
                + " people, created_by, created_at, submitted_at, updated_at, version)"
                + " VALUES (?,?,?,'SUBMITTED','L3',?,?,?,?,?,?,?,?,?,?,?,1)",
            context.tenantId(),
            request,
            context.id("partner", "Apex"),
            74.0,
            60,
            16,
            "Business hours, Eastern time",
            starts,
            "Ruth supported this archive at two other health systems.",
            write(
                List.of(
                    person(
                        "Ruth Abernathy",
                        "ruth.abernathy@apex-staffing.example",
                        weekdays(),
                        archive,
                        4))),
            "mbell",
            submitted,
            submitted,
            submitted);
    for (String action : List.of("CREATED", "SUBMITTED")) {
      context.execute(
          "INSERT INTO proposal_audit (proposal_id, action, actor, actor_name, at) VALUES"
              + " (?,?,?,?,?)",
          proposal,
          action,
          "mbell",
          "Marcus Bell",
          submitted);
    }
  }

  private void profile(DemoContext context, long partner, PartnerProfile.Document document)
      throws SQLException {
    context.execute(
        "INSERT INTO partner_profiles (tenant_id, partner_id, document, updated_by, updated_at,"
            + " version) VALUES (?,?,?,?,?,1)",
        context.tenantId(),
        partner,
        write(document),
        "medley",
        Timestamp.from(context.now()));
  }

  private static PartnerProfile.Person person(
      String name, String email, List<PartnerProfile.ShiftText> shifts, long app, int level) {
    return new PartnerProfile.Person(
        name,
        email,
        "Analyst",
        "America/New_York",
        40.0,
        shifts,
        List.of(new PartnerProfile.Level(app, level)));
  }

  private static List<PartnerProfile.ShiftText> nights() {
    return List.of("MON", "TUE", "WED", "THU", "FRI").stream()
        .map(d -> new PartnerProfile.ShiftText(d, "19:00", "07:00"))
        .toList();
  }

  private static List<PartnerProfile.ShiftText> weekdays() {
    return List.of("MON", "TUE", "WED", "THU", "FRI").stream()
        .map(d -> new PartnerProfile.ShiftText(d, "08:00", "16:00"))
        .toList();
  }

  private String write(Object value) {
    try {
      return json.writeValueAsString(value);
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }
}
