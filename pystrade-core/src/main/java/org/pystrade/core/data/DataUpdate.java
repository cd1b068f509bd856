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
     * Builds the update.
     *
     * @return the update
     */
    public DataUpdate build() {
      return new DataUpdate(this);
    }
  }
}
