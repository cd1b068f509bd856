package org.pystrade.core.pandl;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.pystrade.core.data.InstrumentMeta;
import org.pystrade.core.domain.InstrumentCode;

class CostModelTest {

  /** Slippage 0.25 points, 1.5 a contract, 0.2% of the value traded, 4 a trade. */
  private static final CostModel COSTS = new CostModel(0.25, 1.5, 0.002, 4.0);

  @Test
  void slippagePlusThePerContractCommissionWhenItIsTheLargest() {
    // 5 contracts at 10 a point: slippage 5 x 0.25 x 10 = 12.5; per contract 7.5, per trade 4, 0.2% of 5 x 50 x 10 = 5
    assertThat(COSTS.costOfTrade(5, 50, 10, true)).isEqualTo(12.5 + 7.5);
    assertThat(COSTS.costOfTrade(-5, 50, 10, true)).isEqualTo(12.5 + 7.5);
  }

  @Test
  void thePerTradeCommissionWhenItIsTheLargest() {
    // 1 contract: per contract 1.5, per trade 4, 0.2% of 1 x 50 x 10 = 1
    assertThat(COSTS.costOfTrade(1, 50, 10, true)).isEqualTo(2.5 + 4.0);
  }

  @Test
  void thePercentageCommissionWhenItIsTheLargest() {
    // 2 contracts at 1000: per contract 3, per trade 4, 0.2% of 2 x 1000 x 10 = 40
    assertThat(COSTS.costOfTrade(2, 1000, 10, true)).isEqualTo(5.0 + 40.0);
    // without a price the percentage is ignored
    assertThat(COSTS.costOfTrade(2, Double.NaN, 10, true)).isEqualTo(5.0 + 4.0);
  }

  @Test
  void withoutSlippageOnlyTheCommissionIsCharged() {
    assertThat(COSTS.costOfTrade(5, 50, 10, false)).isEqualTo(7.5);
    assertThat(new CostModel(0.25, 0, 0, 0).costOfTrade(3, 50, 10, false)).isEqualTo(0.0);
  }

  @Test
  void theModelOfAnInstrumentTakesItsSpreadAsSlippage() {
    InstrumentMeta meta = InstrumentMeta.builder(InstrumentCode.of("AAA")).spreadCost(0.125).perBlock(2)
        .percentage(0.0001).perTrade(3).build();
    assertThat(CostModel.of(meta)).isEqualTo(new CostModel(0.125, 2, 0.0001, 3));
  }

  @Test
  void negativeCostsAreRejected() {
    assertThatThrownBy(() -> new CostModel(-0.1, 0, 0, 0)).isInstanceOf(IllegalArgumentException.class)
        .hasMessage("priceSlippage must be >= 0 but was -0.1");
    assertThatThrownBy(() -> new CostModel(0, 0, Double.NaN, 0)).isInstanceOf(IllegalArgumentException.class)
        .hasMessage("percentage must be >= 0 but was NaN");
  }
}
