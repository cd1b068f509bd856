package org.pystrade.core.rules;

import static org.assertj.core.api.Assertions.assertThat;

import org.pystrade.core.series.TimeSeries;
import org.pystrade.core.series.Timestamps;

/** Assertions on series: same index, NaN in the same rows, values within a relative tolerance. */
final class SeriesAssert {

  private SeriesAssert() {
  }

  /**
   * Asserts the two series agree.
   *
   * @param label what is compared, for messages
   * @param expected the expected series
   * @param actual the actual series
   * @param relTol tolerance relative to {@code max(1, |expected|)}
   * @return the largest scaled difference seen
   */
  static double assertMatches(String label, TimeSeries expected, TimeSeries actual, double relTol) {
    assertThat(actual.timestamps()).as(label + ": index").containsExactly(expected.timestamps());
    double worst = 0;
    for (int i = 0; i < expected.size(); i++) {
      double e = expected.value(i);
      double a = actual.value(i);
      String where = label + " at " + Timestamps.format(expected.time(i)) + " (row " + i + ")";
      if (Double.isNaN(e)) {
        assertThat(a).as(where + ": expected NaN").isNaN();
        continue;
      }
      assertThat(a).as(where + ": expected " + e).isNotNaN();
      double d = Math.abs(a - e) / Math.max(1.0, Math.abs(e));
      worst = Math.max(worst, d);
      assertThat(d).as(where + ": expected " + e + " but was " + a).isLessThanOrEqualTo(relTol);
    }
    return worst;
  }
}
