package org.pystrade.core.pandl;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.pystrade.core.calc.Parallel;
import org.pystrade.core.calc.StageContext;
import org.pystrade.core.config.ConfigException;
import org.pystrade.core.config.SystemConfig;
import org.pystrade.core.data.InMemorySimData;
import org.pystrade.core.data.InstrumentMeta;
import org.pystrade.core.domain.Currency;
import org.pystrade.core.domain.InstrumentCode;
import org.pystrade.core.series.TimeSeries;
import org.pystrade.core.testing.FixedRawData;
import org.pystrade.core.testing.StageFixtures;

class CashCostsTest {

  private static final InstrumentCode AAA = InstrumentCode.of("AAA");

  /** AAA in EUR (1.1 USD) with a point size of 10, slippage 0.5 points and 1 a contract; rolls as given. */
  private static CashCosts cashCosts(TimeSeries prices, int rolls) {
    InMemorySimData.Builder data = StageFixtures.instrument(InMemorySimData.builder(),
        InstrumentMeta.builder(AAA).currency("EUR").pointSize(10).spreadCost(0.5).perBlock(1).build(), prices);
    data.fxRate("EUR", TimeSeries.constant(prices.timestamps(), 1.1));
    StageContext context = new StageContext(data.build(), List.of(AAA), Currency.USD, Parallel.sequential());
    FixedRawData raw = new FixedRawData().dailyPrices(AAA, prices).rollsPerYear(AAA, rolls);
    return new CashCosts(context, raw, new CashCosts.Params(0.5, false), new VolTarget(2000, 16, Currency.USD));
  }

  @Test
  void tradesAreChargedAtTheDailyPriceInBaseCurrencyAFillLate() {
    // prices have a sixth day the positions do not: they are taken on the positions' days
    TimeSeries positions = StageFixtures.daily(0, 2, 2, -1, -1);
    PandlCurve p = cashCosts(StageFixtures.daily(100, 101, 103, 102, 102, 90), 0).calculator(AAA, positions).build()
        .calculate();
    // held a day late: NaN, 0, 2, 2, -1; gross: 2 x (102 - 103) x 10 x 1.1 on Thursday
    assertThat(p.gross().values()).containsExactly(0, 0, 0, -22, 0);
    // buy 2 on Wednesday: 2 x 0.5 x 10 + 2 x 1 = 12; sell 3 on Friday: 15 + 3 = 18; in USD
    long[] t = StageFixtures.days(5);
    assertThat(p.costs().valueAt(t[2])).isCloseTo(-12 * 1.1, within(1e-12));
    assertThat(p.costs().valueAt(t[4])).isCloseTo(-18 * 1.1, within(1e-12));
    assertThat(p.net().values()).containsExactly(new double[] {0, 0, -13.2, -22, -19.8}, within(1e-12));
    assertThat(p.capital()).isEqualTo(2000.0);
    assertThat(p.netPercent().value(3)).isCloseTo(-22 * 100 / 2000.0, within(1e-12));
  }

  @Test
  void aSimulatedRollTradesHalfTheAveragePositionAsTheConfigSays() {
    // one roll a year: on 1 July 2024 (half a year after 1 January), 4 contracts held since 2 July 2023
    long[] t = StageFixtures.rollWeek();
    TimeSeries prices = StageFixtures.series(t, 100, 100, 100, 100, 100);
    PandlCurve p = cashCosts(prices, 1).calculator(AAA, StageFixtures.series(t, 4, 4, 4, 4, 4)).build().calculate();
    // multiply_roll_costs_by 0.5: 2 contracts bought (slippage 10 + commission 2) and sold (commission 2)
    assertThat(p.costs().timestamps()).containsExactly(t[3]);
    assertThat(p.costs().value(0)).isCloseTo(-14 * 1.1, within(1e-12));
    assertThat(p.gross().values()).containsOnly(0.0);
  }

  @Test
  void paramsAreReadAndChecked() {
    assertThat(CashCosts.Params.fromConfig(SystemConfig.defaults())).isEqualTo(new CashCosts.Params(0.5, true));
    assertThat(CashCosts.Params.fromConfig(SystemConfig.fromYaml("multiply_roll_costs_by: 1.0\n"
        + "vol_normalise_currency_costs: False\n", "t"))).isEqualTo(new CashCosts.Params(1.0, false));
    assertThatThrownBy(() -> new CashCosts.Params(-0.5, true)).isInstanceOf(ConfigException.class)
        .hasMessage("config key 'multiply_roll_costs_by' must be a number >= 0 but was -0.5");
    assertThat(cashCosts(StageFixtures.daily(1), 0).params()).isEqualTo(new CashCosts.Params(0.5, false));
  }
}
