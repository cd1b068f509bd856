package org.pystrade.core.data;

import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.pystrade.core.domain.Currency;
import org.pystrade.core.domain.InstrumentCode;
import org.pystrade.core.series.TimeSeries;
import org.pystrade.core.series.Timestamps;
import org.pystrade.core.util.ArgChecker;

/**
 * Market data in a window of time: every price and FX series without the rows before its start
 * ({@link FuturesSimData#from}, pysystemtrade's {@code start_date}) or after its end ({@link FuturesSimData#asOf}).
 * Instruments and their configuration are those of the underlying data. Cut series are kept once made.
 */
final class WindowSimData extends ForwardingSimData {

  private final FuturesSimData data;
  private final long start;
  private final long end;
  private final Map<InstrumentCode, TimeSeries> adjusted = new ConcurrentHashMap<>();
  private final Map<InstrumentCode, MultiplePrices> multiple = new ConcurrentHashMap<>();
  private final Map<String, TimeSeries> fx = new ConcurrentHashMap<>();

  WindowSimData(FuturesSimData data, long start, long end) {
    super(data);
    this.data = data;
    ArgChecker.isTrue(start <= end, "the window must start before it ends");
    this.start = start;
    this.end = end;
  }

  @Override
  public TimeSeries adjustedPrices(InstrumentCode instrument) {
    return adjusted.computeIfAbsent(instrument, c -> cut(data.adjustedPrices(c)));
  }

  @Override
  public MultiplePrices multiplePrices(InstrumentCode instrument) {
    return multiple.computeIfAbsent(instrument, c -> {
      return data.multiplePrices(c).slice(start, end);
    });
  }

  /**
   * None: the window's prices are not the source's (a day cut by the window is not the source's day), so the
   * raw-data stage derives the daily prices from these prices.
   */
  @Override
  public Optional<DailyPrices> daily(InstrumentCode instrument) {
    return Optional.empty();
  }

  @Override
  public TimeSeries fxRate(Currency currency, Currency baseCurrency) {
    return fx.computeIfAbsent(currency.code() + baseCurrency.code(), k -> cut(data.fxRate(currency, baseCurrency)));
  }

  private TimeSeries cut(TimeSeries s) {
    if (s.isEmpty() || (s.time(0) >= start && s.time(s.size() - 1) <= end)) {
      return s;
    }
    return s.slice(start, end);
  }

  @Override
  public String toString() {
    return data + (start == Long.MIN_VALUE ? "" : " from " + Timestamps.format(start))
        + (end == Long.MAX_VALUE ? "" : " as of " + Timestamps.format(end));
  }
}
