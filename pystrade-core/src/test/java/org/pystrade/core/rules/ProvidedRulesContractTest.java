package org.pystrade.core.rules;

import java.util.List;
import org.junit.jupiter.api.Nested;
import org.pystrade.core.series.TimeSeries;

/** {@link TradingRuleContractTest} for every rule of {@link ProvidedRules}, each through its registered name. */
class ProvidedRulesContractTest {

  @Nested
  class Ewmac extends TradingRuleContractTest {
    @Override
    String name() {
      return "systems.provided.rules.ewmac.ewmac";
    }

    @Override
    int dataInputs() {
      return 2;
    }

    @Override
    RuleArgs validArgs() {
      return RuleArgs.of("Lfast", 8, "Lslow", 32);
    }

    @Override
    boolean strictSignature() {
      return false;
    }
  }

  @Nested
  class EwmacCalcVol extends TradingRuleContractTest {
    @Override
    String name() {
      return "ewmac_calc_vol";
    }

    @Override
    int dataInputs() {
      return 1;
    }

    @Override
    RuleArgs validArgs() {
      return RuleArgs.of("Lfast", 4, "Lslow", 16);
    }

    @Override
    List<String> requiredArgs() {
      return List.of("Lfast", "Lslow");
    }
  }

  @Nested
  class EwmacForecastWithDefaults extends TradingRuleContractTest {
    @Override
    String name() {
      return "systems.provided.rules.ewmac.ewmac_forecast_with_defaults";
    }

    @Override
    int dataInputs() {
      return 1;
    }
  }

  @Nested
  class EwmacForecastWithDefaultsNoVol extends TradingRuleContractTest {
    @Override
    String name() {
      return "systems.provided.rules.ewmac.ewmac_forecast_with_defaults_no_vol";
    }

    @Override
    int dataInputs() {
      return 2;
    }
  }

  @Nested
  class Carry extends TradingRuleContractTest {
    @Override
    String name() {
      return "systems.provided.rules.carry.carry";
    }

    @Override
    int dataInputs() {
      return 1;
    }

    @Override
    boolean strictSignature() {
      return false;
    }
  }

  @Nested
  class RelativeCarry extends TradingRuleContractTest {
    @Override
    String name() {
      return "systems.provided.rules.carry.relative_carry";
    }

    @Override
    int dataInputs() {
      return 2;
    }
  }

  @Nested
  class Breakout extends TradingRuleContractTest {
    @Override
    String name() {
      return "systems.provided.rules.breakout.breakout";
    }

    @Override
    int dataInputs() {
      return 1;
    }

    @Override
    RuleArgs validArgs() {
      return RuleArgs.of("lookback", 20);
    }
  }

  @Nested
  class Accel extends TradingRuleContractTest {
    @Override
    String name() {
      return "systems.provided.rules.accel.accel";
    }

    @Override
    int dataInputs() {
      return 2;
    }
  }

  @Nested
  class MrWings extends TradingRuleContractTest {
    @Override
    String name() {
      return "systems.provided.rules.mr_wings.mr_wings";
    }

    @Override
    int dataInputs() {
      return 2;
    }
  }

  @Nested
  class FactorTradingRule extends TradingRuleContractTest {
    @Override
    String name() {
      return "systems.provided.rules.factors.factor_trading_rule";
    }

    @Override
    int dataInputs() {
      return 1;
    }
  }

  @Nested
  class ConditionedFactorTradingRule extends TradingRuleContractTest {
    @Override
    String name() {
      return "systems.provided.rules.factors.conditioned_factor_trading_rule";
    }

    @Override
    int dataInputs() {
      return 2;
    }

    @Override
    RuleArgs validArgs() {
      return RuleArgs.of("smooth", 20);
    }

    /** The condition is reindexed onto the factor, so only the factor's index is kept. */
    @Override
    long[] expectedIndex(List<TimeSeries> inputs) {
      return inputs.get(0).timestamps();
    }
  }

  @Nested
  class RelativeMomentum extends TradingRuleContractTest {
    @Override
    String name() {
      return "systems.provided.rules.rel_mom.relative_momentum";
    }

    @Override
    int dataInputs() {
      return 2;
    }

    @Override
    RuleArgs validArgs() {
      return RuleArgs.of("horizon", 20);
    }
  }

  @Nested
  class CrossSectionalMeanReversion extends TradingRuleContractTest {
    @Override
    String name() {
      return "systems.provided.rules.cs_mr.cross_sectional_mean_reversion";
    }

    @Override
    int dataInputs() {
      return 2;
    }

    /**
     * A short horizon: a date missing from either input is NaN in the outperformance, so its difference breaks
     * two rows, and pandas' rolling mean needs every row of the window.
     */
    @Override
    RuleArgs validArgs() {
      return RuleArgs.of("horizon", 3, "ewma_span", 5);
    }
  }

  @Nested
  class ShortBias extends TradingRuleContractTest {
    @Override
    String name() {
      return "systems.provided.rules._TO_DELETE_OLD.short_bias";
    }

    @Override
    int dataInputs() {
      return 1;
    }

    @Override
    boolean nanInNanOut() {
      return false;
    }
  }

  @Nested
  class LongBias extends TradingRuleContractTest {
    @Override
    String name() {
      return "long_bias";
    }

    @Override
    int dataInputs() {
      return 1;
    }

    @Override
    boolean nanInNanOut() {
      return false;
    }
  }
}
