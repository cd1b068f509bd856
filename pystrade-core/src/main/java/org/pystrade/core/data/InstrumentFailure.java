package org.pystrade.core.data;

import org.pystrade.core.domain.InstrumentCode;
import org.pystrade.core.util.ArgChecker;

/**
 * An instrument left out of a backtest because its data cannot produce a valid position or P&amp;L (missing FX, no
 * prices, unusable data), with the reason. One bad instrument never aborts the rest.
 *
 * @param instrument the instrument
 * @param reason why it was left out
 */
public record InstrumentFailure(InstrumentCode instrument, String reason) {

  /** Validates. */
  public InstrumentFailure {
    ArgChecker.notNull(instrument, "instrument");
    ArgChecker.notBlank(reason, "reason");
  }

  @Override
  public String toString() {
    return instrument + ": " + reason;
  }
}
