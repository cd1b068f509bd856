package org.pystrade.core.study;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.data.Offset.offset;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.pystrade.core.accounts.AccountStats;
import org.pystrade.core.config.ConfigException;
import org.pystrade.core.config.SystemConfig;
import org.pystrade.core.data.FuturesSimData;
import org.pystrade.core.data.MultiplePrices;
import org.pystrade.core.domain.InstrumentCode;
import org.pystrade.core.series.TimeSeries;
import org.pystrade.core.system.SyntheticData;
import org.pystrade.core.system.TradingSystem;

class StudyRunnerTest {

  static final String CONFIG = "trading_rules:\n"
      + "  ewmac8_32:\n"
      + "    function: systems.provided.rules.ewmac.ewmac\n"
      + "    data: [rawdata.get_daily_prices, rawdata.daily_returns_volatility]\n"
      + "    other_args: {Lfast: 8, Lslow: 32}\n"
      + "    forecast_scalar: 5.3\n"
      + "  carry:\n"
      + "    function: systems.provided.rules.carry.carry\n"
      + "    data: [rawdata.raw_carry]\n"
      + "    other_args: {smooth_days: 90}\n"
      + "    forecast_scalar: 30\n"
      + "forecast_weights: {ewmac8_32: 0.5, carry: 0.5}\n"
      + "instrument_weights: {AAA: 0.3, BBB: 0.3, CCC: 0.2, DDD: 0.2}\n";

  private static final FuturesSimData DATA = SyntheticData.builder(1500, "AAA", "USD", "BBB", "EUR", "CCC", "USD",
      "DDD", "EUR")
      .build();

  private static StudyRunner runner() {
    return StudyRunner.builder().config(SystemConfig.fromYaml(CONFIG, "base")).data(DATA).threads(2).build();
  }

  @Test
  void everyVariationGivesTheNumbersOfItsConfigRunAloneBitForBit() {
    StudySpec study = StudySpec.fromYaml("grid:\n  percentage_vol_target: [15, 25]\n"
        + "  trading_rules.ewmac8_32.other_args.Lfast: [4, 8]\n"
        + "stats: [sharpe, ann_std, costs, turnover, instrument_sharpe, instrument_turnover]\n", "s.yaml");
    List<StudyRow> sunk = new ArrayList<>();
    List<StudyRow> rows = runner().run(study, Set.of(), sunk::add, (d, t) -> { });
    assertThat(rows).hasSize(4);
    assertThat(sunk).hasSize(4);
    // the last key varies fastest
    assertThat(rows.get(1).variation().settings()).containsEntry("trading_rules.ewmac8_32.other_args.Lfast",
        BigInteger.valueOf(8)).containsEntry("percentage_vol_target", BigInteger.valueOf(15));
    for (StudyRow row : rows) {
      assertThat(row.ok()).as(row.error()).isTrue();
      SystemConfig alone = SystemConfig.fromYaml(row.variation().applyTo(SystemConfig.fromYaml(CONFIG, "base"))
          .toYaml(), "alone");
      TradingSystem system = TradingSystem.fromYaml(alone, DATA);
      AccountStats stats = AccountStats.of(system.accounts().portfolio().netPercent());
      assertThat(row.stats().get("sharpe")).isEqualTo(stats.sharpe());
      assertThat(row.stats().get("ann_std")).isEqualTo(stats.annStd());
      assertThat(row.stats()).containsKeys("costs", "instrument_sharpe.AAA", "instrument_sharpe.BBB",
          "instrument_sharpe.CCC", "instrument_sharpe.DDD");
      assertThat(row.stats().get("turnover")).isEqualTo(system.accounts().totalPortfolioLevelTurnover())
          .isPositive();
      for (String code : List.of("AAA", "BBB", "CCC", "DDD")) {
        assertThat(row.stats().get("instrument_turnover." + code))
            .isEqualTo(system.accounts().instrumentTurnover(InstrumentCode.of(code))).isPositive();
      }
      assertThat(row.leftOut()).isEmpty();
    }
    // the grid changes the numbers
    assertThat(rows.get(0).stats().get("ann_std")).isNotEqualTo(rows.get(2).stats().get("ann_std"));
    assertThat(rows.get(0).stats().get("sharpe")).isNotEqualTo(rows.get(1).stats().get("sharpe"));
  }

  @Test
  void instrumentSamplesAreSeededAndEquallyWeighted() {
    StudySpec study = StudySpec.fromYaml("instrument_samples: {count: 3, size: 2, seed: 7}\nstats: [sharpe]\n",
        "s.yaml");
    List<Variation> once = study.variations(List.of("AAA", "BBB", "CCC", "DDD"));
    assertThat(once).hasSize(3);
    assertThat(study.variations(List.of("AAA", "BBB", "CCC", "DDD"))).isEqualTo(once);
    assertThat(once).allSatisfy(v -> assertThat(v.instruments()).hasSize(2).doesNotHaveDuplicates());
    List<StudyRow> rows = runner().run(study, Set.of(), r -> { }, (d, t) -> { });
    for (StudyRow row : rows) {
      assertThat(row.instruments()).isEqualTo(row.variation().instruments());
      SystemConfig config = row.variation().applyTo(SystemConfig.fromYaml(CONFIG, "base"));
      assertThat(config.getDoubleMap("instrument_weights")).containsOnlyKeys(row.variation().instruments())
          .containsValues(0.5);
    }
  }

  @Test
  void aFailedVariationIsARowWithItsErrorAndTheOthersCompute() {
    StudySpec study = StudySpec.fromYaml("grid:\n  trading_rules.ewmac8_32.other_args.Lfast: [8, 0]\n"
        + "stats: [sharpe]\n", "s.yaml");
    List<StudyRow> rows = runner().run(study, Set.of(), r -> { }, (d, t) -> { });
    assertThat(rows.get(0).ok()).isTrue();
    assertThat(rows.get(1).ok()).isFalse();
    assertThat(rows.get(1).error()).contains("Lfast").contains("ewmac8_32");
    assertThat(rows.get(1).stats()).isEmpty();
  }

  @Test
  void aResumedStudyRunsOnlyWhatIsNotDone() {
    StudySpec study = StudySpec.fromYaml("grid:\n  percentage_vol_target: [10, 15, 20, 25]\nstats: [sharpe]\n",
        "s.yaml");
    List<int[]> progress = new ArrayList<>();
    List<StudyRow> rows = runner().run(study, Set.of(0, 2), r -> { }, (d, t) -> progress.add(new int[] {d, t}));
    assertThat(rows).extracting(r -> r.variation().id()).containsExactly(1, 3);
    assertThat(progress).hasSize(2).allSatisfy(p -> assertThat(p[1]).isEqualTo(2));
    assertThat(progress.get(1)[0]).isEqualTo(2);
  }

  @Test
  void bootstrapResamplesAreSeededAndKeepTheInstrumentsDays() {
    StudySpec study = StudySpec.fromYaml("bootstrap: {count: 3, block_days: 10, seed: 5}\nstats: [sharpe, ann_std]\n",
        "s.yaml");
    assertThat(study.columns()).containsSequence("instruments", "resample", "sharpe");
    List<StudyRow> rows = runner().run(study, Set.of(), r -> { }, (d, t) -> { });
    assertThat(rows).hasSize(3).allSatisfy(r -> assertThat(r.ok()).as(r.error()).isTrue());
    assertThat(rows).extracting(r -> r.variation().resample()).containsExactly(0, 1, 2);
    // three histories, three outcomes; the same seed, the same outcome
    assertThat(rows).extracting(r -> r.stats().get("sharpe")).doesNotHaveDuplicates();
    assertThat(runner().runOne(study, rows.get(1).variation()).stats()).isEqualTo(rows.get(1).stats());
    // the resampled history: the real days, a real first price, changes drawn from the real ones
    InstrumentCode aaa = InstrumentCode.of("AAA");
    BootstrapSimData resampled = new BootstrapSimData(DATA, study.bootstrap().seedOf(0), 10);
    TimeSeries real = DATA.adjustedPrices(aaa).resampleBusinessDayLast();
    TimeSeries drawn = resampled.adjustedPrices(aaa);
    assertThat(drawn.size()).isEqualTo(real.size());
    assertThat(drawn.value(0)).isEqualTo(real.value(0));
    Set<Double> realChanges = new HashSet<>();
    for (int i = 1; i < real.size(); i++) {
      realChanges.add(real.value(i) - real.value(i - 1));
    }
    for (int i = 1; i < drawn.size(); i++) {
      double change = drawn.value(i) - drawn.value(i - 1);
      assertThat(realChanges.stream().anyMatch(c -> Math.abs(c - change) <= 1e-9 * (1 + Math.abs(c)))).isTrue();
    }
    assertThat(drawn.valuesView()).isNotEqualTo(real.valuesView());
    // within a contract the contract price moves as the adjusted price
    MultiplePrices mp = resampled.multiplePrices(aaa);
    for (int i = 1; i < mp.price().size(); i++) {
      if (mp.priceContract().value(i) == mp.priceContract().value(i - 1)) {
        assertThat(mp.price().value(i) - mp.price().value(i - 1))
            .isCloseTo(drawn.value(i) - drawn.value(i - 1), offset(1e-9));
      }
    }
  }

  @Test
  void aBadStudyFileIsNamed() {
    assertThatThrownBy(() -> StudySpec.fromYaml("grid:\n  x: [1]\nstats: [sharp]\n", "s.yaml"))
        .isInstanceOf(ConfigException.class).hasMessageContaining("s.yaml").hasMessageContaining("'sharp'");
    assertThatThrownBy(() -> StudySpec.fromYaml("grids:\n  x: [1]\n", "s.yaml"))
        .isInstanceOf(ConfigException.class).hasMessageContaining("unknown key 'grids'");
    assertThatThrownBy(() -> StudySpec.fromYaml("instrument_samples: {count: 2, size: 1.5}\n", "s.yaml"))
        .isInstanceOf(ConfigException.class).hasMessageContaining("instrument_samples.size");
    assertThatThrownBy(() -> StudySpec.fromYaml("grid:\n  x: [1]\n  x: [2]\n", "s.yaml"))
        .isInstanceOf(ConfigException.class).hasMessageContaining("'x' twice");
    assertThat(StudySpec.fromYaml("stats: [sharpe]\n", "s.yaml").variations(List.of())).hasSize(1)
        .allSatisfy(v -> assertThat(v.settings()).isEqualTo(Map.of()));
  }
}
