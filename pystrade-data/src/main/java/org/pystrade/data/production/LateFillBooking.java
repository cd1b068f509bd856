package org.pystrade.data.production;

import java.util.List;
import org.pystrade.core.domain.trading.FillRecord;
import org.pystrade.core.util.ArgChecker;

/**
 * What {@link ProductionStore#bookLateFill} did with a fill.
 *
 * @param fill the fill booked, with its id; when {@code bookedBefore}, the fill of that execution id booked before
 *     (on the order it was booked on then)
 * @param bookedBefore true when the execution id had been booked before: nothing was booked
 * @param amendments how the fill changed its broker order, then its contract and instrument orders (when
 *     {@code bookedBefore}, those of the fill booked before: empty for a plain fill)
 */
public record LateFillBooking(FillRecord fill, boolean bookedBefore, List<OrderAmendment> amendments) {

  /**
   * Checks and copies.
   *
   * @param fill the fill booked, with its id; when {@code bookedBefore}, the fill of that execution id booked
   *     before (on the order it was booked on then)
   * @param bookedBefore true when the execution id had been booked before: nothing was booked
   * @param amendments how the fill changed its broker order, then its contract and instrument orders (when
 *     {@code bookedBefore}, those of the fill booked before: empty for a plain fill)
   */
  public LateFillBooking {
    ArgChecker.notNull(fill, "fill");
    ArgChecker.isTrue(fill.id() > 0, "a fill booked has an id: {}", fill);
    amendments = List.copyOf(amendments);
    ArgChecker.isTrue(bookedBefore || !amendments.isEmpty(), "a late fill booked now amends its orders");
  }
}
