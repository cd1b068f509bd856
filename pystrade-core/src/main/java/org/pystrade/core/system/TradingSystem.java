package org.pystrade.core.system;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.ServiceLoader;
import java.util.Set;
import java.util.concurrent.Executor;
import java.util.function.Function;
import org.pystrade.core.accounts.Accounts;
import org.pystrade.core.accounts.AccountsInputs;
import org.pystrade.core.accounts.DefaultAccounts;
import org.pystrade.core.calc.Parallel;
import org.pystrade.core.calc.StageContext;
import org.pystrade.core.combination.DefaultForecastCombine;
import org.pystrade.core.combination.ForecastCombine;
import org.pystrade.core.combination.ForecastCombineInputs;
import org.pystrade.core.config.ConfigException;
import org.pystrade.core.config.ConfigProblem;
import org.pystrade.core.config.SystemConfig;
import org.pystrade.core.data.CheckedSimData;
import org.pystrade.core.data.FuturesSimData;
import org.pystrade.core.data.InstrumentFailure;
import org.pystrade.core.domain.InstrumentCode;
import org.pystrade.core.domain.Quantity;
import org.pystrade.core.forecast.DefaultForecastScaleCap;
import org.pystrade.core.forecast.ForecastScaleCap;
import org.pystrade.core.forecast.ForecastScaleCapInputs;
import org.pystrade.core.optimised.DefaultOptimisedPositions;
import org.pystrade.core.optimised.OptimisedInputs;
import org.pystrade.core.optimised.OptimisedPositions;
import org.pystrade.core.portfolio.DefaultPortfolio;
import org.pystrade.core.portfolio.Portfolio;
import org.pystrade.core.portfolio.PortfolioInputs;
import org.pystrade.core.rawdata.DefaultRawData;
import org.pystrade.core.rawdata.RawData;
import org.pystrade.core.rawdata.RawDataInputs;
import org.pystrade.core.rules.DataSourceRegistry;
import org.pystrade.core.rules.DefaultRules;
import org.pystrade.core.rules.RuleName;
import org.pystrade.core.rules.RuleRegistry;
import org.pystrade.core.rules.RuleSpec;
import org.pystrade.core.rules.Rules;
import org.pystrade.core.rules.RulesInputs;
import org.pystrade.core.series.TimeSeries;
import org.pystrade.core.series.Timestamps;
import org.pystrade.core.sizing.DefaultPositionSizing;
import org.pystrade.core.sizing.PositionSizing;
import org.pystrade.core.sizing.PositionSizingInputs;
import org.pystrade.core.util.ArgChecker;

/**
 * A futures trading system, as pysystemtrade's {@code System}: a facade over the chain of stages raw data &rarr;
 * rules &rarr; forecast scale/cap &rarr; combination &rarr; position sizing &rarr; portfolio &rarr; accounts, each
 * built by the {@link Builder} from the stages beneath it and its typed parameters. Built from a pysystemtrade YAML
 * config with {@link #fromYaml} or with the fluent {@link #builder()}; both give equal systems for the same
 * definition.
 *
 * <p>Every stage result is memoised per (stage, instrument, rule) and safe to request from several threads at once.
 * Instruments whose data cannot produce a position are left out of the portfolio and reported by
 * {@link #failures()}; they never abort the backtest. A bug in a rule or a stage is never mistaken for bad data: it
 * is thrown, naming the rule and the instrument.
 */
public final class TradingSystem {

  private final SystemConfig config;
  private final Map<RuleName, RuleSpec> tradingRules;
  private final StageContext context;
  private final RawData rawData;
  private final Rules rules;
  private final ForecastScaleCap forecastScaleCap;
  private final ForecastCombine combine;
  private final PositionSizing positionSizing;
  private final Portfolio portfolio;
  private final Accounts accounts;
  private final OptimisedPositions optimisedPositions;
  private final Builder definition;
  private final List<ConfigProblem> configProblems;
  private final boolean bufferTradeToEdge;

  TradingSystem(SystemConfig config, Map<RuleName, RuleSpec> tradingRules, StageContext context, RawData rawData,
      Rules rules, ForecastScaleCap forecastScaleCap, ForecastCombine combine, PositionSizing positionSizing,
      Portfolio portfolio, Accounts accounts, OptimisedPositions optimisedPositions, Builder definition,
      List<ConfigProblem> configProblems, boolean bufferTradeToEdge) {
    this.configProblems = List.copyOf(configProblems);
    this.bufferTradeToEdge = bufferTradeToEdge;
    this.config = config;
    this.tradingRules = tradingRules;
    this.context = context;
    this.rawData = rawData;
    this.rules = rules;
    this.forecastScaleCap = forecastScaleCap;
    this.combine = combine;
    this.positionSizing = positionSizing;
    this.portfolio = portfolio;
    this.accounts = accounts;
    this.optimisedPositions = optimisedPositions;
    this.definition = definition;
  }

  /**
   * A system from a pysystemtrade config with the standard rule and data-source registries.
   *
   * @param config the config
   * @param data the data
   * @return the system
   * @throws ConfigException naming the key, rule, function or data source that is wrong
   */
  public static TradingSystem fromYaml(SystemConfig config, FuturesSimData data) {
    return builder().config(config).data(data).build();
  }

  /**
   * A builder.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * The same system on other data: the same config, rules, stages and estimators, with nothing computed yet. This
   * is how a production run moves a system to a new day ({@code system.withData(data.asOf(today))}); the
   * definition is not parsed or checked again.
   *
   * @param data the new data
   * @return the new system
   */
  public TradingSystem withData(FuturesSimData data) {
    return definition.copy().data(data).build();
  }

  // ------------------------------------------------------------------ accessors

  /**
   * The configuration (user values over pysystemtrade's defaults).
   *
   * @return the config
   */
  public SystemConfig config() {
    return config;
  }

  /**
   * The market data as the stages read it: the data the system was built on (from {@code start_date} if the config
   * has one), checked for data defects as the config's {@code data_defects:} section says (see
   * {@link org.pystrade.core.data.CheckedSimData}).
   *
   * @return the data
   */
  public CheckedSimData data() {
    return context.data();
  }

  /**
   * What the stages share: the memo of results, the parallelism, the data and the universe.
   *
   * @return the context
   */
  public StageContext context() {
    return context;
  }

  /**
   * The trading rule variations by name.
   *
   * @return the rules, in the order they were declared
   */
  public Map<RuleName, RuleSpec> tradingRules() {
    return tradingRules;
  }

  /**
   * The data sources the system's rules read.
   *
   * @return the registry
   */
  public DataSourceRegistry dataSources() {
    return definition.dataSources;
  }

  /**
   * The raw-data stage.
   *
   * @return the stage
   */
  public RawData rawData() {
    return rawData;
  }

  /**
   * The rules stage.
   *
   * @return the stage
   */
  public Rules rules() {
    return rules;
  }

  /**
   * The forecast scale/cap stage.
   *
   * @return the stage
   */
  public ForecastScaleCap forecastScaleCap() {
    return forecastScaleCap;
  }

  /**
   * The forecast combination stage.
   *
   * @return the stage
   */
  public ForecastCombine combine() {
    return combine;
  }

  /**
   * The position sizing stage.
   *
   * @return the stage
   */
  public PositionSizing positionSizing() {
    return positionSizing;
  }

  /**
   * The portfolio stage.
   *
   * @return the stage
   */
  public Portfolio portfolio() {
    return portfolio;
  }

  /**
   * The accounts stage.
   *
   * @return the stage
   */
  public Accounts accounts() {
    return accounts;
  }

  /**
   * The optimised-positions stage (pysystemtrade's {@code optimisedPositions}, its optimised P&amp;L and its
   * {@code risk} stage): computed only when asked for, with the config's {@code small_system} parameters.
   *
   * @return the stage
   */
  public OptimisedPositions optimisedPositions() {
    return optimisedPositions;
  }

  /**
   * The instruments the config names (instrument_weights keys, else {@code instruments}, else all data), sorted,
   * before any is left out for bad or missing data.
   *
   * @return the configured instruments
   */
  public List<InstrumentCode> configuredInstruments() {
    return context.configuredInstruments();
  }

  /**
   * The configured instruments whose market data and configuration can all be read, in configured order (see
   * {@link StageContext#instrumentsWithData()}); computes no stage.
   *
   * @return the instruments with readable data
   */
  public List<InstrumentCode> instrumentsWithData() {
    return context.instrumentsWithData();
  }

  /**
   * The instruments in the portfolio: the configured ones whose subsystem position can be computed.
   *
   * @return the usable instruments, sorted
   */
  public List<InstrumentCode> instruments() {
    return portfolio.instruments();
  }

  /**
   * The instruments left out, with reasons: those whose position cannot be computed, and those whose P&amp;L is
   * unusable (this computes the portfolio P&amp;L if it has not been computed yet).
   *
   * @return the failures
   */
  public List<InstrumentFailure> failures() {
    List<InstrumentFailure> all = new ArrayList<>(portfolio.failures());
    all.addAll(accounts.portfolioFailures());
    return List.copyOf(all);
  }

  /**
   * Instruments kept in the portfolio whose data look defective, with reasons: the data defects the config's
   * {@code data_defects:} section keeps (see {@link org.pystrade.core.data.DefectPolicy}; each message names the
   * numbers it affects), and P&amp;L that looks defective (a day's P&amp;L larger than the whole capital).
   * pysystemtrade keeps such instruments too, so their numbers are pysystemtrade's (this computes the portfolio
   * P&amp;L if it has not been computed yet). Instruments left out ({@link #failures()}) have no warning.
   *
   * @return the warnings, empty if none
   */
  public List<InstrumentFailure> warnings() {
    Set<InstrumentCode> leftOut = new HashSet<>();
    accounts.portfolioFailures().forEach(f -> leftOut.add(f.instrument()));
    List<InstrumentFailure> all = new ArrayList<>();
    for (InstrumentFailure w : portfolio.warnings()) {
      if (!leftOut.contains(w.instrument())) {
        all.add(w);
      }
    }
    all.addAll(accounts.portfolioWarnings());
    return List.copyOf(all);
  }

  /**
   * The latest optimal position of every instrument in the portfolio, with its buffer and the whole-contract
   * position the backtest holds: what a production run asks every day (see {@link OptimalPosition#target} for the
   * position to hold given the one held). Instruments whose optimal position is not yet defined (no valid notional
   * position) are absent.
   *
   * @return the positions by instrument, in instrument order
   */
  public Map<InstrumentCode, OptimalPosition> optimalPositions() {
    return optimalPositionsAt(Long.MAX_VALUE);
  }

  /**
   * The optimal positions as they stood at a moment: for each instrument the latest optimal position at or before
   * it, with its buffer and the backtest's whole-contract position then. Every stage of a system with fixed
   * parameters looks only backwards, so this equals {@link #optimalPositions()} of the same system on the data up
   * to that moment ({@code withData(data.asOf(end))}); with estimated parameters it does not (the estimates use the
   * whole history), and a production run must rerun the system as of each day.
   *
   * @param end the last moment included (naive local time, as the data's timestamps)
   * @return the positions by instrument, in instrument order; instruments without an optimal position by then are
   *     absent
   */
  public Map<InstrumentCode, OptimalPosition> optimalPositionsAt(LocalDateTime end) {
    ArgChecker.notNull(end, "end");
    return optimalPositionsAt(Timestamps.of(end));
  }

  private Map<InstrumentCode, OptimalPosition> optimalPositionsAt(long end) {
    boolean toEdge = bufferTradeToEdge;
    Map<InstrumentCode, OptimalPosition> out = new LinkedHashMap<>();
    for (InstrumentCode code : instruments()) {
      TimeSeries notional = portfolio.notionalPosition(code);
      int last = lastValidAtOrBefore(notional, end);
      if (last < 0) {
        continue;
      }
      long t = notional.time(last);
      double lower = portfolio.lowerBuffer(code).lastValidAtOrBefore(t);
      double upper = portfolio.upperBuffer(code).lastValidAtOrBefore(t);
      double held = accounts.bufferedPosition(code, true).lastValidAtOrBefore(t);
      if (!Double.isFinite(lower) || !Double.isFinite(upper) || !Double.isFinite(held)) {
        continue;
      }
      out.put(code, new OptimalPosition(code, Timestamps.toDateTime(t), notional.value(last), lower, upper,
          Quantity.of(held), toEdge));
    }
    return Collections.unmodifiableMap(out);
  }

  /** The row of the last valid value at or before a time, or -1. */
  private static int lastValidAtOrBefore(TimeSeries s, long end) {
    long[] times = s.timesView();
    double[] values = s.valuesView();
    int i = Arrays.binarySearch(times, end);
    for (int j = i >= 0 ? i : -i - 2; j >= 0; j--) {
      if (values[j] == values[j]) {
        return j;
      }
    }
    return -1;
  }

  /**
   * The config keys ignored because the config is not strict ({@code strict: false}): unknown keys (with the
   * nearest known key) and keys pysystemtrade's backtest reads that pystrade does not implement. A strict config
   * (the default) has none: the build fails on them.
   *
   * @return the problems, empty if none
   */
  public List<ConfigProblem> configProblems() {
    return configProblems;
  }

  /**
   * Two systems are equal when they have the same configuration (ignoring how rules were declared) and the same
   * rule variations; data is compared by identity.
   */
  @Override
  public boolean equals(Object obj) {
    if (!(obj instanceof TradingSystem)) {
      return false;
    }
    TradingSystem o = (TradingSystem) obj;
    return data().source() == o.data().source() && tradingRules.equals(o.tradingRules)
        && config.without("trading_rules").equals(o.config.without("trading_rules"));
  }

  @Override
  public int hashCode() {
    return Objects.hash(tradingRules.keySet(), config.without("trading_rules"));
  }

  @Override
  public String toString() {
    return "TradingSystem[" + configuredInstruments().size() + " instruments, rules " + tradingRules.keySet() + "]";
  }

  /**
   * Builder of {@link TradingSystem}: the fluent DSL. It assembles the stages bottom-up, each from the stages beneath
   * it and its parameters, which are read from the config (or set by the typed setters below) and checked once.
   */
  public static final class Builder {
    private FuturesSimData data;
    private SystemConfig.Builder configBuilder = SystemConfig.builder();
    private RuleRegistry ruleRegistry = RuleRegistry.standard();
    private DataSourceRegistry dataSources = DataSourceRegistry.standard();
    private EstimatorsProvider estimators;
    private final List<RuleSpec> rules = new ArrayList<>();
    private boolean replaceRules;
    private Parallel parallel;
    private Function<RawDataInputs, RawData> rawData = DefaultRawData::new;
    private Function<RulesInputs, Rules> rulesStage = DefaultRules::new;
    private Function<ForecastScaleCapInputs, ForecastScaleCap> forecastScaleCap = DefaultForecastScaleCap::new;
    private Function<ForecastCombineInputs, ForecastCombine> combine = DefaultForecastCombine::new;
    private Function<PositionSizingInputs, PositionSizing> positionSizing = DefaultPositionSizing::new;
    private Function<PortfolioInputs, Portfolio> portfolio = DefaultPortfolio::new;
    private Function<AccountsInputs, Accounts> accounts = DefaultAccounts::new;
    private Function<OptimisedInputs, OptimisedPositions> optimised = DefaultOptimisedPositions::new;

    private Builder() {
    }

    Builder copy() {
      Builder b = new Builder();
      b.data = data;
      b.configBuilder = configBuilder.build().toBuilder();
      b.ruleRegistry = ruleRegistry;
      b.dataSources = dataSources;
      b.estimators = estimators;
      b.rules.addAll(rules);
      b.replaceRules = replaceRules;
      b.parallel = parallel;
      b.rawData = rawData;
      b.rulesStage = rulesStage;
      b.forecastScaleCap = forecastScaleCap;
      b.combine = combine;
      b.positionSizing = positionSizing;
      b.portfolio = portfolio;
      b.accounts = accounts;
      b.optimised = optimised;
      return b;
    }

    /**
     * Sets the market data.
     *
     * @param value the data
     * @return this
     */
    public Builder data(FuturesSimData value) {
      this.data = ArgChecker.notNull(value, "data");
      return this;
    }

    /**
     * Starts from a config (its values can still be changed by later calls; its trading rules are kept, and rules
     * added with {@link #rule} are added to them).
     *
     * @param value the config
     * @return this
     */
    public Builder config(SystemConfig value) {
      this.configBuilder = ArgChecker.notNull(value, "config").toBuilder();
      return this;
    }

    /**
     * Sets any config key (dotted path) to a value, as a YAML file would.
     *
     * @param path the key
     * @param value the value
     * @return this
     */
    public Builder set(String path, Object value) {
      configBuilder.set(path, value);
      return this;
    }

    /**
     * Whether unknown config keys (and keys pysystemtrade's backtest reads that pystrade does not implement) stop
     * the build (true, the default) or are ignored with a warning (false): pystrade's own config key
     * {@code strict}.
     *
     * @param value true to refuse them
     * @return this
     */
    public Builder strict(boolean value) {
      return set(SystemAssembly.STRICT_KEY, value);
    }

    /**
     * Sets the rule registry used to resolve YAML {@code function:} names.
     *
     * @param value the registry
     * @return this
     */
    public Builder ruleRegistry(RuleRegistry value) {
      this.ruleRegistry = ArgChecker.notNull(value, "ruleRegistry");
      return this;
    }

    /**
     * Sets the data sources rules may read.
     *
     * @param value the registry
     * @return this
     */
    public Builder dataSources(DataSourceRegistry value) {
      this.dataSources = ArgChecker.notNull(value, "dataSources");
      return this;
    }

    /**
     * Sets the maker of the system's estimators (when never set, the first {@link EstimatorsProvider} found by
     * {@link ServiceLoader} is used, e.g. pysystemtrade's from {@code pystrade-optimisation}; else none).
     *
     * @param value makes the estimators from the config
     * @return this
     */
    public Builder estimators(EstimatorsProvider value) {
      this.estimators = ArgChecker.notNull(value, "estimators");
      return this;
    }

    /**
     * Sets the estimators themselves, whatever the config.
     *
     * @param value the estimators
     * @return this
     */
    public Builder estimators(Estimators value) {
      ArgChecker.notNull(value, "estimators");
      return estimators(config -> value);
    }

    /**
     * Adds a trading rule variation to those of the config (replacing one of the same name).
     *
     * @param spec the rule variation
     * @return this
     */
    public Builder rule(RuleSpec spec) {
      rules.add(ArgChecker.notNull(spec, "spec"));
      return this;
    }

    /**
     * Adds a trading rule variation from a builder.
     *
     * @param spec the rule variation builder
     * @return this
     */
    public Builder rule(RuleSpec.Builder spec) {
      return rule(spec.build());
    }

    /**
     * Uses only the rule variations added with {@link #rule}: the config's {@code trading_rules} are ignored.
     *
     * @return this
     */
    public Builder replaceRules() {
      this.replaceRules = true;
      return this;
    }

    /**
     * Sets the instruments and their fixed weights ({@code instrument_weights}).
     *
     * @param weights weight by instrument code
     * @return this
     */
    public Builder instrumentWeights(Map<String, Double> weights) {
      return set("instrument_weights", new LinkedHashMap<>(weights));
    }

    /**
     * Sets the fixed instrument diversification multiplier.
     *
     * @param idm the multiplier
     * @return this
     */
    public Builder instrumentDivMultiplier(double idm) {
      return set("instrument_div_multiplier", idm);
    }

    /**
     * Sets the global fixed forecast weights.
     *
     * @param weights weight by rule variation
     * @return this
     */
    public Builder forecastWeights(Map<String, Double> weights) {
      return set("forecast_weights", new LinkedHashMap<>(weights));
    }

    /**
     * Sets the fixed forecast diversification multiplier.
     *
     * @param fdm the multiplier
     * @return this
     */
    public Builder forecastDivMultiplier(double fdm) {
      return set("forecast_div_multiplier", fdm);
    }

    /**
     * Sets the forecast cap.
     *
     * @param cap the cap
     * @return this
     */
    public Builder forecastCap(double cap) {
      return set("forecast_cap", cap);
    }

    /**
     * Sets the annualised volatility target in percent of capital.
     *
     * @param percent e.g. 20 for 20%
     * @return this
     */
    public Builder percentageVolTarget(double percent) {
      return set("percentage_vol_target", percent);
    }

    /**
     * Sets the notional trading capital.
     *
     * @param capital base currency
     * @return this
     */
    public Builder notionalTradingCapital(double capital) {
      return set("notional_trading_capital", capital);
    }

    /**
     * Sets the base currency.
     *
     * @param currency e.g. "USD"
     * @return this
     */
    public Builder baseCurrency(String currency) {
      return set("base_currency", currency);
    }

    /**
     * Sets how per-instrument work runs in parallel (default: {@link Parallel#defaults()}).
     *
     * @param value the parallelism
     * @return this
     */
    public Builder parallel(Parallel value) {
      this.parallel = ArgChecker.notNull(value, "parallel");
      return this;
    }

    /**
     * Runs per-instrument work on an application's executor: the calling thread and {@code threads - 1} tasks
     * handed to the executor.
     *
     * @param executor the executor
     * @param threads the number of threads, at least 1
     * @return this
     */
    public Builder executor(Executor executor, int threads) {
      return parallel(Parallel.of(threads, executor));
    }

    /**
     * Replaces the raw-data stage.
     *
     * @param factory creates the stage from its inputs, e.g. {@code MyRawData::new}
     * @return this
     */
    public Builder rawData(Function<RawDataInputs, RawData> factory) {
      this.rawData = ArgChecker.notNull(factory, "factory");
      return this;
    }

    /**
     * Replaces the rules stage.
     *
     * @param factory creates the stage from its inputs
     * @return this
     */
    public Builder rulesStage(Function<RulesInputs, Rules> factory) {
      this.rulesStage = ArgChecker.notNull(factory, "factory");
      return this;
    }

    /**
     * Replaces the forecast scale/cap stage.
     *
     * @param factory creates the stage from its inputs
     * @return this
     */
    public Builder forecastScaleCap(Function<ForecastScaleCapInputs, ForecastScaleCap> factory) {
      this.forecastScaleCap = ArgChecker.notNull(factory, "factory");
      return this;
    }

    /**
     * Replaces the combination stage.
     *
     * @param factory creates the stage from its inputs
     * @return this
     */
    public Builder combine(Function<ForecastCombineInputs, ForecastCombine> factory) {
      this.combine = ArgChecker.notNull(factory, "factory");
      return this;
    }

    /**
     * Replaces the position sizing stage.
     *
     * @param factory creates the stage from its inputs
     * @return this
     */
    public Builder positionSizing(Function<PositionSizingInputs, PositionSizing> factory) {
      this.positionSizing = ArgChecker.notNull(factory, "factory");
      return this;
    }

    /**
     * Replaces the portfolio stage.
     *
     * @param factory creates the stage from its inputs
     * @return this
     */
    public Builder portfolio(Function<PortfolioInputs, Portfolio> factory) {
      this.portfolio = ArgChecker.notNull(factory, "factory");
      return this;
    }

    /**
     * Replaces the optimised-positions stage.
     *
     * @param factory makes the stage from its inputs
     * @return this builder
     */
    public Builder optimisedPositions(Function<OptimisedInputs, OptimisedPositions> factory) {
      this.optimised = ArgChecker.notNull(factory, "factory");
      return this;
    }

    /**
     * Replaces the accounts stage.
     *
     * @param factory creates the stage from its inputs
     * @return this
     */
    public Builder accounts(Function<AccountsInputs, Accounts> factory) {
      this.accounts = ArgChecker.notNull(factory, "factory");
      return this;
    }

    /**
     * Builds the system: reads and checks every parameter, then makes each stage from those beneath it.
     *
     * @return the system
     * @throws ConfigException naming a wrong key, rule, function or data source
     */
    public TradingSystem build() {
      ArgChecker.isTrue(data != null, "a system needs data: call data(...) before build()");
      SystemAssembly a = new SystemAssembly(configBuilder.build(), data, ruleRegistry, dataSources, rules,
          replaceRules, estimators != null ? estimators : serviceEstimators(),
          parallel != null ? parallel : Parallel.defaults());
      RawData raw = rawData.apply(a.rawDataInputs());
      Rules rulesOut = rulesStage.apply(a.rulesInputs(raw));
      ForecastScaleCap scaleCap = forecastScaleCap.apply(a.scaleCapInputs(raw, rulesOut));
      ForecastCombine comb = combine.apply(a.combineInputs(raw, scaleCap));
      PositionSizing sizing = positionSizing.apply(a.sizingInputs(raw, comb));
      PortfolioInputs portInputs = a.portfolioInputs(raw, sizing);
      Portfolio port = portfolio.apply(portInputs);
      Accounts acc = accounts.apply(a.accountsInputs(raw, comb, sizing, port));
      OptimisedPositions opt = optimised.apply(a.optimisedInputs(portInputs, port, acc));
      return new TradingSystem(a.config(), a.tradingRules(), a.context(), raw, rulesOut, scaleCap, comb, sizing,
          port, acc, opt, copy(), a.configProblems(), a.bufferTradeToEdge());
    }

    /** The first {@link EstimatorsProvider} on the class path, or none. */
    static EstimatorsProvider serviceEstimators() {
      return ServiceLoader.load(EstimatorsProvider.class, TradingSystem.class.getClassLoader()).findFirst()
          .orElse(config -> Estimators.none());
    }
  }
}
