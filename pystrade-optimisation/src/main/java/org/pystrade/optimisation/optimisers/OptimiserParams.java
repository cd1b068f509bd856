package org.pystrade.optimisation.optimisers;

import org.pystrade.core.config.SystemConfig;
import org.pystrade.core.util.ArgChecker;

/**
 * Parameters of the one-period optimisers (the keys of pysystemtrade's {@code forecast_weight_estimate} and
 * {@code instrument_weight_estimate} that the optimisers read).
 *
 * @param equaliseSR give every asset the same Sharpe ratio ({@code equalise_SR})
 * @param annTargetSR the Sharpe ratio equalised or shrunk to ({@code ann_target_SR})
 * @param equaliseVols give every asset the same volatility ({@code equalise_vols})
 * @param shrinkageSR shrinkage of Sharpe ratios to the target ({@code shrinkage_SR})
 * @param shrinkageCorr shrinkage of correlations to their average ({@code shrinkage_corr})
 * @param monteRuns bootstrap draws ({@code monte_runs})
 * @param seed bootstrap random seed ({@code seed})
 */
public record OptimiserParams(boolean equaliseSR, double annTargetSR, boolean equaliseVols, double shrinkageSR,
    double shrinkageCorr, int monteRuns, long seed) {

  /**
   * Validates.
   *
   * @param equaliseSR give every asset the same Sharpe ratio ({@code equalise_SR})
   * @param annTargetSR the Sharpe ratio equalised or shrunk to ({@code ann_target_SR})
   * @param equaliseVols give every asset the same volatility ({@code equalise_vols})
   * @param shrinkageSR shrinkage of Sharpe ratios to the target ({@code shrinkage_SR})
   * @param shrinkageCorr shrinkage of correlations to their average ({@code shrinkage_corr})
   * @param monteRuns bootstrap draws ({@code monte_runs})
   * @param seed bootstrap random seed ({@code seed})
   */
  public OptimiserParams {
    ArgChecker.inRange(shrinkageSR, 0.0, 1.0, "shrinkageSR");
    ArgChecker.inRange(shrinkageCorr, 0.0, 1.0, "shrinkageCorr");
    ArgChecker.positive(monteRuns, "monteRuns");
  }

  /**
   * pysystemtrade's defaults: SR not equalised, target SR 0.5, vols equalised, shrinkage 0.9 (SR) and 0.5
   * (correlation), 100 bootstrap runs, seed 42.
   *
   * @return a builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Reads the parameters under a config block, pysystemtrade's defaults for absent keys.
   *
   * @param config the config
   * @param prefix e.g. {@code forecast_weight_estimate}
   * @return the parameters
   */
  public static OptimiserParams fromConfig(SystemConfig config, String prefix) {
    Builder b = builder();
    if (config.has(prefix + ".equalise_SR")) {
      b.equaliseSR(config.getBoolean(prefix + ".equalise_SR"));
    }
    if (config.has(prefix + ".equalise_vols")) {
      b.equaliseVols(config.getBoolean(prefix + ".equalise_vols"));
    }
    b.annTargetSR(config.getDouble(prefix + ".ann_target_SR", 0.5));
    b.shrinkageSR(config.getDouble(prefix + ".shrinkage_SR", 0.9));
    b.shrinkageCorr(config.getDouble(prefix + ".shrinkage_corr", 0.5));
    b.monteRuns((int) config.getDouble(prefix + ".monte_runs", 100));
    b.seed((long) config.getDouble(prefix + ".seed", 42));
    return b.build();
  }

  /** Builder with pysystemtrade's defaults. */
  public static final class Builder {
    private boolean equaliseSR;
    private double annTargetSR = 0.5;
    private boolean equaliseVols = true;
    private double shrinkageSR = 0.9;
    private double shrinkageCorr = 0.5;
    private int monteRuns = 100;
    private long seed = 42;

    private Builder() {
    }

    /**
     * Sets {@code equalise_SR}.
     *
     * @param v the value
     * @return this
     */
    public Builder equaliseSR(boolean v) {
      equaliseSR = v;
      return this;
    }

    /**
     * Sets {@code ann_target_SR}.
     *
     * @param v the value
     * @return this
     */
    public Builder annTargetSR(double v) {
      annTargetSR = v;
      return this;
    }

    /**
     * Sets {@code equalise_vols}.
     *
     * @param v the value
     * @return this
     */
    public Builder equaliseVols(boolean v) {
      equaliseVols = v;
      return this;
    }

    /**
     * Sets {@code shrinkage_SR}.
     *
     * @param v the value
     * @return this
     */
    public Builder shrinkageSR(double v) {
      shrinkageSR = v;
      return this;
    }

    /**
     * Sets {@code shrinkage_corr}.
     *
     * @param v the value
     * @return this
     */
    public Builder shrinkageCorr(double v) {
      shrinkageCorr = v;
      return this;
    }

    /**
     * Sets {@code monte_runs}.
     *
     * @param v the value
     * @return this
     */
    public Builder monteRuns(int v) {
      monteRuns = v;
      return this;
    }

    /**
     * Sets the bootstrap seed.
     *
     * @param v the value
     * @return this
     */
    public Builder seed(long v) {
      seed = v;
      return this;
    }

    /**
     * Builds.
     *
     * @return the parameters
     */
    public OptimiserParams build() {
      return new OptimiserParams(equaliseSR, annTargetSR, equaliseVols, shrinkageSR, shrinkageCorr, monteRuns, seed);
    }
  }
}
