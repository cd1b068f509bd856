package org.pystrade.core.accounts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.pystrade.core.series.TimeSeries;
import org.pystrade.core.series.Timestamps;

class AccountCurvesTest {

  private static final double NAN = Double.NaN;

  private static long t(String text) {
    return Timestamps.parse(text);
  }

  private static TimeSeries series(String[] times, double[] values) {
    long[] ts = new long[times.length];
    for (int i = 0; i < ts.length; i++) {
      ts[i] = t(times[i]);
    }
    return TimeSeries.of(ts, values);
  }

  private static void assertSeries(TimeSeries actual, String[] times, double[] values) {
    assertThat(actual.size()).as("rows of %s", actual).isEqualTo(times.length);
    for (int i = 0; i < times.length; i++) {
      assertThat(Timestamps.format(actual.time(i))).as("time %s", i).isEqualTo(times[i]);
      if (Double.isNaN(values[i])) {
        assertThat(actual.value(i)).as("value %s", i).isNaN();
      } else {
        assertThat(actual.value(i)).as("value %s", i).isEqualTo(values[i]);
      }
    }
  }

  @Test
  void businessDaySumPutsWeekendsOnFridayAndFillsEmptyDaysWithZero() {
    // 2024-01-05 is a Friday, 06 Saturday, 07 Sunday
    TimeSeries pandl = series(
        new String[] {"2024-01-04", "2024-01-05 10:00:00", "2024-01-05 23:00:00", "2024-01-06", "2024-01-07",
            "2024-01-10", "2024-01-11", "2024-01-13 12:00:00"},
        new double[] {1, 2, NAN, 4, 8, NAN, 16, 32});
    assertSeries(AccountCurves.resampleSum(pandl, CurveFrequency.BUSINESS_DAY),
        new String[] {"2024-01-04", "2024-01-05", "2024-01-08", "2024-01-09", "2024-01-10", "2024-01-11",
            "2024-01-12"},
        new double[] {1, 14, 0, 0, 0, 16, 32});
  }

  @Test
  void leadingNaNRowsStillOpenPeriods() {
    TimeSeries pandl = series(new String[] {"2024-01-01", "2024-01-02", "2024-01-03"}, new double[] {NAN, NAN, 5});
    assertSeries(AccountCurves.resampleSum(pandl, CurveFrequency.BUSINESS_DAY),
        new String[] {"2024-01-01", "2024-01-02", "2024-01-03"}, new double[] {0, 0, 5});
  }

  @Test
  void weeklySumEndsOnSunday() {
    // 2024-01-07 and 2024-01-14 are Sundays
    TimeSeries pandl = series(
        new String[] {"2024-01-03", "2024-01-07 23:00:00", "2024-01-08", "2024-01-22"},
        new double[] {1, 2, 4, 8});
    assertSeries(AccountCurves.resampleSum(pandl, CurveFrequency.WEEK),
        new String[] {"2024-01-07", "2024-01-14", "2024-01-21", "2024-01-28"}, new double[] {3, 4, 0, 8});
  }

  @Test
  void monthlyAndAnnualSumsAreLabelledAtPeriodEnd() {
    TimeSeries pandl = series(
        new String[] {"2023-12-29", "2024-01-31 23:00:00", "2024-02-01", "2024-02-29", "2024-04-02"},
        new double[] {1, 2, 4, 8, 16});
    assertSeries(AccountCurves.resampleSum(pandl, CurveFrequency.MONTH),
        new String[] {"2023-12-31", "2024-01-31", "2024-02-29", "2024-03-31", "2024-04-30"},
        new double[] {1, 2, 12, 0, 16});
    assertSeries(AccountCurves.resampleSum(pandl, CurveFrequency.YEAR),
        new String[] {"2023-12-31", "2024-12-31"}, new double[] {1, 30});
    TimeSeries years = series(new String[] {"2020-06-01", "2022-03-01"}, new double[] {1, 2});
    assertSeries(AccountCurves.resampleSum(years, CurveFrequency.YEAR),
        new String[] {"2020-12-31", "2021-12-31", "2022-12-31"}, new double[] {1, 0, 2});
  }

  @Test
  void sumIsCompensated() {
    // pandas' grouped sum uses Kahan compensation: 1 + 1e-16 + 1e-16 + ... keeps the small terms
    int n = 10;
    long[] times = new long[n];
    double[] values = new double[n];
    long base = Timestamps.of(LocalDate.of(2024, 1, 2));
    for (int i = 0; i < n; i++) {
      times[i] = base + i * 60L;
      values[i] = i == 0 ? 1.0 : 1e-16;
    }
    double sum = AccountCurves.resampleSum(TimeSeries.of(times, values), CurveFrequency.BUSINESS_DAY).value(0);
    assertThat(sum).isEqualTo(1.0 + 9e-16);
  }

  @Test
  void emptyInputGivesEmptyOutput() {
    assertThat(AccountCurves.resampleSum(TimeSeries.empty(), CurveFrequency.MONTH).isEmpty()).isTrue();
    assertThatThrownBy(() -> AccountCurves.resampleSum(null, CurveFrequency.MONTH))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void cumulativeSkipsAndFillsMissingValues() {
    String[] days = {"2024-01-01", "2024-01-02", "2024-01-03", "2024-01-04", "2024-01-05"};
    TimeSeries r = series(days, new double[] {NAN, 1, NAN, -3, 2});
    assertSeries(AccountCurves.cumulative(r), days, new double[] {NAN, 1, 1, -2, 0});
  }

  @Test
  void drawdownIsDistanceBelowRunningMaximumStartingAtFirstValue() {
    String[] days = {"2024-01-01", "2024-01-02", "2024-01-03", "2024-01-04", "2024-01-05", "2024-01-08"};
    TimeSeries curve = series(days, new double[] {NAN, -1, -3, 2, NAN, 0.5});
    // the running max starts at -1 (not at 0): the first valid row is not in drawdown
    assertSeries(AccountCurves.drawdown(curve), days, new double[] {NAN, 0, -2, 0, NAN, -1.5});
    TimeSeries returns = series(days, new double[] {1, -2, 0, 3, -1, 2});
    assertSeries(AccountCurves.drawdownOfReturns(returns), days, new double[] {0, -2, -2, 0, -1, 0});
  }

  @Test
  void accountCurveViewsAtEachFrequency() {
    TimeSeries pandl = series(new String[] {"2024-01-05", "2024-01-08", "2024-02-01"}, new double[] {1, -2, 4});
    AccountCurve daily = AccountCurve.of(pandl);
    assertThat(daily.frequency()).isEqualTo(CurveFrequency.BUSINESS_DAY);
    assertThat(daily.returns().size()).isEqualTo(20);
    assertThat(daily.pandl()).isSameAs(pandl);
    assertThat(daily.daily()).isSameAs(daily);
    assertSeries(daily.weekly().returns(), new String[] {"2024-01-07", "2024-01-14", "2024-01-21", "2024-01-28",
        "2024-02-04"}, new double[] {1, -2, 0, 0, 4});
    assertSeries(daily.monthly().curve(), new String[] {"2024-01-31", "2024-02-29"}, new double[] {-1, 3});
    assertSeries(daily.annual().returns(), new String[] {"2024-12-31"}, new double[] {3});
    assertSeries(daily.weekly().drawdown(), new String[] {"2024-01-07", "2024-01-14", "2024-01-21", "2024-01-28",
        "2024-02-04"}, new double[] {0, -2, -2, -2, 0});
    assertThat(daily.weekly().worstDrawdown()).isEqualTo(-2.0);
    assertThat(daily.weekly().stats().annMean()).isEqualTo(3.0 / (5 / (365.25 / 7)));
    assertThat(daily.monthly().frequency().timesPerYear()).isEqualTo(12.0);
  }
}
