package org.pystrade.broker.api;

import java.time.ZoneOffset;
import java.util.List;
import org.pystrade.core.data.ContractPrices;
import org.pystrade.core.domain.FuturesContract;
import org.pystrade.core.series.TimeSeries;
import org.pystrade.core.series.Timestamps;
import org.pystrade.core.util.ArgChecker;

/**
 * The bars a broker returned for a contract, oldest first.
 *
 * @param contract the contract
 * @param barSize the bar length
 * @param bars the bars, strictly increasing in time
 */
public record PriceBars(FuturesContract contract, BarSize barSize, List<Bar> bars) {

  /** pysystemtrade's notional closing time of daily prices, 23:00, in seconds after midnight. */
  private static final long CLOSE = 23 * 3600;

  /**
   * Checks every part and that the bars are in strictly increasing time.
   *
   * @param contract the contract
   * @param barSize the bar length
   * @param bars the bars, strictly increasing in time
   */
  public PriceBars {
    ArgChecker.notNull(contract, "contract");
    ArgChecker.notNull(barSize, "barSize");
    bars = List.copyOf(ArgChecker.notNull(bars, "bars"));
    for (int i = 1; i < bars.size(); i++) {
      ArgChecker.isTrue(bars.get(i).start().isAfter(bars.get(i - 1).start()),
          "bars of {} are not in increasing time at {}", contract, bars.get(i).start());
    }
  }

  /**
   * The bars as pysystemtrade's contract prices: OPEN, HIGH, LOW, FINAL (the close) and VOLUME, on naive timestamps as
   * pysystemtrade stores them: a daily bar at its date's notional closing time, 23:00 (pysystemtrade's
   * {@code NOTIONAL_CLOSING_TIME}, which replaces the midnight of daily data), an intraday bar at its start in UTC.
   *
   * @return the prices
   */
  public ContractPrices toContractPrices() {
    int n = bars.size();
    long[] t = new long[n];
    double[] o = new double[n];
    double[] h = new double[n];
    double[] l = new double[n];
    double[] c = new double[n];
    double[] v = new double[n];
    for (int i = 0; i < n; i++) {
      Bar b = bars.get(i);
      t[i] = barSize.isDaily() ? Timestamps.of(b.start().atOffset(ZoneOffset.UTC).toLocalDate()) + CLOSE
          : Timestamps.of(b.start().atOffset(ZoneOffset.UTC).toLocalDateTime());
      o[i] = b.open();
      h[i] = b.high();
      l[i] = b.low();
      c[i] = b.close();
      v[i] = b.volume();
    }
    TimeSeries fin = TimeSeries.ofOwned(t, c);
    return new ContractPrices(contract, fin.withValuesOwned(o), fin.withValuesOwned(h), fin.withValuesOwned(l), fin,
        fin.withValuesOwned(v));
  }
}
