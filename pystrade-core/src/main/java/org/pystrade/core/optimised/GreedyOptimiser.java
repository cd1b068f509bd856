package org.pystrade.core.optimised;

import org.pystrade.core.portfolio.RiskModel;
import org.pystrade.core.util.ArgChecker;

/**
 * One day of pysystemtrade's dynamic optimisation ({@code objectiveFunctionForGreedy} and
 * {@code greedy_algo_across_integer_values}), on arrays. Weights are notional exposures as a proportion of capital;
 * a contract of instrument {@code i} is worth {@code perContractValue[i]} of them.
 *
 * <p>The instruments optimised are those with data in the covariance (at least two known values in their column),
 * a known optimal weight and a known contract value; the others get no position. If the tracking error of the
 * previous positions against the unrounded optimum is under the buffer, they are kept. Otherwise the greedy
 * algorithm starts from no position (or the constraints' nearest bound) and, while it improves the objective
 * (tracking error plus shadow cost times trading cost against the previous positions), adds the one contract, in the
 * direction of each instrument's optimum, that improves it most; the result is then moved only part of the way from
 * the previous positions: the fraction by which its tracking error against them exceeds the buffer, rounded to whole
 * contracts (half to even). Positions are the weights over the contract value rounded to whole contracts (half to
 * even), as pysystemtrade's {@code FuturesRoundingStrategy.round_weights}. A negative tracking-error variance or a missing cost makes
 * pysystemtrade give up for the day and keep the previous positions; so does this.
 *
 * <p>Candidates are evaluated incrementally (the variance of a one-contract step from the current solution is
 * updated from the products of the covariance with the current gap, themselves updated by one row and column after
 * each accepted step, so a step costs O(n) and not pysystemtrade's O(n^3)):
 * the values differ from pysystemtrade's full re-evaluation in the last bits only, as pysystemtrade's own do between
 * runs (it orders instruments by a Python set).
 */
public final class GreedyOptimiser {

  /** pysystemtrade's {@code A_VERY_LARGE_NUMBER}: the weight bounds without a constraint. */
  static final double VERY_LARGE = 999;
  /** pysystemtrade's {@code A_VERY_SMALL_NUMBER}: the bound of a reduce-only position that is 0. */
  static final double VERY_SMALL = 0.000001;

  private GreedyOptimiser() {
  }

  /**
   * One day's inputs, all arrays over the same instruments.
   *
   * @param optimalContracts the unrounded optimal positions (NaN where unknown)
   * @param perContractValue one contract's notional value as a proportion of capital (NaN where unknown)
   * @param covariance the covariance of the instruments' returns (NaN where unknown)
   * @param costs the cost of trading one unit of weight, as a proportion of capital
   * @param previousPositions yesterday's optimised positions (NaN read as 0)
   * @param reduceOnly instruments that may only reduce their position
   * @param hasData which instruments have data in the covariance (pysystemtrade's {@code assets_with_data}: at
   *     least two known values in their column); null to find out from the covariance, whose entries are then all
   *     read; given, only the entries between instruments with data, an optimal weight and a contract value are
   */
  public record Day(double[] optimalContracts, double[] perContractValue, double[][] covariance, double[] costs,
      double[] previousPositions, boolean[] reduceOnly, boolean[] hasData) {

    /**
     * A day whose covariance is complete: which instruments have data is read from it.
     *
     * @param optimalContracts the unrounded optimal positions
     * @param perContractValue one contract's value as a proportion of capital
     * @param covariance the covariance
     * @param costs the cost of a unit of weight
     * @param previousPositions yesterday's positions
     * @param reduceOnly instruments that may only reduce their position
     */
    public Day(double[] optimalContracts, double[] perContractValue, double[][] covariance, double[] costs,
        double[] previousPositions, boolean[] reduceOnly) {
      this(optimalContracts, perContractValue, covariance, costs, previousPositions, reduceOnly, null);
    }

    /**
     * Validates the shapes.
     *
     * @param optimalContracts the unrounded optimal positions (NaN where unknown)
     * @param perContractValue one contract's notional value as a proportion of capital (NaN where unknown)
     * @param covariance the covariance of the instruments' returns (NaN where unknown)
     * @param costs the cost of trading one unit of weight, as a proportion of capital
     * @param previousPositions yesterday's optimised positions (NaN read as 0)
     * @param reduceOnly instruments that may only reduce their position
     * @param hasData which instruments have data in the covariance (pysystemtrade's {@code assets_with_data}: at
     *         least two known values in their column); null to find out from the covariance, whose entries are then all
     *         read; given, only the entries between instruments with data, an optimal weight and a contract value are
     */
    public Day {
      int n = ArgChecker.notNull(optimalContracts, "optimalContracts").length;
      ArgChecker.isTrue(ArgChecker.notNull(perContractValue, "perContractValue").length == n, "perContractValue");
      ArgChecker.isTrue(ArgChecker.notNull(covariance, "covariance").length == n, "covariance");
      ArgChecker.isTrue(ArgChecker.notNull(costs, "costs").length == n, "costs");
      ArgChecker.isTrue(ArgChecker.notNull(previousPositions, "previousPositions").length == n, "previousPositions");
      ArgChecker.isTrue(ArgChecker.notNull(reduceOnly, "reduceOnly").length == n, "reduceOnly");
      ArgChecker.isTrue(hasData == null || hasData.length == n, "hasData");
    }
  }

  /** The optimisation failed for the day (pysystemtrade's exceptions): the previous positions are kept. */
  private static final class GiveUp extends RuntimeException {
    private static final long serialVersionUID = 1L;

    GiveUp() {
      super(null, null, false, false);
    }
  }

  /**
   * The optimised positions of one day.
   *
   * @param day the inputs
   * @param shadowCost {@code small_system.shadow_cost}
   * @param trackingErrorBuffer {@code small_system.tracking_error_buffer}
   * @return whole contracts for every instrument
   */
  public static double[] optimise(Day day, double shadowCost, double trackingErrorBuffer) {
    int n = day.optimalContracts.length;
    double[] prev = new double[n];
    for (int i = 0; i < n; i++) {
      double p = day.previousPositions[i];
      prev[i] = p == p ? p : 0.0;
    }
    boolean[] data = day.hasData != null ? day.hasData : RiskModel.assetsWithData(day.covariance);
    int[] valid = new int[n];
    int k = 0;
    for (int i = 0; i < n; i++) {
      double w = day.optimalContracts[i] * day.perContractValue[i];
      if (data[i] && w == w && day.perContractValue[i] == day.perContractValue[i]) {
        valid[k++] = i;
      }
    }
    Problem p = new Problem(k, shadowCost, trackingErrorBuffer);
    for (int a = 0; a < k; a++) {
      int i = valid[a];
      p.pcv[a] = day.perContractValue[i];
      p.opt[a] = day.optimalContracts[i] * day.perContractValue[i];
      p.prior[a] = prev[i] * day.perContractValue[i];
      p.cost[a] = day.costs[i];
      for (int b = 0; b < k; b++) {
        p.cov[a][b] = day.covariance[i][valid[b]];
      }
      p.constrain(a, day.reduceOnly[i]);
    }
    double[] weights;
    try {
      weights = p.solve();
    } catch (GiveUp ex) {
      return day.previousPositions.clone();
    }
    double[] out = new double[n];
    for (int a = 0; a < k; a++) {
      // pysystemtrade's FuturesRoundingStrategy: the weight over the contract value rounded half to even (so the
      // floating-point error of a sum of contract values cannot lose a contract), 0 where unknown
      double x = weights[a] / p.pcv[a];
      out[valid[a]] = x == x ? Math.rint(x) : 0.0;
    }
    return out;
  }

  /** The problem over the valid instruments. */
  private static final class Problem {
    final int k;
    final double shadow;
    final double buffer;
    final double[] pcv;
    final double[] opt;
    final double[] prior;
    final double[] cost;
    final double[][] cov;
    final double[] min;
    final double[] max;
    final double[] direction;
    final double[] start;

    Problem(int k, double shadow, double buffer) {
      this.k = k;
      this.shadow = shadow;
      this.buffer = buffer;
      pcv = new double[k];
      opt = new double[k];
      prior = new double[k];
      cost = new double[k];
      cov = new double[k][k];
      min = new double[k];
      max = new double[k];
      direction = new double[k];
      start = new double[k];
    }

    /** pysystemtrade's {@code calculations_for_code} without maximum positions, no-trade or long-only keys. */
    void constrain(int a, boolean reduceOnly) {
      double lo = -VERY_LARGE;
      double hi = VERY_LARGE;
      if (reduceOnly) {
        double w = prior[a];
        if (w > 0) {
          lo = -VERY_SMALL;
          hi = w;
        } else if (w < 0) {
          lo = Math.max(lo, w);
          hi = VERY_SMALL;
        } else {
          lo = -VERY_SMALL;
          hi = VERY_SMALL;
        }
      }
      min[a] = lo;
      max[a] = hi;
      if (lo >= 0) {
        direction[a] = 1;
      } else if (hi <= 0) {
        direction[a] = -1;
      } else if (opt[a] != opt[a]) {
        direction[a] = 1;
      } else {
        direction[a] = Math.copySign(1.0, opt[a]);
      }
      start[a] = hi == lo ? hi : lo > 0 ? lo : hi < 0 ? hi : 0.0;
    }

    double[] solve() {
      if (trackingError(prior, opt) < buffer) {
        return prior.clone();
      }
      double[] raw = greedy();
      boolean allZero = true;
      for (double x : raw) {
        allZero &= x == 0;
      }
      if (allZero) {
        raw = prior.clone();
      }
      double te = trackingError(prior, raw);
      double adj = te <= 0 ? 0.0 : Math.max((te - buffer) / te, 0.0);
      if (adj <= 0) {
        return prior.clone();
      }
      double[] out = new double[k];
      for (int a = 0; a < k; a++) {
        double trade = adj * (raw[a] - prior[a]);
        out[a] = prior[a] + Math.rint(trade / pcv[a]) * pcv[a];
      }
      return out;
    }

    /** The tracking error of weights against a target: the square root of {@code (g C) g}, g the gap. */
    double trackingError(double[] w, double[] target) {
      double[] g = new double[k];
      for (int a = 0; a < k; a++) {
        g[a] = w[a] - target[a];
      }
      double var = variance(g);
      if (var < 0) {
        throw new GiveUp();
      }
      return Math.sqrt(var);
    }

    double variance(double[] g) {
      double var = 0.0;
      for (int j = 0; j < k; j++) {
        double v = 0.0;
        for (int i = 0; i < k; i++) {
          v += g[i] * cov[i][j];
        }
        var += v * g[j];
      }
      return var;
    }

    double costTerm(int a, double w) {
      return Math.abs(cost[a] * (w - prior[a]) * shadow);
    }

    double[] greedy() {
      double[] best = start.clone();
      State s = new State(best);
      double bestValue = s.value();
      boolean[] atLimit = new boolean[k];
      while (true) {
        double newBest = bestValue;
        int pick = -1;
        double pickWeight = 0;
        for (int i = 0; i < k; i++) {
          if (atLimit[i]) {
            continue;
          }
          double w = best[i] + pcv[i] * direction[i];
          if (direction[i] > 0 ? w > max[i] : w < min[i]) {
            atLimit[i] = true;
            continue;
          }
          double value = s.valueWith(i, w);
          if (value < newBest) {
            newBest = value;
            pick = i;
            pickWeight = w;
          }
        }
        if (pick < 0) {
          return best;
        }
        best = best.clone();
        best[pick] = pickWeight;
        bestValue = newBest;
        s = s.step(best, pick);
      }
    }

    /** A solution with the products its neighbours' values are updated from. */
    private final class State {
      final double[] w;
      final double[] g;
      /** (g C)_j, the gap times column j. */
      final double[] gc;
      /** (C g)_i, row i times the gap. */
      final double[] cg;
      final double var;
      final double costs;

      private State(double[] w, double[] g, double[] gc, double[] cg, double var, double costs) {
        this.w = w;
        this.g = g;
        this.gc = gc;
        this.cg = cg;
        this.var = var;
        this.costs = costs;
      }

      /**
       * The state after one instrument's weight changed: the products with the gap updated by that instrument's row
       * and column of the covariance (O(k), not O(k^2)), the variance and costs as the candidate's evaluation had
       * them.
       */
      State step(double[] w2, int i) {
        double[] g2 = g.clone();
        g2[i] = w2[i] - opt[i];
        double d = g2[i] - g[i];
        double[] gc2 = gc.clone();
        double[] cg2 = cg.clone();
        for (int j = 0; j < k; j++) {
          gc2[j] += d * cov[i][j];
          cg2[j] += cov[j][i] * d;
        }
        double v = var + d * (gc[i] + cg[i]) + d * d * cov[i][i];
        if (v < 0) {
          return new State(w2);
        }
        double c = costs - costTerm(i, w[i]) + costTerm(i, w2[i]);
        return new State(w2, g2, gc2, cg2, v, c);
      }

      State(double[] w) {
        this.w = w;
        g = new double[k];
        for (int a = 0; a < k; a++) {
          g[a] = w[a] - opt[a];
        }
        gc = new double[k];
        cg = new double[k];
        double v = 0.0;
        for (int j = 0; j < k; j++) {
          double x = 0.0;
          double y = 0.0;
          for (int i = 0; i < k; i++) {
            x += g[i] * cov[i][j];
            y += cov[j][i] * g[i];
          }
          gc[j] = x;
          cg[j] = y;
          v += x * g[j];
        }
        var = v;
        if (var < 0) {
          throw new GiveUp();
        }
        double c = 0.0;
        for (int a = 0; a < k; a++) {
          c += costTerm(a, w[a]);
        }
        if (c != c) {
          throw new GiveUp();
        }
        costs = c;
      }

      double value() {
        return Math.sqrt(var) + costs;
      }

      double valueWith(int i, double wi) {
        double d = (wi - opt[i]) - g[i];
        double v = var + d * (gc[i] + cg[i]) + d * d * cov[i][i];
        if (v < 0) {
          double[] w2 = w.clone();
          w2[i] = wi;
          double[] g2 = new double[k];
          for (int a = 0; a < k; a++) {
            g2[a] = w2[a] - opt[a];
          }
          v = variance(g2);
          if (v < 0) {
            throw new GiveUp();
          }
        }
        double c = costs - costTerm(i, w[i]) + costTerm(i, wi);
        if (c != c) {
          throw new GiveUp();
        }
        return Math.sqrt(v) + c;
      }
    }
  }
}
