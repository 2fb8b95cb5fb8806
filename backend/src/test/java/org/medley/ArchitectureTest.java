package org.medley;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.EvaluationResult;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.medley.desk.Priority;
import org.medley.integrations.IntegrationsFixtures;

/** STYLE.md's module rules, enforced: features keep out of each other's internals. */
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
   * Features layer: identity and calendar at the bottom, then coverage, desk and market, with sla
   * on top. A feature that needs to hear from one above it defines the port or event it listens to
   * (coverage's {@code TicketHistory}, desk's {@code SlaDueChanged}) and the one above implements
   * or publishes it.
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
}
