package org.pystrade.core.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.pystrade.core.config.SystemConfig;
import org.pystrade.core.data.InMemorySimData;
import org.pystrade.core.data.InstrumentMeta;
import org.pystrade.core.domain.InstrumentCode;
import org.pystrade.core.rawdata.DefaultRawData;
import org.pystrade.core.rawdata.DemeanMethod;
import org.pystrade.core.rawdata.Factor;
import org.pystrade.core.rawdata.RawData;
import org.pystrade.core.rules.RuleArgs;
import org.pystrade.core.rules.RuleInputs;
import org.pystrade.core.rules.RuleName;
import org.pystrade.core.rules.RuleRegistry;
import org.pystrade.core.series.Ewm;
import org.pystrade.core.series.Index;
import org.pystrade.core.series.TimeSeries;
import org.pystrade.core.series.Timestamps;

/**
 * The factor data sources of pysystemtrade's rob_system ({@code rawdata.get_demeanded_factor_value} and its parts):
 * the factor is a time-window statistic of the percentage returns, and each demeaning is recomputed here from the
 * raw-data stage's own series with plain loops. The asset-class average runs over every instrument of the asset
 * class in the data: CCC is in the data but not in the system, and DDD has adjusted prices only (no multiple
 * prices), so its percentage returns are of its adjusted prices, as in pysystemtrade.
 */
class FactorDataSourcesTest {

  private static final InstrumentCode AAA = InstrumentCode.of("AAA");
  private static final InstrumentCode BBB = InstrumentCode.of("BBB");
  private static final InstrumentCode CCC = InstrumentCode.of("CCC");
  private static final InstrumentCode DDD = InstrumentCode.of("DDD");
  private static final InstrumentCode OTHER = InstrumentCode.of("OTHER");
  private static final Factor NEG_SKEW = Factor.of("neg_skew", 60);
  private static final double LONG_AVERAGE_COM = 15 * 256;

  private static InMemorySimData data() {
    InMemorySimData.Builder b = SyntheticData.builder(700, "AAA", "USD", "BBB", "USD", "CCC", "USD", "OTHER",
        "USD");
    InMemorySimData synthetic = SyntheticData.builder(760, "DDD", "USD").build();
    // DDD: adjusted prices from a later start, no multiple prices
    TimeSeries ddd = synthetic.adjustedPrices(DDD);
    b.adjustedPrices(DDD, ddd.slice(ddd.time(100), ddd.time(ddd.size() - 1)));
    b.meta(InstrumentMeta.builder(DDD).currency("USD").pointSize(10).assetClass("Test").build());
    b.meta(InstrumentMeta.builder(OTHER).currency("USD").pointSize(10).assetClass("Elsewhere").build());
    return b.build();
  }

  private static TradingSystem system(String factorArgs) {
    String yaml = "instrument_weights: {AAA: 0.5, BBB: 0.5}\n"
        + "trading_rules:\n"
        + "  skew:\n"
        + "    function: systems.provided.rules.factors.factor_trading_rule\n"
        + "    data: [rawdata.get_demeanded_factor_value]\n"
        + "    other_args: {smooth: 20, " + factorArgs + "}\n";
    return TradingSystem.fromYaml(SystemConfig.fromYaml(yaml, "t"), data());
  }

  /** Each day's mean of the forward-filled factors, by hand. */
  private static TimeSeries handMean(RawData raw, List<InstrumentCode> codes) {
    long[] union = new long[0];
    for (InstrumentCode c : codes) {
      union = Index.union(union, raw.factorValue(c, NEG_SKEW).timestamps());
    }
    double[][] cols = new double[codes.size()][];
    for (int k = 0; k < codes.size(); k++) {
      cols[k] = raw.factorValue(codes.get(k), NEG_SKEW).reindex(union).ffill().values();
    }
    double[] mean = new double[union.length];
    for (int i = 0; i < union.length; i++) {
      double sum = 0;
      int n = 0;
      for (double[] col : cols) {
        if (!Double.isNaN(col[i])) {
          sum += col[i];
          n++;
        }
      }
      mean[i] = n == 0 ? Double.NaN : sum / n;
    }
    return TimeSeries.of(union, mean);
  }

  private static void assertClose(TimeSeries actual, TimeSeries expected) {
    assertThat(actual.timestamps()).containsExactly(expected.timestamps());
    for (int i = 0; i < expected.size(); i++) {
      double e = expected.value(i);
      if (Double.isNaN(e)) {
        assertThat(actual.value(i)).as("row %d", i).isNaN();
      } else {
        assertThat(actual.value(i)).as("row %d", i).isCloseTo(e, within(1e-12));
      }
    }
  }

  @Test
  void theFactorIsMinusTheRollingSkewOfThePercentageReturnsOverTheLookbackDays() {
    RawData raw = system("_factor_name: neg_skew, _lookback_days: 60").rawData();
    TimeSeries perc = raw.dailyPercentageReturns(AAA);
    assertThat(raw.factorValue(AAA, NEG_SKEW)).isEqualTo(
        perc.rollingSkewOverTime(60 * Timestamps.SECONDS_PER_DAY).map(v -> -v));
    assertThat(raw.factorValue(AAA, Factor.of("kurtosis", 60))).isEqualTo(
        perc.rollingKurtOverTime(60 * Timestamps.SECONDS_PER_DAY));
    assertThat(raw.factorValue(AAA, NEG_SKEW).countValid()).isGreaterThan(600);
    // DDD has no multiple prices: its returns are over its own adjusted prices
    assertThat(raw.dailyDenominatorPrice(DDD)).isEqualTo(raw.dailyPrices(DDD));
  }

  @Test
  void theAssetClassAverageRunsOverEveryInstrumentOfTheClassInTheData() {
    TradingSystem system = system("_factor_name: neg_skew, _lookback_days: 60, "
        + "_demean_method: average_factor_value_in_asset_class_for_instrument");
    RawData raw = system.rawData();
    TimeSeries average = raw.factorDemeanValue(AAA, NEG_SKEW,
        DemeanMethod.AVERAGE_FACTOR_VALUE_IN_ASSET_CLASS_FOR_INSTRUMENT);
    assertClose(average, handMean(raw, List.of(AAA, BBB, CCC, DDD)));
    TimeSeries systemOnly = handMean(raw, List.of(AAA, BBB));
    assertThat(average.reindex(systemOnly.timestamps())).isNotEqualTo(systemOnly);
    // the demeaned factor: the factor minus the average reindexed onto it and forward filled
    TimeSeries factor = raw.factorValue(AAA, NEG_SKEW);
    TimeSeries demeaned = factor.minus(average.reindex(factor.timestamps()).ffill());
    assertThat(raw.demeanedFactorValue(AAA, NEG_SKEW, DemeanMethod.AVERAGE_FACTOR_VALUE_IN_ASSET_CLASS_FOR_INSTRUMENT))
        .isEqualTo(demeaned);
    // and the rule reads it through the registered source, with the config's underscore arguments
    TimeSeries forecast = RuleRegistry.standard().get("factor_trading_rule").rule()
        .forecast(new RuleInputs(AAA, List.of(demeaned), RuleArgs.of("smooth", 20)));
    assertThat(system.rules().rawForecast(AAA, RuleName.of("skew")))
        .isEqualTo(forecast.map(v -> v == 0.0 ? Double.NaN : v));
  }

  @Test
  void theOtherDemeaningsAreTheLongAveragesAndTheSystemWideMean() {
    DefaultRawData raw = (DefaultRawData) system("_factor_name: neg_skew").rawData();
    TimeSeries factor = raw.factorValue(AAA, NEG_SKEW);
    assertThat(raw.factorDemeanValue(AAA, NEG_SKEW, DemeanMethod.AVERAGE_FACTOR_VALUE_FOR_INSTRUMENT))
        .isEqualTo(factor.ewmMean(Ewm.com(LONG_AVERAGE_COM)));
    TimeSeries current = raw.factorDemeanValue(AAA, NEG_SKEW,
        DemeanMethod.CURRENT_AVERAGE_FACTOR_VALUES_OVER_ALL_ASSETS);
    assertClose(current, handMean(raw, List.of(AAA, BBB)));
    assertThat(raw.factorDemeanValue(AAA, NEG_SKEW, DemeanMethod.HISTORIC_AVERAGE_FACTOR_VALUE_ALL_ASSETS))
        .isEqualTo(current.ewmMean(Ewm.com(LONG_AVERAGE_COM)));
    assertThat(raw.factorDemeanValue(BBB, NEG_SKEW, DemeanMethod.HISTORIC_AVERAGE_FACTOR_VALUE_ALL_ASSETS))
        .isSameAs(raw.historicAverageFactorValueAllAssets(NEG_SKEW));
  }

  @Test
  void theSourcesTakePysystemtradesArgumentsAndDefaults() {
    TradingSystem system = system("_factor_name: neg_skew");
    assertThat(system.dataSources().parameters("rawdata.get_demeanded_factor_value")).isEqualTo(RuleArgs.of(
        "factor_name", "skew", "demean_method", "average_factor_value_for_instrument", "lookback_days", 365));
    assertThat(system.dataSources().parameters("rawdata.kurtosis")).isEqualTo(RuleArgs.of("lookback_days", 365));
    assertThatThrownBy(() -> Factor.of("skwe", 365)).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("unknown factor 'skwe'").hasMessageContaining("did you mean 'skew'");
    assertThatThrownBy(() -> DemeanMethod.of("average_factor_value")).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("average_factor_value_for_instrument");
    assertThatThrownBy(() -> system("_factor_name: neg_skew, _lookback: 30"))
        .hasMessageContaining("lookback").hasMessageContaining("lookback_days");
  }
}
