package org.pystrade.production.roll;

import java.util.List;
import org.pystrade.core.domain.FuturesContract;
import org.pystrade.core.domain.InstrumentCode;
import org.pystrade.core.domain.Quantity;
import org.pystrade.core.domain.trading.RollState;
import org.pystrade.core.util.ArgChecker;

/**
 * What became of a requested roll-state change.
 *
 * @param instrument the instrument
 * @param priced the priced contract the position was looked up in
 * @param pricedPosition the position held in it (all strategies)
 * @param from the state before
 * @param requested the state asked for
 * @param now the state after (the requested one when applied, else {@code from})
 * @param allowed the states {@code from} allows with that position, the recommended first
 * @param message what was done, or why not
 */
public record RollStateChange(InstrumentCode instrument, FuturesContract priced, Quantity pricedPosition,
    RollState from, RollState requested, RollState now, List<RollState> allowed, String message) {

  /**
   * Checks the parts.
   *
   * @param instrument the instrument
   * @param priced the priced contract
   * @param pricedPosition the position in it
   * @param from the state before
   * @param requested the state asked for
   * @param now the state after
   * @param allowed the allowed next states
   * @param message what was done, or why not
   */
  public RollStateChange {
    ArgChecker.notNull(instrument, "instrument");
    ArgChecker.notNull(priced, "priced");
    ArgChecker.notNull(pricedPosition, "pricedPosition");
    ArgChecker.notNull(from, "from");
    ArgChecker.notNull(requested, "requested");
    ArgChecker.notNull(now, "now");
    allowed = List.copyOf(allowed);
    ArgChecker.notBlank(message, "message");
  }

  /**
   * Whether the request was carried out: the requested state reached, or for {@link RollState#ROLL_ADJUSTED} the
   * prices rolled and the instrument back to {@link RollState#NO_ROLL}.
   *
   * @return true if carried out
   */
  public boolean applied() {
    return now == requested || requested == RollState.ROLL_ADJUSTED && now == RollState.NO_ROLL;
  }
}
