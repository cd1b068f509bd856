package org.pystrade.core.rules;

import java.util.List;
import org.junit.jupiter.api.Nested;

/** {@link TradingRuleContractTest} for the rules of {@link Chapter15Rules}, each through its registered path. */
class Chapter15RulesContractTest {

  @Nested
  class Ewmac extends TradingRuleContractTest {
    @Override
    String name() {
      return "systems.provided.futures_chapter15.rules.ewmac";
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
    List<String> requiredArgs() {
      return List.of("Lfast", "Lslow");
    }
  }

  @Nested
  class Carry extends TradingRuleContractTest {
    @Override
    String name() {
      return "systems.provided.futures_chapter15.rules.carry";
    }

    @Override
    int dataInputs() {
      return 2;
    }
  }

  @Nested
  class Carry2 extends TradingRuleContractTest {
    @Override
    String name() {
      return "systems.provided.futures_chapter15.rules.carry2";
    }

    @Override
    int dataInputs() {
      return 1;
    }
  }
}
