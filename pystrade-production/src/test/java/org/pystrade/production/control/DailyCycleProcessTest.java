package org.pystrade.production.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.pystrade.core.domain.Currency;
import org.pystrade.core.domain.Money;
import org.pystrade.core.domain.trading.CapitalMode;
import org.pystrade.core.domain.trading.Strategy;
import org.pystrade.core.domain.trading.StrategyName;
import org.pystrade.data.SampleData;
import org.pystrade.data.production.ProductionCapital;
import org.pystrade.data.production.ProductionStore;
import org.pystrade.production.execution.ExecutionAlgorithm;

/**
 * The daily cycle as a process on the sample data against the simulated broker keeps the process contract: its
 * first run trades (orders and fills on the data's last day), the second run the same day changes nothing.
 */
class DailyCycleProcessTest extends ProductionProcessContract {

  @Override
  protected ProductionProcess process() {
    return new DailyCycleProcess(StrategyCycleSetup.simulated(SampleData::open, ExecutionAlgorithm.named("market"),
        CapitalMode.of("fixed")));
  }

  @Override
  protected void prepare(ProductionStore s) {
    s.strategies().put(new Strategy(StrategyName.of("paper"), 1,
        SampleData.directory().resolve("configs/chapter15.yaml").toAbsolutePath().toString()));
    ProductionCapital capital = new ProductionCapital(s);
    capital.setByHand(NOW, Money.of(500_000, Currency.of("USD")), null, null, null);
    capital.allocateToStrategies(NOW);
  }

  @Override
  protected void checkFirstRun(ProcessOutcome outcome) {
    assertThat(outcome.day()).contains(LocalDate.of(2023, 8, 31));
    assertThat(store.fills().all()).isNotEmpty();
    assertThat(outcome.message()).contains("fills");
  }
}
