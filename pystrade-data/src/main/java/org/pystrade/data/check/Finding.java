package org.pystrade.data.check;

import org.pystrade.core.util.ArgChecker;

/**
 * One kind of problem found in an instrument's data.
 *
 * @param kind what kind
 * @param count how many (rows, runs, gaps), at least 1
 * @param detail what and where: the first (or largest) case, in words
 */
public record Finding(Kind kind, int count, String detail) {

  /** The kinds of finding; those that make an instrument unusable for a backtest say so. */
  public enum Kind {
    /** Adjusted prices missing or unreadable: unusable. */
    NO_ADJUSTED_PRICES(true),
    /** Multiple prices missing or unreadable: unusable. */
    NO_MULTIPLE_PRICES(true),
    /** No row in the instrument configuration (or an invalid one): unusable. */
    NO_INSTRUMENT_CONFIG(true),
    /** No FX rate from the instrument's currency into the base currency: unusable. */
    NO_FX_RATE(true),
    /** No valid adjusted price at all: unusable. */
    NO_PRICES(true),
    /** A defect pystrade's backtest leaves the instrument out for by default (an FX rate of zero or below). */
    LEFT_OUT_DEFECT(true),
    /** A defect the backtest keeps, with a warning (a non-positive contract price, a mismatched adjusted price). */
    KEPT_DEFECT(false),
    /** No spread cost: 0 is used. */
    NO_SPREAD_COST(false),
    /** No roll configuration. */
    NO_ROLL_CONFIG(false),
    /** No roll calendar. */
    NO_ROLL_CALENDAR(false),
    /** A roll calendar that cannot be read. */
    BAD_ROLL_CALENDAR(false),
    /** Business days without a price between two priced days, longer than the gap threshold. */
    GAP(false),
    /** A daily move larger than the spike threshold times the average absolute daily move. */
    SPIKE(false),
    /** Zero or negative contract prices (multiple prices PRICE). */
    ZERO_OR_NEGATIVE(false),
    /** Runs of business days with the same contract price, longer than the stale threshold. */
    STALE(false),
    /** Rows repeated or out of order in the source, repaired on reading. */
    DUPLICATE_TIMESTAMPS(false);

    private final boolean unusable;

    Kind(boolean unusable) {
      this.unusable = unusable;
    }

    /**
     * Whether an instrument with this finding cannot be backtested.
     *
     * @return true if unusable
     */
    public boolean makesUnusable() {
      return unusable;
    }
  }

  /**
   * Checks the parts.
   *
   * @param kind what kind
   * @param count how many (rows, runs, gaps), at least 1
   * @param detail what and where: the first (or largest) case, in words
   */
  public Finding {
    ArgChecker.notNull(kind, "kind");
    ArgChecker.isTrue(count >= 1, "a finding counts at least 1 but was {}", count);
    detail = detail == null ? "" : detail;
  }
}
