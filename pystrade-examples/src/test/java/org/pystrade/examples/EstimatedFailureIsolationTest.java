package org.pystrade.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.pystrade.core.config.SystemConfig;
import org.pystrade.core.data.DataException;
import org.pystrade.core.data.FuturesSimData;
import org.pystrade.core.data.InstrumentFailure;
import org.pystrade.core.data.InstrumentMeta;
import org.pystrade.core.data.MultiplePrices;
import org.pystrade.core.domain.Currency;
import org.pystrade.core.domain.InstrumentCode;
import org.pystrade.core.domain.ReasonCode;
import org.pystrade.core.series.TimeSeries;
import org.pystrade.core.system.TradingSystem;
import org.pystrade.data.SampleData;

/**
 * In an estimated system, whose forecast scalars, costs, forecast weights and correlations are pooled across
 * instruments, an instrument whose data fails costs only itself: it is reported, left out of the others' pools,
 * and the others get exactly what a system configured without it gives them.
 */
class EstimatedFailureIsolationTest {

  private static final InstrumentCode BROKEN = InstrumentCode.of("V2X");

  /** The sample data, except that one instrument's multiple prices cannot be read. */
  private static final class OneBroken implements FuturesSimData {
    private final FuturesSimData data = SampleData.open();

    @Override
    public List<InstrumentCode> instruments() {
      return data.instruments();
    }

    @Override
    public TimeSeries adjustedPrices(InstrumentCode instrument) {
      return data.adjustedPrices(instrument);
    }

    @Override
    public MultiplePrices multiplePrices(InstrumentCode instrument) {
      if (instrument.equals(BROKEN)) {
        throw new DataException(ReasonCode.MISSING_DATA, "multiple prices of " + BROKEN + " are unreadable (test)");
      }
      return data.multiplePrices(instrument);
    }

    @Override
    public InstrumentMeta meta(InstrumentCode instrument) {
      return data.meta(instrument);
    }

    @Override
    public TimeSeries fxRate(Currency currency, Currency baseCurrency) {
      return data.fxRate(currency, baseCurrency);
    }
  }

  @Test
  void aBrokenInstrumentIsLeftOutOfThePoolsOfTheOthers() {
    SystemConfig config = SystemConfig.fromYaml(SampleData.directory().resolve("configs/chapter15_estimated.yaml"));
    TradingSystem withBroken = TradingSystem.fromYaml(config, new OneBroken());
    List<String> others = List.of("SOFR", "US10", "EUROSTX", "MXP", "CORN");
    TradingSystem without = TradingSystem.builder().config(config).set("instruments", others)
        .data(SampleData.open()).build();

    assertThat(withBroken.instruments()).doesNotContain(BROKEN).hasSize(5);
    assertThat(withBroken.failures()).extracting(InstrumentFailure::instrument).containsExactly(BROKEN);
    assertThat(withBroken.failures().get(0).reason()).contains("unreadable (test)");
    for (String o : others) {
      InstrumentCode c = InstrumentCode.of(o);
      assertThat(withBroken.positionSizing().subsystemPosition(c)).as("subsystem position of %s", o)
          .isEqualTo(without.positionSizing().subsystemPosition(c));
    }
    assertThat(withBroken.accounts().portfolio().netPercent())
        .isEqualTo(without.accounts().portfolio().netPercent());
  }
}
