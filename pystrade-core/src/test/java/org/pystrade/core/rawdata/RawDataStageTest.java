package org.pystrade.core.rawdata;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.pystrade.core.config.ConfigException;
import org.pystrade.core.config.SystemConfig;
import org.pystrade.core.domain.InstrumentCode;
import org.pystrade.core.series.Ewm;
import org.pystrade.core.series.Kernels;
import org.pystrade.core.series.TimeSeries;
import org.pystrade.core.series.Timestamps;
import org.pystrade.core.system.SyntheticData;
import org.pystrade.core.system.TradingSystem;

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
    long day = LocalDate.of(2020, 1, 1).toEpochDay();
    for (int i = 0; i < 40; i++) {
      while (!Timestamps.isBusinessDay(day)) {
        day++;
      }
      t[i] = day++ * 86_400L;
    }
    r[0] = Double.NaN;
    r[21] = 0.4;
    r[23] = -0.1;
    TimeSeries vol = VolCalculations.mixedVol(TimeSeries.of(t, r), 35, 10, 10, 0.3, 1e-10);
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

  /** Business days from 2020-01-01. */
  private static long[] businessDays(int n) {
    long[] t = new long[n];
    long day = LocalDate.of(2020, 1, 1).toEpochDay();
    for (int i = 0; i < n; i++) {
      while (!Timestamps.isBusinessDay(day)) {
        day++;
      }
      t[i] = day++ * 86_400L;
    }
    return t;
  }

  private static void assertBits(TimeSeries actual, String... hex) {
    assertThat(actual.size()).isEqualTo(hex.length);
    for (int i = 0; i < hex.length; i++) {
      if (hex[i].equals("nan")) {
        assertThat(actual.value(i)).as("row " + i).isNaN();
      } else {
        assertThat(actual.value(i)).as("row " + i).isEqualTo(Double.parseDouble(hex[i]));
      }
    }
  }

  @Test
  void simpleVolIsPandasRollingStandardDeviationBitForBit() {
    // pandas 2.2: r.rolling(5, min_periods=3).std(), a window of one repeated value giving exactly 0
    double nan = Double.NaN;
    TimeSeries r = TimeSeries.of(businessDays(14),
        new double[] {nan, 0.5, -0.25, 1.0, nan, 0.75, 0.75, 0.75, 0.75, -2.0, 0.1, nan, 0.3, 0.2});
    assertBits(VolCalculations.simpleVol(r, 5, 3), "nan", "nan", "nan", "0x1.4220532e48a3dp-1",
        "0x1.4220532e48a3dp-1", "0x1.1482f86c40c43p-1", "0x1.1bd25074f31d3p-1", "0x1.0000000000003p-3", "0x0.0p+0",
        "0x1.3ad69f7f3f386p+0", "0x1.30df052e1dd66p+0", "0x1.4d9e97cd81e0ap+0", "0x1.38e7127eb7512p+0",
        "0x1.1a5febd028bd8p+0");
  }

  @Test
  void simpleVolCalcIsConfigurableAndIgnoresTheFloorAndBackfill() {
    RawData raw = rawData("instrument_weights: {AAA: 1}\nvolatility_calculation:\n"
        + "  func: sysquant.estimators.vol.simple_vol_calc\n  days: 25\n  min_periods: 10\n  backfill: True\n"
        + "  vol_abs_min: 1000.0\n");
    double[] expected = Kernels.rollingStd(raw.dailyReturns(AAA).values(), 25, 10);
    assertThat(raw.dailyReturnsVolatility(AAA).values()).containsExactly(expected);
    assertThat(raw.dailyReturnsVolatility(AAA).value(5)).isNaN();
  }

  @Test
  void simpleVolCalcNeedsAWholeWindowOfAtLeastMinPeriods() {
    // checked once, when the system is built
    assertThatThrownBy(() -> rawData("instrument_weights: {AAA: 1}\nvolatility_calculation:\n"
        + "  func: sysquant.estimators.vol.simple_vol_calc\n  days: 25.5\n")).isInstanceOf(ConfigException.class)
        .hasMessageContaining("volatility_calculation.days").hasMessageContaining("25.5");
    assertThatThrownBy(() -> rawData("instrument_weights: {AAA: 1}\nvolatility_calculation:\n"
        + "  func: sysquant.estimators.vol.simple_vol_calc\n  days: 5\n  min_periods: 10\n"))
        .isInstanceOf(ConfigException.class)
        .hasMessageContaining("volatility_calculation.min_periods").hasMessageContaining("10 > 5");
  }

  @Test
  void mixedVolatilityBackfillFillsForwardThenTheLeadingRowsAsPandasDoes() {
    // pysystemtrade mixed_vol_calc(r, days=5, min_periods=3, slow_vol_years=1, proportion_of_slow_vol=0.3,
    // backfill=True) on pandas 2.2
    double nan = Double.NaN;
    TimeSeries r = TimeSeries.of(businessDays(15),
        new double[] {nan, nan, 0.5, -0.25, 1.0, 0.3, nan, 0.75, -0.5, 0.2, 0.1, -0.3, 0.4, nan, nan});
    String[] tail = {"0x1.5e8add236a58dp-1", "0x1.12ad05b8f75eep-1", "0x1.0e32e96804db0p-1", "0x1.d17791caab940p-2",
        "0x1.527bbf14c55dep-1", "0x1.1863c06d6a399p-1", "0x1.d859c53906214p-2", "0x1.ca090a2d17eb0p-2",
        "0x1.bd38601fa7d6ep-2", "0x1.b9bdf3ba339d2p-2", "0x1.b6e57f76a002bp-2"};
    String[] filled = new String[15];
    String[] plain = new String[15];
    for (int i = 0; i < 4; i++) {
      filled[i] = tail[0];
      plain[i] = "nan";
    }
    System.arraycopy(tail, 0, filled, 4, tail.length);
    System.arraycopy(tail, 0, plain, 4, tail.length);
    assertBits(VolCalculations.mixedVol(r, 5, 3, 1, 0.3, 1e-10, true), filled);
    assertBits(VolCalculations.mixedVol(r, 5, 3, 1, 0.3, 1e-10, false), plain);
    assertBits(VolCalculations.mixedVol(r, 5, 3, 1, 0.3, 1e-10), plain);
  }

  @Test
  void mixedVolatilityBackfillIsReadFromTheConfig() {
    String vol = "instrument_weights: {AAA: 1}\nvolatility_calculation:\n"
        + "  func: sysquant.estimators.vol.mixed_vol_calc\n  multiplier_to_get_daily_vol: 1.2\n";
    TimeSeries plain = rawData(vol).dailyReturnsVolatility(AAA);
    TimeSeries backfilled = rawData(vol + "  backfill: True\n").dailyReturnsVolatility(AAA);
    int first = plain.firstValidIndex();
    assertThat(first).isPositive();
    for (int i = 0; i < first; i++) {
      assertThat(backfilled.value(i)).isEqualTo(plain.value(first));
    }
    for (int i = first; i < plain.size(); i++) {
      assertThat(backfilled.value(i)).isEqualTo(plain.value(i));
    }
  }

  @Test
  void volatilityCanBeMeasuredOnPercentageReturns() {
    RawData raw = rawData("instrument_weights: {AAA: 1}\nvolatility_calculation:\n"
        + "  func: sysquant.estimators.vol.simple_ewvol_calc\n"
        + "  name_returns_attr_in_rawdata: get_daily_percentage_returns\n");
    TimeSeries percentage = raw.dailyReturns(AAA).dividedBy(raw.dailyDenominatorPrice(AAA).ffill());
    assertThat(raw.dailyPercentageReturns(AAA)).isEqualTo(percentage);
    TimeSeries expected = percentage.ewmStd(Ewm.span(35).withMinPeriods(10));
    assertThat(raw.dailyReturnsVolatility(AAA).values()).containsExactly(expected.values());
  }

  @Test
  void returnsThatNeedTheVolatilityOrAreUnknownAreConfigErrors() {
    String head = "instrument_weights: {AAA: 1}\nvolatility_calculation:\n  name_returns_attr_in_rawdata: ";
    assertThatThrownBy(() -> rawData(head + "raw_carry\n").dailyReturnsVolatility(AAA))
        .isInstanceOf(ConfigException.class).hasMessageContaining("name_returns_attr_in_rawdata")
        .hasMessageContaining("'raw_carry'").hasMessageContaining("volatility itself");
    assertThatThrownBy(() -> rawData(head + "no_such_returns\n").dailyReturnsVolatility(AAA))
        .isInstanceOf(ConfigException.class).hasMessageContaining("'no_such_returns'")
        .hasMessageContaining("get_daily_percentage_returns");
  }

  @Test
  void unknownVolatilityFunctionListsTheKnownOnes() {
    assertThatThrownBy(() -> rawData("instrument_weights: {AAA: 1}\nvolatility_calculation:\n"
        + "  func: sysquant.estimators.vol.nope\n").dailyReturnsVolatility(AAA))
        .isInstanceOf(ConfigException.class).hasMessageContaining("volatility_calculation.func")
        .hasMessageContaining("sysquant.estimators.vol.nope")
        .hasMessageContaining("sysquant.estimators.vol.simple_vol_calc");
  }
}
