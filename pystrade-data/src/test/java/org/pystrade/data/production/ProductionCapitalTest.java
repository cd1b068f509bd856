package org.pystrade.data.production;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.pystrade.core.data.DataException;
import org.pystrade.core.domain.Currency;
import org.pystrade.core.domain.Money;
import org.pystrade.core.domain.trading.CapitalEntry;
import org.pystrade.core.domain.trading.CapitalMode;
import org.pystrade.core.domain.trading.Strategy;
import org.pystrade.core.domain.trading.StrategyName;

/** The capital kept in a real SQLite production store. */
class ProductionCapitalTest {

  @TempDir
  Path folder;

  private static final Instant D1 = Instant.parse("2026-12-01T22:00:00Z");
  private static final Instant D2 = Instant.parse("2026-12-02T22:00:00Z");
  private static final Instant D3 = Instant.parse("2026-12-03T22:00:00Z");

  private static Money usd(double amount) {
    return Money.of(amount, Currency.USD);
  }

  @Test
  void theCapitalFollowsTheAccountValueAndItsHistoryIsKept() {
    try (ProductionStore store = ProductionStore.openIn(folder, WriteListener.NONE)) {
      ProductionCapital capital = new ProductionCapital(store);
      assertThat(capital.current()).isEmpty();
      assertThat(capital.updateFromAccountValue(usd(200_000), D1, CapitalMode.HALF, 0.1))
          .isEqualTo(new CapitalEntry(D1, usd(200_000), usd(200_000), usd(200_000), usd(0)));
      // +10,000: half compounding caps at the maximum 200,000
      assertThat(capital.updateFromAccountValue(usd(210_000), D2, CapitalMode.HALF, 0.1))
          .isEqualTo(new CapitalEntry(D2, usd(200_000), usd(200_000), usd(210_000), usd(10_000)));
      // -15,000
      assertThat(capital.updateFromAccountValue(usd(195_000), D3, CapitalMode.HALF, 0.1))
          .isEqualTo(new CapitalEntry(D3, usd(185_000), usd(200_000), usd(195_000), usd(-5_000)));
      assertThat(store.capital().totalHistory()).extracting(CapitalEntry::totalCapital)
          .containsExactly(usd(200_000), usd(200_000), usd(185_000));
    }
  }

  @Test
  void aLargeChangeRecordsNothingUntilSetByHand() {
    try (ProductionStore store = ProductionStore.openIn(folder, WriteListener.NONE)) {
      ProductionCapital capital = new ProductionCapital(store);
      capital.updateFromAccountValue(usd(100_000), D1, CapitalMode.FULL, 0.1);
      assertThatThrownBy(() -> capital.updateFromAccountValue(usd(150_000), D2, CapitalMode.FULL, 0.1))
          .isInstanceOf(DataException.class).hasMessageContaining("50.0% away");
      assertThatThrownBy(() -> capital.updateFromAccountValue(Money.of(100_000, Currency.EUR), D2,
          CapitalMode.FULL, 0.1)).isInstanceOf(DataException.class).hasMessageContaining("currency");
      assertThat(store.capital().totalHistory()).hasSize(1);

      assertThat(capital.setByHand(D2, usd(150_000), usd(140_000), null, null))
          .isEqualTo(new CapitalEntry(D2, usd(140_000), usd(140_000), usd(150_000), usd(0)));
      // +1,500 in full compounding from the capital set by hand
      assertThat(capital.updateFromAccountValue(usd(151_500), D3, CapitalMode.FULL, 0.1).totalCapital())
          .isEqualTo(usd(141_500));
    }
  }

  @Test
  void theTotalIsAllocatedToStrategiesByWeight() {
    try (ProductionStore store = ProductionStore.openIn(folder, WriteListener.NONE)) {
      ProductionCapital capital = new ProductionCapital(store);
      assertThatThrownBy(() -> capital.allocateToStrategies(D1)).isInstanceOf(DataException.class)
          .hasMessageContaining("no capital");
      capital.setByHand(D1, usd(900_000), null, null, null);
      store.strategies().put(new Strategy(StrategyName.of("trend"), 2, "trend.yaml"));
      store.strategies().put(new Strategy(StrategyName.of("carry"), 1, "carry.yaml"));
      store.strategies().put(new Strategy(StrategyName.of("idle"), 0, ""));
      assertThat(capital.allocateToStrategies(D1)).containsOnly(
          Map.entry(StrategyName.of("trend"), usd(600_000)), Map.entry(StrategyName.of("carry"), usd(300_000)),
          Map.entry(StrategyName.of("idle"), usd(0)));
      assertThat(store.capital().latestStrategyCapital(StrategyName.of("trend"))).contains(usd(600_000));
    }
  }
}
