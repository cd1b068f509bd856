package org.pystrade.core.testing.stages;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.Random;
import org.pystrade.core.data.InMemorySimData;
import org.pystrade.core.data.InstrumentMeta;
import org.pystrade.core.data.MultiplePrices;
import org.pystrade.core.domain.InstrumentCode;
import org.pystrade.core.domain.RollParameters;
import org.pystrade.core.series.TimeSeries;
import org.pystrade.core.series.Timestamps;

/**
 * Deterministic synthetic futures data held in memory, for tests: each instrument's back-adjusted price is a
 * Gaussian random walk from 100 (one point a day, seeded by the instrument code, so the same code always gives the
 * same prices), its current contract trades 5 points above it and the carry contract 5.5 points above (a steady
 * roll yield), contracts roll yearly, the point size is 10, the asset class {@code "Test"}, and EUR is worth 1.1 USD.
 *
 * <p>Usage:
 * <pre>{@code
 * FuturesSimData data = SyntheticFutures.builder(600, "AAA", "USD", "BBB", "EUR").build();
 * }</pre>
 */
public final class SyntheticFutures {

  /** The first business day of every synthetic series: Monday 3 January 2000. */
  public static final LocalDate START = LocalDate.of(2000, 1, 3);

  private SyntheticFutures() {
  }

  /**
   * A data builder holding synthetic instruments (more data, e.g. FX rates, can still be added to it).
   *
   * @param days the number of business days from {@link #START}
   * @param instrumentsAndCurrencies alternating instrument codes and their currencies, e.g.
   *     {@code "AAA", "USD", "BBB", "EUR"}; EUR (1.1 USD) is the only non-USD currency with an FX rate
   * @return the builder
   */
  public static InMemorySimData.Builder builder(int days, String... instrumentsAndCurrencies) {
    InMemorySimData.Builder b = InMemorySimData.builder();
    long[] t = businessDays(START, days);
    for (int k = 0; k < instrumentsAndCurrencies.length; k += 2) {
      String code = instrumentsAndCurrencies[k];
      String ccy = instrumentsAndCurrencies[k + 1];
      Random rnd = new Random(code.hashCode());
      double[] adj = new double[days];
      double[] price = new double[days];
      double[] carry = new double[days];
      double[] pc = new double[days];
      double[] cc = new double[days];
      double[] fwd = new double[days];
      double[] fc = new double[days];
      double p = 100;
      for (int i = 0; i < days; i++) {
        p += rnd.nextGaussian();
        adj[i] = p;
        price[i] = p + 5;
        carry[i] = p + 5.5;
        int year = 2000 + i / 250;
        pc[i] = (year + 1) * 10000 + 300;
        cc[i] = year * 10000 + 1200;
        fwd[i] = Double.NaN;
        fc[i] = (year + 1) * 10000 + 600;
      }
      InstrumentCode c = InstrumentCode.of(code);
      b.adjustedPrices(c, TimeSeries.of(t, adj));
      b.multiplePrices(c, new MultiplePrices(TimeSeries.of(t, price), TimeSeries.of(t, pc), TimeSeries.of(t, carry),
          TimeSeries.of(t, cc), TimeSeries.of(t, fwd), TimeSeries.of(t, fc)));
      b.meta(InstrumentMeta.builder(c).currency(ccy).pointSize(10).assetClass("Test").perBlock(1).spreadCost(0.1)
          .rollParameters(RollParameters.of("HMUZ", -5, 1, "HMUZ", 15)).build());
    }
    double[] eur = new double[days];
    Arrays.fill(eur, 1.1);
    b.fxRate("EUR", TimeSeries.of(t, eur));
    return b;
  }

  /**
   * Consecutive business days (Monday to Friday) at midnight.
   *
   * @param start the first day (moved forward to a business day if it is not one)
   * @param n how many
   * @return the timestamps, seconds (see {@link Timestamps})
   */
  public static long[] businessDays(LocalDate start, int n) {
    long[] t = new long[n];
    long d = start.toEpochDay();
    for (int i = 0; i < n; i++) {
      while (!Timestamps.isBusinessDay(d)) {
        d++;
      }
      t[i] = d * Timestamps.SECONDS_PER_DAY;
      d++;
    }
    return t;
  }
}
