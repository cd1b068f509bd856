package org.pystrade.core.domain.trading;

import java.time.Instant;
import org.pystrade.core.domain.InstrumentCode;
import org.pystrade.core.util.ArgChecker;

/**
 * A lock on trading an instrument (a reconciliation break, a manual lock): no order is created while it holds.
 *
 * @param instrument the instrument
 * @param reason why, not blank
 * @param since when it was set
 */
public record InstrumentLock(InstrumentCode instrument, String reason, Instant since) {

  /**
   * Checks the arguments.
   *
   * @param instrument the instrument
   * @param reason why, not blank
   * @param since when it was set
   */
  public InstrumentLock {
    ArgChecker.notNull(instrument, "instrument");
    ArgChecker.notBlank(reason, "reason");
    ArgChecker.notNull(since, "since");
  }
}
