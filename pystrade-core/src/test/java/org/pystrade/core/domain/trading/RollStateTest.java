package org.pystrade.core.domain.trading;

import static org.assertj.core.api.Assertions.assertThat;
import static org.pystrade.core.domain.trading.RollState.CLOSE;
import static org.pystrade.core.domain.trading.RollState.FORCE;
import static org.pystrade.core.domain.trading.RollState.FORCE_OUTRIGHT;
import static org.pystrade.core.domain.trading.RollState.NO_ROLL;
import static org.pystrade.core.domain.trading.RollState.PASSIVE;
import static org.pystrade.core.domain.trading.RollState.ROLL_ADJUSTED;

import org.junit.jupiter.api.Test;

/** pysystemtrade's roll-state transitions, with and without a position in the priced contract. */
class RollStateTest {

  @Test
  void theRollCompletesOnlyWithNothingHeldInThePricedContract() {
    for (RollState s : RollState.values()) {
      assertThat(s.allows(ROLL_ADJUSTED, true)).as("%s with a position", s).isEqualTo(s == ROLL_ADJUSTED);
    }
    assertThat(NO_ROLL.allowedNext(false)).containsExactly(ROLL_ADJUSTED, PASSIVE, NO_ROLL);
    assertThat(FORCE.allowedNext(false)).containsExactly(ROLL_ADJUSTED, PASSIVE);
    assertThat(CLOSE.allowedNext(false)).containsExactly(ROLL_ADJUSTED, PASSIVE);
    // once the adjusted prices are rolled, the only way on is back to no roll
    assertThat(ROLL_ADJUSTED.allowedNext(false)).containsExactly(NO_ROLL);
    assertThat(ROLL_ADJUSTED.allowedNext(true)).containsExactly(ROLL_ADJUSTED);
  }

  @Test
  void withAPositionInThePricedContractTheRollIsChosenFirst() {
    assertThat(NO_ROLL.allowedNext(true)).containsExactly(PASSIVE, FORCE, FORCE_OUTRIGHT, NO_ROLL, CLOSE);
    assertThat(PASSIVE.allowedNext(true).get(0)).isEqualTo(FORCE);
    assertThat(CLOSE.allowedNext(true).get(0)).isEqualTo(CLOSE);
    assertThat(FORCE_OUTRIGHT.allows(FORCE, true)).isTrue();
    assertThat(FORCE.allows(NO_ROLL, false)).isFalse();
  }

  @Test
  void strategiesTradeOnlyOutsideForcedRollsAndTheAdjustedRoll() {
    assertThat(RollState.values()).filteredOn(RollState::allowsStrategyTrades)
        .containsExactly(NO_ROLL, PASSIVE, CLOSE);
    for (RollState s : RollState.values()) {
      assertThat(s.explanation()).isNotBlank();
    }
  }
}
