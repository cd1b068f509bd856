package org.pystrade.data.production;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;
import org.pystrade.core.util.ArgChecker;

/**
 * The control record of a scheduled process: what it is told to do, when it last started and ended, the last day
 * it completed, and who holds its run lock until when.
 *
 * @param process the process's name
 * @param control go, stop or pause
 * @param lastStart when it last started, if ever
 * @param lastEnd when it last ended, if ever
 * @param lastDay the last day it completed, if any
 * @param lastOutcome the outcome of its last run (free text, empty if none)
 * @param lockOwner who holds the run lock, if anyone
 * @param lockExpires when the lock expires unless renewed (meaningful with an owner)
 */
public record ProcessRun(String process, ProcessControl control, Optional<Instant> lastStart,
    Optional<Instant> lastEnd, Optional<LocalDate> lastDay, String lastOutcome, Optional<String> lockOwner,
    Optional<Instant> lockExpires) {

  /**
   * Checks the arguments.
   *
   * @param process the process's name
   * @param control go, stop or pause
   * @param lastStart when it last started, if ever
   * @param lastEnd when it last ended, if ever
   * @param lastDay the last day it completed, if any
   * @param lastOutcome the outcome of its last run (free text, empty if none)
   * @param lockOwner who holds the run lock, if anyone
   * @param lockExpires when the lock expires unless renewed (meaningful with an owner)
   */
  public ProcessRun {
    ArgChecker.notBlank(process, "process");
    ArgChecker.notNull(control, "control");
    ArgChecker.notNull(lastStart, "lastStart");
    ArgChecker.notNull(lastEnd, "lastEnd");
    ArgChecker.notNull(lastDay, "lastDay");
    ArgChecker.notNull(lastOutcome, "lastOutcome");
    ArgChecker.notNull(lockOwner, "lockOwner");
    ArgChecker.notNull(lockExpires, "lockExpires");
  }

  /**
   * Whether the run lock is held at a time (an owner and an expiry after it).
   *
   * @param now the time
   * @return true if held
   */
  public boolean lockedAt(Instant now) {
    ArgChecker.notNull(now, "now");
    return lockOwner.isPresent() && lockExpires.isPresent() && lockExpires.get().isAfter(now);
  }

  /**
   * Whether the process is running now by its record: started after it last ended (or never ended) and locked.
   *
   * @param now the time
   * @return true if running
   */
  public boolean runningAt(Instant now) {
    return lockedAt(now) && lastStart.isPresent() && (lastEnd.isEmpty() || lastEnd.get().isBefore(lastStart.get()));
  }

  /**
   * Whether the last run crashed: it started, never ended, and its lock expired (or was given up).
   *
   * @param now the time
   * @return true if crashed
   */
  public boolean crashedAt(Instant now) {
    return !lockedAt(now) && lastStart.isPresent()
        && (lastEnd.isEmpty() || lastEnd.get().isBefore(lastStart.get()));
  }
}
