package org.pystrade.examples.reliability;

import static org.assertj.core.api.Assumptions.assumeThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

/**
 * A class of reliability cases: one test per case, named after it, each on a fresh copy of the fixture. A failure's
 * message starts with the case's class and name.
 */
abstract class CaseSuite {

  /**
   * The cases of this class.
   *
   * @return the cases
   */
  abstract List<Case> cases();

  @TestFactory
  @DisplayName("case:")
  Stream<DynamicTest> everyCase(@TempDir Path dir) {
    AtomicInteger n = new AtomicInteger();
    return cases().stream().map(c -> DynamicTest.dynamicTest(c.name, () -> {
      if (c.skipIf != null) {
        assumeThat(c.skipIf.getAsBoolean()).as(c.skipReason).isFalse();
      }
      Path work;
      try {
        work = Files.createDirectories(dir.resolve("case" + n.incrementAndGet()));
      } catch (IOException ex) {
        throw new UncheckedIOException(ex);
      }
      try {
        CaseRunner.run(c, work);
      } catch (AssertionError ex) {
        // the report names the test by its index: the message names the case
        AssertionError named = new AssertionError("case '" + c + "': " + ex.getMessage(), ex);
        named.setStackTrace(ex.getStackTrace());
        throw named;
      }
    }));
  }
}
