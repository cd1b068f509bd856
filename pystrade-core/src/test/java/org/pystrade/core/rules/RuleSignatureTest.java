package org.pystrade.core.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.junit.jupiter.api.Test;

class RuleSignatureTest {

  /** {@code r(price, vol, Lfast, Lslow=128, smooth=None)}. */
  private static final RuleSignature SIG = RuleSignature.of("price", "vol").required("Lfast").optional("Lslow", 128)
      .optional("smooth", null);
  private static final String DESCRIBED = "(price, vol, Lfast, Lslow=128, smooth=None)";

  @Test
  void defaultsAreFilledAndNoneDefaultsStayAbsent() {
    RuleArgs bound = SIG.bind("r", 2, RuleArgs.of("Lfast", 16));
    assertThat(bound.values()).containsExactly(Map.entry("Lfast", 16.0), Map.entry("Lslow", 128.0));
    assertThat(bound.has("smooth")).isFalse();
    RuleArgs all = SIG.bind("r", 2, RuleArgs.of("smooth", 3, "Lslow", 64, "Lfast", 16));
    assertThat(all.values()).containsExactly(Map.entry("smooth", 3.0), Map.entry("Lslow", 64.0),
        Map.entry("Lfast", 16.0));
  }

  @Test
  void aMissingRequiredArgumentIsNamed() {
    assertThatThrownBy(() -> SIG.bind("ewmac", 2, RuleArgs.of("Lslow", 64))).isInstanceOf(IllegalArgumentException.class)
        .hasMessage("rule ewmac needs the argument 'Lfast'; it takes " + DESCRIBED);
  }

  @Test
  void anUnexpectedArgumentIsNamedWithTheNearestDeclaredOne() {
    assertThatThrownBy(() -> SIG.bind("r", 2, RuleArgs.of("Lfast", 16, "Lslwo", 64)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("rule r got an unexpected argument 'Lslwo' (did you mean 'Lslow'?); it takes " + DESCRIBED);
    assertThatThrownBy(() -> RuleSignature.of("price").bind("q", 1, RuleArgs.of("zzz", 1)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("rule q got an unexpected argument 'zzz'; it takes no arguments");
  }

  @Test
  void theNumberOfDataInputsMustMatch() {
    assertThatThrownBy(() -> SIG.bind("r", 1, RuleArgs.of("Lfast", 16))).isInstanceOf(IllegalArgumentException.class)
        .hasMessage("rule r needs data inputs [price, vol] but 1 was given");
    assertThatThrownBy(() -> SIG.bind("r", 3, RuleArgs.of("Lfast", 16))).isInstanceOf(IllegalArgumentException.class)
        .hasMessage("rule r needs data inputs [price, vol] but 3 were given");
  }

  @Test
  void anyInputsTakesEveryNumberOfInputsButNoArgumentsUnlessDeclared() {
    RuleSignature any = RuleSignature.anyInputs();
    assertThat(any.fixedInputs()).isFalse();
    assertThat(any.inputs()).isEmpty();
    assertThat(any.bind("r", 0, RuleArgs.empty())).isEqualTo(RuleArgs.empty());
    assertThat(any.bind("r", 5, RuleArgs.empty())).isEqualTo(RuleArgs.empty());
    assertThat(any.optional("k", 2).bind("r", 3, RuleArgs.empty()).values()).containsExactly(Map.entry("k", 2.0));
    assertThat(any.optional("k", 2)).hasToString("(*inputs, k=2)");
  }

  @Test
  void theDeclarationIsReadable() {
    assertThat(SIG.inputs()).containsExactly("price", "vol");
    assertThat(SIG.fixedInputs()).isTrue();
    assertThat(SIG.parameters()).containsExactly("Lfast", "Lslow", "smooth");
    assertThat(SIG.required()).containsExactly("Lfast");
    assertThat(SIG.defaultValue("Lslow")).isEqualTo(128);
    assertThat(SIG.defaultValue("Lfast")).isNull();
    assertThat(SIG.defaultValue("smooth")).isNull();
    assertThat(SIG).hasToString(DESCRIBED).isEqualTo(RuleSignature.of("price", "vol").required("Lfast")
        .optional("Lslow", 128).optional("smooth", null)).isNotEqualTo(RuleSignature.of("price", "vol"));
  }

  @Test
  void underscoredOrRepeatedParametersCannotBeDeclared() {
    assertThatThrownBy(() -> SIG.optional("_x", 1)).isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("parameter name '_x' must not start with an underscore");
    assertThatThrownBy(() -> SIG.required("Lslow")).isInstanceOf(IllegalArgumentException.class)
        .hasMessage("parameter 'Lslow' is declared twice");
  }
}
