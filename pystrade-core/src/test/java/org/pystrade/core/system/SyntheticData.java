package org.pystrade.core.system;

import java.time.LocalDate;
import java.util.Random;
import org.pystrade.core.data.InMemorySimData;
import org.pystrade.core.data.InstrumentMeta;
import org.pystrade.core.data.MultiplePrices;
import org.pystrade.core.domain.InstrumentCode;
import org.pystrade.core.domain.RollParameters;
import org.pystrade.core.series.TimeSeries;
import org.pystrade.core.series.Timestamps;

/** Deterministic synthetic futures data for system tests. */
public final class SyntheticData {

  private SyntheticData() {
  }

  /**
   * Random-walk data of instruments, with EUR at 1.1 USD.
   *
   * @param days business days from 2000-01-03
   * @param instrumentsAndCurrencies alternating instrument codes and currencies
   * @return the data builder
   */
  public static InMemorySimData.Builder builder(int days, String... instrumentsAndCurrencies) {
    InMemorySimData.Builder b = InMemorySimData.builder();
    long[] t = businessDays(LocalDate.of(2000, 1, 3), days);
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
    java.util.Arrays.fill(eur, 1.1);
    b.fxRate("EUR", TimeSeries.of(t, eur));
    return b;
  }

  /**
   * Business days.
   *
   * @param start the first day, or the one before it
   * @param n how many
   * @return midnight timestamps
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
