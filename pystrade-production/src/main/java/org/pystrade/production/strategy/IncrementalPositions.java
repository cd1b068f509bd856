package org.pystrade.production.strategy;

import java.time.LocalDate;
import java.util.Map;
import org.pystrade.core.data.FuturesSimData;
import org.pystrade.core.domain.InstrumentCode;
import org.pystrade.core.incremental.IncrementalSystem;
import org.pystrade.core.system.OptimalPosition;
import org.pystrade.core.system.TradingSystem;
import org.pystrade.core.util.ArgChecker;

/**
 * The optimal positions of a system kept up to date day by day ({@link IncrementalSystem}): computed once on the
 * data up to the day before the first day asked, then each day's bars appended. The positions of a day are, bit for
 * bit, those of the system rerun on the data up to that day ({@link AsOfPositions}), for any config; a system with
 * fixed parameters and the provided rules is stepped (a few operations per instrument and rule a day), any other is
 * computed in full on each day as {@link AsOfPositions} does. Days must be asked in order.
 */
public final class IncrementalPositions implements PositionSource {

  private final IncrementalSystem system;
  private final FuturesSimData data;
  private LocalDate last;

  private IncrementalPositions(IncrementalSystem system, FuturesSimData data, LocalDate last) {
    this.system = system;
    this.data = data;
    this.last = last;
  }

  /**
   * Starts a system on the data up to a day.
   *
   * @param system the system (its config, rules and stages; its own data is not used)
   * @param data the data, whose days after {@code dayBefore} are appended as they are asked for
   * @param dayBefore the last day of data the system starts from
   * @return the source
   */
  public static IncrementalPositions start(TradingSystem system, FuturesSimData data, LocalDate dayBefore) {
    ArgChecker.notNull(system, "system");
    ArgChecker.notNull(data, "data");
    ArgChecker.notNull(dayBefore, "dayBefore");
    return new IncrementalPositions(IncrementalSystem.start(system.withData(data.asOf(dayBefore))), data, dayBefore);
  }

  /**
   * The system kept up to date.
   *
   * @return the incremental system
   */
  public IncrementalSystem system() {
    return system;
  }

  /**
   * {@inheritDoc}
   *
   * @throws IllegalArgumentException if the day is before the last one asked
   */
  @Override
  public Map<InstrumentCode, OptimalPosition> positionsAt(LocalDate day) {
    ArgChecker.notNull(day, "day");
    ArgChecker.isTrue(!day.isBefore(last), "the positions of {} are asked after those of {}: days must be asked in "
        + "order", day, last);
    if (day.isAfter(last)) {
      system.append(data, day);
      last = day;
    }
    return system.optimalPositions();
  }
}
