package org.pystrade.core.portfolio;

import org.pystrade.core.series.TimeSeries;
import org.pystrade.core.util.ArgChecker;

/**
 * The risk overlay of a portfolio, day by day (pysystemtrade's {@code portfolio.get_risk_scalar} and the four
 * measures behind it), all on the index of the original portfolio weights.
 *
 * @param riskScalar the factor every notional position is multiplied by: the smallest of the four measures'
 *     multipliers, each its limit over the larger of the limit and the measure (1 when within every limit)
 * @param normalRisk expected annualised portfolio risk of the original (unscaled) positions
 * @param shockedVolRisk the same with every instrument's volatility at its 99th percentile over ten years
 * @param sumAbsRisk the sum of each position's absolute annualised risk (every correlation 1)
 * @param leverage the sum of the absolute notional weights (notional exposure over capital)
 */
public record RiskOverlay(TimeSeries riskScalar, TimeSeries normalRisk, TimeSeries shockedVolRisk,
    TimeSeries sumAbsRisk, TimeSeries leverage) {

  /**
   * Validates: all on one index.
   *
   * @param riskScalar the factor every notional position is multiplied by: the smallest of the four measures'
   *         multipliers, each its limit over the larger of the limit and the measure (1 when within every limit)
   * @param normalRisk expected annualised portfolio risk of the original (unscaled) positions
   * @param shockedVolRisk the same with every instrument's volatility at its 99th percentile over ten years
   * @param sumAbsRisk the sum of each position's absolute annualised risk (every correlation 1)
   * @param leverage the sum of the absolute notional weights (notional exposure over capital)
   */
  public RiskOverlay {
    ArgChecker.notNull(riskScalar, "riskScalar");
    for (TimeSeries s : new TimeSeries[] {normalRisk, shockedVolRisk, sumAbsRisk, leverage}) {
      ArgChecker.isTrue(ArgChecker.notNull(s, "measure").hasSameTimes(riskScalar),
          "every measure must be on the risk scalar's index");
    }
  }

  /**
   * pysystemtrade's {@code get_risk_multiplier}: for each measure its limit over the larger of the limit and the
   * measure (a missing measure counts as within its limit), then the smallest of the four.
   *
   * @param params the limits
   * @param normal normal risk
   * @param shocked shocked-volatility risk
   * @param sumAbs sum of absolute risks
   * @param leverage leverage
   * @return the risk overlay
   */
  public static RiskOverlay of(RiskOverlayParams params, TimeSeries normal, TimeSeries shocked, TimeSeries sumAbs,
      TimeSeries leverage) {
    ArgChecker.notNull(params, "params");
    int n = normal.size();
    double[] out = new double[n];
    double[] a = normal.valuesView();
    double[] b = shocked.valuesView();
    double[] c = sumAbs.valuesView();
    double[] d = leverage.valuesView();
    double la = params.normalRiskLimit();
    double lb = params.shockedRiskLimit();
    double lc = params.sumAbsRiskLimit();
    double ld = params.maxRiskLeverage();
    for (int i = 0; i < n; i++) {
      double m = multiplier(b[i], lb);
      m = Math.min(m, multiplier(a[i], la));
      m = Math.min(m, multiplier(c[i], lc));
      m = Math.min(m, multiplier(d[i], ld));
      out[i] = m;
    }
    return new RiskOverlay(normal.withValuesOwned(out), normal, shocked, sumAbs, leverage);
  }

  /** limit / max(limit, measure), the max skipping NaN as pandas' row max does. */
  private static double multiplier(double measure, double limit) {
    double max = measure > limit ? measure : limit;
    return limit / max;
  }
}
