package org.pystrade.core.data;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.pystrade.core.domain.Currency;
import org.pystrade.core.domain.FxPair;
import org.pystrade.core.domain.InstrumentCode;
import org.pystrade.core.domain.ReasonCode;
import org.pystrade.core.series.TimeSeries;
import org.pystrade.core.series.Timestamps;
import org.pystrade.core.util.ArgChecker;

/**
 * Market data with new bars appended ({@link FuturesSimData#withUpdate}). A bar must come after the last one the
 * underlying data has for the same series: a bar at or before it is a {@link DataException} naming the series and
 * both times, never a silent overwrite. Appended series are kept once made.
 */
final class UpdatedSimData extends ForwardingSimData {

  private final FuturesSimData data;
  private final DataUpdate update;
  private final Map<InstrumentCode, TimeSeries> adjusted = new ConcurrentHashMap<>();
  private final Map<InstrumentCode, MultiplePrices> multiple = new ConcurrentHashMap<>();
  private final Map<String, TimeSeries> fx = new ConcurrentHashMap<>();

  UpdatedSimData(FuturesSimData data, DataUpdate update) {
    super(data);
    this.data = data;
    this.update = ArgChecker.notNull(update, "update");
  }

  @Override
  public TimeSeries adjustedPrices(InstrumentCode instrument) {
    List<DataUpdate.Bar> bars = update.adjusted(instrument);
    if (bars.isEmpty()) {
      return data.adjustedPrices(instrument);
    }
    return adjusted.computeIfAbsent(instrument, c -> {
      TimeSeries s = data.adjustedPrices(c);
      long[] t = new long[bars.size()];
      double[] v = new double[bars.size()];
      for (int i = 0; i < t.length; i++) {
        t[i] = bars.get(i).time();
        v[i] = bars.get(i).value();
      }
      return append(s, t, v, "adjusted prices of " + c);
    });
  }

  @Override
  public MultiplePrices multiplePrices(InstrumentCode instrument) {
    List<DataUpdate.MultipleBar> bars = update.multiple(instrument);
    if (bars.isEmpty()) {
      return data.multiplePrices(instrument);
    }
    return multiple.computeIfAbsent(instrument, c -> {
      MultiplePrices mp = data.multiplePrices(c);
      int n = bars.size();
      long[] t = new long[n];
      double[][] cols = new double[6][n];
      for (int i = 0; i < n; i++) {
        MultiplePriceBar b = bars.get(i).bar();
        t[i] = bars.get(i).time();
        cols[0][i] = b.price();
        cols[1][i] = b.priceContract().asDouble();
        cols[2][i] = b.carry();
        cols[3][i] = b.carryContract().asDouble();
        cols[4][i] = b.forward();
        cols[5][i] = b.forwardContract() == null ? Double.NaN : b.forwardContract().asDouble();
      }
      String what = "multiple prices of " + c;
      return new MultiplePrices(append(mp.price(), t, cols[0], what), append(mp.priceContract(), t, cols[1], what),
          append(mp.carry(), t, cols[2], what), append(mp.carryContract(), t, cols[3], what),
          append(mp.forward(), t, cols[4], what), append(mp.forwardContract(), t, cols[5], what));
    });
  }

  @Override
  public TimeSeries fxRate(Currency currency, Currency baseCurrency) {
    if (currency.equals(baseCurrency)) {
      return data.fxRate(currency, baseCurrency);
    }
    List<DataUpdate.Bar> bars = update.fx(FxPair.of(currency, baseCurrency));
    if (bars.isEmpty()) {
      return data.fxRate(currency, baseCurrency);
    }
    return fx.computeIfAbsent(currency.code() + baseCurrency.code(), k -> {
      long[] t = new long[bars.size()];
      double[] v = new double[bars.size()];
      for (int i = 0; i < t.length; i++) {
        t[i] = bars.get(i).time();
        v[i] = bars.get(i).value();
      }
      return append(data.fxRate(currency, baseCurrency), t, v, "FX rate " + currency + baseCurrency);
    });
  }

  private static TimeSeries append(TimeSeries s, long[] t, double[] v, String what) {
    if (!s.isEmpty() && t[0] <= s.time(s.size() - 1)) {
      throw new DataException(ReasonCode.MALFORMED_DATA, "cannot append to " + what + ": the new bar at "
          + Timestamps.format(t[0]) + " does not follow the last one at " + Timestamps.format(s.time(s.size() - 1)));
    }
    long[] times = Arrays.copyOf(s.timesView(), s.size() + t.length);
    double[] values = Arrays.copyOf(s.valuesView(), s.size() + t.length);
    System.arraycopy(t, 0, times, s.size(), t.length);
    System.arraycopy(v, 0, values, s.size(), v.length);
    return TimeSeries.ofOwned(times, values);
  }

  @Override
  public String toString() {
    return data + " with " + update;
  }
}
