package org.medley.desk;

import jakarta.inject.Singleton;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.medley.coverage.Tier;
import org.medley.demo.DemoContext;
import org.medley.demo.DemoContribution;
import org.medley.identity.DemoNames;

/**
 * Support groups at every tier (two of them partner-provided), routing, and about 90 days of ticket
 * history: closed work in the past, a live queue today.
 */
@Singleton
class DemoDesk implements DemoContribution {

  private static final ZoneId HOSPITAL = ZoneId.of("America/New_York");
  static final int DAYS = 90;

  /** Group name, tier, partner key (null: internal), calendar, team whose people join. */
  private record Group(String name, Tier tier, String partner, String calendar, String team) {}

  private static final List<Group> GROUPS =
      List.of(
          new Group("Service Desk", Tier.L1, null, "Clinical hours", "Service Desk"),
          new Group(
              "Northwind Overnight Desk", Tier.L1, "Northwind", "24x7", "Northwind Overnight Desk"),
          new Group(
              "Clinical Applications", Tier.L2, null, "Clinical hours", "Clinical Applications"),
          new Group("Ancillary Systems", Tier.L2, null, "Clinical hours", "Ancillary Systems"),
          new Group("Imaging", Tier.L2, null, "Clinical hours", "Imaging"),
          new Group("Revenue Cycle", Tier.L2, null, "Business hours", "Revenue Cycle"),
          new Group("Infrastructure", Tier.L2, null, "24x7", "Infrastructure"),
          new Group("Security Operations", Tier.L2, null, "24x7", "Security"),
          new Group("Integration", Tier.L2, null, "24x7", "Integration"),
          new Group("Clinical Engineering", Tier.L2, null, "24x7", "Clinical Engineering"),
          new Group("Analytics", Tier.L2, null, "Business hours", "Analytics"),
          new Group(
              "Apex Legacy Support", Tier.L2, "Apex", "Business hours", "Apex Legacy Support"),
          new Group("Engineering (L3)", Tier.L3, null, "Business hours", "Engineering (L3)"),
          new Group("Vendor Escalations", Tier.VENDOR, null, "24x7", null));

  /** Which L2 group works which application category. */
  private static final Map<String, String> L2_BY_CATEGORY =
      Map.ofEntries(
          Map.entry("EHR", "Clinical Applications"),
          Map.entry("PATIENT_ENGAGEMENT", "Clinical Applications"),
          Map.entry("HIE", "Integration"),
          Map.entry("INTEGRATION", "Integration"),
          Map.entry("LABORATORY", "Ancillary Systems"),
          Map.entry("PHARMACY", "Ancillary Systems"),
          Map.entry("IMAGING", "Imaging"),
          Map.entry("TELEHEALTH", "Clinical Applications"),
          Map.entry("REVENUE_CYCLE", "Revenue Cycle"),
          Map.entry("ERP", "Revenue Cycle"),
          Map.entry("INFRASTRUCTURE", "Infrastructure"),
          Map.entry("SECURITY", "Security Operations"),
          Map.entry("CLINICAL_COMMS", "Clinical Engineering"),
          Map.entry("MEDICAL_DEVICE", "Clinical Engineering"),
          Map.entry("ANALYTICS", "Analytics"));

  private static final Map<String, List<String>> INCIDENTS =
      Map.ofEntries(
          Map.entry(
              "EHR",
              List.of(
                  "Cannot sign orders in %s",
                  "%s freezes when opening the patient chart",
                  "Medication administration record not loading in %s",
                  "Printer mapping lost after %s login",
                  "%s shows the wrong department context")),
          Map.entry(
              "PATIENT_ENGAGEMENT",
              List.of("Patients cannot see test results in %s", "%s activation codes rejected")),
          Map.entry(
              "HIE", List.of("Outside records missing in %s", "%s query times out for transfers")),
          Map.entry(
              "INTEGRATION",
              List.of("ADT messages queued in %s", "Lab results interface down in %s")),
          Map.entry(
              "LABORATORY",
              List.of(
                  "Specimen labels not printing from %s",
                  "Results stuck in %s verification queue")),
          Map.entry(
              "PHARMACY", List.of("%s cabinet not syncing profiles", "Override list wrong on %s")),
          Map.entry(
              "IMAGING",
              List.of(
                  "Studies not routing to %s",
                  "%s viewer slow for CT studies", "Dictation not saving in %s")),
          Map.entry(
              "TELEHEALTH", List.of("Video drops during %s visit", "Cannot start %s consult")),
          Map.entry(
              "REVENUE_CYCLE", List.of("Claims held in %s work queue", "%s charge router error")),
          Map.entry("ERP", List.of("Cannot clock in with %s", "%s approval screen blank")),
          Map.entry(
              "INFRASTRUCTURE",
              List.of("%s outage on 3 North", "Slow logins via %s", "Workstation cannot reach %s")),
          Map.entry(
              "SECURITY",
              List.of("Badge tap fails with %s", "%s quarantined a clinical workstation")),
          Map.entry(
              "CLINICAL_COMMS",
              List.of("%s badges not receiving alerts", "Pages delayed through %s")),
          Map.entry(
              "MEDICAL_DEVICE", List.of("Vitals not flowing from %s", "%s shows devices offline")),
          Map.entry(
              "ANALYTICS",
              List.of("%s report missing yesterday's data", "Dashboard totals wrong in %s")));

  private static final List<String> REQUESTS =
      List.of(
          "New user access to %s",
          "Add provider template in %s",
          "Remove access to %s for departed staff",
          "Install %s on new workstation",
          "Training environment login for %s");

  @Override
  public int order() {
    return 40;
  }

  @Override
  public void seed(DemoContext context) throws SQLException {
    long tenant = context.tenantId();
    Map<String, Long> groups = new java.util.LinkedHashMap<>();
    Map<String, List<Long>> members = new java.util.HashMap<>();
    for (Group group : GROUPS) {
      long id =
          context.insert(
              "INSERT INTO support_groups (tenant_id, name, tier, provider, partner_id,"
                  + " calendar_id, auto_assign, created_at) VALUES (?,?,?,?,?,?,?,?)",
              tenant,
              group.name(),
              group.tier().name(),
              group.partner() == null ? "INTERNAL" : "PARTNER",
              group.partner() == null ? null : context.id("partner", group.partner()),
              context.id("calendar", group.calendar()),
              // Service desks let analysts pick up calls; specialist teams get work handed to them.
              group.tier() != Tier.L1,
              context.now());
      groups.put(group.name(), id);
      context.register("group", group.name(), id);
      if (group.partner() != null) {
        // The market links it to the partner's demo engagement (DemoEngagementGroups).
        context.register("partner-group:" + group.partner(), group.name(), id);
      }
      List<Long> people = group.team() == null ? List.of() : context.ids("team:" + group.team());
      members.put(group.name(), people);
      for (long staff : people) {
        // The first of each team leads it: SLA warnings and breaches of the group reach them.
        context.execute(
            "INSERT INTO group_members (group_id, staff_id, lead) VALUES (?, ?, ?)",
            id,
            staff,
            staff == people.get(0));
      }
    }
    seedRouting(context, tenant, groups);
    seedTickets(context, tenant, groups, members);
  }

  /**
   * Routing as a hospital would write it: the service desk takes every new ticket (the L1 default),
   * legacy systems go to Apex at L2, other L2 work goes by application category, and L3 and vendor
   * escalations each have one group (their tiers' defaults). An L2 escalation of a category no rule
   * names goes to the first L2 group by name.
   */
  private static void seedRouting(DemoContext context, long tenant, Map<String, Long> groups)
      throws SQLException {
    Instant now = context.now();
    for (Map.Entry<Tier, String> byDefault :
        Map.of(
                Tier.L1, "Service Desk",
                Tier.L3, "Engineering (L3)",
                Tier.VENDOR, "Vendor Escalations")
            .entrySet()) {
      context.execute(
          "INSERT INTO routing_defaults (tenant_id, tier, group_id) VALUES (?, ?, ?)",
          tenant,
          byDefault.getKey().name(),
          groups.get(byDefault.getValue()));
    }
    int ordinal = 0;
    List<Long> legacy =
        context.keys("application").stream()
            .filter(a -> a.startsWith("Legacy"))
            .map(a -> context.id("application", a))
            .toList();
    long rule = routingRule(context, tenant, ordinal++, groups.get("Apex Legacy Support"), now);
    for (long application : legacy) {
      routingCondition(context, rule, "APPLICATION", Long.toString(application));
    }
    Map<String, List<String>> categoriesByGroup = new java.util.TreeMap<>();
    L2_BY_CATEGORY.forEach(
        (category, group) ->
            categoriesByGroup.computeIfAbsent(group, g -> new ArrayList<>()).add(category));
    for (Map.Entry<String, List<String>> entry : categoriesByGroup.entrySet()) {
      rule = routingRule(context, tenant, ordinal++, groups.get(entry.getKey()), now);
      for (String category : entry.getValue()) {
        routingCondition(context, rule, "CATEGORY", category);
      }
    }
  }

  private static long routingRule(
      DemoContext context, long tenant, int ordinal, long group, Instant now) throws SQLException {
    return context.insert(
        "INSERT INTO routing_rules (tenant_id, tier, ordinal, group_id, version, updated_by,"
            + " updated_at) VALUES (?, 'L2', ?, ?, 0, 'demo data', ?)",
        tenant,
        ordinal,
        group,
        now);
  }

  private static void routingCondition(DemoContext context, long rule, String kind, String term)
      throws SQLException {
    context.execute(
        "INSERT INTO routing_rule_conditions (rule_id, kind, term) VALUES (?, ?, ?)",
        rule,
        kind,
        term);
  }

  private record Draft(
      Instant createdAt,
      TicketType type,
      String title,
      String description,
      long application,
      int impact,
      int urgency,
      TicketStatus status,
      String pendingReason,
      Tier tier,
      long group,
      Long assignee,
      long requester,
      boolean phi,
      Instant resolvedAt,
      Instant closedAt,
      Instant respondedAt) {}

  private void seedTickets(
      DemoContext context, long tenant, Map<String, Long> groups, Map<String, List<Long>> members)
      throws SQLException {
    Random random = context.random("tickets");
    List<Long> requesters = context.ids("requester");
    List<String> categories =
        L2_BY_CATEGORY.keySet().stream()
            .sorted()
            .filter(c -> !context.ids("category:" + c).isEmpty())
            .toList();
    List<Draft> drafts = new ArrayList<>();
    Instant now = context.now();
    for (int day = DAYS; day >= 0; day--) {
      ZonedDateTime date = now.atZone(HOSPITAL).minusDays(day).toLocalDate().atStartOfDay(HOSPITAL);
      boolean weekend = date.getDayOfWeek().getValue() >= 6;
      int count = weekend ? 18 + random.nextInt(10) : 55 + random.nextInt(25);
      for (int i = 0; i < count; i++) {
        // Most tickets arrive in the day shift; some at night, when the partner desk answers.
        int minute =
            random.nextInt(10) < 8 ? 7 * 60 + random.nextInt(12 * 60) : random.nextInt(24 * 60);
        Instant created = date.plusMinutes(minute).toInstant();
        if (!created.isBefore(now)) {
          continue;
        }
        drafts.add(draft(context, random, created, now, categories, requesters, groups, members));
      }
    }
    drafts.addAll(goLiveSurge(context, now, requesters, groups, members));
    drafts.addAll(moments(context, now, requesters, groups));
    drafts.sort(Comparator.comparing(Draft::createdAt));
    withPatients(context, drafts, groups.get("Apex Legacy Support"));
    Map<TicketType, Long> sequence = new EnumMap<>(TicketType.class);
    try (var batch =
        context.batch(
            "INSERT INTO tickets (tenant_id, number, type, title, description, application_id, impact,"
                + " urgency, priority, status, pending_reason, tier, group_id, assignee_id,"
                + " requester_id, phi, version, created_at, updated_at, resolved_at, closed_at,"
                + " resolution_code, resolution, first_response_at)"
                + " VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)")) {
      // A stream of its own, so the rest of the demo stays as it was.
      Random resolutions = context.random("resolutions");
      for (Draft d : drafts) {
        Resolution resolution =
            d.status() == TicketStatus.RESOLVED || d.status() == TicketStatus.CLOSED
                ? Resolution.of(resolutions, d.type())
                : null;
        long next = sequence.merge(d.type(), 1L, Long::sum);
        Instant updated =
            d.closedAt() != null
                ? d.closedAt()
                : d.resolvedAt() != null ? d.resolvedAt() : d.createdAt();
        batch.add(
            tenant,
            d.type().number(next),
            d.type().name(),
            d.title(),
            d.description(),
            d.application(),
            d.impact(),
            d.urgency(),
            PriorityMatrix.priorityOf(d.impact(), d.urgency()).name(),
            d.status().name(),
            d.pendingReason(),
            d.tier().name(),
            d.group(),
            d.assignee(),
            d.requester(),
            d.phi(),
            0,
            d.createdAt(),
            updated,
            d.resolvedAt(),
            d.closedAt(),
            resolution == null ? null : resolution.code().name(),
            resolution == null ? null : resolution.text(),
            d.respondedAt());
      }
    }
    context.execute(
        "UPDATE tickets SET open_work = (status IN "
            + TicketStatus.OPEN_SQL
            + ") WHERE tenant_id = ?",
        tenant);
    // Partner organisations see the tickets their groups held; every ticket's trail starts with its
    // filing.
    context.execute(
        "INSERT INTO ticket_holders (ticket_id, organization_id, since) SELECT t.id, g.partner_id,"
            + " t.created_at FROM tickets t JOIN support_groups g ON g.id = t.group_id"
            + " WHERE t.tenant_id = ? AND g.partner_id IS NOT NULL",
        tenant);
    // One statement per account: MariaDB cannot bulk-execute INSERT … SELECT.
    for (var requester : DemoNames.displayNames(context).entrySet()) {
      context.execute(
          "INSERT INTO ticket_audit (tenant_id, ticket_id, actor_id, actor_name, at, action)"
              + " SELECT t.tenant_id, t.id, t.requester_id, ?, t.created_at, 'CREATED'"
              + " FROM tickets t WHERE t.tenant_id = ? AND t.requester_id = ?",
          requester.getValue(),
          tenant,
          requester.getKey());
    }
    handOnsReopensAndRatings(context, tenant);
    for (var entry : sequence.entrySet()) {
      context.execute(
          "INSERT INTO ticket_sequences (tenant_id, type, next_value) VALUES (?, ?, ?)",
          tenant,
          entry.getKey().name(),
          entry.getValue() + 1);
    }
  }

  /**
   * What the scorecards count beyond filing and resolving: a resolved ticket held at L2, L3 or by a
   * vendor came there by escalation (new tickets are routed to L1), about one in nineteen was
   * reopened once, and a third of them were rated by their requester, mostly well. Deterministic,
   * by ticket id.
   */
  private static void handOnsReopensAndRatings(DemoContext context, long tenant)
      throws SQLException {
    String resolved =
        " FROM tickets t WHERE t.tenant_id = ? AND t.status IN ('RESOLVED', 'CLOSED')";
    context.execute(
        "INSERT INTO ticket_audit (tenant_id, ticket_id, actor_name, at, action, field, old_value,"
            + " new_value, note) SELECT t.tenant_id, t.id, 'Service Desk', TIMESTAMPADD(MINUTE, 40,"
            + " t.created_at), 'ESCALATED', 'tier', 'L1', t.tier, 'Needs an application analyst'"
            + resolved
            + " AND t.tier IN ('L2', 'L3', 'VENDOR')",
        tenant);
    context.execute(
        "INSERT INTO ticket_audit (tenant_id, ticket_id, actor_id, actor_name, at, action, field,"
            + " old_value, new_value, note) SELECT t.tenant_id, t.id, t.requester_id, 'Requester',"
            + " t.resolved_at, 'REOPENED', 'reopenCount', '0', '1', 'Still happening'"
            + resolved
            + " AND MOD(t.id, 19) = 0 AND t.resolved_at IS NOT NULL",
        tenant);
    context.execute(
        "UPDATE tickets SET reopen_count = 1 WHERE tenant_id = ? AND status IN ('RESOLVED',"
            + " 'CLOSED') AND MOD(id, 19) = 0 AND resolved_at IS NOT NULL",
        tenant);
    context.execute(
        "UPDATE tickets SET csat_rating = CASE MOD(id, 7) WHEN 3 THEN 4 WHEN 4 THEN 4 WHEN 5"
            + " THEN 3 WHEN 6 THEN 2 ELSE 5 END WHERE tenant_id = ? AND status IN ('RESOLVED',"
            + " 'CLOSED') AND MOD(id, 3) = 0",
        tenant);
  }

  private static Draft draft(
      DemoContext context,
      Random random,
      Instant created,
      Instant now,
      List<String> categories,
      List<Long> requesters,
      Map<String, Long> groups,
      Map<String, List<Long>> members) {
    // EHR and infrastructure generate most of a hospital's tickets.
    String category =
        random.nextInt(3) == 0
            ? (random.nextBoolean() ? "EHR" : "INFRASTRUCTURE")
            : categories.get(random.nextInt(categories.size()));
    List<String> apps = context.keys("category:" + category);
    String appName = apps.get(random.nextInt(apps.size()));
    long application = context.id("application", appName);
    boolean incident = random.nextInt(10) < 7;
    String title =
        String.format(
            incident ? pick(random, INCIDENTS.get(category)) : pick(random, REQUESTS), appName);
    return worked(
        random,
        created,
        now,
        category,
        appName,
        application,
        incident,
        title,
        requesters,
        groups,
        members);
  }

  /** How a filed ticket went: its priority, who held it, and where it stands by {@code now}. */
  private static Draft worked(
      Random random,
      Instant created,
      Instant now,
      String category,
      String appName,
      long application,
      boolean incident,
      String title,
      List<Long> requesters,
      Map<String, Long> groups,
      Map<String, List<Long>> members) {
    int impact = weighted(random, 10, 30, 60);
    int urgency = weighted(random, 15, 40, 45);
    Priority priority = PriorityMatrix.priorityOf(impact, urgency);

    int roll = random.nextInt(100);
    Tier tier = roll < 68 ? Tier.L1 : roll < 90 ? Tier.L2 : roll < 97 ? Tier.L3 : Tier.VENDOR;
    int hour = created.atZone(HOSPITAL).getHour();
    String groupName =
        switch (tier) {
          case L1 -> hour >= 19 || hour < 7 ? "Northwind Overnight Desk" : "Service Desk";
          case L2 ->
              appName.startsWith("Legacy") ? "Apex Legacy Support" : L2_BY_CATEGORY.get(category);
          case L3 -> "Engineering (L3)";
          case VENDOR -> "Vendor Escalations";
        };
    List<Long> people = members.get(groupName);

    Duration age = Duration.between(created, now);
    Duration turnaround = turnaround(random, priority, tier);
    TicketStatus status;
    String pending = null;
    Instant resolved = null;
    Instant closed = null;
    if (created.plus(turnaround).isBefore(now)) {
      resolved = created.plus(turnaround);
      int outcome = random.nextInt(100);
      if (outcome < 3) {
        status = TicketStatus.CANCELLED;
        closed = resolved;
        resolved = null;
      } else if (resolved.plus(Duration.ofDays(3)).isBefore(now)) {
        status = TicketStatus.CLOSED;
        closed = resolved.plus(Duration.ofDays(3));
      } else {
        status = TicketStatus.RESOLVED;
      }
    } else if (age.toHours() < 24 && random.nextInt(4) == 0) {
      // today's queue still has unassigned work
      status = TicketStatus.NEW;
    } else {
      int open = random.nextInt(10);
      status =
          open < 3
              ? TicketStatus.ASSIGNED
              : open < 7 ? TicketStatus.IN_PROGRESS : TicketStatus.PENDING;
      if (status == TicketStatus.PENDING) {
        pending = tier == Tier.VENDOR ? "VENDOR" : random.nextBoolean() ? "CUSTOMER" : "CHANGE";
      }
    }
    Long assignee =
        status == TicketStatus.NEW || people.isEmpty()
            ? null
            : people.get(random.nextInt(people.size()));
    long requester = requesters.get(random.nextInt(requesters.size()));
    return new Draft(
        created,
        incident ? TicketType.INCIDENT : TicketType.SERVICE_REQUEST,
        title,
        description(random, incident, appName),
        application,
        impact,
        urgency,
        status,
        pending,
        tier,
        groups.get(groupName),
        assignee,
        requester,
        random.nextInt(100) < 8,
        resolved,
        closed,
        null);
  }

  /**
   * A ticket of today's queue, filed {@code age} before the seed's "now", so that its SLA or OLA
   * clock stands where a demo should find one: past its target, or 75–90 % through it. Ages are
   * wall-clock time, so the moments that must look the same whenever the demo starts sit on
   * round-the-clock targets (DemoSlaPolicies: P1 4 h resolution, 15 min response; Northwind's OLA
   * 24 h and 30 min); the others are old enough to be late on any weekday.
   */
  private record Moment(
      String application,
      String title,
      int impact,
      int urgency,
      String group,
      String assignee,
      Duration age,
      Duration respondedAfter,
      String description) {}

  private static final List<Moment> MOMENTS =
      List.of(
          // Internal SLA. P1, 5 h old: resolution breached an hour ago.
          new Moment(
              "Epic ClinDoc (Inpatient)",
              "Cannot sign orders in Epic ClinDoc on 4 West",
              1,
              1,
              "Clinical Applications",
              "Grace Liu",
              Duration.ofHours(5),
              Duration.ofMinutes(8),
              "Every nurse and physician on 4 West gets an error when signing orders since shift change; verbal orders only for now."),
          // P1 at 85 % and 78 % of its resolution target: about to breach.
          new Moment(
              "Epic ASAP (Emergency)",
              "ED track board frozen in Epic ASAP",
              1,
              1,
              "Service Desk",
              "Dana Whitfield",
              Duration.ofMinutes(204),
              Duration.ofMinutes(6),
              "The ED track board stopped refreshing; triage is writing arrivals on the whiteboard."),
          new Moment(
              "Philips IntelliSpace PACS",
              "CT studies not routing to Philips IntelliSpace PACS",
              1,
              1,
              "Imaging",
              "Ingrid Olsen",
              Duration.ofMinutes(187),
              Duration.ofMinutes(5),
              "Studies from CT 2 do not arrive in PACS, so radiologists cannot read them. CT 1 is fine."),
          // P1 nobody has picked up for 40 minutes: response breached.
          new Moment(
              "Philips IntelliVue Patient Monitoring",
              "Vitals not flowing from Philips IntelliVue in ICU",
              1,
              1,
              "Service Desk",
              null,
              Duration.ofMinutes(40),
              null,
              "ICU bedside monitors show vitals but nothing reaches the flowsheets; nurses are charting by hand."),
          // P2, six days old (8 h on clinical hours): breached whatever the weekday.
          new Moment(
              "Sunquest Laboratory",
              "Results stuck in Sunquest Laboratory verification queue",
              2,
              1,
              "Ancillary Systems",
              "Aaliyah Johnson",
              Duration.ofDays(6),
              Duration.ofMinutes(25),
              "Chemistry results wait in the verification queue and never post to the chart; the lab is phoning critical values."),
          // Partner OLA, Northwind's overnight desk: resolution at 112 % and at 85 %.
          new Moment(
              "Active Directory / Entra ID",
              "Password resets failing for night-shift nurses",
              2,
              2,
              "Northwind Overnight Desk",
              "Sam Okafor",
              Duration.ofHours(27),
              Duration.ofMinutes(10),
              "Self-service password reset fails with an error; nurses are locked out at the start of night shift."),
          new Moment(
              "Citrix Virtual Apps",
              "Citrix sessions drop on 5 East workstations",
              2,
              2,
              "Northwind Overnight Desk",
              "Sam Okafor",
              Duration.ofMinutes(1224),
              Duration.ofMinutes(12),
              "Sessions on 5 East disconnect every few minutes, losing unsaved documentation."),
          // Nobody at Northwind has answered for 45 minutes: OLA response breached.
          new Moment(
              "Zebra Label Printers",
              "Wristband printer offline in Labor and Delivery",
              2,
              2,
              "Northwind Overnight Desk",
              null,
              Duration.ofMinutes(45),
              null,
              "The wristband printer at the L&D desk shows offline; newborn bands are being handwritten."),
          // Apex's OLA (18 h on business hours): nine days old, breached.
          new Moment(
              "Legacy Meditech Magic (Archive)",
              "Release-of-information lookup times out in Legacy Meditech Magic (Archive)",
              2,
              2,
              "Apex Legacy Support",
              "Gordon Mills",
              Duration.ofDays(9),
              Duration.ofMinutes(50),
              "Health information management cannot open charts from before 2019 for a records request due this week."));

  private static List<Draft> moments(
      DemoContext context, Instant now, List<Long> requesters, Map<String, Long> groups) {
    Map<String, Tier> tiers = new java.util.HashMap<>();
    GROUPS.forEach(g -> tiers.put(g.name(), g.tier()));
    List<Draft> drafts = new ArrayList<>();
    for (int i = 0; i < MOMENTS.size(); i++) {
      Moment m = MOMENTS.get(i);
      Instant created = now.minus(m.age());
      // The first is the demo nurse's own: her portal shows a late ticket too.
      long requester =
          i == 0 ? context.id("user", "enduser") : requesters.get(i * 7 % requesters.size());
      drafts.add(
          new Draft(
              created,
              TicketType.INCIDENT,
              m.title(),
              m.description(),
              context.id("application", m.application()),
              m.impact(),
              m.urgency(),
              m.assignee() == null ? TicketStatus.NEW : TicketStatus.IN_PROGRESS,
              null,
              tiers.get(m.group()),
              groups.get(m.group()),
              m.assignee() == null ? null : context.id("staff", m.assignee()),
              requester,
              false,
              null,
              null,
              m.respondedAfter() == null ? null : created.plus(m.respondedAfter())));
    }
    return drafts;
  }

  private static final List<String> GO_LIVE_TITLES =
      List.of(
          "%s will not scan the patient wristband",
          "Cannot log in to %s on the unit device",
          "%s shows the wrong patient list",
          "Medication scanned in %s does not show on the MAR",
          "%s device battery dies mid-shift",
          "Training login for %s does not work",
          "%s asks for a witness that is not required");

  /**
   * The tickets of the demo's go-live (DemoCatalog): from its first morning, several times the
   * application's usual volume, easing off over ten days as the wards settle in.
   */
  private static List<Draft> goLiveSurge(
      DemoContext context,
      Instant now,
      List<Long> requesters,
      Map<String, Long> groups,
      Map<String, List<Long>> members) {
    // A stream of its own, so the rest of the demo stays as it was.
    Random random = context.random("go-live");
    List<Draft> drafts = new ArrayList<>();
    for (String app : context.keys(DemoContext.GO_LIVE)) {
      java.time.LocalDate wentLive =
          java.time.LocalDate.ofEpochDay(context.id(DemoContext.GO_LIVE, app));
      for (int day = 0; day < 10; day++) {
        ZonedDateTime date = wentLive.plusDays(day).atStartOfDay(HOSPITAL);
        int count = (int) Math.round(24 * Math.pow(0.72, day));
        for (int i = 0; i < count; i++) {
          Instant created = date.plusMinutes(6 * 60 + random.nextInt(14 * 60)).toInstant();
          if (!created.isBefore(now)) {
            continue;
          }
          boolean incident = random.nextInt(10) < 8;
          String title =
              String.format(incident ? pick(random, GO_LIVE_TITLES) : pick(random, REQUESTS), app);
          drafts.add(
              worked(
                  random,
                  created,
                  now,
                  "EHR",
                  app,
                  context.id("application", app),
                  incident,
                  title,
                  requesters,
                  groups,
                  members));
        }
      }
    }
    return drafts;
  }

  /** What IT did, as the requester reads it on a resolved or closed ticket. */
  private record Resolution(ResolutionCode code, String text) {
    // Worded to fit every seeded title: a request text never contradicts what was asked.
    private static final Resolution[] INCIDENT = {
      new Resolution(
          ResolutionCode.FIXED,
          "We found the cause and fixed it. Please try again; it should work as before."),
      new Resolution(
          ResolutionCode.WORKAROUND,
          "We put a workaround in place so you can work again. The lasting fix follows; we will"
              + " tell you here when it is in."),
      new Resolution(
          ResolutionCode.VENDOR_FIX,
          "The vendor released a fix and we installed it overnight. Please try again."),
      new Resolution(
          ResolutionCode.USER_ERROR,
          "We went through the steps with you on the phone; it works as designed now."),
      new Resolution(
          ResolutionCode.NO_FAULT_FOUND,
          "We could not reproduce the problem and everything checks out. Reply here if it"
              + " happens again."),
    };
    private static final Resolution[] REQUEST = {
      new Resolution(
          ResolutionCode.REQUEST_FULFILLED,
          "Done as you asked. Reply here if anything is missing."),
      new Resolution(
          ResolutionCode.REQUEST_FULFILLED,
          "Done, and checked with the person it was for. Sign out and in again if a change does"
              + " not show yet."),
    };

    static Resolution of(Random random, TicketType type) {
      Resolution[] choices = type == TicketType.SERVICE_REQUEST ? REQUEST : INCIDENT;
      return choices[random.nextInt(choices.length)];
    }
  }

  private static final String[] PATIENTS = {
    "Ruth Alvarez", "James Whitaker", "Mei Lin", "Samuel Okonkwo", "Grace Donnelly", "Omar Haddad"
  };

  /**
   * Tickets flagged PHI say what a clinician writes: the patient's name, record number, date of
   * birth. Every third open ticket of Apex's group is one of them: Apex works without a business
   * associate agreement, so its demo login shows the minimum-necessary filter at work. (A stream of
   * its own, so the rest of the demo stays as it was.)
   */
  private static void withPatients(DemoContext context, List<Draft> drafts, Long apexGroup) {
    Random random = context.random("patients");
    int apexOpen = 0;
    for (int i = 0; i < drafts.size(); i++) {
      Draft d = drafts.get(i);
      boolean showcase =
          apexGroup != null
              && d.group() == apexGroup
              && d.resolvedAt() == null
              && d.closedAt() == null
              && apexOpen++ % 3 == 0;
      if (!d.phi() && !showcase) {
        continue;
      }
      String mrn = String.valueOf(1_000_000 + random.nextInt(9_000_000));
      String born =
          String.format(
              "%02d/%02d/%d",
              1 + random.nextInt(12), 1 + random.nextInt(28), 1930 + random.nextInt(80));
      String patient = PATIENTS[random.nextInt(PATIENTS.length)];
      String title = random.nextBoolean() ? d.title() + " (MRN " + mrn + ")" : d.title();
      String description =
          "Patient "
              + patient
              + ", MRN "
              + mrn
              + ", DOB "
              + born
              + ": "
              + d.description()
              + " Call back on 555-"
              + (100 + random.nextInt(900))
              + "-"
              + (1000 + random.nextInt(9000))
              + ".";
      drafts.set(
          i,
          new Draft(
              d.createdAt(),
              d.type(),
              title.length() <= 200 ? title : d.title(),
              description,
              d.application(),
              d.impact(),
              d.urgency(),
              d.status(),
              d.pendingReason(),
              d.tier(),
              d.group(),
              d.assignee(),
              d.requester(),
              true,
              d.resolvedAt(),
              d.closedAt(),
              d.respondedAt()));
    }
  }

  /** Time to resolve grows with lower priority and higher tier. */
  private static Duration turnaround(Random random, Priority priority, Tier tier) {
    long baseMinutes =
        switch (priority) {
          case P1 -> 90;
          case P2 -> 6 * 60;
          case P3 -> 26 * 60;
          case P4 -> 60 * 60;
        };
    double tierFactor =
        switch (tier) {
          case L1 -> 0.6;
          case L2 -> 1.4;
          case L3 -> 2.5;
          case VENDOR -> 4.0;
        };
    double spread = 0.3 + random.nextDouble() * 1.7;
    return Duration.ofMinutes(Math.max(10, (long) (baseMinutes * tierFactor * spread)));
  }

  private static String description(Random random, boolean incident, String app) {
    String[] where = {
      "4 West",
      "the ED",
      "ICU",
      "3 North",
      "the Main OR",
      "Outpatient Clinic B",
      "Registration",
      "the Lab"
    };
    String location = where[random.nextInt(where.length)];
    return incident
        ? "Reported from "
            + location
            + ". Started about "
            + (5 + random.nextInt(55))
            + " minutes ago; affects "
            + (1 + random.nextInt(12))
            + " users. Workaround: "
            + (random.nextBoolean() ? "none so far." : "using a different workstation.")
        : "Requested for "
            + location
            + " staff starting next week. Manager approval attached for "
            + app
            + ".";
  }

  private static String pick(Random random, List<String> options) {
    return options.get(random.nextInt(options.size()));
  }

  /** 1, 2 or 3 with the given percentage weights. */
  private static int weighted(Random random, int one, int two, int three) {
    int roll = random.nextInt(one + two + three);
    return roll < one ? 1 : roll < one + two ? 2 : 3;
  }
}
