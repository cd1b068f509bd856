package org.pystrade.core.testing.stages;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.pystrade.core.domain.InstrumentCode;
import org.pystrade.core.rules.RuleName;
import org.pystrade.core.rules.Rules;
import org.pystrade.core.rules.RulesInputs;
import org.pystrade.core.system.TradingSystem;

/**
 * The contract of a {@link Rules} stage: the checks of {@link StageContract} on the raw forecast of every rule
 * variation for every instrument, and what its interface documents: the stage has the system's rule variations, and
 * an unknown rule variation is an {@link IllegalArgumentException} naming it.
 *
 * <p>Usage: extend it and return the factory of the stage under test.
 * <pre>{@code
 * class MyRulesTest extends RulesContract {
 *   @Override
 *   protected Function<RulesInputs, Rules> factory() {
 *     return MyRules::new;
 *   }
 * }
 * }</pre>
 */
public abstract class RulesContract extends StageContract<RulesInputs, Rules> {

  /** For subclasses. */
  protected RulesContract() {
    super(TradingSystem.Builder::rulesStage, TradingSystem::rules);
  }

  @Override
  final List<StageCall> systemCalls(TradingSystem system) {
    return List.of(StageCall.configOnly("tradingRules", "", () -> system.rules().tradingRules()));
  }

  @Override
  final List<StageCall> instrumentCalls(TradingSystem system, InstrumentCode c) {
    List<StageCall> out = new ArrayList<>();
    for (RuleName rule : system.tradingRules().keySet()) {
      out.add(StageCall.of("rawForecast", c + ", " + rule, () -> system.rules().rawForecast(c, rule)));
    }
    return out;
  }

  /** The stage's rule variations are the system's, with the same definitions. */
  @Test
  public void theStageHasTheSystemsRuleVariations() {
    TradingSystem s = system();
    assertThat(s.rules().tradingRules()).as("tradingRules()").containsExactlyInAnyOrderEntriesOf(s.tradingRules());
  }

  /** A rule variation the system does not have is an {@link IllegalArgumentException} naming it. */
  @Test
  public void anUnknownRuleIsAnIllegalArgumentNamingIt() {
    RuleName unknown = RuleName.of("no_such_rule");
    for (InstrumentCode c : fixture().instruments()) {
      Throwable thrown = catchThrowable(() -> system().rules().rawForecast(c, unknown));
      assertThat(thrown).as("rawForecast(" + c + ", " + unknown + ")").isInstanceOf(IllegalArgumentException.class);
      assertThat(thrown.getMessage()).contains(unknown.value());
    }
  }
}
