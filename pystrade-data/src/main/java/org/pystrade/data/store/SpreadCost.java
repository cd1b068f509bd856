package org.pystrade.data.store;

import org.pystrade.core.domain.InstrumentCode;
import org.pystrade.core.util.ArgChecker;

/**
 * One row of pysystemtrade's spread costs ({@code spreadcosts.csv}: {@code Instrument, SpreadCost}).
 *
 * @param instrument the instrument
 * @param spreadCost the bid/ask spread in price points; NaN if empty
 */
public record SpreadCost(InstrumentCode instrument, double spreadCost) {

  /**
   * Checks that the instrument is given.
   *
   * @param instrument the instrument
   * @param spreadCost the bid/ask spread in price points; NaN if empty
   */
  public SpreadCost {
    ArgChecker.notNull(instrument, "instrument");
  }

  /**
   * Obtains a row.
   *
   * @param instrument the instrument
   * @param spreadCost the spread in price points
   * @return the row
   */
  public static SpreadCost of(InstrumentCode instrument, double spreadCost) {
    return new SpreadCost(instrument, spreadCost);
  }
}
