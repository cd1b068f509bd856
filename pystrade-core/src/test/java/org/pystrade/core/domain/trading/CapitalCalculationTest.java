package org.pystrade.core.domain.trading;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.pystrade.core.domain.Currency;
import org.pystrade.core.domain.Money;

/** pysystemtrade's capital arithmetic, against values computed by hand. */
class CapitalCalculationTest {

  private static final Instant T0 = Instant.parse("2026-12-03T22:00:00Z");
  private static final Instant T1 = Instant.parse("2026-12-04T22:00:00Z");
  /** Total 100,000, maximum 120,000, account 110,000, accumulated 5,000. */
  private static final CapitalEntry PREV = new CapitalEntry(T0, usd(100_000), usd(120_000), usd(110_000),
      usd(5_000));

  private static Money usd(double amount) {
    return Money.of(amount, Currency.USD);
  }

  @Test
  void fullCompoundingAddsEveryProfitAndLossAndMovesTheMaximumWithIt() {
    // pandl = 115,500 - 110,000 = 5,500
    assertThat(CapitalCalculation.next(PREV, usd(115_500), T1, CapitalMode.FULL))
        .isEqualTo(new CapitalEntry(T1, usd(105_500), usd(105_500), usd(115_500), usd(10_500)));
    // pandl = 25,000: beyond the old maximum, all of it counts
    assertThat(CapitalCalculation.next(PREV, usd(135_000), T1, CapitalMode.FULL).totalCapital())
        .isEqualTo(usd(125_000));
  }

  @Test
  void halfCompoundingTakesLossesButNoProfitBeyondTheMaximum() {
    assertThat(CapitalCalculation.next(PREV, usd(115_500), T1, CapitalMode.HALF))
        .isEqualTo(new CapitalEntry(T1, usd(105_500), usd(120_000), usd(115_500), usd(10_500)));
    // 100,000 + 25,000 = 125,000 capped at the maximum 120,000
    assertThat(CapitalCalculation.next(PREV, usd(135_000), T1, CapitalMode.HALF))
        .isEqualTo(new CapitalEntry(T1, usd(120_000), usd(120_000), usd(135_000), usd(30_000)));
    // a loss of 8,000
    assertThat(CapitalCalculation.next(PREV, usd(102_000), T1, CapitalMode.HALF).totalCapital())
        .isEqualTo(usd(92_000));
  }

  @Test
  void fixedCapitalIgnoresProfitAndLossButAccumulatesIt() {
    assertThat(CapitalCalculation.next(PREV, usd(115_500), T1, CapitalMode.FIXED))
        .isEqualTo(new CapitalEntry(T1, usd(100_000), usd(100_000), usd(115_500), usd(10_500)));
  }

  @Test
  void capitalNeverGoesBelowZero() {
    // pandl = -50,000 - 110,000 = -160,000
    assertThat(CapitalCalculation.next(PREV, usd(-50_000), T1, CapitalMode.FULL))
        .isEqualTo(new CapitalEntry(T1, usd(0), usd(0), usd(-50_000), usd(-155_000)));
    assertThat(CapitalCalculation.next(PREV, usd(-50_000), T1, CapitalMode.HALF).totalCapital()).isEqualTo(usd(0));
  }

  @Test
  void aLargeChangeIsMeasuredAgainstThePreviousAccountValue() {
    // 11,000 / 110,000 = 10%: not beyond 10%
    assertThat(CapitalCalculation.largeChange(PREV, usd(121_000), 0.1)).isEmpty();
    assertThat(CapitalCalculation.largeChange(PREV, usd(99_000), 0.1)).isEmpty();
    // 22,000 / 110,000 = 20%
    assertThat(CapitalCalculation.largeChange(PREV, usd(88_000), 0.1)).hasValue(0.2);
  }

  @Test
  void theFirstAccountValueSetsTheCapitalUp() {
    assertThat(CapitalCalculation.initial(T0, usd(250_000)))
        .isEqualTo(new CapitalEntry(T0, usd(250_000), usd(250_000), usd(250_000), usd(0)));
  }

  @Test
  void strategiesGetTheirWeightsShareOfTheTotal() {
    Map<StrategyName, Double> weights = new LinkedHashMap<>();
    weights.put(StrategyName.of("a"), 2.0);
    weights.put(StrategyName.of("b"), 1.0);
    weights.put(StrategyName.of("c"), 1.0);
    assertThat(CapitalCalculation.allocate(usd(1_000_000), weights)).containsExactly(
        Map.entry(StrategyName.of("a"), usd(500_000)), Map.entry(StrategyName.of("b"), usd(250_000)),
        Map.entry(StrategyName.of("c"), usd(250_000)));
    Map<StrategyName, Double> thirds = new LinkedHashMap<>();
    thirds.put(StrategyName.of("a"), 1.0);
    thirds.put(StrategyName.of("b"), 2.0);
    assertThat(CapitalCalculation.allocate(usd(100), thirds)).containsExactly(
        Map.entry(StrategyName.of("a"), usd((1.0 / 3.0) * 100)), Map.entry(StrategyName.of("b"),
            usd((2.0 / 3.0) * 100)));
    assertThatThrownBy(() -> CapitalCalculation.allocate(usd(1), Map.of(StrategyName.of("a"), 0.0)))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void modesAreReadFromPysystemtradesNames() {
    assertThat(CapitalMode.of("half")).isEqualTo(CapitalMode.HALF);
    assertThat(CapitalMode.of(" Full ")).isEqualTo(CapitalMode.FULL);
    assertThatThrownBy(() -> CapitalMode.of("double")).hasMessageContaining("full, half or fixed");
  }
}
