package org.pystrade.production.strategy;

import java.time.LocalDate;
import java.util.Map;
import org.pystrade.core.data.FuturesSimData;
import org.pystrade.core.domain.InstrumentCode;
import org.pystrade.core.system.OptimalPosition;
import org.pystrade.core.system.TradingSystem;
import org.pystrade.core.util.ArgChecker;

/**
 * The optimal positions of a system rerun every day on the data up to that day
 * ({@code system.withData(data.asOf(day))}), as pysystemtrade's production does: right for every config, estimated
 * parameters included, and as slow as one backtest per day.
 */
public final class AsOfPositions implements PositionSource {

  private final TradingSystem system;
  private final FuturesSimData data;

  /**
   * Reruns a system on a data source.
   *
   * @param system the system (its config, rules and stages; its own data is not used)
   * @param data the data, cut at each day
   */
  public AsOfPositions(TradingSystem system, FuturesSimData data) {
    this.system = ArgChecker.notNull(system, "system");
    this.data = ArgChecker.notNull(data, "data");
  }

  @Override
  public Map<InstrumentCode, OptimalPosition> positionsAt(LocalDate day) {
    ArgChecker.notNull(day, "day");
    return system.withData(data.asOf(day)).optimalPositions();
  }
}
