package org.pystrade.core.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;
import org.pystrade.core.config.SystemConfig;
import org.pystrade.core.data.InstrumentCode;
import org.pystrade.core.rawdata.RawData;
import org.pystrade.core.series.Ewm;
import org.pystrade.core.series.TimeSeries;

/** The raw-data stage on synthetic data, against its definitions computed independently. */
class RawDataStageTest {

  private static final InstrumentCode AAA = InstrumentCode.of("AAA");
  private static final InstrumentCode BBB = InstrumentCode.of("BBB");

  private static RawData rawData(String yaml) {
    return TradingSystem.fromYaml(SystemConfig.fromYaml(yaml, "t"),
        SyntheticData.builder(800, "AAA", "USD", "BBB", "USD").build()).rawData();
  }

  @Test
  void mixedVolatilityFloorsTheBlendNotTheFastVolatilityAsPandasComputesIt() {
    // pandas 2.2: r = [nan] + [0.0]*20 + [0.4, 0.0, -0.1] + [0.0]*16 on business days;
    // fast = r.ewm(span=35, min_periods=10).std(); slow = fast.ewm(span=2560).mean();
    // vol = 0.3 * slow + 0.7 * fast, floored at 1e-10
    long[] t = new long[40];
    double[] r = new double[40];
    long day = java.time.LocalDate.of(2020, 1, 1).toEpochDay();
    for (int i = 0; i < 40; i++) {
      while (!org.pystrade.core.series.Timestamps.isBusinessDay(day)) {
        day++;
      }
      t[i] = day++ * 86_400L;
    }
    r[0] = Double.NaN;
    r[21] = 0.4;
    r[23] = -0.1;
    TimeSeries vol = org.pystrade.core.rawdata.VolCalculations.mixedVol(TimeSeries.of(t, r), 35, 10, 10, 0.3, 1e-10);
    assertThat(vol.value(9)).isNaN();
    assertThat(vol.value(10)).isEqualTo(0x1.b7cdfd9d7bdbbp-34);
    assertThat(vol.value(20)).isEqualTo(0x1.b7cdfd9d7bdbbp-34);
    assertThat(vol.value(21)).isEqualTo(0x1.4a435bb736d51p-4);
    assertThat(vol.value(22)).isEqualTo(0x1.47a26e34654e0p-4);
    assertThat(vol.value(25)).isEqualTo(0x1.49d328e776706p-4);
    assertThat(vol.value(39)).isEqualTo(0x1.ec4363e2ddbdep-5);
  }

  @Test
  void mixedVolatilityIsFastAndSlowBlend() {
    RawData raw = rawData("instrument_weights: {AAA: 1}\n");
    TimeSeries returns = raw.dailyPrices(AAA).diff();
    TimeSeries fast = returns.ewmStd(Ewm.span(35).withMinPeriods(10));
    TimeSeries slow = fast.ewmMean(Ewm.span(10 * 256));
    TimeSeries vol = raw.dailyReturnsVolatility(AAA);
    for (int i = 0; i < vol.size(); i++) {
      double expected = Math.max(1e-10, 0.3 * slow.value(i) + 0.7 * fast.value(i));
      if (Double.isNaN(expected)) {
        assertThat(vol.value(i)).isNaN();
      } else {
        assertThat(vol.value(i)).isCloseTo(expected, within(1e-12));
      }
    }
    assertThat(vol.value(8)).isNaN();
    assertThat(vol.value(10)).isPositive();
  }

  @Test
  void volatilityFunctionIsConfigurable() {
    RawData raw = rawData("instrument_weights: {AAA: 1}\nvolatility_calculation:\n"
        + "  func: sysquant.estimators.vol.simple_ewvol_calc\n  days: 20\n");
    TimeSeries expected = raw.dailyReturns(AAA).ewmStd(Ewm.span(20).withMinPeriods(10));
    assertThat(raw.dailyReturnsVolatility(AAA).values()).containsExactly(expected.values());
  }

  @Test
  void rawCarryIsAnnualisedRollOverAnnualisedVol() {
    RawData raw = rawData("instrument_weights: {AAA: 1}\n");
    // synthetic: PRICE - CARRY = -0.5; carry contract (Dec this year) minus price contract (Mar next year) = -0.25
    TimeSeries carry = raw.rawCarry(AAA);
    TimeSeries vol = raw.dailyReturnsVolatility(AAA);
    int i = 300;
    long t = carry.time(i);
    assertThat(raw.annualisedRoll(AAA).valueAt(t)).isCloseTo(2.0, within(1e-12));
    assertThat(carry.value(i)).isCloseTo(2.0 / (vol.valueAt(t) * 16), within(1e-12));
  }

  @Test
  void normalisedReturnsUseYesterdaysVol() {
    RawData raw = rawData("instrument_weights: {AAA: 0.5, BBB: 0.5}\n");
    TimeSeries r = raw.dailyReturns(AAA);
    TimeSeries v = raw.dailyReturnsVolatility(AAA);
    TimeSeries n = raw.dailyVolNormalisedReturns(AAA);
    assertThat(n.value(200)).isCloseTo(r.value(200) / v.value(199), within(1e-12));
    TimeSeries cum = raw.cumulativeDailyVolNormalisedReturns(AAA);
    assertThat(cum.value(200) - cum.value(199)).isCloseTo(n.value(200), within(1e-9));
    // the asset class (AAA and BBB share one) moves by the median of the two normalised returns
    TimeSeries cls = raw.normalisedPriceForAssetClass(AAA);
    double median = (n.value(300) + raw.dailyVolNormalisedReturns(BBB).value(300)) / 2;
    assertThat(cls.value(300) - cls.value(299)).isCloseTo(median, within(1e-9));
  }
}
