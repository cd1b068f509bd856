package org.pystrade.core.domain.trading;

import java.time.Instant;
import org.pystrade.core.domain.InstrumentCode;
import org.pystrade.core.domain.Quantity;
import org.pystrade.core.util.ArgChecker;

/**
 * A trade a strategy wanted and the checks refused or cut (a lock, a roll state, an override, a limit), kept for
 * the record.
 *
 * @param strategy the strategy
 * @param instrument the instrument
 * @param time when it was decided
 * @param wanted the trade wanted, whole and not zero
 * @param allowed the trade left after the checks (zero when refused), whole
 * @param reasons why, not blank
 */
public record OrderRefusal(StrategyName strategy, InstrumentCode instrument, Instant time, Quantity wanted,
    Quantity allowed, String reasons) {

  /**
   * Checks the arguments.
   *
   * @param strategy the strategy
   * @param instrument the instrument
   * @param time when it was decided
   * @param wanted the trade wanted, whole and not zero
   * @param allowed the trade left after the checks (zero when refused), whole
   * @param reasons why, not blank
   */
  public OrderRefusal {
    ArgChecker.notNull(strategy, "strategy");
    ArgChecker.notNull(instrument, "instrument");
    ArgChecker.notNull(time, "time");
    ArgChecker.notNull(wanted, "wanted");
    ArgChecker.isTrue(wanted.isWhole() && !wanted.isZero(), "wanted trade must be whole, not zero: {}", wanted);
    ArgChecker.notNull(allowed, "allowed");
    ArgChecker.isTrue(allowed.isWhole() && !allowed.equals(wanted), "allowed trade {} must be whole and differ"
        + " from the wanted {}", allowed, wanted);
    ArgChecker.notBlank(reasons, "reasons");
  }
}
