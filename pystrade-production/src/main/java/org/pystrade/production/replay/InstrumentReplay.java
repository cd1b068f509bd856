package org.pystrade.production.replay;

import java.time.LocalDate;
import java.util.Optional;
import org.pystrade.core.domain.InstrumentCode;
import org.pystrade.core.util.ArgChecker;

/**
 * How one instrument's replay compares with the backtest.
 *
 * @param instrument the instrument
 * @param days the business days replayed
 * @param daysEqual the days the held position equalled the backtest's buffered position
 * @param firstMismatch the first day they differed, if any
 * @param rolls the rolls traded
 * @param rollsKeepingPosition the rolls after which the strategy's instrument position was unchanged
 * @param fills the fills booked
 * @param replayGross the gross P&amp;L of the replay in base currency: each day, the contract positions marked at
 *     the day's contract prices, the fills at the mid at submission, converted at the day's FX rate
 * @param backtestGross the backtest's gross P&amp;L in base currency over the same days (pystrade's accounts,
 *     positions filled the day they are decided, {@code delayfill} false), as the replay fills them
 * @param backtestGrossDelayFill the backtest's gross P&amp;L with pysystemtrade's default {@code delayfill}
 *     (a position decided on a day is filled at the next day's price)
 * @param replayCosts the slippage against the mid and the commissions paid, in base currency
 */
public record InstrumentReplay(InstrumentCode instrument, int days, int daysEqual, Optional<LocalDate> firstMismatch,
    int rolls, int rollsKeepingPosition, int fills, double replayGross, double backtestGross,
    double backtestGrossDelayFill, double replayCosts) {

  /**
   * Checks the counts.
   *
   * @param instrument the instrument
   * @param days the business days replayed
   * @param daysEqual the days the held position equalled the backtest's buffered position
   * @param firstMismatch the first day they differed, if any
   * @param rolls the rolls traded
   * @param rollsKeepingPosition the rolls after which the strategy's instrument position was unchanged
   * @param fills the fills booked
   * @param replayGross the gross P&amp;L of the replay in base currency: each day, the contract positions marked at
   *         the day's contract prices, the fills at the mid at submission, converted at the day's FX rate
   * @param backtestGross the backtest's gross P&amp;L in base currency over the same days (pystrade's accounts,
   *         positions filled the day they are decided, {@code delayfill} false), as the replay fills them
   * @param backtestGrossDelayFill the backtest's gross P&amp;L with pysystemtrade's default {@code delayfill}
   *         (a position decided on a day is filled at the next day's price)
   * @param replayCosts the slippage against the mid and the commissions paid, in base currency
   */
  public InstrumentReplay {
    ArgChecker.notNull(instrument, "instrument");
    ArgChecker.isTrue(days >= 0 && daysEqual >= 0 && daysEqual <= days, "days {} and equal days {}", days,
        daysEqual);
    ArgChecker.notNull(firstMismatch, "firstMismatch");
    ArgChecker.isTrue(firstMismatch.isEmpty() == (daysEqual == days), "a first mismatch exactly when a day differs");
    ArgChecker.isTrue(rollsKeepingPosition <= rolls, "rolls {} keeping position {}", rolls, rollsKeepingPosition);
  }

  /**
   * Whether every day's held position equalled the backtest's.
   *
   * @return true if exact
   */
  public boolean exact() {
    return daysEqual == days;
  }
}
