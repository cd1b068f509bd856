package org.pystrade.core.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.pystrade.core.config.ConfigException;
import org.pystrade.core.config.SystemConfig;
import org.pystrade.core.data.DataException;
import org.pystrade.core.data.FuturesSimData;
import org.pystrade.core.data.InMemorySimData;
import org.pystrade.core.data.MultiplePrices;
import org.pystrade.core.domain.InstrumentCode;
import org.pystrade.core.domain.ReasonCode;
import org.pystrade.core.series.TimeSeries;

/** Data defects found by the system and handled as its {@code data_defects:} section says. */
class DataDefectsTest {

  private static final String RULES = TradingSystemTest.RULES
      + "instrument_weights: {AAA: 0.5, BBB: 0.5}\n";
  private static final InstrumentCode AAA = InstrumentCode.of("AAA");
  private static final InstrumentCode BBB = InstrumentCode.of("BBB");
  private static final int DAYS = 800;

  private static InMemorySimData.Builder clean() {
    return SyntheticData.builder(DAYS, "AAA", "EUR", "BBB", "USD");
  }

  private static TradingSystem system(String extra, FuturesSimData data) {
    return TradingSystem.fromYaml(SystemConfig.fromYaml(RULES + extra, "test.yaml"), data);
  }

  private static TimeSeries withValue(TimeSeries s, int row, double v) {
    double[] values = s.values();
    values[row] = v;
    return TimeSeries.of(s.timestamps(), values);
  }

  /** AAA's multiple prices with PRICE set to a value on one row. */
  private static FuturesSimData zeroContractPrice(double v) {
    InMemorySimData.Builder b = clean();
    MultiplePrices mp = clean().build().multiplePrices(AAA);
    b.multiplePrices(AAA, new MultiplePrices(withValue(mp.price(), 500, v), mp.priceContract(), mp.carry(),
        mp.carryContract(), mp.forward(), mp.forwardContract()));
    return b.build();
  }

  @Test
  void aZeroContractPriceIsKeptByDefaultWithAWarningNamingTheValueTheDayAndWhatItAffects() {
    TradingSystem system = system("", zeroContractPrice(0.0));
    assertThat(system.failures()).isEmpty();
    assertThat(system.warnings()).hasSize(1);
    assertThat(system.warnings().get(0).instrument()).isEqualTo(AAA);
    assertThat(system.warnings().get(0).code()).isEqualTo(ReasonCode.BAD_VALUE);
    assertThat(system.warnings().get(0).reason()).contains("multiple prices PRICE is 0.0 on", "carry",
        "data_defects.non_positive_price: leave_out");
    // BBB's numbers are those of the clean data
    TradingSystem clean = system("", clean().build());
    assertThat(system.positionSizing().subsystemPosition(BBB).values())
        .containsExactly(clean.positionSizing().subsystemPosition(BBB).values());
  }

  @Test
  void aNegativeContractPriceCanLeaveTheInstrumentOutAndTheOthersAreUnchanged() {
    TradingSystem system = system("data_defects: {non_positive_price: leave_out}\n", zeroContractPrice(-5));
    assertThat(system.instruments()).containsExactly(BBB);
    assertThat(system.failures()).singleElement().satisfies(f -> {
      assertThat(f.instrument()).isEqualTo(AAA);
      assertThat(f.code()).isEqualTo(ReasonCode.BAD_VALUE);
      assertThat(f.reason()).contains("data defect", "PRICE is -5.0", "data_defects.non_positive_price: leave_out");
    });
    assertThat(system.warnings()).isEmpty();
    TradingSystem clean = system("", clean().build());
    assertThat(system.positionSizing().subsystemPosition(BBB).values())
        .containsExactly(clean.positionSizing().subsystemPosition(BBB).values());
  }

  @Test
  void failStopsTheSystemNamingTheDefect() {
    TradingSystem system = system("data_defects: {non_positive_price: fail}\n", zeroContractPrice(0.0));
    assertThatThrownBy(system::failures).isInstanceOf(DataException.class)
        .hasMessageContaining("AAA: multiple prices PRICE is 0.0")
        .hasMessageContaining("data_defects.non_positive_price: fail");
  }

  @Test
  void anInfiniteContractPriceIsADefectToo() {
    TradingSystem system = system("", zeroContractPrice(Double.POSITIVE_INFINITY));
    assertThat(system.warnings()).singleElement()
        .satisfies(w -> assertThat(w.reason()).contains("PRICE is Infinity"));
  }

  @Test
  void aZeroFxRateLeavesTheInstrumentsInThatCurrencyOutByDefault() {
    InMemorySimData.Builder b = clean();
    TimeSeries eur = clean().build().fxRate(org.pystrade.core.domain.Currency.of("EUR"),
        org.pystrade.core.domain.Currency.of("USD"));
    b.fxRate("EUR", withValue(eur, eur.size() / 2, 0.0));
    TradingSystem system = system("", b.build());
    assertThat(system.instruments()).containsExactly(BBB);
    assertThat(system.failures()).singleElement().satisfies(f -> {
      assertThat(f.instrument()).isEqualTo(AAA);
      assertThat(f.reason()).contains("FX rate EURUSD", "is 0.0 on", "data_defects.non_positive_fx_rate: leave_out");
    });
    TradingSystem kept = system("data_defects: {non_positive_fx_rate: keep}\n", b.build());
    assertThat(kept.failures()).isEmpty();
    assertThat(kept.warnings()).extracting(w -> w.instrument()).contains(AAA);
    assertThat(kept.warnings().get(0).reason()).contains("FX rate EURUSD", "positions");
  }

  @Test
  void aZeroFxRateIsADefectOfEachInstrumentInThatCurrencyNamingIt() {
    InMemorySimData.Builder b = SyntheticData.builder(DAYS, "AAA", "EUR", "BBB", "USD", "CCC", "EUR");
    TimeSeries eur = b.build().fxRate(org.pystrade.core.domain.Currency.of("EUR"),
        org.pystrade.core.domain.Currency.of("USD"));
    b.fxRate("EUR", withValue(eur, eur.size() / 2, 0.0));
    InstrumentCode ccc = InstrumentCode.of("CCC");
    TradingSystem kept = TradingSystem.fromYaml(SystemConfig.fromYaml(TradingSystemTest.RULES
        + "instrument_weights: {AAA: 0.4, BBB: 0.3, CCC: 0.3}\ndata_defects: {non_positive_fx_rate: keep}\n",
        "test.yaml"), b.build());
    kept.optimalPositions();
    assertThat(kept.warnings()).filteredOn(w -> w.reason().contains("FX rate EURUSD"))
        .extracting(w -> w.instrument()).containsExactlyInAnyOrder(AAA, ccc);
    TradingSystem leftOut = TradingSystem.fromYaml(SystemConfig.fromYaml(TradingSystemTest.RULES
        + "instrument_weights: {AAA: 0.4, BBB: 0.3, CCC: 0.3}\n", "test.yaml"), b.build());
    assertThat(leftOut.instruments()).containsExactly(BBB);
    assertThat(leftOut.failures()).extracting(f -> f.instrument()).containsExactlyInAnyOrder(AAA, ccc);
  }

  @Test
  void anAdjustedPriceSpikeIsFoundAgainstTheContractPrices() {
    InMemorySimData.Builder b = clean();
    b.adjustedPrices(AAA, withValue(clean().build().adjustedPrices(AAA), 400, 0.0));
    TradingSystem system = system("", b.build());
    assertThat(system.warnings()).isNotEmpty();
    assertThat(system.warnings().get(0).reason()).contains("adjusted price moves from", "to 0.0",
        "with no roll between", "2 such moves in all", "data_defects.adjusted_price_mismatch");
  }

  @Test
  void aOneRowSeriesIsLeftOutByDefaultAndKeepingItChangesNoOtherNumber() {
    InMemorySimData.Builder b = clean();
    TimeSeries adj = clean().build().adjustedPrices(AAA);
    b.adjustedPrices(AAA, TimeSeries.of(new long[] {adj.time(0)}, new double[] {adj.value(0)}));
    FuturesSimData data = b.build();
    TradingSystem left = system("", data);
    assertThat(left.instruments()).containsExactly(BBB);
    assertThat(left.failures()).singleElement().satisfies(f -> {
      assertThat(f.code()).isEqualTo(ReasonCode.INSUFFICIENT_DATA);
      assertThat(f.reason()).contains("no valid subsystem position on any day",
          "the adjusted prices have 1 row with a value", "data_defects.too_short: leave_out");
    });
    TradingSystem kept = system("data_defects: {too_short: keep}\n", data);
    assertThat(kept.instruments()).containsExactly(AAA, BBB);
    assertThat(kept.warnings()).singleElement().satisfies(w -> assertThat(w.reason()).contains("no valid"));
    assertThat(kept.portfolio().notionalPosition(BBB).values())
        .containsExactly(left.portfolio().notionalPosition(BBB).values());
    assertThat(kept.accounts().portfolio().net().values())
        .containsExactly(left.accounts().portfolio().net().values());
  }

  @Test
  void anAllNanSeriesIsLeftOutWithItsReason() {
    InMemorySimData.Builder b = clean();
    TimeSeries adj = clean().build().adjustedPrices(AAA);
    b.adjustedPrices(AAA, adj.map(v -> Double.NaN));
    TradingSystem system = system("", b.build());
    assertThat(system.instruments()).containsExactly(BBB);
    assertThat(system.failures()).singleElement().satisfies(f -> {
      assertThat(f.code()).isEqualTo(ReasonCode.INSUFFICIENT_DATA);
      assertThat(f.reason()).contains("instrument AAA has no valid adjusted prices");
    });
  }

  @Test
  void aBadActionOrAnUnknownKindIsAConfigErrorNamingTheKey() {
    FuturesSimData data = clean().build();
    assertThatThrownBy(() -> system("data_defects: {non_positive_price: drop}\n", data))
        .isInstanceOf(ConfigException.class)
        .hasMessageContaining("data_defects.non_positive_price")
        .hasMessageContaining("fail, leave_out, keep").hasMessageContaining("'drop'");
    assertThatThrownBy(() -> system("data_defects: {non_positive_prices: keep}\n", data))
        .isInstanceOf(ConfigException.class)
        .hasMessageContaining("data_defects.non_positive_prices");
    assertThatThrownBy(() -> system("data_defects: keep\n", data))
        .isInstanceOf(ConfigException.class)
        .hasMessageContaining("data_defects");
  }
  @Test
  void anFxRateWithoutAnyValueLeavesItsInstrumentsOut() {
    InMemorySimData.Builder b = clean();
    TimeSeries eur = clean().build().fxRate(org.pystrade.core.domain.Currency.of("EUR"),
        org.pystrade.core.domain.Currency.of("USD"));
    b.fxRate("EUR", eur.map(v -> Double.NaN));
    TradingSystem system = system("", b.build());
    assertThat(system.instruments()).containsExactly(BBB);
    assertThat(system.failures()).singleElement().satisfies(f -> {
      assertThat(f.code()).isEqualTo(ReasonCode.NO_FX_RATE);
      assertThat(f.reason()).contains("no FX rate EURUSD for instrument AAA", "the rate has no value on any day ("
          + DAYS + " rows, all empty)");
    });
  }

  @Test
  void multiplePricesWithoutAnyContractPriceAreTooShortNamingThem() {
    InMemorySimData.Builder b = clean();
    MultiplePrices mp = clean().build().multiplePrices(AAA);
    b.multiplePrices(AAA, new MultiplePrices(mp.price().map(v -> Double.NaN), mp.priceContract(), mp.carry(),
        mp.carryContract(), mp.forward(), mp.forwardContract()));
    TradingSystem system = system("", b.build());
    assertThat(system.failures()).singleElement().satisfies(f -> assertThat(f.reason())
        .contains("the multiple prices have no PRICE value (" + DAYS + " rows, all empty)", "no contract price",
            "the adjusted prices have " + DAYS + " rows with a value"));
  }
}
