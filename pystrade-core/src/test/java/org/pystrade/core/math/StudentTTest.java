package org.pystrade.core.math;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.assertj.core.data.Offset;
import org.junit.jupiter.api.Test;

class StudentTTest {

  private static Offset<Double> rel(double expected, double tol) {
    return within(Math.abs(expected) * tol);
  }

  @Test
  void oneDegreeOfFreedomIsCauchy() {
    for (double t : new double[] {-30, -2.5, -0.5, 0.0, 0.3, 1.0, 7.0, 1e3}) {
      double expected = 0.5 + Math.atan(t) / Math.PI;
      assertThat(StudentT.cdf(t, 1)).as("t=%s", t).isCloseTo(expected, within(2e-15));
      assertThat(StudentT.sf(t, 1)).as("t=%s", t).isCloseTo(1 - expected, within(2e-15));
    }
    // far tail keeps relative accuracy: sf(t) = atan(1/t)/pi for t > 0
    assertThat(StudentT.sf(1e6, 1)).isCloseTo(Math.atan(1e-6) / Math.PI, rel(Math.atan(1e-6) / Math.PI, 1e-13));
  }

  @Test
  void twoDegreesOfFreedomHasClosedForm() {
    for (double t : new double[] {-40, -1.3, -0.01, 0.2, 2.0, 9.0}) {
      double expected = 0.5 + t / (2 * Math.sqrt(2 + t * t));
      assertThat(StudentT.cdf(t, 2)).as("t=%s", t).isCloseTo(expected, within(2e-15));
    }
  }

  @Test
  void matchesScipyAcrossDegreesOfFreedom() {
    // {df, t, scipy.stats.t.cdf(t, df), 2 * scipy.stats.t.sf(|t|, df)}
    double[][] table = {
        {5, 2.0, 0.9490302605850708, 0.10193947882985835},
        {10, -0.3, 0.3851603037828993, 0.7703206075657986},
        {30, 3.5, 0.9992615962811778, 0.0014768074376442532},
        {100, 1.96, 0.9736105493168852, 0.05277890136622966},
        {7.5, 2.2, 0.9694002670469419, 0.0611994659061161},
        {20, -2.5, 0.01061677271956619, 0.02123354543913238},
        {300, -4.5, 4.865825181107717e-06, 9.731650362215434e-06},
        {2.5, 15.0, 0.9991833451417248, 0.001633309716550348},
        {13271, 3.420147360352742, 0.9996861218845206, 0.0006277562309588246},
        {13271, 3.7245313890034786, 0.9999017555891956, 0.00019648882160893318},
        {13271, 2.5, 0.9937843487109714, 0.012431302578057081},
        {13271, -0.01, 0.49601071884143566, 0.9920214376828713},
        {1e6, 5.0, 0.9999997133001065, 5.733997870890745e-07},
        {3, 1e-8, 0.500000003675526, 0.999999992648948},
    };
    for (double[] row : table) {
      double df = row[0];
      double t = row[1];
      assertThat(StudentT.cdf(t, df)).as("cdf df=%s t=%s", df, t).isCloseTo(row[2], rel(row[2], 1e-13));
      assertThat(StudentT.twoSidedPValue(t, df)).as("p df=%s t=%s", df, t).isCloseTo(row[3], rel(row[3], 1e-11));
      assertThat(StudentT.twoSidedPValue(-t, df)).isEqualTo(StudentT.twoSidedPValue(t, df));
    }
  }

  @Test
  void farTailKeepsRelativeAccuracy() {
    // scipy: 2 * t.sf(40, 50) = 1.2412423784372691e-39
    assertThat(StudentT.twoSidedPValue(40.0, 50)).isCloseTo(1.2412423784372691e-39, rel(1.24e-39, 1e-12));
    assertThat(StudentT.cdf(-40.0, 50)).isCloseTo(6.2062118921863455e-40, rel(6.2e-40, 1e-12));
  }

  @Test
  void handlesSpecialValues() {
    assertThat(StudentT.twoSidedPValue(0.0, 4)).isEqualTo(1.0);
    assertThat(StudentT.cdf(0.0, 4)).isEqualTo(0.5);
    assertThat(StudentT.twoSidedPValue(Double.NaN, 4)).isNaN();
    assertThat(StudentT.cdf(Double.NaN, 4)).isNaN();
    assertThat(StudentT.twoSidedPValue(Double.POSITIVE_INFINITY, 4)).isEqualTo(0.0);
    assertThat(StudentT.cdf(Double.NEGATIVE_INFINITY, 4)).isEqualTo(0.0);
    assertThat(StudentT.cdf(Double.POSITIVE_INFINITY, 4)).isEqualTo(1.0);
    assertThat(StudentT.sf(Double.NEGATIVE_INFINITY, 4)).isEqualTo(1.0);
    assertThatThrownBy(() -> StudentT.cdf(1.0, 0.0)).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("degreesOfFreedom");
  }
}
