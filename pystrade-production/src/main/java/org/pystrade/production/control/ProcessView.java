package org.pystrade.production.control;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;
import org.pystrade.core.util.ArgChecker;
import org.pystrade.data.production.ProcessControl;

/**
 * A process's status for status pages.
 *
 * @param name its name
 * @param schedule its schedule, described
 * @param control go, stop or pause
 * @param state {@code running}, {@code crashed} (started, never ended, lock lapsed) or {@code idle}
 * @param lastStart when it last started
 * @param lastEnd when it last ended
 * @param lastDay the last day it completed
 * @param lastOutcome what its last run said
 * @param nextRun when it runs next (empty when not told to go)
 */
public record ProcessView(String name, String schedule, ProcessControl control, String state,
    Optional<Instant> lastStart, Optional<Instant> lastEnd, Optional<LocalDate> lastDay, String lastOutcome,
    Optional<Instant> nextRun) {

  /**
   * Checks the arguments.
   *
   * @param name its name
   * @param schedule its schedule, described
   * @param control go, stop or pause
   * @param state {@code running}, {@code crashed} (started, never ended, lock lapsed) or {@code idle}
   * @param lastStart when it last started
   * @param lastEnd when it last ended
   * @param lastDay the last day it completed
   * @param lastOutcome what its last run said
   * @param nextRun when it runs next (empty when not told to go)
   */
  public ProcessView {
    ArgChecker.notBlank(name, "name");
    ArgChecker.notNull(schedule, "schedule");
    ArgChecker.notNull(control, "control");
    ArgChecker.notBlank(state, "state");
    ArgChecker.notNull(lastStart, "lastStart");
    ArgChecker.notNull(lastEnd, "lastEnd");
    ArgChecker.notNull(lastDay, "lastDay");
    ArgChecker.notNull(lastOutcome, "lastOutcome");
    ArgChecker.notNull(nextRun, "nextRun");
  }
}
