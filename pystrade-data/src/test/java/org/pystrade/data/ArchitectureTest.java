package org.pystrade.data;

import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/** The packages of pystrade-data have no dependency cycle. */
class ArchitectureTest {

  @Test
  void noPackageCycle() {
    slices().matching("org.pystrade.data.(**)").should().beFreeOfCycles().check(new ClassFileImporter()
        .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS).importPackages("org.pystrade.data"));
  }
}
