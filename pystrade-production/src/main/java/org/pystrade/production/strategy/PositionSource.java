package org.pystrade.production.strategy;

import java.time.LocalDate;
import java.util.Map;
import org.pystrade.core.domain.InstrumentCode;
import org.pystrade.core.system.OptimalPosition;

/**
 * Where a strategy's optimal positions and buffers for a day come from: what its system gives on the data up to the
 * end of that day.
 */
public interface PositionSource {

  /**
   * The optimal positions as of the end of a day.
   *
   * @param day the day
   * @return the positions by instrument; instruments without an optimal position yet are absent
   */
  Map<InstrumentCode, OptimalPosition> positionsAt(LocalDate day);
}
