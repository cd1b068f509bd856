package org.pystrade.core.testing;

import java.time.LocalDate;
import java.util.Arrays;
import org.pystrade.core.data.InMemorySimData;
import org.pystrade.core.data.InstrumentMeta;
import org.pystrade.core.data.MultiplePrices;
import org.pystrade.core.domain.InstrumentCode;
import org.pystrade.core.series.TimeSeries;
import org.pystrade.core.series.Timestamps;

/**
 * Small hand-made inputs for stage tests: business days from Monday 2024-01-01, series on them, and market data of
 * a few rows per instrument.
 */
public final class StageFixtures {

  /** The first day of {@link #days}: a Monday. */
  public static final LocalDate START = LocalDate.of(2024, 1, 1);

  private StageFixtures() {
  }

  /**
   * Business days from {@link #START}.
   *
   * @param n how many
   * @return midnight timestamps
   */
  public static long[] days(int n) {
    long[] t = new long[n];
    long d = START.toEpochDay();
    for (int i = 0; i < n; i++) {
      while (!Timestamps.isBusinessDay(d)) {
        d++;
      }
      t[i] = d++ * Timestamps.SECONDS_PER_DAY;
    }
    return t;
  }

  /**
   * The week around pysystemtrade's simulated roll of an instrument that rolls once a year: 26 June to 2 July 2024,
   * the roll falling on Monday 1 July (half a year after 1 January).
   *
   * @return five business days, the roll the fourth
   */
  public static long[] rollWeek() {
    long[] t = new long[5];
    LocalDate[] dates = {LocalDate.of(2024, 6, 26), LocalDate.of(2024, 6, 27), LocalDate.of(2024, 6, 28),
        LocalDate.of(2024, 7, 1), LocalDate.of(2024, 7, 2)};
    for (int i = 0; i < 5; i++) {
      t[i] = Timestamps.of(dates[i]);
    }
    return t;
  }

  /**
   * A series on the first business days from {@link #START}.
   *
   * @param values one value a day
   * @return the series
   */
  public static TimeSeries daily(double... values) {
    return TimeSeries.of(days(values.length), values);
  }

  /**
   * A series on given timestamps.
   *
   * @param t the timestamps
   * @param values the values
   * @return the series
   */
  public static TimeSeries series(long[] t, double... values) {
    return TimeSeries.of(t, values);
  }

  /**
   * A constant series.
   *
   * @param n rows from {@link #START}
   * @param value the value
   * @return the series
   */
  public static TimeSeries constant(int n, double value) {
    double[] v = new double[n];
    Arrays.fill(v, value);
    return daily(v);
  }

  /**
   * Adds an instrument with these prices (adjusted and current contract alike, carry contract 1 point higher) and
   * metadata of zero costs, asset class "Test", unknown roll cycle.
   *
   * @param b the data builder
   * @param code the instrument
   * @param currency its currency
   * @param pointSize its point size
   * @param prices the prices
   * @return the builder
   */
  public static InMemorySimData.Builder instrument(InMemorySimData.Builder b, String code, String currency,
      double pointSize, TimeSeries prices) {
    return instrument(b, InstrumentMeta.builder(InstrumentCode.of(code)).currency(currency).pointSize(pointSize)
        .assetClass("Test").build(), prices);
  }

  /**
   * Adds an instrument with these prices (adjusted and current contract alike, carry contract 1 point higher,
   * contracts March and June 2024) and metadata.
   *
   * @param b the data builder
   * @param meta the metadata
   * @param prices the prices
   * @return the builder
   */
  public static InMemorySimData.Builder instrument(InMemorySimData.Builder b, InstrumentMeta meta,
      TimeSeries prices) {
    long[] t = prices.timestamps();
    b.adjustedPrices(meta.code(), prices);
    b.multiplePrices(meta.code(), new MultiplePrices(prices, TimeSeries.constant(t, 20240300), prices.plus(1.0),
        TimeSeries.constant(t, 20240600), TimeSeries.constant(t, Double.NaN), TimeSeries.constant(t, 20240900)));
    return b.meta(meta);
  }
}
