package org.pystrade.production.strategy;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.pystrade.core.config.SystemConfig;
import org.pystrade.core.domain.InstrumentCode;
import org.pystrade.core.system.OptimalPosition;
import org.pystrade.core.system.TradingSystem;
import org.pystrade.core.util.ArgChecker;

/**
 * The optimal positions of a system computed once on the whole history and read at each day
 * ({@link TradingSystem#optimalPositionsAt}). With fixed parameters every stage looks only backwards, so this is
 * what the system run on the data up to that day gives, at the cost of one run instead of one per day. A config
 * that estimates parameters (forecast scalars, forecast or instrument weights, diversification multipliers) is
 * refused: its estimates use the whole history, so it must be rerun as of each day ({@link AsOfPositions}).
 */
public final class FullHistoryPositions implements PositionSource {

  /** pysystemtrade's switches of the estimated parameters. */
  private static final List<String> ESTIMATE_KEYS = List.of("use_forecast_scale_estimates",
      "use_forecast_weight_estimates", "use_forecast_div_mult_estimates", "use_instrument_weight_estimates",
      "use_instrument_div_mult_estimates");

  private final TradingSystem system;

  private FullHistoryPositions(TradingSystem system) {
    this.system = system;
  }

  /**
   * The positions of a system with fixed parameters.
   *
   * @param system the system on the whole history
   * @return the source
   * @throws IllegalArgumentException if the config estimates any parameter
   */
  public static FullHistoryPositions of(TradingSystem system) {
    ArgChecker.notNull(system, "system");
    List<String> estimated = estimatedParameters(system.config());
    ArgChecker.isTrue(estimated.isEmpty(), "the system estimates parameters ({}): its positions on a day are not "
        + "those of the whole history read at that day; rerun it as of each day instead", estimated);
    return new FullHistoryPositions(system);
  }

  /**
   * The estimate switches a config turns on.
   *
   * @param config the config
   * @return the keys set to true, empty for a system with fixed parameters
   */
  public static List<String> estimatedParameters(SystemConfig config) {
    ArgChecker.notNull(config, "config");
    List<String> on = new ArrayList<>();
    for (String key : ESTIMATE_KEYS) {
      if (config.getBoolean(key, false)) {
        on.add(key);
      }
    }
    return on;
  }

  /**
   * The system the positions are read from.
   *
   * @return the system
   */
  public TradingSystem system() {
    return system;
  }

  @Override
  public Map<InstrumentCode, OptimalPosition> positionsAt(LocalDate day) {
    ArgChecker.notNull(day, "day");
    return system.optimalPositionsAt(day.atTime(LocalTime.MAX).withNano(0));
  }
}
