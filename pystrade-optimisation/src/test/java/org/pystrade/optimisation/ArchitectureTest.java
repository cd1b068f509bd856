package org.pystrade.optimisation;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The packages of pystrade-optimisation form layers without a cycle: fitting periods and progress at the bottom,
 * then estimators, optimisers, weights and diversification multipliers, and the estimators' registration on top.
 */
class ArchitectureTest {

  /** The packages from the bottom up ("" is the root package); each may depend only on those before it. */
  static final List<String> LAYERS = List.of("fitting", "estimators", "optimisers", "scalar", "weights", "dm", "");

  private static JavaClasses classes;

  @BeforeAll
  static void importClasses() {
    classes = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
        .importPackages("org.pystrade.optimisation");
  }

  private static String pkg(String layer) {
    return layer.isEmpty() ? "org.pystrade.optimisation" : "org.pystrade.optimisation." + layer + "..";
  }

  @Test
  void noPackageCycle() {
    slices().matching("org.pystrade.optimisation.(**)").should().beFreeOfCycles().check(classes);
  }

  @Test
  void eachPackageImportsOnlyThePackagesBeneathIt() {
    for (int i = 0; i < LAYERS.size() - 1; i++) {
      String[] higher = LAYERS.subList(i + 1, LAYERS.size()).stream().map(ArchitectureTest::pkg)
          .toArray(String[]::new);
      noClasses().that().resideInAPackage(pkg(LAYERS.get(i))).should().dependOnClassesThat()
          .resideInAnyPackage(higher).check(classes);
    }
  }

  @Test
  void theEstimatorsDoNotReachTheSystem() {
    // estimators get their stage's inputs, never the whole system
    noClasses().should().dependOnClassesThat().resideInAnyPackage("org.pystrade.core.accounts..")
        .orShould().dependOnClassesThat().haveFullyQualifiedName("org.pystrade.core.system.TradingSystem")
        .check(classes);
  }
}
