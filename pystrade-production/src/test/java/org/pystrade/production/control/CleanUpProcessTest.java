package org.pystrade.production.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.util.List;
import java.util.stream.Stream;
import org.pystrade.data.production.ProductionStore;

/** The clean-up keeps the process contract and deletes only the files older than its retention. */
class CleanUpProcessTest extends ProductionProcessContract {

  private Path logs() {
    return dir.resolve("logs");
  }

  @Override
  protected ProductionProcess process() {
    return new CleanUpProcess(List.of(logs(), dir.resolve("missing")), Duration.ofDays(30));
  }

  @Override
  protected void prepare(ProductionStore s) throws Exception {
    Files.createDirectories(logs());
    Files.setLastModifiedTime(Files.writeString(logs().resolve("old.log"), "old"),
        FileTime.from(NOW.minus(Duration.ofDays(31))));
    Files.setLastModifiedTime(Files.writeString(logs().resolve("new.log"), "new"),
        FileTime.from(NOW.minus(Duration.ofDays(29))));
  }

  @Override
  protected String extraState() throws Exception {
    try (Stream<Path> files = Files.list(logs())) {
      return files.map(p -> p.getFileName().toString()).sorted().toList().toString();
    }
  }

  @Override
  protected void checkFirstRun(ProcessOutcome outcome) throws Exception {
    assertThat(extraState()).isEqualTo("[new.log]");
    assertThat(outcome.message()).isEqualTo("deleted 1 files older than 30 days");
  }
}
