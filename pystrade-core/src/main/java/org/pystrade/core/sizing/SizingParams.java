package org.pystrade.core.sizing;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.pystrade.core.config.SystemConfig;
import org.pystrade.core.domain.InstrumentCode;
import org.pystrade.core.pandl.CostParams;
import org.pystrade.core.pandl.VolTarget;
import org.pystrade.core.util.ArgChecker;

/**
 * The position sizing parameters, read and checked once: the capital and volatility target, the average absolute
 * forecast a position of one volatility scalar corresponds to, and the instruments that may only be long.
 *
 * @param volTarget the capital and volatility target
 * @param averageAbsoluteForecast {@code average_absolute_forecast}, positive
 * @param longOnlyInstruments {@code long_only_instruments}
 */
public record SizingParams(VolTarget volTarget, double averageAbsoluteForecast,
    Set<InstrumentCode> longOnlyInstruments) {

  /** The config keys this record reads (besides {@link VolTarget#KEYS}). */
  public static final List<String> KEYS = List.of("average_absolute_forecast", "long_only_instruments");

  /**
   * Validates and copies.
   *
   * @param volTarget the capital and volatility target
   * @param averageAbsoluteForecast {@code average_absolute_forecast}, positive
   * @param longOnlyInstruments {@code long_only_instruments}
   */
  public SizingParams {
    ArgChecker.notNull(volTarget, "volTarget");
    CostParams.checkAverageAbsoluteForecast(averageAbsoluteForecast);
    longOnlyInstruments = Set.copyOf(ArgChecker.notNull(longOnlyInstruments, "longOnlyInstruments"));
  }

  /**
   * The parameters of a config.
   *
   * @param config the config
   * @param volTarget the capital and volatility target read from it
   * @return the parameters
   */
  public static SizingParams fromConfig(SystemConfig config, VolTarget volTarget) {
    Set<InstrumentCode> longOnly = new HashSet<>();
    config.getStringList("long_only_instruments").forEach(c -> longOnly.add(InstrumentCode.of(c)));
    return new SizingParams(volTarget, config.getDouble("average_absolute_forecast"), longOnly);
  }
}
