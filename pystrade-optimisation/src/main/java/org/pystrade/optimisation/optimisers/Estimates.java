package org.pystrade.optimisation.optimisers;

import java.util.ArrayList;
import java.util.List;
import org.pystrade.core.util.ArgChecker;
import org.pystrade.optimisation.estimators.CorrelationMatrix;

/**
 * One period's estimates for an optimiser (pysystemtrade's {@code Estimates}): annualised means and standard
 * deviations, the correlation matrix (whose names fix the asset order), the number of data rows and how many rows
 * make a year.
 *
 * @param correlation correlations; its names are the assets
 * @param mean annualised mean per asset (NaN = missing)
 * @param stdev annualised standard deviation per asset (NaN = missing)
 * @param dataLength rows of data in the fitting window
 * @param periodsPerYear rows per year of the data's frequency
 */
public record Estimates(CorrelationMatrix correlation, double[] mean, double[] stdev, int dataLength,
    double periodsPerYear) {

  /**
   * Validates and copies.
   *
   * @param correlation correlations; its names are the assets
   * @param mean annualised mean per asset (NaN = missing)
   * @param stdev annualised standard deviation per asset (NaN = missing)
   * @param dataLength rows of data in the fitting window
   * @param periodsPerYear rows per year of the data's frequency
   */
  public Estimates {
    ArgChecker.notNull(correlation, "correlation");
    ArgChecker.isTrue(mean.length == correlation.size() && stdev.length == correlation.size(),
        "means and stdevs must match the correlation size");
    ArgChecker.notNegative(dataLength, "dataLength");
    ArgChecker.positive(periodsPerYear, "periodsPerYear");
    mean = mean.clone();
    stdev = stdev.clone();
  }

  /**
   * The asset names.
   *
   * @return the names
   */
  public List<String> names() {
    return correlation.names();
  }

  /**
   * Number of assets.
   *
   * @return the size
   */
  public int size() {
    return correlation.size();
  }

  /**
   * Years of data: rows over rows per year.
   *
   * @return years
   */
  public double dataLengthYears() {
    return dataLength / periodsPerYear;
  }

  /**
   * Sharpe ratio per asset (mean over standard deviation).
   *
   * @return the ratios
   */
  public double[] sharpeRatios() {
    double[] sr = new double[mean.length];
    for (int i = 0; i < sr.length; i++) {
      sr[i] = mean[i] / stdev[i];
    }
    return sr;
  }

  /**
   * The estimates restricted to some assets, in the given order.
   *
   * @param subset the assets
   * @return the estimates
   */
  public Estimates subset(List<String> subset) {
    double[] m = new double[subset.size()];
    double[] s = new double[subset.size()];
    for (int i = 0; i < m.length; i++) {
      int at = names().indexOf(subset.get(i));
      ArgChecker.isTrue(at >= 0, "unknown asset {}", subset.get(i));
      m[i] = mean[at];
      s[i] = stdev[at];
    }
    return new Estimates(correlation.subset(subset), m, s, dataLength, periodsPerYear);
  }

  /**
   * A copy with other means and standard deviations.
   *
   * @param newMean the means
   * @param newStdev the standard deviations
   * @return the estimates
   */
  public Estimates withMeanAndStdev(double[] newMean, double[] newStdev) {
    return new Estimates(correlation, newMean, newStdev, dataLength, periodsPerYear);
  }

  /**
   * A copy with another correlation matrix (same names).
   *
   * @param newCorrelation the matrix
   * @return the estimates
   */
  public Estimates withCorrelation(CorrelationMatrix newCorrelation) {
    ArgChecker.isTrue(newCorrelation.names().equals(names()), "correlation names differ");
    return new Estimates(newCorrelation, mean, stdev, dataLength, periodsPerYear);
  }

  /**
   * Assets without usable estimates, as pysystemtrade's {@code assets_with_missing_data}: a correlation row with
   * fewer than two values, or a missing standard deviation (pysystemtrade checks the correlation twice and the
   * means never; so does this).
   *
   * @return the names, in asset order
   */
  public List<String> assetsWithMissingData() {
    List<String> out = new ArrayList<>();
    for (int i = 0; i < size(); i++) {
      int present = 0;
      for (int j = 0; j < size(); j++) {
        double v = correlation.get(j, i);
        if (v == v) {
          present++;
        }
      }
      if (present < 2 || stdev[i] != stdev[i]) {
        out.add(names().get(i));
      }
    }
    return out;
  }
}
