package org.medley;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.EvaluationResult;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.medley.desk.Priority;
import org.medley.integrations.IntegrationsFixtures;

/**
 * STYLE.md's module rules, enforced: features keep out of each other's internals and their SQL
 * keeps to their own tables.
 */
class ArchitectureTest {

  private static JavaClasses classes;

  @BeforeAll
  static void importClasses() {
    classes =
        new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("org.medley");
  }

  @Test
  void featuresDoNotReachIntoEachOthersInternals() {
    slices()
        .matching("org.medley.(*)..")
        .should()
        .notDependOnEachOther()
        .ignoreDependency(
            com.tngtech.archunit.base.DescribedPredicate.alwaysTrue(),
            com.tngtech.archunit.core.domain.JavaClass.Predicates.resideOutsideOfPackages(
                "org.medley.*.internal.."))
        .allowEmptyShould(true)
        .check(classes);
  }

  /**
   * Features layer: identity and calendar at the bottom, then coverage, desk and market, then sla,
   * with insight (read models fed by the others' events and ports) above them all. A feature that
   * needs to hear from one above it defines the port or event it listens to (coverage's {@code
   * TicketHistory}, desk's {@code SlaDueChanged}) and the one above implements or publishes it.
   */
  @Test
  void featurePackagesFormNoCycle() {
    slices().matching("org.medley.(*)..").should().beFreeOfCycles().check(classes);
  }

  /** Allowed to be empty while the module is: the fixture test below shows it can fail. */
  private static final ArchRule INTEGRATIONS_KNOW_NOTHING_OF_THE_BACKEND =
      noClasses()
          .that()
          .resideInAPackage("org.medley.integrations..")
          .should()
          .dependOnClassesThat()
          .resideInAnyPackage(
              "org.medley.desk..",
              "org.medley.sla..",
              "org.medley.calendar..",
              "org.medley.coverage..",
              "org.medley.market..",
              "org.medley.device..",
              "org.medley.identity..",
              "org.medley.insight..",
              "org.medley.outbox..",
              "org.medley.platform..",
              "org.medley.demo..")
          .allowEmptyShould(true);

  @Test
  void integrationsKnowNothingOfTheBackend() {
    INTEGRATIONS_KNOW_NOTHING_OF_THE_BACKEND.check(classes);
  }

  @Test
  void theIntegrationsRuleRefusesAConnectorThatReadsABackendType() {
    JavaClasses fixtures =
        new ClassFileImporter()
            .importClasses(
                IntegrationsFixtures.ReachesIntoTheDesk.class,
                IntegrationsFixtures.KeepsToItself.class);

    EvaluationResult result = INTEGRATIONS_KNOW_NOTHING_OF_THE_BACKEND.evaluate(fixtures);

    assertThat(result.hasViolation()).isTrue();
    assertThat(result.getFailureReport().getDetails())
        .singleElement()
        .asString()
        .contains(IntegrationsFixtures.ReachesIntoTheDesk.class.getName())
        .contains(Priority.class.getName());
  }

  private static final Path SOURCES = Path.of("src/main/java/org/medley");
  private static final Path MIGRATIONS = Path.of("src/main/resources/db/migration");
  private static final Path JAVA_MIGRATIONS = Path.of("src/main/java/db/migration");

  /**
   * The tables each feature created in Flyway's migrations; {@link
   * #everyMigratedTableHasOneOwningFeature} keeps the list whole.
   */
  private static final Map<String, Set<String>> TABLES_BY_FEATURE =
      Map.ofEntries(
          Map.entry(
              "identity",
              Set.of(
                  "organizations",
                  "user_accounts",
                  "signing_keys",
                  "business_associate_agreements",
                  "phi_access_log",
                  "organization_audit",
                  "organization_masked_names",
                  "password_links",
                  "user_audit")),
          Map.entry("calendar", Set.of("calendars")),
          Map.entry(
              "coverage",
              Set.of(
                  "applications",
                  "staff_members",
                  "skills",
                  "shifts",
                  "coverage_revisions",
                  "staff_account_links")),
          Map.entry(
              "desk",
              Set.of(
                  "support_groups",
                  "support_group_audit",
                  "group_members",
                  "application_routes", // V1, dropped by V61 (routing_rules)
                  "routing_rules",
                  "routing_rule_conditions",
                  "routing_defaults",
                  "routing_escalations",
                  "routing_rule_audit",
                  "ticket_sequences",
                  "tickets",
                  "ticket_comments",
                  "ticket_audit",
                  "ticket_holders",
                  "ticket_attachments",
                  "ticket_attachment_content",
                  "ticket_references",
                  "ticket_watchers",
                  "ticket_links",
                  "notifications",
                  "canned_replies",
                  "canned_reply_audit",
                  "tmf_hub_listeners")),
          Map.entry(
              "sla",
              Set.of(
                  "sla_policies",
                  "ola_policies",
                  "sla_policy_audit",
                  "sla_timers",
                  "sla_timer_history",
                  "sla_notifications")),
          Map.entry(
              "market",
              Set.of(
                  "staffing_requests",
                  "staffing_request_applications",
                  "staffing_request_audit",
                  "engagements",
                  "engagement_audit",
                  "engagement_groups",
                  "partner_profiles",
                  "staffing_request_partners",
                  "proposals",
                  "proposal_audit",
                  "go_live_events",
                  "go_live_plan_entries",
                  "go_live_audit")),
          Map.entry(
              "insight",
              Set.of(
                  "insight_sla_days",
                  "insight_sla_day_deltas",
                  "insight_sla_months",
                  "insight_sla_breaches",
                  "insight_sla_breach_days",
                  "insight_sla_breach_day_deltas",
                  "insight_ops_tickets",
                  "insight_ops_daily",
                  "insight_ops_monthly",
                  "insight_ops_daily_deltas",
                  "insight_folds",
                  "insight_coverage_weeks")),
          Map.entry("outbox", Set.of("outbox_events", "mail_messages")),
          Map.entry(
              "ebonding",
              Set.of(
                  "desk_connectors",
                  "desk_inbound_events",
                  "desk_poll_state",
                  "desk_hub_subscriptions",
                  "desk_sync",
                  "ebonding_audit")),
          Map.entry(
              "device",
              Set.of(
                  "device_models",
                  "devices",
                  "work_orders",
                  "htm_settings",
                  "clinical_units",
                  "advisories",
                  "advisory_models")),
          Map.entry("demo", Set.of("demo_seeds")),
          Map.entry("platform", Set.of("change_counters")),
          Map.entry("setup", Set.of("setup_tokens", "setup_state")),
          Map.entry(
              "vendor",
              Set.of(
                  "vendor_profiles",
                  "vendor_contacts",
                  "vendor_profile_audit",
                  "vendor_cases",
                  "vendor_case_messages")));

  /**
   * The desk's ticket lists join display names in one query per page (docs/decisions.md, "The
   * desk's read model joins display names").
   */
  private static final Map<String, Set<String>> READ_MODEL =
      Map.of(
          "desk/internal/TicketReads.java",
          Set.of("applications", "staff_members", "user_accounts"));

  /**
   * Features whose SQL still names another's table. The list must match what the sources do, so a
   * fix fails the test until its line goes.
   */
  private static final Set<String> KNOWN_VIOLATIONS =
      Set.of("coverage -> organizations"); // SnapshotStore: employer names; StaffStore.partners

  @Test
  void featureSqlNamesOnlyItsOwnTables() throws IOException {
    Set<String> violations = new TreeSet<>();
    try (Stream<Path> files = Files.walk(SOURCES)) {
      for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
        Path relative = SOURCES.relativize(file);
        if (relative.getNameCount() > 1) {
          violations.addAll(
              violations(
                  relative.getName(0).toString(),
                  relative.toString().replace('\\', '/'),
                  Files.readString(file)));
        }
      }
    }

    assertThat(violations)
        .as("feature -> another feature's table, in SQL strings")
        .containsExactlyInAnyOrderElementsOf(KNOWN_VIOLATIONS);
  }

  @Test
  void theTableRuleRefusesAStoreThatJoinsAnotherFeaturesTable() {
    String store =
        """
        class Fixture {
          // FROM sla_timers, in a comment, is no SQL
          String sql = "SELECT t.id FROM tickets t JOIN staff_members s ON s.id = t.assignee_id"
              + " WHERE t.id = ? ON DUPLICATE KEY UPDATE tickets = 1";
          String read = "SELECT name FROM applications";
        }
        """;

    assertThat(violations("desk", "desk/internal/Fixture.java", store))
        .containsExactlyInAnyOrder("desk -> staff_members", "desk -> applications");
    assertThat(violations("desk", "desk/internal/TicketReads.java", store)).isEmpty();
  }

  @Test
  void everyMigratedTableHasOneOwningFeature() throws IOException {
    Pattern create =
        Pattern.compile(
            "CREATE TABLE (?:IF NOT EXISTS )?`?([a-z_][a-z0-9_]*)", Pattern.CASE_INSENSITIVE);
    Set<String> created = new TreeSet<>();
    for (Path dir : List.of(MIGRATIONS, JAVA_MIGRATIONS)) {
      try (Stream<Path> files = Files.list(dir)) {
        for (Path file : files.toList()) {
          Matcher table = create.matcher(Files.readString(file));
          while (table.find()) {
            created.add(table.group(1).toLowerCase(java.util.Locale.ROOT));
          }
        }
      }
    }
    List<String> owned = TABLES_BY_FEATURE.values().stream().flatMap(Set::stream).toList();

    assertThat(owned).doesNotHaveDuplicates();
    assertThat(new TreeSet<>(owned)).isEqualTo(created);
  }

  /** "feature -> table" for each table the file's SQL names that another feature owns. */
  private static Set<String> violations(String feature, String file, String source) {
    Set<String> all = new HashSet<>();
    TABLES_BY_FEATURE.values().forEach(all::addAll);
    Set<String> allowed = new HashSet<>(TABLES_BY_FEATURE.getOrDefault(feature, Set.of()));
    allowed.addAll(READ_MODEL.getOrDefault(file, Set.of()));
    Set<String> violations = new TreeSet<>();
    for (String table : SqlTableNames.in(source, all)) {
      if (!allowed.contains(table)) {
        violations.add(feature + " -> " + table);
      }
    }
    return violations;
  }
}
