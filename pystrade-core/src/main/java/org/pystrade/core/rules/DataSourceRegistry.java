package org.pystrade.core.rules;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.pystrade.core.calc.StageContext;
import org.pystrade.core.domain.InstrumentCode;
import org.pystrade.core.rawdata.DemeanMethod;
import org.pystrade.core.rawdata.Factor;
import org.pystrade.core.rawdata.RawData;
import org.pystrade.core.series.TimeSeries;
import org.pystrade.core.system.TradingSystem;
import org.pystrade.core.util.ArgChecker;
import org.pystrade.core.util.Suggestions;

/**
 * Resolves the {@code data:} names of pysystemtrade rule configs ({@code rawdata.get_daily_prices},
 * {@code rawdata.daily_returns_volatility}, {@code rawdata.raw_carry}...) to system calculations. Users register
 * their own sources with {@link #with(String, DataSource)}, or, for a source that takes keyword arguments, with
 * {@link #with(String, RuleArgs, ParameterisedDataSource)}. Immutable.
 *
 * <p>Keyword arguments are pysystemtrade's: a rule passes them through underscore {@code other_args}
 * ({@link RuleArgs#separateDataArgs}); each source declares the arguments it accepts with their defaults (as in
 * pysystemtrade: {@code rawdata.smoothed_carry} takes {@code smooth_days=90}; the factor sources of rob_system,
 * {@code rawdata.get_demeanded_factor_value} and its parts, take {@code factor_name="skew"},
 * {@code demean_method="average_factor_value_for_instrument"} and {@code lookback_days=365}), an argument it does
 * not declare is an error naming the source and the accepted ones, and the result of a source that
 * declares arguments is memoised per instrument and argument values.
 */
public final class DataSourceRegistry {

  private static final DataSourceRegistry STANDARD = buildStandard();

  /** A registered source: the keyword arguments it accepts (with their defaults) and its calculation. */
  private record Source(RuleArgs parameters, ParameterisedDataSource calculation) {
  }

  private final Map<String, Source> sources;

  private DataSourceRegistry(Map<String, Source> sources) {
    this.sources = Collections.unmodifiableMap(sources);
  }

  private static void plain(Map<String, Source> m, String name, DataSource source) {
    m.put(name, new Source(RuleArgs.empty(), (r, d, c, a) -> source.get(r, d, c)));
  }

  private static DataSourceRegistry buildStandard() {
    Map<String, Source> m = new TreeMap<>();
    plain(m, "data.daily_prices", (r, d, c) -> r.dailyPrices(c));
    plain(m, "data.get_raw_price", (r, d, c) -> d.adjustedPrices(c));
    plain(m, "rawdata.get_daily_prices", (r, d, c) -> r.dailyPrices(c));
    plain(m, "rawdata.daily_prices", (r, d, c) -> r.dailyPrices(c));
    plain(m, "rawdata.daily_returns", (r, d, c) -> r.dailyReturns(c));
    plain(m, "rawdata.get_daily_percentage_returns", (r, d, c) -> r.dailyPercentageReturns(c));
    plain(m, "rawdata.daily_returns_volatility", (r, d, c) -> r.dailyReturnsVolatility(c));
    plain(m, "rawdata.get_daily_percentage_volatility", (r, d, c) -> r.dailyPercentageVolatility(c));
    plain(m, "rawdata.daily_denominator_price", (r, d, c) -> r.dailyDenominatorPrice(c));
    plain(m, "rawdata.raw_futures_roll", (r, d, c) -> r.rawFuturesRoll(c));
    plain(m, "rawdata.roll_differentials", (r, d, c) -> r.rollDifferentials(c));
    plain(m, "rawdata.annualised_roll", (r, d, c) -> r.annualisedRoll(c));
    plain(m, "rawdata.daily_annualised_roll", (r, d, c) -> r.dailyAnnualisedRoll(c));
    plain(m, "rawdata.raw_carry", (r, d, c) -> r.rawCarry(c));
    m.put("rawdata.smoothed_carry", new Source(RuleArgs.of("smooth_days", 90),
        (r, d, c, a) -> r.smoothedCarry(c, a.getDouble("smooth_days"))));
    plain(m, "rawdata.median_carry_for_asset_class", (r, d, c) -> r.medianCarryForAssetClass(c));
    plain(m, "rawdata.get_daily_vol_normalised_returns", (r, d, c) -> r.dailyVolNormalisedReturns(c));
    plain(m, "rawdata.get_cumulative_daily_vol_normalised_returns",
        (r, d, c) -> r.cumulativeDailyVolNormalisedReturns(c));
    plain(m, "rawdata.normalised_price_for_asset_class", (r, d, c) -> r.normalisedPriceForAssetClass(c));
    // the factors of pysystemtrade's rob_system raw data, with its methods' keyword arguments and defaults
    int lookback = Factor.DEFAULT_LOOKBACK_DAYS;
    String average = DemeanMethod.AVERAGE_FACTOR_VALUE_FOR_INSTRUMENT.pythonName();
    m.put("rawdata.get_demeanded_factor_value", new Source(
        RuleArgs.of("factor_name", "skew", "demean_method", average, "lookback_days", lookback),
        (r, d, c, a) -> r.demeanedFactorValue(c, factor(a), DemeanMethod.of(a.getString("demean_method")))));
    m.put("rawdata.get_factor_value_for_instrument", new Source(
        RuleArgs.of("factor_name", "skew", "lookback_days", lookback), (r, d, c, a) -> r.factorValue(c, factor(a))));
    for (Factor.Kind kind : Factor.Kind.values()) {
      m.put("rawdata." + kind.pythonName(), new Source(RuleArgs.of("lookback_days", lookback),
          (r, d, c, a) -> r.factorValue(c, new Factor(kind, a.getInt("lookback_days")))));
    }
    for (DemeanMethod method : List.of(DemeanMethod.AVERAGE_FACTOR_VALUE_FOR_INSTRUMENT,
        DemeanMethod.AVERAGE_FACTOR_VALUE_IN_ASSET_CLASS_FOR_INSTRUMENT)) {
      m.put("rawdata." + method.pythonName(), new Source(RuleArgs.of("factor_name", "skew", "lookback_days", lookback),
          (r, d, c, a) -> r.factorDemeanValue(c, factor(a), method)));
    }
    return new DataSourceRegistry(m);
  }

  private static Factor factor(RuleArgs a) {
    return Factor.of(a.getString("factor_name"), a.getInt("lookback_days"));
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
   * A copy with one more source that takes no keyword arguments (replacing any source of the same name).
   *
   * @param name the name used in configs
   * @param source the calculation
   * @return the new registry
   */
  public DataSourceRegistry with(String name, DataSource source) {
    ArgChecker.notNull(source, "source");
    return with(name, RuleArgs.empty(), (r, d, c, a) -> source.get(r, d, c));
  }

  /**
   * A copy with one more source that takes keyword arguments (replacing any source of the same name).
   *
   * @param name the name used in configs
   * @param parameters the keyword arguments it accepts, each with its default value
   * @param source the calculation, given every declared argument
   * @return the new registry
   */
  public DataSourceRegistry with(String name, RuleArgs parameters, ParameterisedDataSource source) {
    ArgChecker.notBlank(name, "name");
    ArgChecker.notNull(parameters, "parameters");
    ArgChecker.notNull(source, "source");
    Map<String, Source> m = new TreeMap<>(sources);
    m.put(name, new Source(parameters, source));
    return new DataSourceRegistry(m);
  }

  private Source source(String name) {
    Source s = sources.get(name);
    if (s == null) {
      String hint = Suggestions.hint(name, sources.keySet());
      throw new IllegalArgumentException("unknown rule data source '" + name + "'"
          + (hint.isEmpty() ? "; known sources: " + sources.keySet() : hint));
    }
    return s;
  }

  /**
   * Looks a source up, as called with its default arguments.
   *
   * @param name the name
   * @return the source
   * @throws IllegalArgumentException naming the unknown source and listing the known ones
   */
  public DataSource get(String name) {
    Source s = source(name);
    RuleArgs defaults = s.parameters();
    return (rawData, data, instrument) -> s.calculation().get(rawData, data, instrument, defaults);
  }

  /**
   * Whether a name is registered here with the calculation the {@linkplain #standard() standard registry} has for
   * it (not replaced by a source of one's own).
   *
   * @param name the name
   * @return true if the source is the standard one
   */
  public boolean isStandard(String name) {
    Source s = sources.get(name);
    return s != null && s == STANDARD.sources.get(name);
  }

  /**
   * The keyword arguments a source accepts, with their defaults.
   *
   * @param name the name
   * @return the arguments (empty for a source that takes none)
   * @throws IllegalArgumentException naming the unknown source and listing the known ones
   */
  public RuleArgs parameters(String name) {
    return source(name).parameters();
  }

  /**
   * The arguments a call of a source gets: its defaults, overridden by the given ones.
   *
   * @param name the source
   * @param given the arguments a rule passes (names without their underscores)
   * @return every declared argument with its value
   * @throws IllegalArgumentException naming the source, the argument it does not accept and the ones it accepts
   */
  public RuleArgs resolveArgs(String name, RuleArgs given) {
    ArgChecker.notNull(given, "given");
    RuleArgs declared = source(name).parameters();
    if (given.names().isEmpty()) {
      return declared;
    }
    Map<String, Object> merged = new LinkedHashMap<>(declared.values());
    for (String arg : given.names()) {
      if (!declared.values().containsKey(arg)) {
        throw new IllegalArgumentException("data source '" + name + "' got an unexpected argument '" + arg
            + "'; it accepts " + (declared.names().isEmpty() ? "none" : declared.names().toString()));
      }
      merged.put(arg, given.values().get(arg));
    }
    return new RuleArgs(merged);
  }

  /**
   * Computes a source for an instrument with the given keyword arguments (defaults filled in); memoised per
   * instrument and argument values when the source declares arguments (a source without arguments memoises, or
   * not, itself).
   *
   * @param name the source
   * @param rawData the system's raw-data stage
   * @param context the system's context (its data, and its memo for sources that take arguments)
   * @param instrument the instrument
   * @param given the arguments a rule passes (names without their underscores)
   * @return the series
   * @throws IllegalArgumentException if the source is unknown or does not accept an argument
   */
  public TimeSeries compute(String name, RawData rawData, StageContext context, InstrumentCode instrument,
      RuleArgs given) {
    Source s = source(name);
    RuleArgs args = resolveArgs(name, given);
    if (s.parameters().names().isEmpty()) {
      return s.calculation().get(rawData, context.data(), instrument, args);
    }
    return context.memo("data", name, instrument, args,
        () -> s.calculation().get(rawData, context.data(), instrument, args));
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
  public Set<String> names() {
    return sources.keySet();
  }
}
