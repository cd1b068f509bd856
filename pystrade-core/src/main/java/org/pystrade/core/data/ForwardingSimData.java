package org.pystrade.core.data;

import java.util.List;
import org.pystrade.core.domain.Currency;
import org.pystrade.core.domain.InstrumentCode;
import org.pystrade.core.series.TimeSeries;
import org.pystrade.core.util.ArgChecker;

/**
 * Data that forwards every call to other data: the base of a decorator, which overrides only what it changes (a
 * window of time, resampled prices, appended bars) and keeps the rest, the locations of rows and the source's defects
 * included.
 */
public abstract class ForwardingSimData implements FuturesSimData {

  private final FuturesSimData delegate;

  /**
   * Forwards to data.
   *
   * @param delegate the data every call goes to unless overridden
   */
  protected ForwardingSimData(FuturesSimData delegate) {
    this.delegate = ArgChecker.notNull(delegate, "delegate");
  }

  /**
   * The data calls go to.
   *
   * @return the underlying data
   */
  protected final FuturesSimData delegate() {
    return delegate;
  }

  @Override
  public List<InstrumentCode> instruments() {
    return delegate.instruments();
  }

  @Override
  public TimeSeries adjustedPrices(InstrumentCode instrument) {
    return delegate.adjustedPrices(instrument);
  }

  @Override
  public MultiplePrices multiplePrices(InstrumentCode instrument) {
    return delegate.multiplePrices(instrument);
  }

  @Override
  public void checkPrices(InstrumentCode instrument) {
    delegate.checkPrices(instrument);
  }

  @Override
  public InstrumentMeta meta(InstrumentCode instrument) {
    return delegate.meta(instrument);
  }

  @Override
  public TimeSeries fxRate(Currency currency, Currency baseCurrency) {
    return delegate.fxRate(currency, baseCurrency);
  }

  @Override
  public String locate(InstrumentCode instrument, PriceData series, long time) {
    return delegate.locate(instrument, series, time);
  }

  @Override
  public String locateFx(Currency currency, Currency baseCurrency, long time) {
    return delegate.locateFx(currency, baseCurrency, time);
  }

  @Override
  public List<DataDefect> sourceDefects(InstrumentCode instrument) {
    return delegate.sourceDefects(instrument);
  }

  @Override
  public String toString() {
    return delegate.toString();
  }
}
