package org.pystrade.data.pipeline;

import java.util.Map;
import java.util.TreeMap;
import org.pystrade.core.data.MultiplePrices;
import org.pystrade.core.domain.ContractDate;
import org.pystrade.core.domain.InstrumentCode;
import org.pystrade.core.series.TimeSeries;
import org.pystrade.core.series.Timestamps;

/** Small generated data for the pipeline's tests. */
final class Fixtures {

  static final InstrumentCode TEST = InstrumentCode.of("TEST");

  private Fixtures() {
  }

  static long t(String text) {
    return Timestamps.parse(text);
  }

  /** Multiple prices from rows {time, price, priceContract, forward, forwardContract, carry, carryContract}. */
  static MultiplePrices multiple(long[] times, double[][] rows) {
    int n = times.length;
    double[][] cols = new double[6][n];
    for (int i = 0; i < n; i++) {
      for (int c = 0; c < 6; c++) {
        cols[c][i] = rows[i][c];
      }
    }
    TimeSeries price = TimeSeries.of(times, cols[0]);
    return new MultiplePrices(price, price.withValues(cols[1]), price.withValues(cols[4]), price.withValues(cols[5]),
        price.withValues(cols[2]), price.withValues(cols[3]));
  }

  /**
   * Daily prices (23:00, business days) for quarterly contracts from {@code firstYear} to {@code lastYear}, each
   * priced from 400 days before its month to the 15th of its month: a linear price plus a contango of 1 per month
   * to expiry, so that every roll has a known gap.
   */
  static ContractFinals quarterly(int firstYear, int lastYear) {
    Map<ContractDate, TimeSeries> map = new TreeMap<>();
    for (int y = firstYear; y <= lastYear; y++) {
      for (int m = 3; m <= 12; m += 3) {
        ContractDate c = ContractDate.ofYearMonth(y, m);
        java.time.LocalDate end = java.time.LocalDate.of(y, m, 15);
        java.time.LocalDate start = end.minusDays(400);
        java.util.List<Long> ts = new java.util.ArrayList<>();
        java.util.List<Double> vs = new java.util.ArrayList<>();
        for (java.time.LocalDate d = start; !d.isAfter(end); d = d.plusDays(1)) {
          if (d.getDayOfWeek().getValue() >= 6) {
            continue;
          }
          long time = Timestamps.of(d.atTime(23, 0));
          double months = (Timestamps.of(end) - Timestamps.of(d)) / 86400.0 / 30.0;
          ts.add(time);
          vs.add(100.0 + (Timestamps.of(d) / 86400.0 - 18000) * 0.01 + months);
        }
        map.put(c, TimeSeries.of(ts.stream().mapToLong(Long::longValue).toArray(),
            vs.stream().mapToDouble(Double::doubleValue).toArray()));
      }
    }
    return ContractFinals.of(TEST, map);
  }
}
