package org.pystrade.core.data;

import java.util.Arrays;
import java.util.Map;
import java.util.Optional;
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
    if (update.adjusted(instrument).isEmpty()) {
      return data.adjustedPrices(instrument);
    }
    return adjusted.computeIfAbsent(instrument, c -> append(data.adjustedPrices(c), update.adjustedPrices(c),
        "adjusted prices of " + c));
  }

  @Override
  public MultiplePrices multiplePrices(InstrumentCode instrument) {
    if (update.multiple(instrument).isEmpty()) {
      return data.multiplePrices(instrument);
    }
    return multiple.computeIfAbsent(instrument, c -> {
      MultiplePrices mp = data.multiplePrices(c);
      MultiplePrices bars = update.multiplePrices(c);
      String what = "multiple prices of " + c;
      return new MultiplePrices(append(mp.price(), bars.price(), what),
          append(mp.priceContract(), bars.priceContract(), what), append(mp.carry(), bars.carry(), what),
          append(mp.carryContract(), bars.carryContract(), what), append(mp.forward(), bars.forward(), what),
          append(mp.forwardContract(), bars.forwardContract(), what));
    });
  }

  /**
   * None: the updated prices are not the source's, so the raw-data stage derives the daily prices from these
   * prices.
   */
  @Override
  public Optional<DailyPrices> daily(InstrumentCode instrument) {
    return Optional.empty();
  }

  @Override
  public TimeSeries fxRate(Currency currency, Currency baseCurrency) {
    if (currency.equals(baseCurrency)) {
      return data.fxRate(currency, baseCurrency);
    }
    FxPair pair = FxPair.of(currency, baseCurrency);
    if (update.fx(pair).isEmpty()) {
      return data.fxRate(currency, baseCurrency);
    }
    return fx.computeIfAbsent(currency.code() + baseCurrency.code(), k -> append(data.fxRate(currency, baseCurrency),
        update.fxRates(pair), "FX rate " + currency + baseCurrency));
  }

  private static TimeSeries append(TimeSeries s, TimeSeries bars, String what) {
    long[] t = bars.timesView();
    double[] v = bars.valuesView();
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
