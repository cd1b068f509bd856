package org.pystrade.examples.cli;

import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import org.pystrade.core.data.DailyPrices;
import org.pystrade.core.data.DataDefect;
import org.pystrade.core.data.FuturesSimData;
import org.pystrade.core.data.InstrumentMeta;
import org.pystrade.core.data.MultiplePrices;
import org.pystrade.core.domain.Currency;
import org.pystrade.core.domain.InstrumentCode;
import org.pystrade.core.series.TimeSeries;

/**
 * Data still being opened on another thread: every call waits for it, then delegates. A system built on it reads and
 * checks its config and rules (which need no data) while the data folder is listed and its configuration tables are
 * read, instead of after.
 */
final class PendingData implements FuturesSimData {

  private final CompletableFuture<? extends FuturesSimData> opening;

  PendingData(CompletableFuture<? extends FuturesSimData> opening) {
    this.opening = opening;
  }

  private FuturesSimData data() {
    return Prefetch.join(opening);
  }

  @Override
  public List<InstrumentCode> instruments() {
    return data().instruments();
  }

  @Override
  public TimeSeries adjustedPrices(InstrumentCode instrument) {
    return data().adjustedPrices(instrument);
  }

  @Override
  public MultiplePrices multiplePrices(InstrumentCode instrument) {
    return data().multiplePrices(instrument);
  }

  @Override
  public Optional<DailyPrices> daily(InstrumentCode instrument) {
    return data().daily(instrument);
  }

  @Override
  public void checkPrices(InstrumentCode instrument) {
    data().checkPrices(instrument);
  }

  @Override
  public InstrumentMeta meta(InstrumentCode instrument) {
    return data().meta(instrument);
  }

  @Override
  public TimeSeries fxRate(Currency currency, Currency baseCurrency) {
    return data().fxRate(currency, baseCurrency);
  }

  @Override
  public TimeSeries fxRateForInstrument(InstrumentCode instrument, Currency baseCurrency) {
    return data().fxRateForInstrument(instrument, baseCurrency);
  }

  @Override
  public String locate(InstrumentCode instrument, PriceData series, long time) {
    return data().locate(instrument, series, time);
  }

  @Override
  public String locateFx(Currency currency, Currency baseCurrency, long time) {
    return data().locateFx(currency, baseCurrency, time);
  }

  @Override
  public List<DataDefect> sourceDefects(InstrumentCode instrument) {
    return data().sourceDefects(instrument);
  }

  @Override
  public String toString() {
    return opening.isDone() ? data().toString() : "data being opened";
  }
}
