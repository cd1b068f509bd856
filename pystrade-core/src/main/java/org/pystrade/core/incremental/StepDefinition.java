package org.pystrade.core.incremental;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.pystrade.core.accounts.AccountsParams;
import org.pystrade.core.accounts.DefaultAccounts;
import org.pystrade.core.combination.CombinationParams;
import org.pystrade.core.combination.DefaultForecastCombine;
import org.pystrade.core.config.SystemConfig;
import org.pystrade.core.domain.Currency;
import org.pystrade.core.domain.InstrumentCode;
import org.pystrade.core.forecast.DefaultForecastScaleCap;
import org.pystrade.core.forecast.ScaleCapParams;
import org.pystrade.core.pandl.CashCosts;
import org.pystrade.core.pandl.CostParams;
import org.pystrade.core.pandl.VolTarget;
import org.pystrade.core.portfolio.DefaultPortfolio;
import org.pystrade.core.portfolio.PortfolioParams;
import org.pystrade.core.portfolio.RiskOverlayParams;
import org.pystrade.core.rawdata.DefaultRawData;
import org.pystrade.core.rawdata.VolatilityParams;
import org.pystrade.core.rules.DefaultRules;
import org.pystrade.core.rules.RuleName;
import org.pystrade.core.rules.RuleSpec;
import org.pystrade.core.rules.RuleVariations;
import org.pystrade.core.sizing.DefaultPositionSizing;
import org.pystrade.core.sizing.SizingParams;
import org.pystrade.core.system.TradingSystem;

/**
 * What the incremental computation needs of a system with fixed parameters, read from its config as the system's
 * assembly reads it, or why the system cannot be stepped: a stage replaced by one of the user's own, a rule or data
 * source that is not one of the stepped ones, an estimated parameter, vol attenuation, a risk overlay, SR costs in
 * the accounts, pooled cost estimates, a volatility other than the exponentially weighted ones (or backfilled).
 */
final class StepDefinition {

  final List<InstrumentCode> instruments;
  final Map<RuleName, SteppedRule> rules;
  final RuleVariations variations;
  final VolatilityParams volatility;
  final ScaleCapParams scaleCap;
  final CombinationParams combination;
  final SizingParams sizing;
  final PortfolioParams portfolio;
  final AccountsParams accounts;
  final CostParams costs;
  final CashCosts.Params cashCosts;
  final Currency baseCurrency;

  private StepDefinition(TradingSystem system, Map<RuleName, SteppedRule> rules) {
    SystemConfig config = system.config();
    this.rules = rules;
    this.variations = RuleVariations.fromConfig(config, system.configuredInstruments(), system.tradingRules()
        .keySet());
    this.volatility = VolatilityParams.fromConfig(config);
    this.scaleCap = ScaleCapParams.fromConfig(config, system.tradingRules());
    this.combination = CombinationParams.fromConfig(config, system.configuredInstruments());
    VolTarget volTarget = VolTarget.fromConfig(config);
    this.sizing = SizingParams.fromConfig(config, volTarget);
    this.portfolio = PortfolioParams.fromConfig(config);
    this.accounts = AccountsParams.fromConfig(config);
    this.costs = CostParams.fromConfig(config);
    this.cashCosts = CashCosts.Params.fromConfig(config);
    this.baseCurrency = volTarget.baseCurrency();
    check(config);
    // the portfolio's instruments compute every instrument's position: asked only of a system that can be stepped
    this.instruments = system.instruments();
    checkWeights();
  }

  /**
   * The definition of a system that can be stepped.
   *
   * @param system the system
   * @return the definition
   * @throws NotSteppable naming why the system cannot be stepped
   */
  static StepDefinition of(TradingSystem system) {
    stagesAreTheDefaults(system);
    Map<RuleName, SteppedRule> rules = new LinkedHashMap<>();
    for (RuleSpec spec : system.tradingRules().values()) {
      SteppedRule r = SteppedRule.of(spec, system.dataSources()).orElseThrow(() -> new NotSteppable("trading rule '"
          + spec.name() + "' (" + spec.function() + " of " + spec.data() + ") has no stepped form"));
      rules.put(spec.name(), r);
    }
    return new StepDefinition(system, rules);
  }

  private static void stagesAreTheDefaults(TradingSystem system) {
    List<Object> stages = List.of(system.rawData(), system.rules(), system.forecastScaleCap(), system.combine(),
        system.positionSizing(), system.portfolio(), system.accounts());
    List<Class<?>> defaults = List.of(DefaultRawData.class, DefaultRules.class, DefaultForecastScaleCap.class,
        DefaultForecastCombine.class, DefaultPositionSizing.class, DefaultPortfolio.class, DefaultAccounts.class);
    for (int i = 0; i < stages.size(); i++) {
      if (stages.get(i).getClass() != defaults.get(i)) {
        throw new NotSteppable("stage " + stages.get(i).getClass().getName() + " is not pystrade's default ("
            + defaults.get(i).getSimpleName() + ")");
      }
    }
  }

  private void check(SystemConfig config) {
    List<String> problems = new ArrayList<>();
    if (volatility.function() != VolatilityParams.VolFunction.MIXED
        && volatility.function() != VolatilityParams.VolFunction.SIMPLE_EW) {
      problems.add("volatility function " + volatility.function().pythonName());
    }
    if (volatility.function() == VolatilityParams.VolFunction.MIXED && volatility.backfill()) {
      problems.add("a backfilled volatility");
    }
    if (volatility.input() != VolatilityParams.ReturnsInput.DAILY_RETURNS) {
      problems.add("volatility of " + volatility.input().pythonName());
    }
    if (scaleCap.useEstimates() || combination.useWeightEstimates() || combination.useFdmEstimates()
        || portfolio.useWeightEstimates() || portfolio.useIdmEstimates()) {
      problems.add("estimated parameters");
    }
    if (!scaleCap.attenuatedRules().isEmpty()) {
      problems.add("vol attenuation");
    }
    if (RiskOverlayParams.fromConfig(config).isPresent()) {
      problems.add("a risk overlay");
    }
    if (accounts.useSrCosts()) {
      problems.add("SR costs in the accounts (use_SR_costs)");
    }
    if (costs.usePooledCosts()) {
      problems.add("pooled cost estimates");
    }
    if (!problems.isEmpty()) {
      throw new NotSteppable(String.join(", ", problems));
    }
  }

  private void checkWeights() {
    for (InstrumentCode code : instruments) {
      Optional<Map<RuleName, Double>> fixed = combination.fixedWeightsFor(code);
      if (fixed.isPresent() && !variations.of(code).containsAll(fixed.get().keySet())) {
        throw new NotSteppable("forecast weights of " + code + " for rules it does not trade");
      }
    }
  }

  /** The floor of capped forecasts: {@code forecast_floor}, else minus the cap. */
  double forecastFloor() {
    double floor = scaleCap.forecastFloor();
    return floor == floor ? floor : -scaleCap.forecastCap();
  }

  /** The daily cash volatility target, as the sizing stage computes it. */
  double dailyCashVolTarget() {
    return sizing.volTarget().dailyCashVolTarget();
  }

  /** Why a system cannot be stepped. */
  static final class NotSteppable extends RuntimeException {
    private static final long serialVersionUID = 1L;

    NotSteppable(String reason) {
      super(reason, null, false, false);
    }
  }
}
