package org.pystrade.core.domain;

import java.time.LocalDate;
import java.time.YearMonth;
import org.pystrade.core.util.ArgChecker;

/**
 * How an instrument's contracts roll, as one row of pysystemtrade's rollconfig.csv
 * ({@code HoldRollCycle, RollOffsetDays, CarryOffset, PricedRollCycle, ExpiryOffset}) and its
 * {@code rollParameters} object.
 *
 * <ul>
 *   <li>{@code holdCycle} ({@code HoldRollCycle}): the contract months the system actually holds. Its size is the
 *       number of rolls a year.
 *   <li>{@code pricedCycle} ({@code PricedRollCycle}): every contract month for which prices are collected; it
 *       contains the hold cycle, and is where the carry contract is found. Corn holds only {@code "Z"} but prices
 *       {@code "HKNUZ"}.
 *   <li>{@code rollOffsetDays} ({@code RollOffsetDays}): when, in calendar days relative to the (approximate) expiry,
 *       the position usually rolls to the next held contract: negative, before expiry (-5 for the Bund, -1000 for
 *       SOFR, which is held years out on the curve), or 0 where a contract cannot be rolled before its expiry day.
 *   <li>{@code carryOffset} ({@code CarryOffset}): which contract of the priced cycle gives the carry: -1 the previous,
 *       earlier, contract (the preferred choice), +1 the next, later, one (for instruments held in the front
 *       contract, which has no earlier one).
 *   <li>{@code expiryOffset} ({@code ExpiryOffset}): calendar days from the first of the contract month to the
 *       approximate expiry, that is the day of expiry minus one (6 for the Bund, expiring around the 7th; negative for
 *       a contract expiring in the month before its delivery month, -11 for US crude oil); see
 *       {@link ContractDate#expiry(int)}. Used where no exact expiry date is known.
 * </ul>
 *
 * @param holdCycle the months held
 * @param pricedCycle the months priced, containing every held month
 * @param rollOffsetDays days relative to the approximate expiry on which the roll happens, &lt;= 0
 * @param carryOffset +1 if the carry contract is the next priced contract, -1 if the previous one
 * @param expiryOffset days from the first of the contract month to the approximate expiry, may be negative
 */
public record RollParameters(RollCycle holdCycle, RollCycle pricedCycle, int rollOffsetDays, int carryOffset,
    int expiryOffset) {

  /**
   * Checks the cycles and the offsets.
   *
   * @param holdCycle the months held
   * @param pricedCycle the months priced, containing every held month
   * @param rollOffsetDays days relative to the approximate expiry on which the roll happens, &lt;= 0
   * @param carryOffset +1 if the carry contract is the next priced contract, -1 if the previous one
   * @param expiryOffset days from the first of the contract month to the approximate expiry, may be negative
   */
  public RollParameters {
    ArgChecker.notNull(holdCycle, "holdCycle");
    ArgChecker.notNull(pricedCycle, "pricedCycle");
    for (int i = 0; i < holdCycle.letters().length(); i++) {
      char letter = holdCycle.letters().charAt(i);
      ArgChecker.isTrue(pricedCycle.letters().indexOf(letter) >= 0,
          "pricedCycle {} must contain every month of holdCycle {} but lacks '{}'", pricedCycle, holdCycle, letter);
    }
    ArgChecker.isTrue(rollOffsetDays <= 0, "rollOffsetDays must be <= 0 (days before expiry) but was {}",
        rollOffsetDays);
    ArgChecker.isTrue(carryOffset == 1 || carryOffset == -1, "carryOffset must be +1 or -1 but was {}", carryOffset);
  }

  /**
   * A builder. Its defaults are pysystemtrade's {@code rollParameters} defaults: {@code rollOffsetDays} 0,
   * {@code carryOffset} -1, {@code expiryOffset} 0; the two cycles have no default.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Roll parameters in the column order of pysystemtrade's {@code rollconfig.csv}.
   *
   * @param holdCycle {@code HoldRollCycle}, e.g. {@code "HMUZ"}
   * @param rollOffsetDays {@code RollOffsetDays}, 0 or negative
   * @param carryOffset {@code CarryOffset}, +1 or -1
   * @param pricedCycle {@code PricedRollCycle}
   * @param expiryOffset {@code ExpiryOffset}, days
   * @return the parameters
   */
  public static RollParameters of(String holdCycle, int rollOffsetDays, int carryOffset, String pricedCycle,
      int expiryOffset) {
    return builder().holdCycle(RollCycle.of(holdCycle)).pricedCycle(RollCycle.of(pricedCycle))
        .rollOffsetDays(rollOffsetDays).carryOffset(carryOffset).expiryOffset(expiryOffset).build();
  }

  /**
   * The number of rolls a year.
   *
   * @return the number of months in the hold cycle
   */
  public int rollsPerYear() {
    return holdCycle.size();
  }

  /**
   * The carry contract of a priced contract, as pysystemtrade's {@code carry_contract}: with {@code carryOffset} +1
   * the next contract of the priced cycle strictly after {@code priced}, with -1 the previous one strictly before it.
   * If {@code priced} is not itself in the priced cycle the result is the same as pysystemtrade's, which first moves
   * to the nearest priced month. The result is a month-only date (its day unknown).
   *
   * @param priced the contract whose carry contract is wanted (the {@code PRICE_CONTRACT})
   * @return the carry contract's date
   */
  public ContractDate carryContract(ContractDate priced) {
    ArgChecker.notNull(priced, "priced");
    YearMonth month = priced.yearMonth();
    return ContractDate.ofYearMonth(carryOffset == 1 ? pricedCycle.next(month) : pricedCycle.previous(month));
  }

  /**
   * The contract held after a given one, as pysystemtrade's {@code next_held_contract}: the next month of the hold
   * cycle strictly after {@code current}'s month. The result is a month-only date (its day unknown).
   *
   * @param current the contract held now
   * @return the date of the contract to roll into
   */
  public ContractDate nextHeldContract(ContractDate current) {
    ArgChecker.notNull(current, "current");
    return ContractDate.ofYearMonth(holdCycle.next(current.yearMonth()));
  }

  /**
   * The approximate expiry of a contract: {@code contract.expiry(expiryOffset)}.
   *
   * @param contract a contract date
   * @return its approximate expiry date
   */
  public LocalDate approximateExpiry(ContractDate contract) {
    ArgChecker.notNull(contract, "contract");
    return contract.expiry(expiryOffset);
  }

  /**
   * The date on which a contract is usually rolled, as pysystemtrade's {@code desired_roll_date}: its approximate
   * expiry plus {@code rollOffsetDays}.
   *
   * @param contract a held contract's date
   * @return the approximate roll date
   */
  public LocalDate approximateRollDate(ContractDate contract) {
    return approximateExpiry(contract).plusDays(rollOffsetDays);
  }

  /** Builder of {@link RollParameters}, with pysystemtrade's defaults for the three offsets. */
  public static final class Builder {
    private RollCycle holdCycle;
    private RollCycle pricedCycle;
    private int rollOffsetDays;
    private int carryOffset = -1;
    private int expiryOffset;

    private Builder() {
    }

    /**
     * Sets the months held.
     *
     * @param v the hold cycle ({@code HoldRollCycle})
     * @return this
     */
    public Builder holdCycle(RollCycle v) {
      this.holdCycle = v;
      return this;
    }

    /**
     * Sets the months priced.
     *
     * @param v the priced cycle ({@code PricedRollCycle}), containing the hold cycle
     * @return this
     */
    public Builder pricedCycle(RollCycle v) {
      this.pricedCycle = v;
      return this;
    }

    /**
     * Sets when the roll happens.
     *
     * @param v calendar days relative to the approximate expiry ({@code RollOffsetDays}), &lt;= 0
     * @return this
     */
    public Builder rollOffsetDays(int v) {
      this.rollOffsetDays = v;
      return this;
    }

    /**
     * Sets where the carry contract is.
     *
     * @param v +1 for the next priced contract, -1 for the previous one ({@code CarryOffset})
     * @return this
     */
    public Builder carryOffset(int v) {
      this.carryOffset = v;
      return this;
    }

    /**
     * Sets the approximate expiry.
     *
     * @param v calendar days from the first of the contract month ({@code ExpiryOffset})
     * @return this
     */
    public Builder expiryOffset(int v) {
      this.expiryOffset = v;
      return this;
    }

    /**
     * Builds the parameters.
     *
     * @return the validated parameters
     */
    public RollParameters build() {
      return new RollParameters(holdCycle, pricedCycle, rollOffsetDays, carryOffset, expiryOffset);
    }
  }
}
