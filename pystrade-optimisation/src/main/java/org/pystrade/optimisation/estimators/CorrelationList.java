package org.pystrade.optimisation.estimators;

import java.util.List;
import org.pystrade.core.util.ArgChecker;
import org.pystrade.optimisation.fitting.FitPeriod;

/**
 * Correlation matrices over time, one per fitting period ({@code CorrelationList}).
 *
 * @param names asset names (columns of every matrix)
 * @param matrices one matrix per period
 * @param periods the fitting periods
 */
public record CorrelationList(List<String> names, List<CorrelationMatrix> matrices, List<FitPeriod> periods) {

  /**
   * Validates.
   *
   * @param names asset names (columns of every matrix)
   * @param matrices one matrix per period
   * @param periods the fitting periods
   */
  public CorrelationList {
    names = List.copyOf(names);
    matrices = List.copyOf(matrices);
    periods = List.copyOf(periods);
    ArgChecker.isTrue(matrices.size() == periods.size(), "{} matrices for {} periods", matrices.size(),
        periods.size());
  }
}
