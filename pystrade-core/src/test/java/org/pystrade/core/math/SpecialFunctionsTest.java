package org.pystrade.core.math;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class SpecialFunctionsTest {

  @Test
  void logGammaAtKnownPoints() {
    // below 10 the value comes from ln Γ(z + k) - ln(z (z+1) ... (z+k-1)): absolute error of a few 1e-15
    assertThat(SpecialFunctions.logGamma(1.0)).isCloseTo(0.0, within(4e-15));
    assertThat(SpecialFunctions.logGamma(2.0)).isCloseTo(0.0, within(4e-15));
    assertThat(SpecialFunctions.logGamma(0.5)).isCloseTo(0.5 * Math.log(Math.PI), within(4e-15));
    double factorial = 1;
    for (int n = 2; n <= 25; n++) {
      factorial *= n - 1; // (n-1)!
      assertThat(SpecialFunctions.logGamma(n)).as("n=%s", n).isCloseTo(Math.log(factorial), within(2e-14));
    }
    // scipy.special.gammaln
    assertThat(SpecialFunctions.logGamma(3.7)).isCloseTo(1.428072326665388, within(2e-15));
    assertThat(SpecialFunctions.logGamma(1000.25)).isCloseTo(5906.9472682711175, within(2e-12));
    assertThat(SpecialFunctions.logGamma(0.0)).isNaN();
    assertThat(SpecialFunctions.logGamma(-1.5)).isNaN();
  }

  @Test
  void logBetaMatchesLogGammaAndHighPrecisionValues() {
    assertThat(SpecialFunctions.logBeta(2.5, 3.5)).isCloseTo(SpecialFunctions.logGamma(2.5)
        + SpecialFunctions.logGamma(3.5) - SpecialFunctions.logGamma(6.0), within(1e-14));
    // B(1, b) = 1/b
    assertThat(SpecialFunctions.logBeta(1.0, 40.0)).isCloseTo(-Math.log(40.0), within(1e-14));
    // 40-digit values (mpmath): ln B(6635.5, 0.5) and ln B(1000, 1000)
    assertThat(SpecialFunctions.logBeta(6635.5, 0.5)).isCloseTo(-3.827710869946001962, within(1e-14));
    assertThat(SpecialFunctions.logBeta(0.5, 6635.5)).isCloseTo(-3.827710869946001962, within(1e-14));
    assertThat(SpecialFunctions.logBeta(1000.0, 1000.0)).isCloseTo(-1388.482601635902, within(1e-11));
    assertThat(SpecialFunctions.logBeta(0.0, 1.0)).isNaN();
  }

  @Test
  void regularizedBetaClosedForms() {
    for (double x : new double[] {0.01, 0.2, 0.5, 0.77, 0.999}) {
      // I_x(1, 1) = x; I_x(a, 1) = x^a; I_x(1/2, 1/2) = (2/pi) asin(sqrt x)
      assertThat(SpecialFunctions.regularizedBeta(x, 1 - x, 1, 1)).isCloseTo(x, within(5e-15));
      assertThat(SpecialFunctions.regularizedBeta(x, 1 - x, 3.5, 1)).isCloseTo(Math.pow(x, 3.5), within(5e-15));
      assertThat(SpecialFunctions.regularizedBeta(x, 1 - x, 0.5, 0.5))
          .isCloseTo(2 / Math.PI * Math.asin(Math.sqrt(x)), within(5e-15));
    }
    // I_0.25(3, 4) = sum_{j=3..6} C(6, j) 0.25^j 0.75^(6-j) = 0.16943359375 exactly
    assertThat(SpecialFunctions.regularizedBeta(0.25, 0.75, 3, 4)).isCloseTo(0.16943359375, within(1e-15));
    assertThat(SpecialFunctions.regularizedBeta(0.0, 1.0, 2, 3)).isEqualTo(0.0);
    assertThat(SpecialFunctions.regularizedBeta(1.0, 0.0, 2, 3)).isEqualTo(1.0);
    assertThat(SpecialFunctions.regularizedBeta(1.5, -0.5, 2, 3)).isNaN();
  }

  @Test
  void regularizedBetaMatchesScipyForLargeShapes() {
    // scipy.special.betainc
    assertThat(SpecialFunctions.regularizedBeta(0.35, 0.65, 100, 200)).isCloseTo(0.7325714649575441,
        within(1e-13));
    assertThat(SpecialFunctions.regularizedBeta(0.9991, 1 - 0.9991, 6635.5, 0.5)).isCloseTo(0.0005468177187793611,
        within(0.0005468177187793611 * 1e-11));
    assertThat(SpecialFunctions.regularizedBeta(0.9, 0.1, 0.5, 3.0)).isCloseTo(0.9996750253207289, within(1e-15));
  }
}
