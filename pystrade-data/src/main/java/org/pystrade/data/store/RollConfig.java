package org.pystrade.data.store;

import org.pystrade.core.domain.InstrumentCode;
import org.pystrade.core.domain.RollCycle;
import org.pystrade.core.domain.RollParameters;
import org.pystrade.core.util.ArgChecker;

/**
 * One row of pysystemtrade's roll configuration ({@code rollconfig.csv}: {@code Instrument, HoldRollCycle,
 * RollOffsetDays, CarryOffset, PricedRollCycle, ExpiryOffset}) as stored, whether or not it makes valid
 * {@link RollParameters} ({@link #toParameters()} says).
 *
 * @param instrument the instrument
 * @param holdCycle {@code HoldRollCycle}
 * @param rollOffsetDays {@code RollOffsetDays}
 * @param carryOffset {@code CarryOffset}
 * @param pricedCycle {@code PricedRollCycle}
 * @param expiryOffset {@code ExpiryOffset}
 */
public record RollConfig(InstrumentCode instrument, RollCycle holdCycle, int rollOffsetDays, int carryOffset,
    RollCycle pricedCycle, int expiryOffset) {

  /**
   * Checks that the instrument and cycles are given.
   *
   * @param instrument the instrument
   * @param holdCycle {@code HoldRollCycle}
   * @param rollOffsetDays {@code RollOffsetDays}
   * @param carryOffset {@code CarryOffset}
   * @param pricedCycle {@code PricedRollCycle}
   * @param expiryOffset {@code ExpiryOffset}
   */
  public RollConfig {
    ArgChecker.notNull(instrument, "instrument");
    ArgChecker.notNull(holdCycle, "holdCycle");
    ArgChecker.notNull(pricedCycle, "pricedCycle");
  }

  /**
   * The row of an instrument's roll parameters.
   *
   * @param instrument the instrument
   * @param p the parameters
   * @return the row
   */
  public static RollConfig of(InstrumentCode instrument, RollParameters p) {
    return new RollConfig(instrument, p.holdCycle(), p.rollOffsetDays(), p.carryOffset(), p.pricedCycle(),
        p.expiryOffset());
  }

  /**
   * The roll parameters of this row.
   *
   * @return the parameters
   * @throws IllegalArgumentException if the row's values are not valid parameters
   */
  public RollParameters toParameters() {
    return RollParameters.builder().holdCycle(holdCycle).pricedCycle(pricedCycle).rollOffsetDays(rollOffsetDays)
        .carryOffset(carryOffset).expiryOffset(expiryOffset).build();
  }
}
