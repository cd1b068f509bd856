package org.pystrade.core.study;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ConcurrentHashMap;
import org.pystrade.core.data.ForwardingSimData;
import org.pystrade.core.data.FuturesSimData;
import org.pystrade.core.data.MultiplePrices;
import org.pystrade.core.domain.InstrumentCode;
import org.pystrade.core.series.TimeSeries;
import org.pystrade.core.series.Timestamps;
import org.pystrade.core.util.ArgChecker;

/**
 * Market data whose price history is a block bootstrap of the real one: a robustness variation of a study. Each
 * instrument keeps its own business days; its daily price changes are drawn in blocks of consecutive days from its
 * own history and cumulated from its first price. The blocks are drawn with one seeded sequence of fractions of the
 * history, the same for every instrument, so that instruments with the same history draw the same days and keep
 * their correlation.
 *
 * <p>The multiple prices follow the drawn days: a resampled day takes the drawn day's contracts and the drawn day's
 * gaps between the priced contract and the adjusted price, and between the carry and forward contracts and the priced
 * one, so that carry and the adjusted price stay consistent (within a contract, the contract price moves as the
 * adjusted price). FX rates, instrument configuration and costs are the real ones.
 */
public final class BootstrapSimData extends ForwardingSimData {

  private final FuturesSimData data;
  private final long seed;
  private final int blockDays;
  private final Map<InstrumentCode, Resampled> resampled = new ConcurrentHashMap<>();

  /**
   * Obtains a resampled view of data.
   *
   * @param data the real data
   * @param seed the seed of the block draws (the same seed gives the same history)
   * @param blockDays the length of a block, in business days (at least 1)
   */
  public BootstrapSimData(FuturesSimData data, long seed, int blockDays) {
    super(data);
    this.data = data;
    this.seed = seed;
    this.blockDays = ArgChecker.positive(blockDays, "blockDays");
  }

  /** One instrument's resampled adjusted and multiple prices. */
  private record Resampled(TimeSeries adjusted, MultiplePrices multiple) {
  }

  @Override
  public TimeSeries adjustedPrices(InstrumentCode instrument) {
    return resample(instrument).adjusted();
  }

  @Override
  public MultiplePrices multiplePrices(InstrumentCode instrument) {
    return resample(instrument).multiple();
  }

  @Override
  public String locate(InstrumentCode instrument, PriceData series, long time) {
    return "day " + Timestamps.format(time) + " of a block-bootstrap resample (seed " + seed + ", blocks of "
        + blockDays + " days) of " + instrument + "'s prices in " + delegate();
  }

  @Override
  public String toString() {
    return "block-bootstrap resample (seed " + seed + ", blocks of " + blockDays + " days) of " + delegate();
  }

  private Resampled resample(InstrumentCode instrument) {
    return resampled.computeIfAbsent(instrument, this::make);
  }

  private Resampled make(InstrumentCode instrument) {
    TimeSeries daily = dropNaN(data.adjustedPrices(instrument).resampleBusinessDayLast());
    long[] days = daily.timesView();
    double[] d = daily.valuesView();
    int n = d.length;
    int[] source = sources(n);
    double[] adjusted = new double[n];
    for (int i = 0; i < n; i++) {
      adjusted[i] = i == 0 ? d[0] : adjusted[i - 1] + (d[source[i]] - d[source[i] - 1]);
    }
    MultiplePrices mp = data.multiplePrices(instrument);
    double[][] cols = new double[6][n];
    for (int i = 0; i < n; i++) {
      long end = days[source[i]] + 86_399;
      double price = mp.price().lastValidAtOrBefore(end);
      double gap = price - d[source[i]];
      cols[0][i] = adjusted[i] + gap;
      cols[1][i] = mp.priceContract().lastValidAtOrBefore(end);
      cols[2][i] = cols[0][i] + (mp.carry().lastValidAtOrBefore(end) - price);
      cols[3][i] = mp.carryContract().lastValidAtOrBefore(end);
      cols[4][i] = cols[0][i] + (mp.forward().lastValidAtOrBefore(end) - price);
      cols[5][i] = mp.forwardContract().lastValidAtOrBefore(end);
    }
    TimeSeries[] s = new TimeSeries[6];
    for (int c = 0; c < 6; c++) {
      s[c] = TimeSeries.ofOwned(days.clone(), cols[c]);
    }
    return new Resampled(TimeSeries.ofOwned(days.clone(), adjusted),
        new MultiplePrices(s[0], s[1], s[2], s[3], s[4], s[5]));
  }

  /**
   * The drawn day of each day: day 0 is itself; the change into day {@code i} is the change into its drawn day,
   * drawn in blocks of consecutive days starting at a seeded fraction of the history.
   */
  private int[] sources(int n) {
    int[] source = new int[n];
    if (n < 2) {
      return source;
    }
    Random random = new Random(seed);
    int span = Math.max(1, n - 1 - blockDays + 1);
    int start = 1;
    for (int i = 1; i < n; i++) {
      int offset = (i - 1) % blockDays;
      if (offset == 0) {
        start = 1 + (int) (random.nextDouble() * span);
      }
      source[i] = Math.min(n - 1, start + offset);
    }
    return source;
  }

  private static TimeSeries dropNaN(TimeSeries s) {
    double[] v = s.valuesView();
    long[] t = s.timesView();
    List<Integer> keep = new ArrayList<>();
    for (int i = 0; i < v.length; i++) {
      if (v[i] == v[i]) {
        keep.add(i);
      }
    }
    long[] times = new long[keep.size()];
    double[] values = new double[keep.size()];
    for (int k = 0; k < times.length; k++) {
      times[k] = t[keep.get(k)];
      values[k] = v[keep.get(k)];
    }
    return TimeSeries.ofOwned(times, values);
  }
}
