package org.pystrade.production;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/**
 * The packages of pystrade-production have no dependency cycle and import only those beneath them: strategy and
 * execution at the bottom (neither on the other), the cycle (the root package) on both, replay on all; report reads
 * the state the cycle leaves and nothing below depends on it (nor does it on replay); roll stands on the stores alone;
 * then the daemon's layers: control (processes, scheduler) on those, monitor on control, web on control and the
 * store, and daemon on everything; nothing beneath imports what is above it.
 */
class ArchitectureTest {

  private static final JavaClasses CLASSES = new ClassFileImporter()
      .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS).importPackages("org.pystrade.production");

  @Test
  void noPackageCycle() {
    slices().matching("org.pystrade.production.(**)").should().beFreeOfCycles().check(CLASSES);
  }

  @Test
  void layers() {
    noClasses().that().resideInAPackage("..production.strategy..").should().dependOnClassesThat()
        .resideInAnyPackage("..production.execution..", "..production.replay..").check(CLASSES);
    noClasses().that().resideInAPackage("..production.execution..").should().dependOnClassesThat()
        .resideInAnyPackage("..production.strategy..", "..production.replay..").check(CLASSES);
    // roll states stand on the stores alone
    noClasses().that().resideInAPackage("..production.roll..").should().dependOnClassesThat()
        .resideInAnyPackage("org.pystrade.production", "..production.strategy..", "..production.execution..",
            "..production.replay..", "..production.control..", "..production.monitor..", "..production.web..",
            "..production.daemon..", "org.pystrade.broker..").check(CLASSES);
    noClasses().that().resideInAPackage("org.pystrade.production").should().dependOnClassesThat()
        .resideInAPackage("..production.replay..").check(CLASSES);
    noClasses().that().resideInAnyPackage("org.pystrade.production", "..production.strategy..",
        "..production.execution..", "..production.replay..").should().dependOnClassesThat().resideInAnyPackage(
            "..production.control..", "..production.monitor..", "..production.web..", "..production.daemon..")
        .check(CLASSES);
    noClasses().that().resideInAPackage("..production.control..").should().dependOnClassesThat()
        .resideInAnyPackage("..production.monitor..", "..production.web..", "..production.daemon..").check(CLASSES);
    noClasses().that().resideInAnyPackage("..production.monitor..", "..production.web..").should()
        .dependOnClassesThat().resideInAnyPackage("..production.daemon..").check(CLASSES);
    noClasses().that().resideInAPackage("..production.monitor..").should().dependOnClassesThat()
        .resideInAPackage("..production.web..").check(CLASSES);
    noClasses().that().resideInAPackage("..production.web..").should().dependOnClassesThat()
        .resideInAPackage("..production.monitor..").check(CLASSES);
    noClasses().that().resideInAnyPackage("org.pystrade.production", "..production.strategy..",
        "..production.execution..", "..production.replay..").should().dependOnClassesThat()
        .resideInAPackage("..production.report..").check(CLASSES);
    noClasses().that().resideInAPackage("..production.report..").should().dependOnClassesThat()
        .resideInAnyPackage("..production.replay..", "..production.strategy..", "..production.execution..")
        .check(CLASSES);
  }
}
