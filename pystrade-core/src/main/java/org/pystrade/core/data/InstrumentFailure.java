package org.pystrade.core.data;

import org.pystrade.core.domain.Failure;
import org.pystrade.core.domain.InstrumentCode;
import org.pystrade.core.domain.ReasonCode;
import org.pystrade.core.util.ArgChecker;

/**
 * An instrument left out of a backtest because its data cannot produce a valid position or P&amp;L (missing FX, no
 * prices, unusable data), or kept in it with a warning (defective P&amp;L), with the kind of problem and the reason.
 * One bad instrument never aborts the rest.
 *
 * @param instrument the instrument
 * @param code what kind of problem it is
 * @param reason why, naming the file, line, currency or date concerned
 */
public record InstrumentFailure(InstrumentCode instrument, ReasonCode code, String reason) {

  /**
   * Validates.
   *
   * @param instrument the instrument
   * @param code what kind of problem it is
   * @param reason why, naming the file, line, currency or date concerned
   */
  public InstrumentFailure {
    ArgChecker.notNull(instrument, "instrument");
    ArgChecker.notNull(code, "code");
    ArgChecker.notBlank(reason, "reason");
  }

  /**
   * The failure of an instrument's data.
   *
   * @param instrument the instrument
   * @param ex the data failure
   * @return the failure
   */
  public static InstrumentFailure of(InstrumentCode instrument, DataException ex) {
    return new InstrumentFailure(instrument, ex.code(), ex.getMessage());
  }

  /**
   * The problem as a value.
   *
   * @return the reason code and the reason
   */
  public Failure failure() {
    return Failure.of(code, reason);
  }

  @Override
  public String toString() {
    return instrument + ": " + reason;
  }
}
