package org.pystrade.data.store;

import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.pystrade.core.data.ContractPrices;
import org.pystrade.core.data.MultiplePrices;
import org.pystrade.core.data.RollCalendar;
import org.pystrade.core.domain.FxPair;
import org.pystrade.core.domain.InstrumentCode;
import org.pystrade.core.series.TimeSeries;
import org.pystrade.core.util.ArgChecker;

/**
 * Writes to a store applied all-or-nothing by {@link DataStore#apply}: several series replaced or extended, and
 * configuration tables replaced. If any part fails, the store is left as it was. A series may be named once per
 * update.
 */
public final class StoreUpdate {

  /** How a series is written. */
  public enum Mode {
    /** The stored series (if any) is replaced. */
    REPLACE,
    /** The rows are added after the stored ones (all strictly later), or stored as they are if there are none. */
    APPEND
  }

  /**
   * One series written.
   *
   * @param key the series
   * @param data its rows
   * @param mode replace or append
   */
  public record SeriesWrite(SeriesKey key, SeriesColumns data, Mode mode) {

    /**
     * Checks the parts and the number of columns.
     *
     * @param key the series
     * @param data its rows
     * @param mode replace or append
     */
    public SeriesWrite {
      ArgChecker.notNull(key, "key");
      ArgChecker.notNull(data, "data");
      ArgChecker.notNull(mode, "mode");
      ArgChecker.isTrue(data.columns().length == key.kind().columns().size(), "{} need {} columns but have {}", key,
          key.kind().columns().size(), data.columns().length);
    }
  }

  private final List<SeriesWrite> series;
  private final Map<ConfigKind, List<?>> config;

  private StoreUpdate(List<SeriesWrite> series, Map<ConfigKind, List<?>> config) {
    this.series = List.copyOf(series);
    this.config = Collections.unmodifiableMap(new EnumMap<>(config));
  }

  /**
   * A builder.
   *
   * @return an empty builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * The series written, in the order given.
   *
   * @return the writes
   */
  public List<SeriesWrite> seriesWrites() {
    return series;
  }

  /**
   * The configuration tables replaced.
   *
   * @return the tables, in {@link ConfigKind} order
   */
  public List<ConfigKind> configWrites() {
    return List.copyOf(config.keySet());
  }

  /**
   * The instrument configuration written, if any.
   *
   * @return the rows
   */
  @SuppressWarnings("unchecked")
  public Optional<List<InstrumentConfig>> instrumentConfig() {
    return Optional.ofNullable((List<InstrumentConfig>) config.get(ConfigKind.INSTRUMENT_CONFIG));
  }

  /**
   * The roll configuration written, if any.
   *
   * @return the rows
   */
  @SuppressWarnings("unchecked")
  public Optional<List<RollConfig>> rollConfig() {
    return Optional.ofNullable((List<RollConfig>) config.get(ConfigKind.ROLL_CONFIG));
  }

  /**
   * The spread costs written, if any.
   *
   * @return the rows
   */
  @SuppressWarnings("unchecked")
  public Optional<List<SpreadCost>> spreadCosts() {
    return Optional.ofNullable((List<SpreadCost>) config.get(ConfigKind.SPREAD_COSTS));
  }

  /**
   * Whether nothing is written.
   *
   * @return true if empty
   */
  public boolean isEmpty() {
    return series.isEmpty() && config.isEmpty();
  }

  @Override
  public String toString() {
    List<String> parts = new ArrayList<>();
    series.forEach(w -> parts.add((w.mode() == Mode.APPEND ? "append " : "") + w.key() + " (" + w.data().size()
        + " rows)"));
    config.keySet().forEach(k -> parts.add(k.baseName()));
    return "StoreUpdate" + parts;
  }

  /** Builder of {@link StoreUpdate}. */
  public static final class Builder {
    private final Map<SeriesKey, SeriesWrite> series = new LinkedHashMap<>();
    private final Map<ConfigKind, List<?>> config = new EnumMap<>(ConfigKind.class);

    private Builder() {
    }

    /**
     * Writes a series.
     *
     * @param key the series
     * @param data the rows
     * @param mode replace or append
     * @return this
     * @throws IllegalArgumentException if the series is already in the update
     */
    public Builder series(SeriesKey key, SeriesColumns data, Mode mode) {
      SeriesWrite w = new SeriesWrite(key, data, mode);
      ArgChecker.isTrue(!series.containsKey(key), "{} is written twice in one update", key);
      series.put(key, w);
      return this;
    }

    /**
     * Replaces an instrument's adjusted prices.
     *
     * @param instrument the instrument
     * @param prices the prices
     * @return this
     */
    public Builder adjustedPrices(InstrumentCode instrument, TimeSeries prices) {
      return series(SeriesKey.adjusted(instrument), SeriesColumns.of(prices), Mode.REPLACE);
    }

    /**
     * Appends to an instrument's adjusted prices.
     *
     * @param instrument the instrument
     * @param prices the new rows, after the stored ones
     * @return this
     */
    public Builder appendAdjustedPrices(InstrumentCode instrument, TimeSeries prices) {
      return series(SeriesKey.adjusted(instrument), SeriesColumns.of(prices), Mode.APPEND);
    }

    /**
     * Replaces an instrument's multiple prices.
     *
     * @param instrument the instrument
     * @param prices the prices
     * @return this
     */
    public Builder multiplePrices(InstrumentCode instrument, MultiplePrices prices) {
      return series(SeriesKey.multiple(instrument), SeriesColumns.of(prices), Mode.REPLACE);
    }

    /**
     * Appends to an instrument's multiple prices.
     *
     * @param instrument the instrument
     * @param prices the new rows, after the stored ones
     * @return this
     */
    public Builder appendMultiplePrices(InstrumentCode instrument, MultiplePrices prices) {
      return series(SeriesKey.multiple(instrument), SeriesColumns.of(prices), Mode.APPEND);
    }

    /**
     * Replaces a contract's prices.
     *
     * @param prices the prices, naming their contract
     * @return this
     */
    public Builder contractPrices(ContractPrices prices) {
      return series(SeriesKey.contract(prices.contract()), SeriesColumns.of(prices), Mode.REPLACE);
    }

    /**
     * Appends to a contract's prices.
     *
     * @param prices the new rows, after the stored ones
     * @return this
     */
    public Builder appendContractPrices(ContractPrices prices) {
      return series(SeriesKey.contract(prices.contract()), SeriesColumns.of(prices), Mode.APPEND);
    }

    /**
     * Replaces an FX pair's prices.
     *
     * @param pair the pair
     * @param prices the prices
     * @return this
     */
    public Builder fxPrices(FxPair pair, TimeSeries prices) {
      return series(SeriesKey.fx(pair), SeriesColumns.of(prices), Mode.REPLACE);
    }

    /**
     * Appends to an FX pair's prices.
     *
     * @param pair the pair
     * @param prices the new rows, after the stored ones
     * @return this
     */
    public Builder appendFxPrices(FxPair pair, TimeSeries prices) {
      return series(SeriesKey.fx(pair), SeriesColumns.of(prices), Mode.APPEND);
    }

    /**
     * Replaces an instrument's roll calendar.
     *
     * @param instrument the instrument
     * @param calendar the calendar
     * @return this
     */
    public Builder rollCalendar(InstrumentCode instrument, RollCalendar calendar) {
      return series(SeriesKey.rollCalendar(instrument), SeriesColumns.of(calendar), Mode.REPLACE);
    }

    /**
     * Replaces the instrument configuration.
     *
     * @param rows the rows, one per instrument
     * @return this
     */
    public Builder instrumentConfig(List<InstrumentConfig> rows) {
      config.put(ConfigKind.INSTRUMENT_CONFIG, uniqueRows(rows, InstrumentConfig::instrument));
      return this;
    }

    /**
     * Replaces the roll configuration.
     *
     * @param rows the rows, one per instrument
     * @return this
     */
    public Builder rollConfig(List<RollConfig> rows) {
      config.put(ConfigKind.ROLL_CONFIG, uniqueRows(rows, RollConfig::instrument));
      return this;
    }

    /**
     * Replaces the spread costs.
     *
     * @param rows the rows, one per instrument
     * @return this
     */
    public Builder spreadCosts(List<SpreadCost> rows) {
      config.put(ConfigKind.SPREAD_COSTS, uniqueRows(rows, SpreadCost::instrument));
      return this;
    }

    private static <T> List<T> uniqueRows(List<T> rows, java.util.function.Function<T, InstrumentCode> key) {
      ArgChecker.notNull(rows, "rows");
      java.util.Set<InstrumentCode> seen = new java.util.HashSet<>();
      for (T row : rows) {
        ArgChecker.notNull(row, "row");
        ArgChecker.isTrue(seen.add(key.apply(row)), "configuration names instrument {} twice", key.apply(row));
      }
      return List.copyOf(rows);
    }

    /**
     * Builds the update.
     *
     * @return the update
     */
    public StoreUpdate build() {
      return new StoreUpdate(new ArrayList<>(series.values()), config);
    }
  }
}
