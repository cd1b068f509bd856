package org.pystrade.core.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.pystrade.core.domain.DomainAssertions.assertRejects;

import java.util.List;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/** A quantity is a finite, signed, possibly fractional number of contracts. */
class QuantityTest {

  @Test
  void holdsFractionalAndWholeValues() {
    assertThat(Quantity.of(2.37).value()).isEqualTo(2.37);
    assertThat(Quantity.ofWhole(-3).value()).isEqualTo(-3.0);
    assertThat(Quantity.ZERO.value()).isZero();
    assertThat(Quantity.of(-2.37)).hasToString("-2.37");
    assertThat(Quantity.ofWhole(3)).hasToString("3.0");
  }

  @Test
  void knowsWhetherItIsWhole() {
    assertThat(Quantity.of(3).isWhole()).isTrue();
    assertThat(Quantity.of(-4).isWhole()).isTrue();
    assertThat(Quantity.of(3.5).isWhole()).isFalse();
    assertThat(Quantity.of(-0.1).isWhole()).isFalse();
  }

  @Test
  void longValueExactGivesWholeValues() {
    assertThat(Quantity.of(-7).longValueExact()).isEqualTo(-7L);
    assertThat(Quantity.ofWhole(1L << 53).longValueExact()).isEqualTo(1L << 53);
  }

  @Test
  void longValueExactRejectsFractionsAndHugeValues() {
    assertRejects(() -> Quantity.of(2.5).longValueExact(),
        "quantity must be a whole number of contracts within the range of a long but was 2.5");
    assertRejects(() -> Quantity.of(1e19).longValueExact(),
        "quantity must be a whole number of contracts within the range of a long but was 1.0E19");
  }

  @Test
  void roundsHalvesToEven() {
    assertThat(Quantity.of(2.37).rounded()).isEqualTo(Quantity.of(2));
    assertThat(Quantity.of(2.5).rounded()).isEqualTo(Quantity.of(2));
    assertThat(Quantity.of(3.5).rounded()).isEqualTo(Quantity.of(4));
    assertThat(Quantity.of(-2.6).rounded()).isEqualTo(Quantity.of(-3));
    assertThat(Quantity.of(-0.4).rounded()).isEqualTo(Quantity.ZERO);
  }

  @Test
  void arithmetic() {
    assertThat(Quantity.of(3).plus(Quantity.of(-1.5))).isEqualTo(Quantity.of(1.5));
    assertThat(Quantity.of(3).minus(Quantity.of(5))).isEqualTo(Quantity.of(-2));
    assertThat(Quantity.of(3).negated()).isEqualTo(Quantity.of(-3));
    assertThat(Quantity.of(-3).abs()).isEqualTo(Quantity.of(3));
    assertThat(Quantity.of(3).abs()).isEqualTo(Quantity.of(3));
  }

  @Test
  void signAndZero() {
    assertThat(Quantity.of(0.2).signum()).isEqualTo(1);
    assertThat(Quantity.of(-4).signum()).isEqualTo(-1);
    assertThat(Quantity.ZERO.signum()).isZero();
    assertThat(Quantity.ZERO.isZero()).isTrue();
    assertThat(Quantity.of(1e-9).isZero()).isFalse();
  }

  @Test
  void negativeZeroIsZero() {
    assertThat(Quantity.of(-0.0)).isEqualTo(Quantity.ZERO).hasSameHashCodeAs(Quantity.ZERO).hasToString("0.0");
    assertThat(Quantity.ZERO.negated()).isEqualTo(Quantity.ZERO);
    assertThat(Quantity.of(-0.0).compareTo(Quantity.ZERO)).isZero();
  }

  @Test
  void ordersByValue() {
    assertThat(new TreeSet<>(List.of(Quantity.of(2), Quantity.of(-1.5), Quantity.ZERO)))
        .containsExactly(Quantity.of(-1.5), Quantity.ZERO, Quantity.of(2));
    assertThat(Quantity.of(2)).isNotEqualTo(Quantity.of(2.0001)).isNotEqualTo(2.0);
  }

  @Test
  void rejectsNonFiniteValuesAndOverflow() {
    assertRejects(() -> Quantity.of(Double.NaN), "quantity must be finite but was NaN");
    assertRejects(() -> Quantity.of(Double.POSITIVE_INFINITY), "quantity must be finite but was Infinity");
    Quantity big = Quantity.of(Double.MAX_VALUE);
    assertRejects(() -> big.plus(big), "quantity must be finite but was Infinity");
    assertRejects(() -> big.negated().minus(big), "quantity must be finite but was -Infinity");
  }

  @Test
  void rejectsWholeValuesThatADoubleCannotHoldExactly() {
    assertRejects(() -> Quantity.ofWhole((1L << 53) + 1),
        "whole quantity must be within +/-2^53 (exact as a double) but was 9007199254740993");
    assertRejects(() -> Quantity.ofWhole(Long.MIN_VALUE),
        "whole quantity must be within +/-2^53 (exact as a double) but was -9223372036854775808");
  }

  @Test
  void rejectsNullOperands() {
    assertRejects(() -> Quantity.ZERO.plus(null), "other must not be null");
    assertRejects(() -> Quantity.ZERO.minus(null), "other must not be null");
  }
}
