package org.pystrade.core.accounts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.time.LocalDate;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.pystrade.core.series.TimeSeries;
import org.pystrade.core.series.Timestamps;

class AccountStatsTest {

  private static final double TOL = 1e-12;

  /** Consecutive business days from Monday 2024-01-01. */
  private static TimeSeries businessDays(double... values) {
    LocalDate[] dates = new LocalDate[values.length];
    LocalDate d = LocalDate.of(2024, 1, 1);
    for (int i = 0; i < values.length; i++) {
      dates[i] = d;
      d = d.plusDays(d.getDayOfWeek().getValue() == 5 ? 3 : 1);
    }
    return TimeSeries.ofDates(dates, values);
  }

  @Test
  void handComputedDailyStatistics() {
    // returns 4, -2, 0, 1, -1, 4: sum 6, mean 1, deviations 3,-3,-1,0,-2,3 (squares sum 32, cubes sum 18)
    AccountStats s = AccountStats.of(businessDays(4, -2, 0, 1, -1, 4));
    assertThat(s.min()).isEqualTo(-2.0);
    assertThat(s.max()).isEqualTo(4.0);
    assertThat(s.median()).isEqualTo(0.5);
    assertThat(s.mean()).isCloseTo(1.0, within(TOL));
    assertThat(s.std()).isCloseTo(Math.sqrt(32.0 / 5), within(TOL));
    // biased skew: m3 / m2^1.5 with m2 = 32/6, m3 = 18/6 (scipy: 0.2435696448143734)
    assertThat(s.skew()).isCloseTo(3.0 / Math.pow(16.0 / 3, 1.5), within(TOL));
    assertThat(s.skew()).isCloseTo(0.2435696448143734, within(TOL));
    // 6 business days = 6/256 years
    assertThat(s.annMean()).isCloseTo(256.0, within(TOL));
    assertThat(s.annStd()).isCloseTo(16 * Math.sqrt(6.4), within(TOL));
    assertThat(s.sharpe()).isCloseTo(16 / Math.sqrt(6.4), within(TOL));
    // losses -2, -1: population std 0.5
    assertThat(s.sortino()).isCloseTo(256.0 / (0.5 * 16), within(TOL));
    // curve 4, 2, 2, 3, 2, 6; running max 4, 4, 4, 4, 4, 6; drawdowns 0, -2, -2, -1, -2, 0
    assertThat(s.avgDrawdown()).isCloseTo(-7.0 / 6, within(TOL));
    assertThat(s.timeInDrawdown()).isCloseTo(4.0 / 6, within(TOL));
    assertThat(s.calmar()).isCloseTo(128.0, within(TOL));
    assertThat(s.avgReturnToDrawdown()).isCloseTo(256.0 * 6 / 7, within(TOL));
    assertThat(s.avgLoss()).isCloseTo(-1.5, within(TOL));
    assertThat(s.avgGain()).isCloseTo(3.0, within(TOL));
    assertThat(s.gainToLossRatio()).isCloseTo(2.0, within(TOL));
    assertThat(s.profitFactor()).isCloseTo(3.0, within(TOL));
    // zero return is neither gain nor loss: 3 gains of 5
    assertThat(s.hitRate()).isCloseTo(0.6, within(TOL));
    // t = 1 / sqrt(6.4 / 6); scipy.stats.ttest_1samp: 0.9682458365518544, p 0.3773912209495462
    assertThat(s.tStat()).isCloseTo(1 / Math.sqrt(6.4 / 6), within(TOL));
    assertThat(s.pValue()).isCloseTo(0.3773912209495462, within(1e-14));
  }

  @Test
  void intradayAndWeekendRowsAreSummedIntoBusinessDaysFirst() {
    long[] times = {
        Timestamps.parse("2024-01-05 10:00:00"),
        Timestamps.parse("2024-01-05 23:00:00"),
        Timestamps.parse("2024-01-06 12:00:00"),
        Timestamps.parse("2024-01-09 23:00:00")};
    AccountStats s = AccountStats.of(TimeSeries.of(times, new double[] {1, 2, 3, -4}));
    // business days 05 (6), 08 (0), 09 (-4)
    assertThat(s.max()).isEqualTo(6.0);
    assertThat(s.median()).isEqualTo(0.0);
    assertThat(s.hitRate()).isEqualTo(0.5);
    assertThat(s.annMean()).isCloseTo(2.0 / (3 / 256.0), within(TOL));
  }

  @Test
  void missingRowsCountAsPeriodsOnlyInTheAnnualisedMean() {
    TimeSeries r = businessDays(Double.NaN, 2, Double.NaN, 2, 0);
    AccountStats s = AccountStats.ofPeriodReturns(r, 4.0);
    assertThat(s.annMean()).isCloseTo(4.0 / (5 / 4.0), within(TOL));
    assertThat(s.mean()).isCloseTo(4.0 / 3, within(TOL));
    assertThat(s.std()).isCloseTo(Math.sqrt((2 * 4.0 / 9 + 16.0 / 9) / 2), within(TOL));
    assertThat(s.annStd()).isCloseTo(2 * s.std(), within(TOL));
    // the leading NaN row has no drawdown; curve 2, 2, 4, 4 never falls
    assertThat(s.timeInDrawdown()).isEqualTo(0.0);
    assertThat(s.avgDrawdown()).isEqualTo(0.0);
    assertThat(s.hitRate()).isEqualTo(1.0);
    // no losses: as numpy, mean of nothing is NaN and a gain over minus an empty sum (-0.0) is -inf
    assertThat(s.avgLoss()).isNaN();
    assertThat(s.sortino()).isNaN();
    assertThat(s.gainToLossRatio()).isNaN();
    assertThat(s.profitFactor()).isEqualTo(Double.NEGATIVE_INFINITY);
    // worst and average drawdown are 0: pysystemtrade divides by -0.0, giving -inf
    assertThat(s.calmar()).isEqualTo(Double.NEGATIVE_INFINITY);
    assertThat(s.avgReturnToDrawdown()).isEqualTo(Double.NEGATIVE_INFINITY);
  }

  @Test
  void constantAndTinySamplesGiveNaNWhereTheLibrariesDo() {
    AccountStats flat = AccountStats.of(businessDays(0, 0, 0));
    assertThat(flat.skew()).isNaN();
    assertThat(flat.tStat()).isNaN();
    assertThat(flat.pValue()).isNaN();
    assertThat(flat.hitRate()).isNaN();
    assertThat(flat.std()).isEqualTo(0.0);
    AccountStats one = AccountStats.of(businessDays(1.5));
    assertThat(one.std()).isNaN();
    assertThat(one.median()).isEqualTo(1.5);
    assertThat(one.pValue()).isNaN();
    AccountStats empty = AccountStats.ofPeriodReturns(TimeSeries.empty(), 256);
    assertThat(empty.min()).isNaN();
    assertThat(empty.annMean()).isNaN();
    assertThat(empty.timeInDrawdown()).isNaN();
  }

  @Test
  void mapsFollowPysystemtradeOrderAndFormatting() {
    AccountStats s = AccountStats.of(businessDays(4, -2, 0, 1, -1, 4));
    Map<String, Double> m = s.toMap();
    assertThat(m.keySet()).containsExactlyElementsOf(AccountStats.NAMES);
    assertThat(m.get("sortino")).isEqualTo(s.sortino());
    assertThat(m.get("p_value")).isEqualTo(s.pValue());
    Map<String, String> f = s.formatted();
    assertThat(f.keySet()).containsExactlyElementsOf(AccountStats.NAMES);
    assertThat(f.get("ann_mean")).isEqualTo("256");
    assertThat(f.get("avg_drawdown")).isEqualTo("-1.167");
    assertThat(f.get("skew")).isEqualTo("0.2436");
    assertThat(f.get("t_stat")).isEqualTo("0.9682");
  }

  @Test
  void rejectsImpossibleValuesAndArguments() {
    double n = Double.NaN;
    assertThatThrownBy(() -> new AccountStats(n, n, n, n, n, n, n, n, n, n, n, 1.5, n, n, n, n, n, n, n, n, n))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("timeInDrawdown");
    assertThatThrownBy(() -> new AccountStats(n, n, n, n, -1, n, n, n, n, n, n, n, n, n, n, n, n, n, n, n, n))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("std");
    assertThatThrownBy(() -> new AccountStats(n, n, n, n, n, n, n, n, n, n, 0.1, n, n, n, n, n, n, n, n, n, n))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("avgDrawdown");
    assertThatThrownBy(() -> AccountStats.ofPeriodReturns(TimeSeries.empty(), 0))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("timesPerYear");
    assertThatThrownBy(() -> AccountStats.of(null)).isInstanceOf(IllegalArgumentException.class);
  }
}
