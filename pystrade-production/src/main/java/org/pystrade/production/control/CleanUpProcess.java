package org.pystrade.production.control;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.pystrade.core.domain.Failure;
import org.pystrade.core.domain.ReasonCode;
import org.pystrade.core.util.ArgChecker;

/**
 * pysystemtrade's clean-up ({@code run_cleaners}): deletes the files older than a retention in some folders (logs,
 * reports, screenshots), once a day. Idempotent: a second run the same day deletes nothing more.
 */
public final class CleanUpProcess implements ProductionProcess {

  private final List<Path> folders;
  private final Duration retention;

  /**
   * Makes the process.
   *
   * @param folders the folders to clean (missing ones are skipped); files directly in them only
   * @param retention how long a file is kept after its last change
   */
  public CleanUpProcess(List<Path> folders, Duration retention) {
    this.folders = List.copyOf(folders);
    ArgChecker.isTrue(!retention.isNegative() && !retention.isZero(), "the retention must be positive");
    this.retention = retention;
  }

  @Override
  public ProcessOutcome run(ProcessContext context) {
    if (context.completed(context.day())) {
      return ProcessOutcome.alreadyDone(context.day());
    }
    Instant cutoff = context.now().minus(retention);
    int deleted = 0;
    List<Failure> failures = new ArrayList<>();
    for (Path folder : folders) {
      if (context.stopRequested()) {
        return ProcessOutcome.abandoned("stop requested after deleting " + deleted + " files");
      }
      if (!Files.isDirectory(folder)) {
        continue;
      }
      try (Stream<Path> files = Files.list(folder)) {
        for (Path f : (Iterable<Path>) files::iterator) {
          if (Files.isRegularFile(f) && Files.getLastModifiedTime(f).toInstant().isBefore(cutoff)) {
            Files.delete(f);
            deleted++;
          }
        }
      } catch (IOException ex) {
        failures.add(Failure.of(ReasonCode.UNKNOWN, "cannot clean " + folder + ": " + ex.getMessage()));
      }
    }
    String message = "deleted " + deleted + " files older than " + retention.toDays() + " days";
    return new ProcessOutcome(ProcessOutcome.Status.COMPLETED, java.util.Optional.of(context.day()), message,
        failures, 0, 0);
  }
}
