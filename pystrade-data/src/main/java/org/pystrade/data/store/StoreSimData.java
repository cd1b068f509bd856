package org.pystrade.data.store;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;
import org.pystrade.core.data.DataDefect;
import org.pystrade.core.data.DataException;
import org.pystrade.core.data.FuturesSimData;
import org.pystrade.core.data.FxRates;
import org.pystrade.core.data.InstrumentMeta;
import org.pystrade.core.data.MultiplePrices;
import org.pystrade.core.domain.Currency;
import org.pystrade.core.domain.FxPair;
import org.pystrade.core.domain.InstrumentCode;
import org.pystrade.core.domain.ReasonCode;
import org.pystrade.core.domain.RollParameters;
import org.pystrade.core.series.TimeSeries;
import org.pystrade.core.util.ArgChecker;
import org.pystrade.core.util.Messages;

/**
 * The backtest's data ({@link FuturesSimData}) over any {@link DataStore}, read as
 * {@code org.pystrade.data.csv.CsvFuturesSimData} reads pysystemtrade's CSV tree, so that a backtest gives the same
 * numbers from every store holding the same data:
 * <ul>
 *   <li>the instruments are those with adjusted prices;</li>
 *   <li>an instrument's facts come from the instrument configuration (a missing point size is an error; an empty
 *       commission is 0), its spread cost from the spread costs (0 when missing, as pysystemtrade reads it; both
 *       reported by {@link #sourceDefects}) and its roll parameters from the roll configuration;</li>
 *   <li>an FX rate is the stored pair, else the inverse of the reverse pair, else the cross through USD.</li>
 * </ul>
 * Each series is read once, on first use, and kept; failures are not kept (asking again reads again). Thread-safe.
 */
public final class StoreSimData implements FuturesSimData {

  private static final Currency USD = Currency.USD;

  private final DataStore store;
  private final List<InstrumentCode> instruments;
  private final Set<InstrumentCode> withMultiple;
  private final Set<String> fxCodes;
  private final Map<InstrumentCode, TimeSeries> adjusted = new ConcurrentHashMap<>();
  private final Map<InstrumentCode, MultiplePrices> multiple = new ConcurrentHashMap<>();
  private final Map<String, TimeSeries> fx = new ConcurrentHashMap<>();
  private final Map<InstrumentCode, InstrumentMeta> metas = new ConcurrentHashMap<>();
  private final Once<Config> config;

  private StoreSimData(DataStore store) {
    this.store = store;
    StoreContents contents = store.contents();
    this.instruments = contents.adjusted();
    this.withMultiple = new HashSet<>(contents.multiple());
    Set<String> codes = new HashSet<>();
    contents.fx().forEach(p -> codes.add(p.code()));
    this.fxCodes = codes;
    this.config = new Once<>(() -> new Config(store));
  }

  /**
   * The data of a store. The store's contents are listed now; series are read on first use.
   *
   * @param store the store (not closed by this object)
   * @return the data
   * @throws DataException if the store cannot be listed
   */
  public static StoreSimData of(DataStore store) {
    return new StoreSimData(ArgChecker.notNull(store, "store"));
  }

  /**
   * The store read.
   *
   * @return the store
   */
  public DataStore store() {
    return store;
  }

  /** The configuration tables, indexed, read once. */
  private static final class Config {
    final Map<InstrumentCode, InstrumentConfig> instruments = new HashMap<>();
    final Map<InstrumentCode, RollConfig> rolls = new HashMap<>();
    final Map<InstrumentCode, SpreadCost> spreads = new HashMap<>();
    final boolean hasSpreadTable;

    Config(DataStore store) {
      store.instrumentConfig().forEach(r -> instruments.put(r.instrument(), r));
      store.rollConfig().forEach(r -> rolls.put(r.instrument(), r));
      List<SpreadCost> s = store.spreadCosts();
      s.forEach(r -> spreads.put(r.instrument(), r));
      hasSpreadTable = store.contents().configTables().contains(ConfigKind.SPREAD_COSTS);
    }
  }

  /** A value computed once, by the first caller; a failure is not kept. */
  private static final class Once<T> {
    private final Supplier<T> supplier;
    private volatile T value;

    Once(Supplier<T> supplier) {
      this.supplier = supplier;
    }

    T get() {
      T v = value;
      if (v == null) {
        synchronized (this) {
          v = value;
          if (v == null) {
            v = supplier.get();
            value = v;
          }
        }
      }
      return v;
    }
  }

  @Override
  public List<InstrumentCode> instruments() {
    return instruments;
  }

  private void known(InstrumentCode instrument) {
    ArgChecker.notNull(instrument, "instrument");
    if (!instruments.contains(instrument)) {
      throw new DataException(ReasonCode.MISSING_DATA, "unknown instrument " + instrument + ": no adjusted prices "
          + "in " + store.location() + "; known instruments: " + Messages.list(instruments));
    }
  }

  @Override
  public TimeSeries adjustedPrices(InstrumentCode instrument) {
    known(instrument);
    TimeSeries s = adjusted.get(instrument);
    if (s == null) {
      s = store.adjustedPrices(instrument);
      TimeSeries previous = adjusted.putIfAbsent(instrument, s);
      s = previous == null ? s : previous;
    }
    return s;
  }

  @Override
  public MultiplePrices multiplePrices(InstrumentCode instrument) {
    known(instrument);
    MultiplePrices m = multiple.get(instrument);
    if (m == null) {
      if (!withMultiple.contains(instrument)) {
        throw new DataException(ReasonCode.MISSING_DATA, "no multiple prices for instrument " + instrument + " in "
            + store.location());
      }
      m = store.multiplePrices(instrument);
      MultiplePrices previous = multiple.putIfAbsent(instrument, m);
      m = previous == null ? m : previous;
    }
    return m;
  }

  @Override
  public InstrumentMeta meta(InstrumentCode instrument) {
    ArgChecker.notNull(instrument, "instrument");
    InstrumentMeta m = metas.get(instrument);
    if (m == null) {
      m = buildMeta(instrument);
      metas.putIfAbsent(instrument, m);
    }
    return m;
  }

  private InstrumentMeta buildMeta(InstrumentCode code) {
    Config c = config.get();
    InstrumentConfig row = c.instruments.get(code);
    String where = "instrument configuration of " + store.location();
    if (row == null) {
      throw new DataException(ReasonCode.NO_CONFIGURATION, "unknown instrument " + code + ": not in the " + where
          + "; configured instruments: " + Messages.list(new java.util.TreeSet<>(c.instruments.keySet())));
    }
    if (Double.isNaN(row.pointSize())) {
      throw new DataException(ReasonCode.BAD_VALUE, where + " (" + code + "): empty Pointsize");
    }
    double spread = spreadCost(code);
    Optional<RollParameters> roll = Optional.empty();
    RollConfig rc = c.rolls.get(code);
    try {
      if (rc != null) {
        roll = Optional.of(rc.toParameters());
      }
    } catch (IllegalArgumentException ex) {
      throw new DataException(ReasonCode.BAD_VALUE, "roll configuration of " + store.location() + " (" + code
          + "): invalid roll configuration: " + ex.getMessage(), ex);
    }
    try {
      InstrumentMeta.Builder b = InstrumentMeta.builder(code).description(row.description())
          .pointSize(row.pointSize()).currency(row.currency()).assetClass(row.assetClass()).region(row.region())
          .perBlock(zeroIfNaN(row.perBlock())).percentage(zeroIfNaN(row.percentage()))
          .perTrade(zeroIfNaN(row.perTrade())).spreadCost(spread);
      roll.ifPresent(b::rollParameters);
      return b.build();
    } catch (IllegalArgumentException ex) {
      throw new DataException(ReasonCode.BAD_VALUE, where + " (" + code + "): invalid configuration: "
          + ex.getMessage(), ex);
    }
  }

  private static double zeroIfNaN(double v) {
    return Double.isNaN(v) ? 0.0 : v;
  }

  private double spreadCost(InstrumentCode code) {
    SpreadCost s = config.get().spreads.get(code);
    if (s == null || Double.isNaN(s.spreadCost())) {
      return 0.0;
    }
    double v = s.spreadCost();
    if (!(v >= 0) || Double.isInfinite(v)) {
      throw new DataException(ReasonCode.BAD_VALUE, "spread costs of " + store.location() + " (" + code
          + "): SpreadCost must be zero or positive and finite but was " + v);
    }
    return v;
  }

  /**
   * The costs {@link #meta} reads as 0: a missing or empty spread cost, and empty commissions, each a
   * {@link DataDefect} naming the store's table.
   *
   * @param instrument the instrument
   * @return the defects, empty if none
   */
  @Override
  public List<DataDefect> sourceDefects(InstrumentCode instrument) {
    ArgChecker.notNull(instrument, "instrument");
    Config c = config.get();
    List<DataDefect> out = new ArrayList<>();
    SpreadCost s = c.spreads.get(instrument);
    String spreads = "spread costs of " + store.location();
    if (!c.hasSpreadTable) {
      out.add(new DataDefect(instrument, DataDefect.Kind.MISSING_SPREAD_COST, spreads,
          "no spread cost: the table does not exist, so 0 is used (as pysystemtrade does)"));
    } else if (s == null) {
      out.add(new DataDefect(instrument, DataDefect.Kind.MISSING_SPREAD_COST, spreads,
          "no spread cost: no row for " + instrument + ", so 0 is used (as pysystemtrade does)"));
    } else if (Double.isNaN(s.spreadCost())) {
      out.add(new DataDefect(instrument, DataDefect.Kind.MISSING_SPREAD_COST, spreads,
          "empty SpreadCost for " + instrument + ", so 0 is used (as pysystemtrade does)"));
    }
    InstrumentConfig row = c.instruments.get(instrument);
    if (row != null) {
      List<String> missing = new ArrayList<>();
      if (Double.isNaN(row.perBlock())) {
        missing.add("empty PerBlock");
      }
      if (Double.isNaN(row.percentage())) {
        missing.add("empty Percentage");
      }
      if (Double.isNaN(row.perTrade())) {
        missing.add("empty PerTrade");
      }
      if (!missing.isEmpty()) {
        out.add(new DataDefect(instrument, DataDefect.Kind.MISSING_COMMISSION, "instrument configuration of "
            + store.location() + " (" + instrument + ")", String.join(", ", missing)
            + ", so a commission of 0 is used"));
      }
    }
    return List.copyOf(out);
  }

  @Override
  public TimeSeries fxRate(Currency currency, Currency baseCurrency) {
    ArgChecker.notNull(currency, "currency");
    ArgChecker.notNull(baseCurrency, "baseCurrency");
    if (currency.equals(baseCurrency)) {
      return FxRates.unitSeries();
    }
    String key = currency.code() + baseCurrency.code();
    TimeSeries s = fx.get(key);
    if (s == null) {
      s = computeFx(currency, baseCurrency);
      TimeSeries previous = fx.putIfAbsent(key, s);
      s = previous == null ? s : previous;
    }
    return s;
  }

  private TimeSeries computeFx(Currency currency, Currency base) {
    String direct = currency.code() + base.code();
    String inverse = base.code() + currency.code();
    if (fxCodes.contains(direct)) {
      return fxPrices(direct);
    }
    if (fxCodes.contains(inverse)) {
      return fxPrices(inverse).map(v -> 1.0 / v);
    }
    if (currency.equals(USD)) {
      return usdValue(base).map(v -> 1.0 / v);
    }
    if (base.equals(USD)) {
      return usdValue(currency);
    }
    return FxRates.cross(usdValue(currency), usdValue(base));
  }

  private TimeSeries usdValue(Currency ccy) {
    String toUsd = ccy.code() + USD.code();
    String fromUsd = USD.code() + ccy.code();
    if (fxCodes.contains(toUsd)) {
      return fxPrices(toUsd);
    }
    if (fxCodes.contains(fromUsd)) {
      return fxPrices(fromUsd).map(v -> 1.0 / v);
    }
    throw new DataException(ReasonCode.NO_FX_RATE, "no FX rate for currency " + ccy + ": no " + toUsd + " or "
        + fromUsd + " prices in " + store.location() + "; available: " + Messages.list(new java.util.TreeSet<>(fxCodes)));
  }

  private TimeSeries fxPrices(String code) {
    return store.fxPrices(FxPair.of(code));
  }

  @Override
  public String toString() {
    return "StoreSimData[" + store.location() + ", " + instruments.size() + " instruments]";
  }
}
