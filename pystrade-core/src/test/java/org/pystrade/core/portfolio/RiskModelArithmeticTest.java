package org.pystrade.core.portfolio;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.pystrade.core.series.TimeSeries;

/** pysystemtrade's covariance, portfolio standard deviation and risk multiplier, on hand-checked cases. */
class RiskModelArithmeticTest {

  @Test
  void covarianceIsVolatilityTimesCorrelationTimesVolatility() {
    double[][] cov = RiskModel.covariance(new double[][] {{1, 0.5}, {0.5, 1}}, new double[] {0.2, 0.1});
    assertThat(cov[0][0]).isEqualTo(0.2 * 1 * 0.2);
    assertThat(cov[0][1]).isEqualTo(0.2 * 0.5 * 0.1);
    assertThat(cov[1][1]).isEqualTo(0.1 * 1 * 0.1);
  }

  @Test
  void aMissingVolatilitySpoilsItsRowAndColumnOnly() {
    double[][] cov = RiskModel.covariance(new double[][] {{1, 0, 0}, {0, 1, 0}, {0, 0, 1}},
        new double[] {0.2, Double.NaN, 0.1});
    assertThat(cov[0][0]).isEqualTo(0.04000000000000001);
    assertThat(cov[1][0]).isNaN();
    assertThat(cov[0][1]).isNaN();
    assertThat(cov[2][2]).isEqualTo(0.1 * 0.1);
    assertThat(RiskModel.assetsWithData(cov)).containsExactly(true, false, true);
  }

  @Test
  void aMissingCorrelationSpoilsTheWholeMatrixAsNumpysMatrixProductsDo() {
    double[][] cov = RiskModel.covariance(new double[][] {{1, Double.NaN, 0}, {Double.NaN, 1, 0}, {0, 0, 1}},
        new double[] {0.2, 0.3, 0.1});
    for (double[] row : cov) {
      for (double v : row) {
        assertThat(v).isNaN();
      }
    }
    assertThat(RiskModel.portfolioStdev(new double[] {1, 1, 1}, cov)).isEqualTo(0.0);
  }

  @Test
  void aLoneInstrumentHasNoRisk() {
    // one known volatility: its column has one known value, fewer than pysystemtrade's two
    double[][] cov = RiskModel.covariance(new double[][] {{1, 0}, {0, 1}}, new double[] {0.2, Double.NaN});
    assertThat(RiskModel.portfolioStdev(new double[] {1, Double.NaN}, cov)).isEqualTo(0.0);
  }

  @Test
  void portfolioStdevOfUncorrelatedAssets() {
    double[][] cov = RiskModel.covariance(new double[][] {{1, 0}, {0, 1}}, new double[] {0.3, 0.4});
    assertThat(RiskModel.portfolioStdev(new double[] {1, 1}, cov)).isCloseTo(0.5, org.assertj.core.data.Offset
        .offset(1e-15));
  }

  @Test
  void riskScalarIsTheSmallestMultiplier() {
    RiskOverlayParams p = new RiskOverlayParams(1.75, 4.0, 4.0, 20.0, 25.0);
    long[] t = {0, 86_400};
    RiskOverlay o = RiskOverlay.of(p, TimeSeries.of(t, new double[] {0.1, 0.875}),
        TimeSeries.of(t, new double[] {0.2, Double.NaN}), TimeSeries.of(t, new double[] {0.3, 0.5}),
        TimeSeries.of(t, new double[] {1.0, 40.0}));
    // day 1 within every limit; day 2: normal risk twice its limit 0.4375, leverage twice 20
    assertThat(o.riskScalar().valuesView()).containsExactly(1.0, 0.5);
  }
}
