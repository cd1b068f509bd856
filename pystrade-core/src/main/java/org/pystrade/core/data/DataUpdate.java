package org.pystrade.core.data;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.pystrade.core.domain.FxPair;
import org.pystrade.core.domain.InstrumentCode;
import org.pystrade.core.series.TimeSeries;
import org.pystrade.core.series.Timestamps;
import org.pystrade.core.util.ArgChecker;

/**
 * New bars to append to market data ({@link FuturesSimData#withUpdate}): adjusted prices, multiple prices and FX
 * rates, each after the last bar the data already has. A production run appends the day's prices to yesterday's
 * data this way and rebuilds its system on the result. Immutable; made with {@link #builder()}.
 */
public final class DataUpdate {

  /**
   * A value at a moment.
   *
   * @param time the moment, seconds (naive local time, as the data's timestamps)
   * @param value the value
   */
  record Bar(long time, double value) {
  }

  /**
   * A multiple-prices row at a moment.
   *
   * @param time the moment, seconds
   * @param bar the row
   */
  record MultipleBar(long time, MultiplePriceBar bar) {
  }

  private final Map<InstrumentCode, List<Bar>> adjusted;
  private final Map<InstrumentCode, List<MultipleBar>> multiple;
  private final Map<FxPair, List<Bar>> fx;

  private DataUpdate(Builder b) {
    this.adjusted = freeze(b.adjusted);
    this.multiple = freeze(b.multiple);
    this.fx = freeze(b.fx);
  }

  private static <K, V> Map<K, List<V>> freeze(Map<K, List<V>> m) {
    Map<K, List<V>> out = new LinkedHashMap<>();
    m.forEach((k, v) -> out.put(k, List.copyOf(v)));
    return Collections.unmodifiableMap(out);
  }

  /**
   * A builder.
   *
   * @return a new, empty builder
   */
  public static Builder builder() {
    return new Builder();
  }

  List<Bar> adjusted(InstrumentCode code) {
    return adjusted.getOrDefault(code, List.of());
  }

  List<MultipleBar> multiple(InstrumentCode code) {
    return multiple.getOrDefault(code, List.of());
  }

  List<Bar> fx(FxPair pair) {
    return fx.getOrDefault(pair, List.of());
  }

  /**
   * The instruments with bars in the update (adjusted or multiple prices), sorted.
   *
   * @return the instruments
   */
  public java.util.SortedSet<InstrumentCode> instruments() {
    java.util.SortedSet<InstrumentCode> out = new java.util.TreeSet<>(adjusted.keySet());
    out.addAll(multiple.keySet());
    return Collections.unmodifiableSortedSet(out);
  }

  /**
   * The FX pairs with rates in the update, in the order they were first added.
   *
   * @return the pairs
   */
  public java.util.Set<FxPair> fxPairs() {
    return fx.keySet();
  }

  /**
   * An instrument's adjusted-price bars in the update.
   *
   * @param instrument the instrument
   * @return the bars as a series, empty if none
   */
  public TimeSeries adjustedPrices(InstrumentCode instrument) {
    return series(adjusted(instrument));
  }

  /**
   * An instrument's multiple-prices bars in the update (contract ids as {@code YYYYMMDD} numbers, as
   * {@link MultiplePrices} holds them; a bar without a forward contract has NaN).
   *
   * @param instrument the instrument
   * @return the bars, empty if none
   */
  public MultiplePrices multiplePrices(InstrumentCode instrument) {
    List<MultipleBar> bars = multiple(instrument);
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
    TimeSeries price = TimeSeries.ofOwned(t, cols[0]);
    return new MultiplePrices(price, price.withValuesOwned(cols[1]), price.withValuesOwned(cols[2]),
        price.withValuesOwned(cols[3]), price.withValuesOwned(cols[4]), price.withValuesOwned(cols[5]));
  }

  /**
   * The rates of an FX pair in the update.
   *
   * @param pair the pair
   * @return the rates as a series, empty if none
   */
  public TimeSeries fxRates(FxPair pair) {
    return series(fx(pair));
  }

  private static TimeSeries series(List<Bar> bars) {
    long[] t = new long[bars.size()];
    double[] v = new double[bars.size()];
    for (int i = 0; i < t.length; i++) {
      t[i] = bars.get(i).time();
      v[i] = bars.get(i).value();
    }
    return TimeSeries.ofOwned(t, v);
  }

  /**
   * Whether the update has no bar at all.
   *
   * @return true if empty
   */
  public boolean isEmpty() {
    return adjusted.isEmpty() && multiple.isEmpty() && fx.isEmpty();
  }

  @Override
  public String toString() {
    return "DataUpdate[adjusted " + adjusted.keySet() + ", multiple " + multiple.keySet() + ", fx " + fx.keySet()
        + "]";
  }

  /** Builder of {@link DataUpdate}: bars of each series in time order. */
  public static final class Builder {
    private final Map<InstrumentCode, List<Bar>> adjusted = new TreeMap<>();
    private final Map<InstrumentCode, List<MultipleBar>> multiple = new TreeMap<>();
    private final Map<FxPair, List<Bar>> fx = new LinkedHashMap<>();

    private Builder() {
    }

    private static long checkedTime(LocalDateTime time, long previous, String what) {
      ArgChecker.notNull(time, "time");
      long t = Timestamps.of(time);
      if (t <= previous) {
        throw new IllegalArgumentException("bars of " + what + " must be in time order: " + time + " does not follow "
            + Timestamps.toDateTime(previous));
      }
      return t;
    }

    /**
     * Adds an adjusted (back-adjusted) price.
     *
     * @param instrument the instrument
     * @param time the moment (naive local time, as the data's)
     * @param price the price, finite or NaN for missing
     * @return this
     */
    public Builder adjustedPrice(InstrumentCode instrument, LocalDateTime time, double price) {
      ArgChecker.isTrue(!Double.isInfinite(price), "adjusted price of {} at {} must be finite but was {}", instrument,
          time, price);
      List<Bar> bars = adjusted.computeIfAbsent(ArgChecker.notNull(instrument, "instrument"), k -> new ArrayList<>());
      long prev = bars.isEmpty() ? Long.MIN_VALUE : bars.get(bars.size() - 1).time();
      bars.add(new Bar(checkedTime(time, prev, "adjusted prices of " + instrument), price));
      return this;
    }

    /**
     * Adds a multiple-prices row.
     *
     * @param instrument the instrument
     * @param time the moment (naive local time, as the data's)
     * @param bar the row
     * @return this
     */
    public Builder multiplePrices(InstrumentCode instrument, LocalDateTime time, MultiplePriceBar bar) {
      ArgChecker.notNull(bar, "bar");
      List<MultipleBar> bars = multiple.computeIfAbsent(ArgChecker.notNull(instrument, "instrument"),
          k -> new ArrayList<>());
      long prev = bars.isEmpty() ? Long.MIN_VALUE : bars.get(bars.size() - 1).time();
      bars.add(new MultipleBar(checkedTime(time, prev, "multiple prices of " + instrument), bar));
      return this;
    }

    /**
     * Adds an FX rate: the value of one unit of the pair's base currency in its quote currency, as
     * {@link FuturesSimData#fxRate} gives it for that pair (pysystemtrade's {@code EURUSD}: one EUR in USD).
     *
     * @param pair the pair
     * @param time the moment (naive local time, as the data's)
     * @param rate the rate, positive
     * @return this
     */
    public Builder fxRate(FxPair pair, LocalDateTime time, double rate) {
      ArgChecker.isTrue(rate > 0 && !Double.isInfinite(rate), "FX rate {} at {} must be positive but was {}", pair,
          time, rate);
      List<Bar> bars = fx.computeIfAbsent(ArgChecker.notNull(pair, "pair"), k -> new ArrayList<>());
      long prev = bars.isEmpty() ? Long.MIN_VALUE : bars.get(bars.size() - 1).time();
      bars.add(new Bar(checkedTime(time, prev, "FX rate " + pair), rate));
      return this;
    }

    /**
     * Adds every bar of another update, after the bars of the same series already added (as if that update were
     * appended to the data after this one).
     *
     * @param update the update
     * @return this
     * @throws IllegalArgumentException if a bar does not follow the last one of its series
     */
    public Builder addAll(DataUpdate update) {
      ArgChecker.notNull(update, "update");
      update.adjusted.forEach((code, bars) -> bars.forEach(b -> adjustedPrice(code, Timestamps.toDateTime(b.time()),
          b.value())));
      update.multiple.forEach((code, bars) -> bars.forEach(b -> multiplePrices(code,
          Timestamps.toDateTime(b.time()), b.bar())));
      update.fx.forEach((pair, bars) -> bars.forEach(b -> fxRate(pair, Timestamps.toDateTime(b.time()),
          b.value())));
      return this;
    }

    /**
     * Builds the update.
     *
     * @return the update
     */
    public DataUpdate build() {
      return new DataUpdate(this);
    }
  }
}
