package org.pystrade.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.pystrade.core.config.SystemConfig;
import org.pystrade.core.data.FuturesSimData;
import org.pystrade.core.domain.InstrumentCode;
import org.pystrade.core.domain.Quantity;
import org.pystrade.core.forecast.DefaultForecastScaleCap;
import org.pystrade.core.forecast.ForecastScaleCapInputs;
import org.pystrade.core.incremental.IncrementalSystem;
import org.pystrade.core.rules.RuleName;
import org.pystrade.core.series.TimeSeries;
import org.pystrade.core.system.OptimalPosition;
import org.pystrade.core.system.TradingSystem;
import org.pystrade.data.SampleData;
import org.pystrade.data.csv.CsvFuturesSimData;

/** The README's library snippets, run as written on the sample data. */
class ReadmeExamplesTest {

  private static final FuturesSimData DATA = CsvFuturesSimData.open(SampleData.directory());
  private static final SystemConfig CONFIG = SystemConfig.fromYaml(
      SampleData.directory().resolve("configs/chapter15.yaml"));
  private static final InstrumentCode CORN = InstrumentCode.of("CORN");

  /** The README's stage replacement. */
  static class TighterCap extends DefaultForecastScaleCap {
    TighterCap(ForecastScaleCapInputs inputs) {
      super(inputs);
    }

    @Override
    public double forecastCap() {
      return 15;
    }
  }

  @Test
  void aReplacedStageChangesEveryForecastDownstream() {
    TradingSystem system = TradingSystem.builder().config(CONFIG).data(DATA).forecastScaleCap(TighterCap::new)
        .build();
    TradingSystem plain = TradingSystem.fromYaml(CONFIG, DATA);
    RuleName fast = RuleName.of("ewmac2_8");
    assertThat(maxAbs(system.forecastScaleCap().cappedForecast(CORN, fast))).isEqualTo(15.0);
    assertThat(maxAbs(plain.forecastScaleCap().cappedForecast(CORN, fast))).isEqualTo(20.0);
    assertThat(maxAbs(system.combine().combinedForecast(CORN))).isLessThanOrEqualTo(15.0);
    assertThat(system.accounts().portfolio().net()).isNotEqualTo(plain.accounts().portfolio().net());
  }

  private static double maxAbs(TimeSeries s) {
    double max = 0;
    for (double v : s.valuesView()) {
      if (v == v) {
        max = Math.max(max, Math.abs(v));
      }
    }
    return max;
  }

  @Test
  void aProductionDayAsksForTheOptimalPositions() {
    TradingSystem system = TradingSystem.fromYaml(CONFIG, DATA);
    TradingSystem today = system.withData(DATA.asOf(LocalDate.of(2023, 6, 30)));
    OptimalPosition corn = today.optimalPositions().get(CORN);
    assertThat(corn.time().toLocalDate()).isEqualTo(LocalDate.of(2023, 6, 30));
    assertThat(corn.lowerBuffer()).isLessThanOrEqualTo(corn.optimal());
    assertThat(corn.upperBuffer()).isGreaterThanOrEqualTo(corn.optimal());
    Quantity toHold = corn.target(Quantity.of(3));
    assertThat(toHold.isWhole()).isTrue();
    double top = Math.rint(corn.upperBuffer());
    double bottom = Math.rint(corn.lowerBuffer());
    assertThat(toHold.value()).isEqualTo(3 > top ? top : 3 < bottom ? bottom : 3);
    assertThat(Map.copyOf(today.optimalPositions())).containsKeys(CORN, InstrumentCode.of("US10"));
  }

  @Test
  void anIncrementalSystemAppendsTheDayAsTheRebuiltOneGivesIt() {
    TradingSystem system = TradingSystem.fromYaml(CONFIG, DATA);
    IncrementalSystem live = IncrementalSystem.start(system.withData(DATA.asOf(LocalDate.of(2023, 6, 29))));
    live.append(DATA, LocalDate.of(2023, 6, 30));
    OptimalPosition cornToday = live.optimalPositions().get(CORN);
    assertThat(live.isStepped()).isTrue();
    assertThat(cornToday).isEqualTo(system.withData(DATA.asOf(LocalDate.of(2023, 6, 30))).optimalPositions()
        .get(CORN));
  }
}
