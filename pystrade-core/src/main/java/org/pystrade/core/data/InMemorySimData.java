package org.pystrade.core.data;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.pystrade.core.domain.Currency;
import org.pystrade.core.domain.InstrumentCode;
import org.pystrade.core.domain.ReasonCode;
import org.pystrade.core.series.TimeSeries;
import org.pystrade.core.util.ArgChecker;
import org.pystrade.core.util.Messages;

/**
 * {@link FuturesSimData} held in memory: for tests, for embedding (data from another system) and as the target of
 * the file loaders. Immutable once built.
 *
 * <p>FX rates are given as the value of one unit of a currency in a quote currency (pysystemtrade keeps
 * {@code XXXUSD}: the USD value of one XXX). Rates between two non-quote currencies are crossed through the quote
 * currency.
 */
public final class InMemorySimData implements FuturesSimData {

  private final Map<InstrumentCode, TimeSeries> adjusted;
  private final Map<InstrumentCode, MultiplePrices> multiple;
  private final Map<InstrumentCode, InstrumentMeta> meta;
  private final Map<Currency, TimeSeries> fxToQuote;
  private final Currency quoteCurrency;
  private final List<InstrumentCode> instruments;

  private InMemorySimData(Builder b) {
    this.adjusted = Collections.unmodifiableMap(new TreeMap<>(b.adjusted));
    this.multiple = Collections.unmodifiableMap(new TreeMap<>(b.multiple));
    this.meta = Collections.unmodifiableMap(new TreeMap<>(b.meta));
    this.fxToQuote = Collections.unmodifiableMap(new TreeMap<>(b.fx));
    this.quoteCurrency = b.quoteCurrency;
    this.instruments = List.copyOf(new ArrayList<>(adjusted.keySet()));
  }

  /**
   * A builder, with USD as the quote currency of FX rates.
   *
   * @return the builder
   */
  public static Builder builder() {
    return new Builder();
  }

  @Override
  public List<InstrumentCode> instruments() {
    return instruments;
  }

  @Override
  public TimeSeries adjustedPrices(InstrumentCode instrument) {
    TimeSeries s = adjusted.get(instrument);
    if (s == null) {
      throw unknown(instrument);
    }
    return s;
  }

  @Override
  public MultiplePrices multiplePrices(InstrumentCode instrument) {
    MultiplePrices s = multiple.get(instrument);
    if (s == null) {
      throw new DataException(ReasonCode.MISSING_DATA,
          "no multiple prices for instrument " + instrument + "; instruments with multiple"
          + " prices: " + multiple.keySet());
    }
    return s;
  }

  @Override
  public InstrumentMeta meta(InstrumentCode instrument) {
    InstrumentMeta m = meta.get(instrument);
    if (m == null) {
      throw new DataException(ReasonCode.NO_CONFIGURATION,
          "no instrument configuration for " + instrument + "; configured: " + Messages.list(meta.keySet()));
    }
    return m;
  }

  @Override
  public TimeSeries fxRate(Currency currency, Currency baseCurrency) {
    if (currency.equals(baseCurrency)) {
      return FxRates.unitSeries();
    }
    if (baseCurrency.equals(quoteCurrency)) {
      return direct(currency);
    }
    if (currency.equals(quoteCurrency)) {
      return direct(baseCurrency).map(v -> 1.0 / v);
    }
    return FxRates.cross(direct(currency), direct(baseCurrency));
  }

  private TimeSeries direct(Currency currency) {
    TimeSeries s = fxToQuote.get(currency);
    if (s == null) {
      throw new DataException(ReasonCode.NO_FX_RATE,
          "no FX rate for currency " + currency + " (" + currency + quoteCurrency
          + "); available: " + fxToQuote.keySet());
    }
    return s;
  }

  private DataException unknown(InstrumentCode instrument) {
    return new DataException(ReasonCode.MISSING_DATA,
        "unknown instrument " + instrument + "; known instruments: " + Messages.list(instruments));
  }

  /** Builder of {@link InMemorySimData}. */
  public static final class Builder {
    private final Map<InstrumentCode, TimeSeries> adjusted = new TreeMap<>();
    private final Map<InstrumentCode, MultiplePrices> multiple = new TreeMap<>();
    private final Map<InstrumentCode, InstrumentMeta> meta = new TreeMap<>();
    private final Map<Currency, TimeSeries> fx = new TreeMap<>();
    private Currency quoteCurrency = Currency.USD;

    private Builder() {
    }

    /**
     * Adds an instrument's adjusted prices.
     *
     * @param code the instrument
     * @param prices the adjusted prices
     * @return this
     */
    public Builder adjustedPrices(InstrumentCode code, TimeSeries prices) {
      adjusted.put(ArgChecker.notNull(code, "code"), ArgChecker.notNull(prices, "prices"));
      return this;
    }

    /**
     * Adds an instrument's multiple prices.
     *
     * @param code the instrument
     * @param prices the multiple prices
     * @return this
     */
    public Builder multiplePrices(InstrumentCode code, MultiplePrices prices) {
      multiple.put(ArgChecker.notNull(code, "code"), ArgChecker.notNull(prices, "prices"));
      return this;
    }

    /**
     * Adds an instrument's metadata.
     *
     * @param m the metadata
     * @return this
     */
    public Builder meta(InstrumentMeta m) {
      meta.put(ArgChecker.notNull(m, "meta").code(), m);
      return this;
    }

    /**
     * Adds the rate of a currency in the quote currency ({@code XXXUSD}).
     *
     * @param currency the currency
     * @param valueInQuote value of one unit in the quote currency
     * @return this
     */
    public Builder fxRate(String currency, TimeSeries valueInQuote) {
      return fxRate(Currency.of(currency), valueInQuote);
    }

    /**
     * Adds the rate of a currency in the quote currency ({@code XXXUSD}).
     *
     * @param currency the currency
     * @param valueInQuote value of one unit in the quote currency
     * @return this
     */
    public Builder fxRate(Currency currency, TimeSeries valueInQuote) {
      fx.put(ArgChecker.notNull(currency, "currency"), ArgChecker.notNull(valueInQuote, "valueInQuote"));
      return this;
    }

    /**
     * Sets the quote currency of the FX rates (default USD).
     *
     * @param currency the quote currency
     * @return this
     */
    public Builder quoteCurrency(String currency) {
      this.quoteCurrency = Currency.of(currency);
      return this;
    }

    /**
     * Builds the data.
     *
     * @return the data
     */
    public InMemorySimData build() {
      return new InMemorySimData(this);
    }
  }
}
