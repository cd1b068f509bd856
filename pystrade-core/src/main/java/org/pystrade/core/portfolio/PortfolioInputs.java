package org.pystrade.core.portfolio;

import java.util.Optional;
import org.pystrade.core.calc.StageContext;
import org.pystrade.core.rawdata.RawData;
import org.pystrade.core.sizing.PositionSizing;
import org.pystrade.core.util.ArgChecker;

/**
 * What the portfolio stage is built from: the system's context, the position sizing stage beneath it, the
 * subsystems' P&amp;L (what instrument weights and the IDM are estimated from), its parameters and the estimators
 * used when weights or the IDM are estimated. A replacement stage takes the same record; the estimators receive it
 * too.
 *
 * @param context the system's context
 * @param rawData the raw-data stage (percentage returns and volatilities, denominator prices: the risk model's
 *     inputs)
 * @param sizing the position sizing stage
 * @param subsystemPandl the subsystems' P&amp;L
 * @param params the parameters
 * @param weightEstimator the instrument weight estimator, if any
 * @param idmEstimator the instrument diversification multiplier estimator, if any
 * @param riskOverlay the {@code risk_overlay} limits, empty without risk scaling
 * @param returnsCorrelations the estimator of instrument returns' correlations (the risk overlay and the dynamic
 *     optimisation need one), if any
 */
public record PortfolioInputs(StageContext context, RawData rawData, PositionSizing sizing,
    SubsystemPandl subsystemPandl, PortfolioParams params, Optional<InstrumentWeightEstimator> weightEstimator,
    Optional<InstrumentDivMultiplierEstimator> idmEstimator, Optional<RiskOverlayParams> riskOverlay,
    Optional<InstrumentReturnsCorrelationEstimator> returnsCorrelations) {

  /**
   * Validates.
   *
   * @param context the system's context
   * @param rawData the raw-data stage (percentage returns and volatilities, denominator prices: the risk model's
   *         inputs)
   * @param sizing the position sizing stage
   * @param subsystemPandl the subsystems' P&amp;L
   * @param params the parameters
   * @param weightEstimator the instrument weight estimator, if any
   * @param idmEstimator the instrument diversification multiplier estimator, if any
   * @param riskOverlay the {@code risk_overlay} limits, empty without risk scaling
   * @param returnsCorrelations the estimator of instrument returns' correlations (the risk overlay and the dynamic
   *         optimisation need one), if any
   */
  public PortfolioInputs {
    ArgChecker.notNull(context, "context");
    ArgChecker.notNull(rawData, "rawData");
    ArgChecker.notNull(sizing, "sizing");
    ArgChecker.notNull(subsystemPandl, "subsystemPandl");
    ArgChecker.notNull(params, "params");
    ArgChecker.notNull(weightEstimator, "weightEstimator");
    ArgChecker.notNull(idmEstimator, "idmEstimator");
    ArgChecker.notNull(riskOverlay, "riskOverlay");
    ArgChecker.notNull(returnsCorrelations, "returnsCorrelations");
  }
}
