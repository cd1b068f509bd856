package org.pystrade.production.strategy;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Arrays;
import java.util.Optional;
import org.pystrade.core.data.MultiplePrices;
import org.pystrade.core.domain.FuturesContract;
import org.pystrade.core.domain.InstrumentCode;
import org.pystrade.core.series.Timestamps;
import org.pystrade.core.util.ArgChecker;

/**
 * The contracts an instrument trades on a day, from its multiple prices: the priced contract ({@code
 * PRICE_CONTRACT}, the one the strategy's orders trade) and the forward contract ({@code FORWARD_CONTRACT}, the
 * one a roll moves to) of the day's last row.
 *
 * @param priced the priced contract
 * @param forward the forward contract (the priced one when the row has none)
 */
public record PricedContracts(FuturesContract priced, FuturesContract forward) {

  /**
   * Checks that both are of one instrument.
   *
   * @param priced the priced contract
   * @param forward the forward contract (the priced one when the row has none)
   */
  public PricedContracts {
    ArgChecker.notNull(priced, "priced");
    ArgChecker.notNull(forward, "forward");
    ArgChecker.isTrue(priced.instrument().equals(forward.instrument()), "{} and {} are of different instruments",
        priced, forward);
  }

  /**
   * The contracts of a day: those of the last row at or before its end.
   *
   * @param instrument the instrument
   * @param prices its multiple prices
   * @param day the day
   * @return the contracts, or empty if there is no row by then
   */
  public static Optional<PricedContracts> at(InstrumentCode instrument, MultiplePrices prices, LocalDate day) {
    ArgChecker.notNull(instrument, "instrument");
    ArgChecker.notNull(prices, "prices");
    ArgChecker.notNull(day, "day");
    long end = Timestamps.of(day.atTime(LocalTime.MAX).withNano(0));
    long[] times = prices.priceContract().timesView();
    double[] ids = prices.priceContract().valuesView();
    int i = Arrays.binarySearch(times, end);
    for (int row = i >= 0 ? i : -i - 2; row >= 0; row--) {
      if (ids[row] == ids[row]) {
        FuturesContract priced = FuturesContract.of(instrument, prices.priceContractAt(row));
        FuturesContract forward = prices.forwardContractAt(row).map(d -> FuturesContract.of(instrument, d))
            .orElse(priced);
        return Optional.of(new PricedContracts(priced, forward));
      }
    }
    return Optional.empty();
  }
}
