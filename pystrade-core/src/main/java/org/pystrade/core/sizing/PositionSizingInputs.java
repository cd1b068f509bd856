package org.pystrade.core.sizing;

import org.pystrade.core.calc.StageContext;
import org.pystrade.core.combination.ForecastCombine;
import org.pystrade.core.rawdata.RawData;
import org.pystrade.core.util.ArgChecker;

/**
 * What the position sizing stage is built from: the system's context, the stages beneath it it reads (raw data for
 * prices and volatility, combination for the combined forecast) and its parameters. A replacement stage takes the
 * same record.
 *
 * @param context the system's context
 * @param rawData the raw-data stage
 * @param combine the forecast combination stage
 * @param params the parameters
 */
public record PositionSizingInputs(StageContext context, RawData rawData, ForecastCombine combine,
    SizingParams params) {

  /**
   * Validates.
   *
   * @param context the system's context
   * @param rawData the raw-data stage
   * @param combine the forecast combination stage
   * @param params the parameters
   */
  public PositionSizingInputs {
    ArgChecker.notNull(context, "context");
    ArgChecker.notNull(rawData, "rawData");
    ArgChecker.notNull(combine, "combine");
    ArgChecker.notNull(params, "params");
  }
}
