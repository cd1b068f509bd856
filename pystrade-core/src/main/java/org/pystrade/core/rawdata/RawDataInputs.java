package org.pystrade.core.rawdata;

import org.pystrade.core.calc.StageContext;
import org.pystrade.core.util.ArgChecker;

/**
 * What the raw-data stage is built from: the system's context (data, memo, universe) and its volatility parameters.
 * A replacement stage takes the same record: {@code builder.rawData(MyRawData::new)}.
 *
 * @param context the system's context
 * @param volatility how volatility is measured
 */
public record RawDataInputs(StageContext context, VolatilityParams volatility) {

  /**
   * Validates.
   *
   * @param context the system's context
   * @param volatility how volatility is measured
   */
  public RawDataInputs {
    ArgChecker.notNull(context, "context");
    ArgChecker.notNull(volatility, "volatility");
  }
}
