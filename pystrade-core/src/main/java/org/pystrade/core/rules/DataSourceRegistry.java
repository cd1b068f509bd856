package org.pystrade.core.rules;

import java.util.Collections;
import java.util.Map;
import java.util.TreeMap;
import org.pystrade.core.util.ArgChecker;

/**
 * Resolves the {@code data:} names of pysystemtrade rule configs ({@code rawdata.get_daily_prices},
 * {@code rawdata.daily_returns_volatility}, {@code rawdata.raw_carry}...) to system calculations. Users register
 * their own sources with {@link #with(String, DataSource)}. Immutable.
 */
public final class DataSourceRegistry {

  private static final DataSourceRegistry STANDARD = buildStandard();

  private final Map<String, DataSource> sources;

  private DataSourceRegistry(Map<String, DataSource> sources) {
    this.sources = Collections.unmodifiableMap(sources);
  }

  private static DataSourceRegistry buildStandard() {
    Map<String, DataSource> m = new TreeMap<>();
    m.put("data.daily_prices", (s, c) -> s.rawData().dailyPrices(c));
    m.put("data.get_raw_price", (s, c) -> s.data().adjustedPrices(c));
    m.put("rawdata.get_daily_prices", (s, c) -> s.rawData().dailyPrices(c));
    m.put("rawdata.daily_prices", (s, c) -> s.rawData().dailyPrices(c));
    m.put("rawdata.daily_returns", (s, c) -> s.rawData().dailyReturns(c));
    m.put("rawdata.daily_returns_volatility", (s, c) -> s.rawData().dailyReturnsVolatility(c));
    m.put("rawdata.get_daily_percentage_volatility", (s, c) -> s.rawData().dailyPercentageVolatility(c));
    m.put("rawdata.daily_denominator_price", (s, c) -> s.rawData().dailyDenominatorPrice(c));
    m.put("rawdata.raw_futures_roll", (s, c) -> s.rawData().rawFuturesRoll(c));
    m.put("rawdata.roll_differentials", (s, c) -> s.rawData().rollDifferentials(c));
    m.put("rawdata.annualised_roll", (s, c) -> s.rawData().annualisedRoll(c));
    m.put("rawdata.daily_annualised_roll", (s, c) -> s.rawData().dailyAnnualisedRoll(c));
    m.put("rawdata.raw_carry", (s, c) -> s.rawData().rawCarry(c));
    m.put("rawdata.smoothed_carry", (s, c) -> s.rawData().smoothedCarry(c, 90));
    m.put("rawdata.median_carry_for_asset_class", (s, c) -> s.rawData().medianCarryForAssetClass(c));
    m.put("rawdata.get_daily_vol_normalised_returns", (s, c) -> s.rawData().dailyVolNormalisedReturns(c));
    m.put("rawdata.get_cumulative_daily_vol_normalised_returns",
        (s, c) -> s.rawData().cumulativeDailyVolNormalisedReturns(c));
    m.put("rawdata.normalised_price_for_asset_class", (s, c) -> s.rawData().normalisedPriceForAssetClass(c));
    return new DataSourceRegistry(m);
  }

  /**
   * The standard sources.
   *
   * @return the registry
   */
  public static DataSourceRegistry standard() {
    return STANDARD;
  }

  /**
   * A copy with one more source.
   *
   * @param name the name used in configs
   * @param source the calculation
   * @return the new registry
   */
  public DataSourceRegistry with(String name, DataSource source) {
    ArgChecker.notBlank(name, "name");
    ArgChecker.notNull(source, "source");
    Map<String, DataSource> m = new TreeMap<>(sources);
    m.put(name, source);
    return new DataSourceRegistry(m);
  }

  /**
   * Looks a source up.
   *
   * @param name the name
   * @return the source
   * @throws IllegalArgumentException naming the unknown source and listing the known ones
   */
  public DataSource get(String name) {
    DataSource s = sources.get(name);
    if (s == null) {
      throw new IllegalArgumentException("unknown rule data source '" + name + "'; known sources: "
          + sources.keySet());
    }
    return s;
  }

  /**
   * Whether a source is registered.
   *
   * @param name the name
   * @return true if known
   */
  public boolean contains(String name) {
    return sources.containsKey(name);
  }

  /**
   * The registered names.
   *
   * @return sorted names
   */
  public java.util.Set<String> names() {
    return sources.keySet();
  }
}
