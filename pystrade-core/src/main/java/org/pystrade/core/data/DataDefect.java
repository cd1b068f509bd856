package org.pystrade.core.data;

import org.pystrade.core.domain.InstrumentCode;
import org.pystrade.core.domain.ReasonCode;
import org.pystrade.core.util.ArgChecker;

/**
 * A defect found in an instrument's data: a value that cannot be right (a contract price of zero, an FX rate of zero,
 * an adjusted price that moves without its contract moving), or data too short or too incomplete to give a position.
 * What the system does with it is the {@link DefectPolicy}'s choice for its {@link Kind}.
 *
 * @param instrument the instrument affected
 * @param kind what kind of defect
 * @param location where it is, e.g. {@code multiple_prices_csv/CORN.csv line 1234}, or an
 *     empty string where no place can be named (the detail then names the series and time)
 * @param detail what is wrong, with the value and time
 */
public record DataDefect(InstrumentCode instrument, Kind kind, String location, String detail) {

  /**
   * Validates.
   *
   * @param instrument the instrument affected
   * @param kind what kind of defect
   * @param location where it is, e.g. {@code multiple_prices_csv/CORN.csv line 1234}, or an
   *         empty string where no place can be named (the detail then names the series and time)
   * @param detail what is wrong, with the value and time
   */
  public DataDefect {
    ArgChecker.notNull(instrument, "instrument");
    ArgChecker.notNull(kind, "kind");
    ArgChecker.notNull(location, "location");
    ArgChecker.notBlank(detail, "detail");
  }

  /**
   * The defect and where it is, without the instrument.
   *
   * @return e.g. {@code multiple_prices_csv/CORN.csv line 12: multiple prices PRICE is 0.0 on 2020-01-03 23:00:00 ...}
   */
  public String message() {
    return location.isEmpty() ? detail : location + ": " + detail;
  }

  /**
   * The kinds of data defect, each with its {@code data_defects:} config key and its default action.
   */
  public enum Kind {

    /**
     * A contract price (multiple prices {@code PRICE}, {@code CARRY} or {@code FORWARD}) that is zero, negative or
     * infinite, or an infinite adjusted price. pysystemtrade computes with it; by default so does pystrade, with a
     * warning.
     */
    NON_POSITIVE_PRICE("non_positive_price", ReasonCode.BAD_VALUE, DefectAction.KEEP,
        "carry (and every rule reading multiple prices) from that day on, through its smoothing"),
    /**
     * The back-adjusted price moves differently from the priced contract's own price between two rows of the same
     * contract (no roll between them): the adjusted price series has a spike or a gap the contract prices do not
     * have. pysystemtrade computes with it; by default so does pystrade, with a warning.
     */
    ADJUSTED_PRICE_MISMATCH("adjusted_price_mismatch", ReasonCode.BAD_VALUE, DefectAction.KEEP,
        "the price, its volatility and every forecast, position and P&L from that day on"),
    /**
     * An FX rate of zero, below zero or infinite: positions become infinite and the P&amp;L meaningless. Left out by
     * default.
     */
    NON_POSITIVE_FX_RATE("non_positive_fx_rate", ReasonCode.BAD_VALUE, DefectAction.LEAVE_OUT,
        "positions (infinite where the rate is zero) and the P&L in the base currency"),
    /**
     * No valid subsystem position on any day: a one-row, all-NaN or too short price series. pysystemtrade keeps such
     * an instrument as all NaN (the others' instrument weights are renormalised without it either way); left out by
     * default, with the reason.
     */
    TOO_SHORT("too_short", ReasonCode.INSUFFICIENT_DATA, DefectAction.LEAVE_OUT,
        "nothing of the instrument's own (every value is NaN), but the other instruments' weights are renormalised "
            + "without it (as pysystemtrade renormalises them over the instruments with a position)"),
    /**
     * No spread cost (no {@code spreadcosts.csv}, no row for the instrument, or an empty value): 0 is used, as
     * pysystemtrade uses it. Kept by default, with a warning.
     */
    MISSING_SPREAD_COST("missing_spread_cost", ReasonCode.NO_CONFIGURATION, DefectAction.KEEP,
        "costs: the SR costs of forecast weights and use_SR_costs, and the cash costs of the P&L, are understated"),
    /**
     * No commission ({@code PerBlock}, {@code Percentage} or {@code PerTrade} of the instrument configuration empty
     * or absent): 0 is used. Kept by default, with a warning.
     */
    MISSING_COMMISSION("missing_commission", ReasonCode.NO_CONFIGURATION, DefectAction.KEEP,
        "costs: the cash costs of the P&L (and the SR costs) are understated");

    private final String key;
    private final ReasonCode code;
    private final DefectAction defaultAction;
    private final String affects;

    Kind(String key, ReasonCode code, DefectAction defaultAction, String affects) {
      this.key = key;
      this.code = code;
      this.defaultAction = defaultAction;
      this.affects = affects;
    }

    /**
     * The key in the {@code data_defects:} config section.
     *
     * @return e.g. {@code non_positive_price}
     */
    public String configKey() {
      return key;
    }

    /**
     * The reason code of an instrument left out for it.
     *
     * @return the code
     */
    public ReasonCode code() {
      return code;
    }

    /**
     * What the system does with it unless the config says otherwise.
     *
     * @return the default action
     */
    public DefectAction defaultAction() {
      return defaultAction;
    }

    /**
     * Which of the instrument's numbers a kept defect of this kind affects, for the warning.
     *
     * @return a short description
     */
    public String affects() {
      return affects;
    }
  }
}
