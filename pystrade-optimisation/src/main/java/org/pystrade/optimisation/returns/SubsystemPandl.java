package org.pystrade.optimisation.returns;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.pystrade.core.pandl.Buffering;
import org.pystrade.core.accounts.DefaultAccounts;
import org.pystrade.core.pandl.PandlCurve;
import org.pystrade.core.config.ConfigException;
import org.pystrade.core.config.SystemConfig;
import org.pystrade.core.data.InstrumentCode;
import org.pystrade.core.series.SeriesFrame;
import org.pystrade.core.series.TimeSeries;
import org.pystrade.core.calc.StageKey;
import org.pystrade.core.system.TradingSystem;

/**
 * Subsystem P&amp;L as pysystemtrade's {@code accounts.pandl_for_subsystem} (cash costs): the subsystem position
 * buffered at subsystem level (buffer = |volatility scalar| x {@code buffer_size} for the forecast method, without
 * instrument weight or IDM) and rounded to whole contracts (pysystemtrade does not pass its {@code roundpositions}
 * argument on to the buffering), filled a day late, with the instrument's cash costs and roll trades at full size (pysystemtrade leaves
 * {@code multiply_roll_costs_by} out here).
 */
public final class SubsystemPandl {

  private SubsystemPandl() {
  }

  /**
   * The buffered subsystem position.
   *
   * @param system the system
   * @param code the instrument
   * @param round whether to round to whole contracts
   * @return contracts
   */
  public static TimeSeries bufferedSubsystemPosition(TradingSystem system, InstrumentCode code, boolean round) {
    return system.memo().get(new StageKey("optimisation", "bufferedSubsystemPosition", code, round), () -> {
      SystemConfig c = system.config();
      TimeSeries optimal = system.positionSizing().subsystemPosition(code);
      String method = c.getString("buffer_method");
      long[] idx = optimal.times();
      TimeSeries buffer;
      switch (method) {
        case "none":
          return round ? optimal.map(Math::rint) : optimal;
        case "forecast":
          buffer = system.positionSizing().volatilityScalar(code).reindexThenFfill(idx).abs()
              .times(c.getDouble("buffer_size"));
          break;
        case "position":
          buffer = optimal.abs().times(c.getDouble("buffer_size"));
          break;
        default:
          throw new ConfigException("config key 'buffer_method' must be one of forecast, position, none but was '"
              + method + "'");
      }
      TimeSeries upper = optimal.ffill().plus(buffer.ffill());
      TimeSeries lower = optimal.ffill().minus(buffer.ffill());
      return Buffering.apply(optimal, upper, lower, c.getBoolean("buffer_trade_to_edge"), round);
    });
  }

  /**
   * The subsystem P&amp;L curve (fill delayed one day, positions unrounded).
   *
   * @param system the system
   * @param code the instrument
   * @return gross, costs and net in base currency per business day
   */
  public static PandlCurve pandl(TradingSystem system, InstrumentCode code) {
    return system.memo().get(new StageKey("optimisation", "subsystemPandl", code, null), () -> {
      // pysystemtrade asks for the buffered subsystem position with its default roundpositions=True here
      TimeSeries positions = bufferedSubsystemPosition(system, code, true);
      return DefaultAccounts.cashCostCalculator(system, code, positions)
          // pysystemtrade's subsystem P&L does not pass multiply_roll_costs_by: the calculator's default 1.0 applies
          .multiplyRollCostsBy(1.0)
          .delayFill(true)
          .roundPositions(false)
          .build()
          .calculate();
    });
  }

  /**
   * Net subsystem P&amp;L of several instruments on the union of their indexes (NaN where an instrument has no
   * row), as pysystemtrade's {@code pandl_across_subsystems().to_frame()}.
   *
   * @param system the system
   * @param codes the instruments
   * @return one column per instrument, currency
   */
  public static SeriesFrame acrossSubsystems(TradingSystem system, List<InstrumentCode> codes) {
    Map<String, TimeSeries> m = new LinkedHashMap<>();
    for (InstrumentCode code : codes) {
      m.put(code.value(), pandl(system, code).net());
    }
    return SeriesFrame.concat(m);
  }
}
