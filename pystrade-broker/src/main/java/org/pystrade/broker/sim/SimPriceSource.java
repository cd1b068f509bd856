package org.pystrade.broker.sim;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.pystrade.broker.api.Bar;
import org.pystrade.broker.api.Tradable;
import org.pystrade.core.domain.FuturesContract;

/** Where the simulated broker gets its prices. */
public interface SimPriceSource {

  /**
   * The first price strictly after a moment: the price an order sent at that moment would trade at.
   *
   * @param tradable the contract or pair
   * @param after the moment
   * @return the price, or empty when there is none (yet)
   */
  Optional<PricePoint> priceAfter(Tradable tradable, Instant after);

  /**
   * The last price at or before a moment: the mark.
   *
   * @param tradable the contract or pair
   * @param atOrBefore the moment
   * @return the price, or empty when there is none
   */
  Optional<PricePoint> priceAtOrBefore(Tradable tradable, Instant atOrBefore);

  /**
   * The source's own bars of a contract from {@code from} (inclusive) to {@code to} (inclusive), oldest first, at the
   * source's own frequency.
   *
   * @param contract the contract
   * @param from the first moment
   * @param to the last moment
   * @return the bars, empty when there are none
   */
  List<Bar> bars(FuturesContract contract, Instant from, Instant to);
}
