package org.pystrade.core.system;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.OptionalDouble;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Function;
import org.pystrade.core.accounts.Accounts;
import org.pystrade.core.accounts.DefaultAccounts;
import org.pystrade.core.calc.Memo;
import org.pystrade.core.calc.Parallel;
import org.pystrade.core.calc.StageKey;
import org.pystrade.core.combination.DefaultForecastCombine;
import org.pystrade.core.combination.ForecastCombine;
import org.pystrade.core.config.ConfigException;
import org.pystrade.core.config.SystemConfig;
import org.pystrade.core.data.DataException;
import org.pystrade.core.data.FuturesSimData;
import org.pystrade.core.data.InstrumentCode;
import org.pystrade.core.data.InstrumentFailure;
import org.pystrade.core.estimation.Estimators;
import org.pystrade.core.estimation.EstimatorsProvider;
import org.pystrade.core.forecast.DefaultForecastScaleCap;
import org.pystrade.core.forecast.ForecastScaleCap;
import org.pystrade.core.portfolio.DefaultPortfolio;
import org.pystrade.core.portfolio.Portfolio;
import org.pystrade.core.rawdata.DefaultRawData;
import org.pystrade.core.rawdata.RawData;
import org.pystrade.core.rules.DataSourceRegistry;
import org.pystrade.core.rules.DefaultRules;
import org.pystrade.core.rules.RuleArgs;
import org.pystrade.core.rules.RuleName;
import org.pystrade.core.rules.RuleRegistry;
import org.pystrade.core.rules.RuleSpec;
import org.pystrade.core.rules.Rules;
import org.pystrade.core.sizing.DefaultPositionSizing;
import org.pystrade.core.sizing.PositionSizing;
import org.pystrade.core.util.ArgChecker;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A futures trading system, as pysystemtrade's {@code System}: data, config, trading rules and the chain of stages
 * raw data &rarr; rules &rarr; forecast scale/cap &rarr; combination &rarr; position sizing &rarr; portfolio &rarr;
 * accounts. Built from a pysystemtrade YAML config with {@link #fromYaml} or with the fluent {@link #builder()}; both
 * give equal systems for the same definition.
 *
 * <p>Every stage result is memoised per (stage, instrument, rule) and safe to request from several threads at once.
 * Instruments whose data cannot produce a position are left out of the portfolio and reported by
 * {@link #failures()}; they never abort the backtest.
 */
public final class TradingSystem {

  private static final Logger LOG = LoggerFactory.getLogger(TradingSystem.class);

  private final SystemConfig config;
  private final FuturesSimData data;
  private final Map<RuleName, RuleSpec> tradingRules;
  private final DataSourceRegistry dataSources;
  private final Estimators estimators;
  private final Memo memo = new Memo();
  private final RawData rawData;
  private final Rules rules;
  private final ForecastScaleCap forecastScaleCap;
  private final ForecastCombine combine;
  private final PositionSizing positionSizing;
  private final Portfolio portfolio;
  private final Accounts accounts;
  private final List<InstrumentCode> configuredInstruments;
  private volatile Health health;

  private TradingSystem(Builder b) {
    this.data = ArgChecker.notNull(b.data, "data");
    this.config = b.configBuilder.build();
    this.dataSources = b.dataSources;
    this.estimators = b.estimators != null ? b.estimators : Builder.serviceEstimators();
    Map<RuleName, RuleSpec> rulesMap = new LinkedHashMap<>();
    if (b.rules.isEmpty()) {
      rulesMap.putAll(rulesFromConfig(config, b.ruleRegistry));
    } else {
      for (RuleSpec r : b.rules) {
        rulesMap.put(r.name(), r);
      }
    }
    for (RuleSpec r : rulesMap.values()) {
      for (int i = 0; i < r.data().size(); i++) {
        String source = r.data().get(i);
        if (!dataSources.contains(source)) {
          throw new ConfigException("trading rule '" + r.name() + "' reads unknown data '" + source
              + "'; known data sources: " + dataSources.names());
        }
        try {
          dataSources.resolveArgs(source, r.dataArgs().get(i));
        } catch (IllegalArgumentException ex) {
          throw new ConfigException("trading rule '" + r.name() + "' passes data input " + (i + 1) + " ('" + source
              + "', other_args with " + (i + 1) + " leading underscore" + (i == 0 ? "" : "s") + ") an argument it "
              + "does not take: " + ex.getMessage(), ex);
        }
      }
    }
    this.tradingRules = java.util.Collections.unmodifiableMap(rulesMap);
    this.configuredInstruments = resolveInstruments();
    this.rawData = b.rawData.apply(this);
    this.rules = b.rulesStage.apply(this);
    this.forecastScaleCap = b.forecastScaleCap.apply(this);
    this.combine = b.combine.apply(this);
    this.positionSizing = b.positionSizing.apply(this);
    this.portfolio = b.portfolio.apply(this);
    this.accounts = b.accounts.apply(this);
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

  private static Map<RuleName, RuleSpec> rulesFromConfig(SystemConfig config, RuleRegistry registry) {
    Map<RuleName, RuleSpec> out = new LinkedHashMap<>();
    JsonNode node = config.find("trading_rules").orElse(null);
    if (node == null) {
      return out;
    }
    if (!node.isObject()) {
      throw new ConfigException("config key 'trading_rules' must be a mapping of rule names to rule definitions");
    }
    Iterator<Map.Entry<String, JsonNode>> it = node.fields();
    while (it.hasNext()) {
      Map.Entry<String, JsonNode> e = it.next();
      String name = e.getKey();
      JsonNode def = e.getValue();
      String function;
      List<String> dataNames = new ArrayList<>();
      Map<String, Object> args = new LinkedHashMap<>();
      OptionalDouble scalar = OptionalDouble.empty();
      if (def.isTextual()) {
        function = def.asText();
      } else if (def.isObject()) {
        JsonNode f = def.get("function");
        if (f == null || !f.isTextual()) {
          throw new ConfigException("config key 'trading_rules." + name + ".function' is required and must name a"
              + " rule function");
        }
        function = f.asText();
        JsonNode d = def.get("data");
        if (d != null && !d.isNull()) {
          if (d.isArray()) {
            d.forEach(x -> dataNames.add(x.asText()));
          } else {
            dataNames.add(d.asText());
          }
        }
        JsonNode oa = def.get("other_args");
        if (oa != null && !oa.isNull()) {
          if (!oa.isObject()) {
            throw new ConfigException("config key 'trading_rules." + name + ".other_args' must be a mapping");
          }
          oa.fields().forEachRemaining(a -> args.put(a.getKey(), scalarValue(a.getValue())));
        }
        JsonNode fs = def.get("forecast_scalar");
        if (fs != null && !fs.isNull()) {
          scalar = OptionalDouble.of(config.getDouble("trading_rules." + name + ".forecast_scalar"));
        }
      } else {
        throw new ConfigException("config key 'trading_rules." + name + "' must be a rule definition but was "
            + def);
      }
      String fn = function;
      var rule = registry.find(fn).orElseThrow(() -> new ConfigException("trading rule '" + name
          + "' uses unknown function '" + fn + "'; known functions: " + registry.names()));
      RuleArgs ruleArgs = new RuleArgs(args);
      List<RuleArgs> dataArgs = List.of();
      if (dataNames.isEmpty()) {
        // as pysystemtrade: the default price input, and other_args (underscored or not) all go to the rule
        dataNames.add("data.daily_prices");
      } else {
        RuleArgs.Separated split;
        try {
          split = ruleArgs.separateDataArgs(dataNames.size());
        } catch (IllegalArgumentException ex) {
          throw new ConfigException("config key 'trading_rules." + name + ".other_args': " + ex.getMessage(), ex);
        }
        if (!split.unused().isEmpty()) {
          LOG.warn("trading rule '{}' passes {} to data inputs it does not have (it has {}: {}); ignored, as "
              + "pysystemtrade ignores them", name, split.unused(), dataNames.size(), dataNames);
        }
        ruleArgs = split.ruleArgs();
        dataArgs = split.dataArgs();
      }
      out.put(RuleName.of(name), new RuleSpec(RuleName.of(name), function, rule, dataNames, ruleArgs, scalar,
          dataArgs));
    }
    return out;
  }

  private static Object scalarValue(JsonNode n) {
    if (n.isNumber()) {
      return n.numberValue();
    }
    if (n.isBoolean()) {
      return n.booleanValue();
    }
    if (n.isNull()) {
      return null;
    }
    return n.asText();
  }

  private List<InstrumentCode> resolveInstruments() {
    Set<String> names = new TreeSet<>();
    if (config.isSetByUser("instrument_weights")) {
      names.addAll(config.getDoubleMap("instrument_weights").keySet());
    } else if (config.has("instruments")) {
      names.addAll(config.getStringList("instruments"));
    } else {
      data.instruments().forEach(c -> names.add(c.value()));
    }
    names.removeAll(config.getStringList("exclude_instrument_lists.ignore_instruments"));
    Set<String> known = new TreeSet<>();
    data.instruments().forEach(c -> known.add(c.value()));
    List<InstrumentCode> out = new ArrayList<>();
    boolean anyKnown = false;
    for (String n : names) {
      // an instrument without price data is kept here and left out by the health check, with the reason
      if (!known.contains(n)) {
        LOG.warn("config names instrument '{}' which has no price data", n);
      } else {
        anyKnown = true;
      }
      out.add(InstrumentCode.of(n));
    }
    ArgChecker.isTrue(!out.isEmpty(), "the system has no instruments");
    if (!anyKnown) {
      throw new ConfigException("none of the instruments the config names has price data: " + names
          + "; instruments with data: " + org.pystrade.core.util.Messages.list(known));
    }
    return List.copyOf(out);
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
   * The market data.
   *
   * @return the data
   */
  public FuturesSimData data() {
    return data;
  }

  /**
   * The memo cache of stage results.
   *
   * @return the memo
   */
  public Memo memo() {
    return memo;
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
   * The data sources rules may read.
   *
   * @return the registry
   */
  public DataSourceRegistry dataSources() {
    return dataSources;
  }

  /**
   * The estimators used where the config asks for estimates.
   *
   * @return the estimators
   */
  public Estimators estimators() {
    return estimators;
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
   * The instruments the config names (instrument_weights keys, else {@code instruments}, else all data), sorted,
   * before any is left out for bad or missing data.
   *
   * @return the configured instruments
   */
  public List<InstrumentCode> configuredInstruments() {
    return configuredInstruments;
  }

  /**
   * The configured instruments whose market data and configuration can all be read (adjusted and multiple prices,
   * instrument configuration, FX rate into the base currency), in configured order. Estimates pooled across
   * instruments take their instruments from these: an instrument whose data cannot be read is left out of every
   * pool, so that it costs only itself (see {@link Pools}). Unlike {@link #instruments()} this computes no stage,
   * so the stages' pooled estimates can use it.
   *
   * @return the instruments with readable data
   */
  public List<InstrumentCode> instrumentsWithData() {
    return memo.get(new StageKey("system", "instrumentsWithData", null, null), () -> {
      List<InstrumentCode> setUp = instrumentsWithSetup();
      List<Boolean> ok = Parallel.map(setUp, code -> {
        try {
          data.checkPrices(code);
          return true;
        } catch (DataException ex) {
          return false;
        }
      });
      List<InstrumentCode> out = new ArrayList<>();
      for (int i = 0; i < setUp.size(); i++) {
        if (ok.get(i)) {
          out.add(setUp.get(i));
        }
      }
      return List.copyOf(out);
    });
  }

  /**
   * The configured instruments whose configuration can be read (instrument configuration, FX rate into the base
   * currency), in configured order: {@link #instrumentsWithData()} without the check of the price files, which
   * {@link Pools} makes after computing an instrument's inputs, when the files have just been read.
   *
   * @return the instruments with a readable configuration and FX rate
   */
  public List<InstrumentCode> instrumentsWithSetup() {
    return memo.get(new StageKey("system", "instrumentsWithSetup", null, null), () -> {
      String base = config.getString("base_currency");
      List<InstrumentCode> out = new ArrayList<>();
      for (InstrumentCode code : configuredInstruments) {
        try {
          data.meta(code);
          data.fxRateForInstrument(code, base);
          out.add(code);
        } catch (DataException ex) {
          LOG.debug("{}: {}", code, ex.getMessage());
        }
      }
      return List.copyOf(out);
    });
  }

  /**
   * The instruments in the portfolio: the configured ones whose subsystem position can be computed.
   *
   * @return the usable instruments, sorted
   */
  public List<InstrumentCode> instruments() {
    return health().usable;
  }

  /**
   * The instruments left out, with reasons: those whose position cannot be computed, and those whose P&amp;L is
   * unusable (this computes the portfolio P&amp;L if it has not been computed yet).
   *
   * @return the failures
   */
  public List<InstrumentFailure> failures() {
    List<InstrumentFailure> all = new ArrayList<>(health().failures);
    all.addAll(accounts.portfolioFailures());
    return List.copyOf(all);
  }

  /**
   * Instruments kept in the portfolio whose data look defective, with reasons (a day's P&amp;L larger than the whole
   * capital); pysystemtrade keeps them too, so their numbers are pysystemtrade's (this computes the portfolio
   * P&amp;L if it has not been computed yet).
   *
   * @return the warnings, empty if none
   */
  public List<InstrumentFailure> warnings() {
    return accounts.portfolioWarnings();
  }

  private Health health() {
    Health h = health;
    if (h == null) {
      synchronized (this) {
        h = health;
        if (h == null) {
          h = checkHealth();
          health = h;
        }
      }
    }
    return h;
  }

  private Health checkHealth() {
    List<InstrumentCode> usable = new ArrayList<>();
    List<InstrumentFailure> failures = new ArrayList<>();
    List<RuntimeException> errors = Parallel.map(configuredInstruments, code -> {
      try {
        positionSizing.subsystemPosition(code);
        return null;
      } catch (DataException | ConfigException | ArithmeticException | IllegalArgumentException ex) {
        return ex;
      }
    });
    for (int i = 0; i < configuredInstruments.size(); i++) {
      RuntimeException ex = errors.get(i);
      if (ex == null) {
        usable.add(configuredInstruments.get(i));
      } else {
        if (ex instanceof ConfigException) {
          throw ex;
        }
        LOG.warn("instrument {} left out: {}", configuredInstruments.get(i), ex.getMessage());
        failures.add(new InstrumentFailure(configuredInstruments.get(i), ex.getMessage()));
      }
    }
    if (usable.isEmpty()) {
      throw new DataException("no instrument of the system has usable data: " + failures);
    }
    return new Health(List.copyOf(usable), List.copyOf(failures));
  }

  private static final class Health {
    final List<InstrumentCode> usable;
    final List<InstrumentFailure> failures;

    Health(List<InstrumentCode> usable, List<InstrumentFailure> failures) {
      this.usable = usable;
      this.failures = failures;
    }
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
    return data == o.data && tradingRules.equals(o.tradingRules)
        && config.without("trading_rules").equals(o.config.without("trading_rules"));
  }

  @Override
  public int hashCode() {
    return Objects.hash(tradingRules.keySet(), config.without("trading_rules"));
  }

  @Override
  public String toString() {
    return "TradingSystem[" + configuredInstruments.size() + " instruments, rules " + tradingRules.keySet() + "]";
  }

  /** Builder of {@link TradingSystem}: the fluent DSL. */
  public static final class Builder {
    private FuturesSimData data;
    private SystemConfig.Builder configBuilder = SystemConfig.builder();
    private RuleRegistry ruleRegistry = RuleRegistry.standard();
    private DataSourceRegistry dataSources = DataSourceRegistry.standard();
    private Estimators estimators;
    private final List<RuleSpec> rules = new ArrayList<>();
    private Function<TradingSystem, RawData> rawData = DefaultRawData::new;
    private Function<TradingSystem, Rules> rulesStage = DefaultRules::new;
    private Function<TradingSystem, ForecastScaleCap> forecastScaleCap = DefaultForecastScaleCap::new;
    private Function<TradingSystem, ForecastCombine> combine = DefaultForecastCombine::new;
    private Function<TradingSystem, PositionSizing> positionSizing = DefaultPositionSizing::new;
    private Function<TradingSystem, Portfolio> portfolio = DefaultPortfolio::new;
    private Function<TradingSystem, Accounts> accounts = DefaultAccounts::new;

    private Builder() {
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
     * Starts from a config (its values can still be changed by later calls).
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
     * The estimators of the first {@link EstimatorsProvider} found by {@link java.util.ServiceLoader}, or none.
     *
     * @return the estimators used when none were set on the builder
     */
    static Estimators serviceEstimators() {
      return java.util.ServiceLoader.load(EstimatorsProvider.class, TradingSystem.class.getClassLoader())
          .findFirst().map(EstimatorsProvider::estimators).orElse(Estimators.none());
    }

    /**
     * Sets the estimators (when never set, those of an {@link EstimatorsProvider} on the class path are used, e.g.
     * pysystemtrade's from {@code pystrade-optimisation}; else none).
     *
     * @param value the estimators
     * @return this
     */
    public Builder estimators(Estimators value) {
      this.estimators = ArgChecker.notNull(value, "estimators");
      return this;
    }

    /**
     * Adds a trading rule variation (when any is added, the config's {@code trading_rules} are not used).
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
     * Replaces the raw-data stage.
     *
     * @param factory creates the stage for the system
     * @return this
     */
    public Builder rawData(Function<TradingSystem, RawData> factory) {
      this.rawData = ArgChecker.notNull(factory, "factory");
      return this;
    }

    /**
     * Replaces the rules stage.
     *
     * @param factory creates the stage for the system
     * @return this
     */
    public Builder rulesStage(Function<TradingSystem, Rules> factory) {
      this.rulesStage = ArgChecker.notNull(factory, "factory");
      return this;
    }

    /**
     * Replaces the forecast scale/cap stage.
     *
     * @param factory creates the stage for the system
     * @return this
     */
    public Builder forecastScaleCap(Function<TradingSystem, ForecastScaleCap> factory) {
      this.forecastScaleCap = ArgChecker.notNull(factory, "factory");
      return this;
    }

    /**
     * Replaces the combination stage.
     *
     * @param factory creates the stage for the system
     * @return this
     */
    public Builder combine(Function<TradingSystem, ForecastCombine> factory) {
      this.combine = ArgChecker.notNull(factory, "factory");
      return this;
    }

    /**
     * Replaces the position sizing stage.
     *
     * @param factory creates the stage for the system
     * @return this
     */
    public Builder positionSizing(Function<TradingSystem, PositionSizing> factory) {
      this.positionSizing = ArgChecker.notNull(factory, "factory");
      return this;
    }

    /**
     * Replaces the portfolio stage.
     *
     * @param factory creates the stage for the system
     * @return this
     */
    public Builder portfolio(Function<TradingSystem, Portfolio> factory) {
      this.portfolio = ArgChecker.notNull(factory, "factory");
      return this;
    }

    /**
     * Replaces the accounts stage.
     *
     * @param factory creates the stage for the system
     * @return this
     */
    public Builder accounts(Function<TradingSystem, Accounts> factory) {
      this.accounts = ArgChecker.notNull(factory, "factory");
      return this;
    }

    /**
     * Builds the system.
     *
     * @return the system
     * @throws ConfigException naming a wrong key, rule, function or data source
     */
    public TradingSystem build() {
      ArgChecker.isTrue(data != null, "a system needs data: call data(...) before build()");
      return new TradingSystem(this);
    }
  }
}
