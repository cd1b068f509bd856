package org.pystrade.core.data;

import org.pystrade.core.util.ArgChecker;

/**
 * An instrument's roll configuration, as in pysystemtrade's {@code rollconfig.csv}.
 *
 * @param holdRollCycle the months held, as futures month letters ({@code "HMUZ"})
 * @param rollOffsetDays days relative to expiry on which the roll happens (negative: before)
 * @param carryOffset +1 if the carry contract is after the priced contract, -1 if before
 * @param pricedRollCycle the months with prices, as letters
 * @param expiryOffset days of the month on which contracts expire (approximate)
 */
public record RollParameters(String holdRollCycle, double rollOffsetDays, double carryOffset,
    String pricedRollCycle, double expiryOffset) {

  /** Validates the parameters. */
  public RollParameters {
    ArgChecker.notNull(holdRollCycle, "holdRollCycle");
    ArgChecker.notNull(pricedRollCycle, "pricedRollCycle");
  }

  /**
   * The number of rolls a year: the number of months in the hold cycle.
   *
   * @return rolls per year
   */
  public int rollsPerYear() {
    return holdRollCycle.length();
  }
}
