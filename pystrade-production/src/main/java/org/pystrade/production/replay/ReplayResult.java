package org.pystrade.production.replay;

import java.time.Duration;
import java.util.List;
import org.pystrade.core.util.ArgChecker;

/**
 * What a paper replay did and how it compares with the backtest.
 *
 * @param days the business days replayed
 * @param instruments each instrument's comparison, in instrument order
 * @param incompleteDays the days whose cycle reported a failure
 * @param unrollable the changes of priced contract no roll could be scheduled for
 * @param setup the time to build the system and the simulated market
 * @param cycles the time of all daily cycles
 */
public record ReplayResult(int days, List<InstrumentReplay> instruments, int incompleteDays, List<String> unrollable,
    Duration setup, Duration cycles) {

  /**
   * Checks and copies.
   *
   * @param days the business days replayed
   * @param instruments each instrument's comparison, in instrument order
   * @param incompleteDays the days whose cycle reported a failure
   * @param unrollable the changes of priced contract no roll could be scheduled for
   * @param setup the time to build the system and the simulated market
   * @param cycles the time of all daily cycles
   */
  public ReplayResult {
    ArgChecker.isTrue(days >= 0 && incompleteDays >= 0, "counts must not be negative");
    instruments = List.copyOf(instruments);
    unrollable = List.copyOf(unrollable);
    ArgChecker.notNull(setup, "setup");
    ArgChecker.notNull(cycles, "cycles");
  }

  /**
   * Whether every instrument's held positions equalled the backtest's on every day.
   *
   * @return true if exact
   */
  public boolean exact() {
    return instruments.stream().allMatch(InstrumentReplay::exact);
  }

  /**
   * The summary, one line per figure.
   *
   * @return the text
   */
  public String summary() {
    StringBuilder b = new StringBuilder();
    b.append("days: ").append(days).append('\n');
    b.append("exact: ").append(exact()).append('\n');
    b.append("incomplete days: ").append(incompleteDays).append('\n');
    b.append("setup ms: ").append(setup.toMillis()).append('\n');
    b.append("cycles ms: ").append(cycles.toMillis()).append('\n');
    b.append(String.format(java.util.Locale.ROOT, "ms per cycle: %.2f%n",
        days == 0 ? 0.0 : cycles.toNanos() / 1e6 / days));
    b.append("instrument,days,days_equal,first_mismatch,rolls,rolls_keeping_position,fills,replay_gross,"
        + "backtest_gross,gross_difference,backtest_gross_delayfill,replay_costs\n");
    for (InstrumentReplay i : instruments) {
      b.append(String.format(java.util.Locale.ROOT, "%s,%d,%d,%s,%d,%d,%d,%.2f,%.2f,%.6f,%.2f,%.2f%n", i.instrument(),
          i.days(), i.daysEqual(), i.firstMismatch().map(Object::toString).orElse(""), i.rolls(),
          i.rollsKeepingPosition(), i.fills(), i.replayGross(), i.backtestGross(),
          i.replayGross() - i.backtestGross(), i.backtestGrossDelayFill(), i.replayCosts()));
    }
    for (String u : unrollable) {
      b.append("unrollable: ").append(u).append('\n');
    }
    return b.toString();
  }
}
