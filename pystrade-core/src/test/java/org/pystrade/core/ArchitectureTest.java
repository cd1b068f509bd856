package org.pystrade.core;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The package graph of pystrade-core is the pipeline: each package imports only the packages beneath it, so there
 * is no cycle, and a lower stage never reaches up to a higher one (which is how a service locator starts again).
 * See docs/ARCHITECTURE.md.
 */
class ArchitectureTest {

  /** The packages from the bottom up: each may depend only on those before it. */
  static final List<String> LAYERS = List.of("util", "domain", "series", "math", "config", "data", "calc", "rawdata",
      "rules", "forecast", "pandl", "combination", "sizing", "portfolio", "accounts", "optimised", "system",
      "study", "results", "incremental");

  private static JavaClasses classes;

  @BeforeAll
  static void importClasses() {
    classes = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
        .importPackages("org.pystrade.core");
  }

  @Test
  void noPackageCycle() {
    slices().matching("org.pystrade.core.(*)..").should().beFreeOfCycles().check(classes);
  }

  @Test
  void everyPackageIsALayerOfThePipeline() {
    noClasses().should().resideOutsideOfPackages(LAYERS.stream().map(l -> "org.pystrade.core." + l + "..")
        .toArray(String[]::new)).check(classes);
  }

  @Test
  void eachPackageImportsOnlyThePackagesBeneathIt() {
    for (int i = 0; i < LAYERS.size(); i++) {
      String[] higher = LAYERS.subList(i + 1, LAYERS.size()).stream().map(l -> "org.pystrade.core." + l + "..")
          .toArray(String[]::new);
      if (higher.length == 0) {
        continue;
      }
      noClasses().that().resideInAPackage("org.pystrade.core." + LAYERS.get(i) + "..")
          .should().dependOnClassesThat().resideInAnyPackage(higher)
          .because(LAYERS.get(i) + " sits beneath " + String.join(", ", LAYERS.subList(i + 1, LAYERS.size())))
          .check(classes);
    }
  }

  @Test
  void noJacksonTypeInThePublicSignaturesOfResults() {
    // results writes JSON with Jackson inside a package-private class: no Jackson type reaches a user
    noClasses().that().resideInAPackage("org.pystrade.core.results..").and().arePublic()
        .should().dependOnClassesThat().resideInAnyPackage("com.fasterxml..", "org.yaml..")
        .check(classes);
  }

  @Test
  void noThirdPartyTypeOtherThanLoggingInTheStages() {
    // Jackson and SnakeYAML are confined to the config package (and Jackson's streaming writer to the results' JSON
    // files); the stages see typed parameters only
    noClasses().that().resideOutsideOfPackages("org.pystrade.core.config..", "org.pystrade.core.results..")
        .should().dependOnClassesThat().resideInAnyPackage("com.fasterxml..", "org.yaml..")
        .check(classes);
  }
}
