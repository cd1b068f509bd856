package org.pystrade.production.control;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;
import java.util.function.BooleanSupplier;
import org.pystrade.core.util.ArgChecker;
import org.pystrade.data.production.ProductionStore;

/**
 * What a run of a process gets.
 *
 * @param process the process's name
 * @param store the production state
 * @param now when the run started
 * @param day the day the scheduler runs it for (the schedule's local date)
 * @param lastCompletedDay the last day a run of this process completed, if any
 * @param stop true once the daemon is asked to stop: a process between steps then abandons
 */
public record ProcessContext(String process, ProductionStore store, Instant now, LocalDate day,
    Optional<LocalDate> lastCompletedDay, BooleanSupplier stop) {

  /**
   * Checks the arguments.
   *
   * @param process the process's name
   * @param store the production state
   * @param now when the run started
   * @param day the day the scheduler runs it for (the schedule's local date)
   * @param lastCompletedDay the last day a run of this process completed, if any
   * @param stop true once the daemon is asked to stop: a process between steps then abandons
   */
  public ProcessContext {
    ArgChecker.notBlank(process, "process");
    ArgChecker.notNull(store, "store");
    ArgChecker.notNull(now, "now");
    ArgChecker.notNull(day, "day");
    ArgChecker.notNull(lastCompletedDay, "lastCompletedDay");
    ArgChecker.notNull(stop, "stop");
  }

  /**
   * Whether the daemon is asked to stop.
   *
   * @return true if so
   */
  public boolean stopRequested() {
    return stop.getAsBoolean();
  }

  /**
   * Whether a day was completed already by this process.
   *
   * @param tradingDay the day
   * @return true if the last completed day is that day or later
   */
  public boolean completed(LocalDate tradingDay) {
    return lastCompletedDay.isPresent() && !lastCompletedDay.get().isBefore(tradingDay);
  }
}
