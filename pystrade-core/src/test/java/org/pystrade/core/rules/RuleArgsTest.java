package org.pystrade.core.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

/** pysystemtrade's split of {@code other_args} into the rule's own and its data sources' keyword arguments. */
class RuleArgsTest {

  @Test
  void leadingUnderscoresAddressTheDataInputsInOrder() {
    RuleArgs.Separated split = RuleArgs.of("a", 2, "_b", 3, "__c", 4, "d", 5).separateDataArgs(2);
    assertThat(split.ruleArgs()).isEqualTo(RuleArgs.of("a", 2, "d", 5));
    assertThat(split.dataArgs()).containsExactly(RuleArgs.of("b", 3), RuleArgs.of("c", 4));
    assertThat(split.unused()).isEmpty();
  }

  @Test
  void dataInputsWithoutArgumentsGetNone() {
    RuleArgs.Separated split = RuleArgs.of("__c", 4).separateDataArgs(3);
    assertThat(split.ruleArgs()).isEqualTo(RuleArgs.empty());
    assertThat(split.dataArgs()).containsExactly(RuleArgs.empty(), RuleArgs.of("c", 4), RuleArgs.empty());
    assertThat(RuleArgs.of("Lfast", 16).separateDataArgs(2).dataArgs())
        .containsExactly(RuleArgs.empty(), RuleArgs.empty());
    assertThat(RuleArgs.empty().separateDataArgs(1).dataArgs()).containsExactly(RuleArgs.empty());
  }

  @Test
  void everyLeadingNonLetterIsStrippedAsPysystemtradeDoes() {
    assertThat(RuleArgs.of("_1x", 1).separateDataArgs(1).dataArgs()).containsExactly(RuleArgs.of("x", 1));
    assertThat(RuleArgs.of("_x_1", 1).separateDataArgs(1).dataArgs()).containsExactly(RuleArgs.of("x_1", 1));
  }

  @Test
  void argumentsForDataInputsTheRuleDoesNotHaveAreUnused() {
    RuleArgs.Separated split = RuleArgs.of("_a", 1, "___b", 2).separateDataArgs(1);
    assertThat(split.dataArgs()).containsExactly(RuleArgs.of("a", 1));
    assertThat(split.unused()).isEqualTo(List.of("___b"));
  }

  @Test
  void aNameOfOnlyUnderscoresIsRejected() {
    assertThatThrownBy(() -> RuleArgs.of("__", 1).separateDataArgs(2)).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("'__'");
    assertThatThrownBy(() -> RuleArgs.of("", 1).separateDataArgs(2)).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void theBuilderSplitsUnderscoreArgumentsOnlyWhenDataIsDeclared() {
    RuleSpec spec = RuleSpec.of("rc", "relative_carry").data("rawdata.smoothed_carry",
        "rawdata.median_carry_for_asset_class").args("_smooth_days", 30).build();
    assertThat(spec.args()).isEqualTo(RuleArgs.empty());
    assertThat(spec.dataArgs()).containsExactly(RuleArgs.of("smooth_days", 30), RuleArgs.empty());
    // without declared data every argument goes to the rule, which does not take _x (as Python would say)
    assertThatThrownBy(() -> RuleSpec.of("b", "breakout").args("_x", 1).build())
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("'b'").hasMessageContaining("'_x'");
    RuleSpec plain = RuleSpec.of("b", "breakout").args("lookback", 20).build();
    assertThat(plain.args()).isEqualTo(RuleArgs.of("lookback", 20));
    assertThat(plain.dataArgs()).containsExactly(RuleArgs.empty());
    assertThatThrownBy(() -> RuleSpec.of("rc", "relative_carry").data("rawdata.smoothed_carry")
        .args("__smooth_days", 30).build()).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("rc").hasMessageContaining("__smooth_days");
  }

  @Test
  void specsDifferByTheirDataArguments() {
    RuleSpec a = RuleSpec.of("rc", "carry").data("rawdata.smoothed_carry").args("_smooth_days", 30).build();
    RuleSpec b = RuleSpec.of("rc", "carry").data("rawdata.smoothed_carry").args("_smooth_days", 60).build();
    RuleSpec c = RuleSpec.of("rc", "carry").data("rawdata.smoothed_carry").args("_smooth_days", 30.0).build();
    assertThat(a).isNotEqualTo(b).isEqualTo(c).hasSameHashCodeAs(c);
  }
}
