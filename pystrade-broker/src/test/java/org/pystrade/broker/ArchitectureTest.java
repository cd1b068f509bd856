package org.pystrade.broker;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/**
 * The packages of pystrade-broker have no dependency cycle and import only those beneath them: api at the bottom,
 * config on api, sim and ib on both, neither on the other.
 */
class ArchitectureTest {

  private static final JavaClasses CLASSES = new ClassFileImporter()
      .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS).importPackages("org.pystrade.broker");

  @Test
  void noPackageCycle() {
    slices().matching("org.pystrade.broker.(**)").should().beFreeOfCycles().check(CLASSES);
  }

  @Test
  void layers() {
    noClasses().that().resideInAPackage("..broker.api..").should().dependOnClassesThat()
        .resideInAnyPackage("..broker.config..", "..broker.sim..", "..broker.ib..").check(CLASSES);
    noClasses().that().resideInAPackage("..broker.config..").should().dependOnClassesThat()
        .resideInAnyPackage("..broker.sim..", "..broker.ib..").check(CLASSES);
    noClasses().that().resideInAPackage("..broker.sim..").should().dependOnClassesThat()
        .resideInAPackage("..broker.ib..").check(CLASSES);
    noClasses().that().resideInAPackage("..broker.ib..").should().dependOnClassesThat()
        .resideInAPackage("..broker.sim..").check(CLASSES);
  }
}
