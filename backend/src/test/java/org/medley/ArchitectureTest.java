package org.medley;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

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

  @Test
  void integrationsKnowNothingOfTheBackend() {
    noClasses()
        .that()
        .resideInAPackage("org.medley.integrations..")
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage(
            "org.medley.desk..",
            "org.medley.sla..",
            "org.medley.coverage..",
            "org.medley.market..",
            "org.medley.identity..",
            "org.medley.insight..",
            "org.medley.outbox..",
            "org.medley.platform..",
            "org.medley.demo..")
        .allowEmptyShould(true)
        .check(classes);
  }
}
