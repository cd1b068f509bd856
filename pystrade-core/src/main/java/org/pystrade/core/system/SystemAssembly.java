package org.pystrade.core.system;

import java.math.BigDecimal;
import java.math.MathContext;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.pystrade.core.accounts.Accounts;
import org.pystrade.core.accounts.AccountsInputs;
import org.pystrade.core.accounts.AccountsParams;
import org.pystrade.core.calc.Parallel;
import org.pystrade.core.calc.StageContext;
import org.pystrade.core.combination.CombinationParams;
import org.pystrade.core.combination.ForecastCombine;
import org.pystrade.core.combination.ForecastCombineInputs;
import org.pystrade.core.config.ConfigException;
import org.pystrade.core.config.ConfigProblem;
import org.pystrade.core.config.ConfigSchema;
import org.pystrade.core.config.SystemConfig;
import org.pystrade.core.data.DefectPolicy;
import org.pystrade.core.data.FuturesSimData;
import org.pystrade.core.domain.InstrumentCode;
import org.pystrade.core.forecast.ForecastScaleCap;
import org.pystrade.core.forecast.ForecastScaleCapInputs;
import org.pystrade.core.forecast.ScaleCapParams;
import org.pystrade.core.optimised.OptimisationParams;
import org.pystrade.core.optimised.OptimisedInputs;
import org.pystrade.core.pandl.CashCosts;
import org.pystrade.core.pandl.CostParams;
import org.pystrade.core.pandl.ForecastPandl;
import org.pystrade.core.pandl.SrCosts;
import org.pystrade.core.pandl.VolTarget;
import org.pystrade.core.portfolio.Portfolio;
import org.pystrade.core.portfolio.PortfolioInputs;
import org.pystrade.core.portfolio.PortfolioParams;
import org.pystrade.core.portfolio.RiskOverlayParams;
import org.pystrade.core.portfolio.SubsystemPandl;
import org.pystrade.core.rawdata.RawData;
import org.pystrade.core.rawdata.RawDataInputs;
import org.pystrade.core.rawdata.VolatilityParams;
import org.pystrade.core.rules.DataSourceRegistry;
import org.pystrade.core.rules.RuleConfig;
import org.pystrade.core.rules.RuleName;
import org.pystrade.core.rules.RuleRegistry;
import org.pystrade.core.rules.RuleSpec;
import org.pystrade.core.rules.RuleVariations;
import org.pystrade.core.rules.Rules;
import org.pystrade.core.rules.RulesInputs;
import org.pystrade.core.sizing.PositionSizing;
import org.pystrade.core.sizing.PositionSizingInputs;
import org.pystrade.core.sizing.SizingParams;
import org.pystrade.core.util.Messages;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One system's definition, read and checked: the config, its rule variations, its instruments and every stage's
 * typed parameters, made once when the system is built; then, stage by stage from the bottom, the inputs each stage
 * is made from. The builder asks for the inputs in pipeline order.
 */
final class SystemAssembly {

  private static final Logger LOG = LoggerFactory.getLogger(SystemAssembly.class);

  private final SystemConfig config;
  private final Map<RuleName, RuleSpec> tradingRules;
  private final StageContext context;
  private final Estimators estimators;
  private final RuleVariations ruleVariations;
  private final VolTarget volTarget;
  private final PortfolioParams portfolioParams;
  private final CashCosts.Params cashCostParams;
  private final DataSourceRegistry dataSources;
  private final List<ConfigProblem> configProblems;
  private SrCosts srCosts;
  private ForecastPandl forecastPandl;
  private CashCosts cashCosts;

  SystemAssembly(SystemConfig config, FuturesSimData data, RuleRegistry registry, DataSourceRegistry dataSources,
      List<RuleSpec> builderRules, boolean replaceRules, EstimatorsProvider estimatorsProvider, Parallel parallel) {
    this.config = config;
    this.configProblems = new ArrayList<>(checkKeys(config, estimatorsProvider));
    this.dataSources = dataSources;
    this.tradingRules = tradingRules(config, registry, dataSources, builderRules, replaceRules);
    LocalDateTime start = startDate(config);
    if (start != null) {
      data = data.from(start);
    }
    List<InstrumentCode> instruments = configuredInstruments(config, data);
    this.volTarget = VolTarget.fromConfig(config);
    this.context = new StageContext(data, instruments, volTarget.baseCurrency(), parallel,
        DefectPolicy.fromConfig(config));
    this.ruleVariations = RuleVariations.fromConfig(config, instruments, tradingRules.keySet());
    this.portfolioParams = PortfolioParams.fromConfig(config);
    this.cashCostParams = CashCosts.Params.fromConfig(config);
    this.estimators = estimatorsProvider.estimators(config);
  }

  /** The keys every stage reads; each is also in the pysystemtrade schema, and a test checks that. */
  static List<String> declaredKeys() {
    List<String> keys = new ArrayList<>();
    keys.addAll(VolatilityParams.KEYS);
    keys.addAll(ScaleCapParams.KEYS);
    keys.addAll(CostParams.KEYS);
    keys.addAll(VolTarget.KEYS);
    keys.addAll(CombinationParams.KEYS);
    keys.addAll(SizingParams.KEYS);
    keys.addAll(PortfolioParams.KEYS);
    keys.addAll(RiskOverlayParams.KEYS);
    keys.addAll(OptimisationParams.KEYS);
    keys.addAll(CashCosts.KEYS);
    keys.addAll(AccountsParams.KEYS);
    keys.addAll(DefectPolicy.KEYS);
    keys.add(STRICT_KEY);
    keys.add(START_DATE_KEY);
    return keys;
  }

  /** pysystemtrade's key of the first moment of data a backtest uses. */
  static final String START_DATE_KEY = "start_date";

  /**
   * The config's {@code start_date}, as pysystemtrade reads it ({@code YYYY-MM-DD}, or a date and time), or null if
   * it has none: pysystemtrade's sim data then gives prices and FX rates from that moment on.
   */
  static LocalDateTime startDate(SystemConfig config) {
    if (config.kindOf(START_DATE_KEY) == SystemConfig.Kind.ABSENT) {
      return null;
    }
    String text = String.valueOf(config.getScalar(START_DATE_KEY)).trim();
    try {
      if (text.length() > 10) {
        return LocalDateTime.parse(text.replace(' ', 'T'));
      }
      return LocalDate.parse(text, DateTimeFormatter.ofPattern("uuuu-M-d").withResolverStyle(ResolverStyle.STRICT))
          .atStartOfDay();
    } catch (DateTimeParseException ex) {
      throw new ConfigException("config key 'start_date' must be a date such as 2020-03-19 but was '" + text + "'",
          ex);
    }
  }

  /** pystrade's key that turns unknown and unsupported config keys from errors into warnings. */
  static final String STRICT_KEY = "strict";

  /**
   * Checks the user's keys: with {@code strict: true} (the default) any unknown or unsupported key stops the build
   * with every such key named; with {@code strict: false} each is logged as a warning and reported by the system.
   */
  private static List<ConfigProblem> checkKeys(SystemConfig config, EstimatorsProvider estimators) {
    List<String> keys = declaredKeys();
    keys.addAll(estimators.declaredKeys());
    List<ConfigProblem> problems = new ArrayList<>();
    for (Map.Entry<String, String> d : config.duplicateKeys()) {
      problems.add(new ConfigProblem(d.getKey(), ConfigProblem.Kind.DUPLICATE_KEY, d.getValue()));
    }
    problems.addAll(ConfigSchema.pysystemtrade().withKeys(keys).check(config));
    if (problems.isEmpty()) {
      return problems;
    }
    if (config.getBoolean(STRICT_KEY, true)) {
      StringBuilder sb = new StringBuilder("config ").append(config.source()).append(" has ")
          .append(problems.size() == 1 ? "a key" : problems.size() + " keys").append(" pystrade cannot honour:");
      for (ConfigProblem p : problems) {
        sb.append("\n  ").append(p.message());
      }
      sb.append("\n(a config written for another pysystemtrade version can be run anyway with 'strict: false' in the "
          + "config, or --lenient on the command line: these keys are then ignored, and a key given twice takes its last value, "
          + "each with a warning)");
      throw new ConfigException(sb.toString());
    }
    for (ConfigProblem p : problems) {
      LOG.warn("{} ({}: strict is false)", p.message(),
          p.kind() == ConfigProblem.Kind.DUPLICATE_KEY ? "the last value is used" : "ignored");
    }
    return problems;
  }

  List<ConfigProblem> configProblems() {
    return List.copyOf(configProblems);
  }

  /**
   * Fixed weights that are all zero (an error: nothing would be combined) or do not sum to 1 (a warning naming the
   * sum: pysystemtrade normalises them, and so does pystrade, so each counts as its share of the sum).
   *
   * @param what {@code forecast_weights} or {@code instrument_weights}, with the instrument for per-instrument weights
   * @param weights the weights, in config order
   */
  private void checkWeights(String what, Map<String, Double> weights) {
    double sum = 0;
    for (double w : weights.values()) {
      sum += w;
    }
    if (!(sum > 0)) {
      throw new ConfigException("config key '" + what + "' gives no " + (what.startsWith("instrument") ? "instrument"
          : "rule") + " a weight above zero (" + (weights.isEmpty() ? "it is empty" : weights) + "): nothing would "
          + "be combined and every result would be NaN");
    }
    if (Math.abs(sum - 1) > WEIGHT_SUM_TOLERANCE) {
      // the sum as the config's decimals give it (0.42 + 0.35 + 0.35 + 0.28 is 1.4000000000000001 in doubles)
      String shown = new BigDecimal(sum).round(new MathContext(12)).stripTrailingZeros()
          .toPlainString();
      String message = "config key '" + what + "': the weights sum to " + shown + ", not 1; pysystemtrade "
          + "normalises them to sum to 1, and so does pystrade (each counts as its share of " + shown + ")";
      LOG.warn(message);
      configProblems.add(new ConfigProblem(what, ConfigProblem.Kind.SUSPICIOUS_VALUE, message));
    }
  }

  /** How far from 1 a sum of weights may be before it is reported: decimal rounding of hand-written weights. */
  private static final double WEIGHT_SUM_TOLERANCE = 1e-6;

  boolean bufferTradeToEdge() {
    return portfolioParams.bufferTradeToEdge();
  }

  private static Map<RuleName, RuleSpec> tradingRules(SystemConfig config, RuleRegistry registry,
      DataSourceRegistry dataSources, List<RuleSpec> builderRules, boolean replaceRules) {
    Map<RuleName, RuleSpec> rules = new LinkedHashMap<>();
    if (!replaceRules) {
      rules.putAll(RuleConfig.fromConfig(config, registry, dataSources));
    }
    for (RuleSpec spec : builderRules) {
      RuleConfig.checkDataSources(spec, dataSources);
      if (rules.containsKey(spec.name())) {
        LOG.info("trading rule '{}' of the config is replaced by the one set on the builder", spec.name());
      }
      rules.put(spec.name(), spec);
    }
    return Collections.unmodifiableMap(rules);
  }

  /**
   * The instruments the config names: the keys of {@code instrument_weights}, else {@code instruments}, else every
   * instrument with data; less {@code exclude_instrument_lists.ignore_instruments}; sorted. An instrument without
   * price data is kept here and left out by the portfolio with the reason.
   */
  private static List<InstrumentCode> configuredInstruments(SystemConfig config, FuturesSimData data) {
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
      if (!known.contains(n)) {
        LOG.warn("config names instrument '{}' which has no price data", n);
      } else {
        anyKnown = true;
      }
      out.add(InstrumentCode.of(n));
    }
    if (out.isEmpty()) {
      throw new ConfigException("the system has no instruments: the config's instrument_weights or instruments "
          + "name none (or all are in exclude_instrument_lists.ignore_instruments)");
    }
    if (!anyKnown) {
      throw new ConfigException("none of the instruments the config names has price data: " + names
          + "; instruments with data: " + Messages.list(known));
    }
    return List.copyOf(out);
  }

  SystemConfig config() {
    return config;
  }

  Map<RuleName, RuleSpec> tradingRules() {
    return tradingRules;
  }

  StageContext context() {
    return context;
  }

  RawDataInputs rawDataInputs() {
    return new RawDataInputs(context, VolatilityParams.fromConfig(config));
  }

  RulesInputs rulesInputs(RawData rawData) {
    return new RulesInputs(context, rawData, tradingRules, dataSources);
  }

  ForecastScaleCapInputs scaleCapInputs(RawData rawData, Rules rules) {
    return new ForecastScaleCapInputs(context, rawData, rules, ScaleCapParams.fromConfig(config, tradingRules),
        ruleVariations, estimators.forecastScalar());
  }

  ForecastCombineInputs combineInputs(RawData rawData, ForecastScaleCap scaleCap) {
    srCosts = new SrCosts(context, rawData, scaleCap, ruleVariations, CostParams.fromConfig(config));
    forecastPandl = new ForecastPandl(context, rawData, scaleCap, srCosts, volTarget);
    cashCosts = new CashCosts(context, rawData, cashCostParams, volTarget);
    CombinationParams params = CombinationParams.fromConfig(config, context.configuredInstruments());
    if (!params.useWeightEstimates()) {
      Set<String> checked = new HashSet<>();
      params.fixedWeights().forEach((code, weights) -> {
        String key = config.kindOf("forecast_weights." + code.value()) == SystemConfig.Kind.MAPPING
            ? "forecast_weights." + code.value() : "forecast_weights";
        if (checked.add(key)) {
          Map<String, Double> named = new LinkedHashMap<>();
          weights.forEach((rule, w) -> named.put(rule.value(), w));
          checkWeights(key, named);
        }
      });
    }
    return new ForecastCombineInputs(context, scaleCap, srCosts, forecastPandl, ruleVariations, params,
        estimators.forecastWeights(), estimators.forecastDiversificationMultiplier());
  }

  PositionSizingInputs sizingInputs(RawData rawData, ForecastCombine combine) {
    return new PositionSizingInputs(context, rawData, combine, SizingParams.fromConfig(config, volTarget));
  }

  PortfolioInputs portfolioInputs(RawData rawData, PositionSizing sizing) {
    if (!portfolioParams.useWeightEstimates() && !portfolioParams.fixedWeights().isEmpty()) {
      Map<String, Double> named = new LinkedHashMap<>();
      portfolioParams.fixedWeights().forEach((code, w) -> named.put(code.value(), w));
      checkWeights("instrument_weights", named);
    }
    Optional<RiskOverlayParams> overlay = RiskOverlayParams.fromConfig(config);
    if (overlay.isPresent() && estimators.instrumentReturnsCorrelations().isEmpty()) {
      throw new ConfigException("config key '" + RiskOverlayParams.SECTION + "' needs the correlations of "
          + "instrument returns (instrument_returns_correlation): add pystrade-optimisation to the class path or set "
          + "an estimator on the system builder");
    }
    return new PortfolioInputs(context, rawData, sizing, new SubsystemPandl(context, sizing, cashCosts,
        portfolioParams), portfolioParams, estimators.instrumentWeights(),
        estimators.instrumentDiversificationMultiplier(), overlay, estimators.instrumentReturnsCorrelations());
  }

  OptimisedInputs optimisedInputs(PortfolioInputs portfolioInputs, Portfolio portfolio, Accounts accounts) {
    return new OptimisedInputs(portfolioInputs, portfolio, accounts, OptimisationParams.fromConfig(config));
  }

  AccountsInputs accountsInputs(RawData rawData, ForecastCombine combine, PositionSizing sizing,
      Portfolio portfolio) {
    return new AccountsInputs(context, rawData, combine, sizing, portfolio, srCosts, forecastPandl, cashCosts,
        AccountsParams.fromConfig(config));
  }
}
