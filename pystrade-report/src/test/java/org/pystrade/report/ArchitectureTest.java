package org.pystrade.report;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/**
 * The packages of pystrade-report have no dependency cycle, the chart package knows nothing of systems, and the
 * markup package depends on nothing of the report.
 */
class ArchitectureTest {

  private static final JavaClasses CLASSES = new ClassFileImporter()
      .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS).importPackages("org.pystrade.report");

  @Test
  void noPackageCycle() {
    slices().matching("org.pystrade.report.(**)").should().beFreeOfCycles().check(CLASSES);
  }

  @Test
  void chartsAreIndependentOfSystems() {
    noClasses().that().resideInAPackage("org.pystrade.report.chart..").should().dependOnClassesThat()
        .resideInAnyPackage("org.pystrade.core.system..", "org.pystrade.core.accounts..", "org.pystrade.report")
        .check(CLASSES);
  }

  @Test
  void markupIsALeaf() {
    noClasses().that().resideInAPackage("org.pystrade.report.markup..").should().dependOnClassesThat()
        .resideInAnyPackage("org.pystrade.report", "org.pystrade.report.chart..").check(CLASSES);
  }
}
