package org.pystrade.optimisation.optimisers;

import java.util.Arrays;
import java.util.function.ToDoubleFunction;
import org.pystrade.core.domain.Result;
import org.pystrade.core.util.ArgChecker;

/**
 * Kraft's sequential least squares quadratic programming (SLSQP) as scipy's {@code minimize(method="SLSQP")} runs
 * it up to scipy 1.15 (the Fortran {@code slsqp_optmz.f}), for bounded problems with equality constraints: the same
 * starting point handling, two-point finite difference gradients (absolute step {@code sqrt(machine epsilon)},
 * turned round at bounds, evaluated at the point clipped to the bounds), modified BFGS updates of an {@code LDL'}
 * factorisation, the L1 merit line search, the same stopping tests, and the quadratic subproblems solved by the
 * same least-squares route ({@link KraftLsq}) with every floating-point operation in the same order, so that the
 * iterates agree with scipy's bit for bit given bit-identical objective values. Multiply-adds are fused as gfortran
 * contracts them on a target with FMA instructions, the platform of pysystemtrade's golden outputs
 * ({@link KraftLsq#fused}).
 */
final class Slsqp {

  /**
   * Largest problem size {@link MaxSharpe} sends here, as pysystemtrade sends every size to scipy's SLSQP (larger
   * ones go to a convex programme: the exact optimum, where SLSQP stops at its tolerance; ~1 s a problem here).
   */
  static final int MAX_VARIABLES = 200;
  private static final double EPSILON = 1.4901161193847656e-08;

  /**
   * Result of a minimisation.
   *
   * @param x the solution
   * @param fun the objective there
   * @param iterations major iterations
   * @param mode scipy's exit mode (0 = success)
   */
  record Result(double[] x, double fun, int iterations, int mode) {
  }

  private final ToDoubleFunction<double[]> objective;
  private final ToDoubleFunction<double[]>[] equalities;
  private final double[] lower;
  private final double[] upper;
  private final int n;
  private final int m;

  @SafeVarargs
  Slsqp(ToDoubleFunction<double[]> objective, double[] lower, double[] upper,
      ToDoubleFunction<double[]>... equalities) {
    this.objective = ArgChecker.notNull(objective, "objective");
    this.lower = lower.clone();
    this.upper = upper.clone();
    this.equalities = equalities.clone();
    this.n = lower.length;
    this.m = equalities.length;
    ArgChecker.isTrue(upper.length == n, "bounds must have the same length");
  }

  private double[] clip(double[] x) {
    double[] c = x.clone();
    for (int i = 0; i < n; i++) {
      c[i] = Math.min(Math.max(c[i], lower[i]), upper[i]);
    }
    return c;
  }

  private double f(double[] x) {
    return objective.applyAsDouble(clip(x));
  }

  /** scipy's approx_derivative, 2-point, absolute step, adjusted to the bounds. */
  private double[] gradient(ToDoubleFunction<double[]> fun, double[] x0, double f0) {
    double[] out = new double[n];
    for (int i = 0; i < n; i++) {
      double h = EPSILON;
      if ((x0[i] + h) - x0[i] == 0.0) {
        h = 2.220446049250313e-16 * (x0[i] >= 0 ? 1.0 : -1.0) * Math.max(1.0, Math.abs(x0[i]));
      }
      double lowerDist = x0[i] - lower[i];
      double upperDist = upper[i] - x0[i];
      double xh = x0[i] + h;
      boolean violated = xh < lower[i] || xh > upper[i];
      boolean fitting = Math.abs(h) <= Math.max(lowerDist, upperDist);
      if (violated && fitting) {
        h = -h;
      } else if (!fitting) {
        h = upperDist >= lowerDist ? upperDist : -lowerDist;
      }
      double[] x = x0.clone();
      x[i] = x0[i] + h;
      double dx = x[i] - x0[i];
      out[i] = (fun.applyAsDouble(x) - f0) / dx;
    }
    return out;
  }

  /** Objective gradient (one-based, with the extra zero component) at x clipped to the bounds. */
  private void evalGradients(double[] xf, double[] g, double[] a, int la) {
    double[] xc = clip(toZeroBased(xf));
    double[] grad = gradient(this::f, xc, f(xc));
    for (int i = 0; i < n; i++) {
      g[i + 1] = grad[i];
    }
    g[n + 1] = 0.0;
    Arrays.fill(a, 0.0);
    for (int j = 0; j < m; j++) {
      ToDoubleFunction<double[]> fj = equalities[j];
      double[] row = gradient(fj, xc, fj.applyAsDouble(xc));
      for (int i = 0; i < n; i++) {
        a[1 + j + i * la] = row[i];
      }
    }
  }

  private void evalFunctions(double[] xf, double[] c, double[] fx) {
    double[] x = toZeroBased(xf);
    fx[0] = f(x);
    for (int j = 0; j < m; j++) {
      c[j + 1] = equalities[j].applyAsDouble(x);
    }
  }

  private double[] toZeroBased(double[] xf) {
    double[] x = new double[n];
    System.arraycopy(xf, 1, x, 0, n);
    return x;
  }

  /**
   * Minimises from a starting point.
   *
   * @param start the starting point
   * @param accuracy scipy's {@code tol}/{@code ftol}
   * @param maxIter scipy's {@code maxiter}
   * @return the result
   */
  Result minimise(double[] start, double accuracy, int maxIter) {
    final int meq = m;
    final int la = Math.max(1, m);
    final int n1 = n + 1;
    double[] x = new double[n + 1];
    System.arraycopy(clip(start), 0, x, 1, n);
    double[] xl = new double[n + 1];
    double[] xu = new double[n + 1];
    System.arraycopy(lower, 0, xl, 1, n);
    System.arraycopy(upper, 0, xu, 1, n);
    double[] g = new double[n1 + 1];
    double[] a = new double[la * n1 + 1];
    double[] c = new double[la + 1];
    double[] fx = new double[1];
    evalFunctions(x, c, fx);
    evalGradients(x, g, a, la);
    double f = fx[0];

    double[] l = new double[n1 * (n1 + 1) / 2 + 1];
    double[] r = new double[m + n + n + 2 + 1];
    double[] s = new double[n1 + 1];
    double[] u = new double[n1 + 1];
    double[] v = new double[n1 + 1];
    double[] x0 = new double[n + 1];
    double[] mu = new double[la + 1];
    int mineq = m - meq + n1 + n1;
    int lw = (3 * n1 + m) * (n1 + 1) + (n1 - meq + 1) * (mineq + 2) + 2 * mineq + (n1 + mineq) * (n1 - meq)
        + 2 * meq + n1 * n / 2 + 2 * m + 3 * n + 4 * n1 + 1;
    double[] w = new double[lw + 1];
    int[] jw = new int[Math.max(mineq, n1 - meq) + 2];

    int itermx = maxIter;
    double acc = Math.abs(accuracy);
    double tol = 10.0 * acc;
    int iter = 0;
    int ireset = 0;
    int n2 = n1 * n / 2;
    int n3 = n2 + 1;
    double f0 = 0.0;
    double h1;
    double h2;
    double h3;
    double h4;
    boolean reset = true;
    while (true) {
      if (reset) {
        // label 110
        ireset++;
        if (ireset > 5) {
          h3 = 0.0;
          for (int j = 1; j <= m; j++) {
            h3 = h3 + Math.max(-c[j], j <= meq ? c[j] : 0.0);
          }
          boolean ok = (Math.abs(f - f0) < tol || KraftLsq.dnrm2(n, s, 1, 1) < tol) && h3 < tol;
          return result(x, f, iter, ok ? 0 : 8);
        }
        Arrays.fill(l, 1, n2 + 1, 0.0);
        int j = 1;
        for (int i = 1; i <= n; i++) {
          l[j] = 1.0;
          j = j + n1 - i;
        }
        reset = false;
      }
      // label 130
      iter++;
      if (iter > itermx) {
        return result(x, f, iter, 9);
      }
      for (int i = 1; i <= n; i++) {
        u[i] = xl[i] + -1.0 * x[i];
        v[i] = xu[i] + -1.0 * x[i];
      }
      h4 = 1.0;
      Arrays.fill(w, 0.0);
      int mode = KraftLsq.lsq(m, meq, n, n3, la, l, g, a, c, u, v, s, r, w, jw);
      boolean badlin = false;
      if (mode == 6 && n == meq) {
        mode = 4;
      }
      if (mode == 4) {
        badlin = true;
        for (int j = 1; j <= m; j++) {
          a[j + n * la] = j <= meq ? -c[j] : Math.max(-c[j], 0.0);
        }
        Arrays.fill(s, 1, n + 1, 0.0);
        g[n1] = 0.0;
        l[n3] = 100.0;
        s[n1] = 1.0;
        u[n1] = 0.0;
        v[n1] = 1.0;
        int incons = 0;
        while (true) {
          Arrays.fill(w, 0.0);
          mode = KraftLsq.lsq(m, meq, n1, n3, la, l, g, a, c, u, v, s, r, w, jw);
          h4 = 1.0 - s[n1];
          if (mode == 4) {
            l[n3] = 10.0 * l[n3];
            incons++;
            if (incons > 5) {
              return result(x, f, iter, 4);
            }
            continue;
          }
          break;
        }
        if (mode != 1) {
          return result(x, f, iter, mode);
        }
      } else if (mode != 1) {
        return result(x, f, iter, mode);
      }
      // update multipliers for the L1 test
      for (int i = 1; i <= n; i++) {
        v[i] = g[i] - KraftLsq.ddot(m, a, 1 + (i - 1) * la, 1, r, 1, 1);
      }
      f0 = f;
      System.arraycopy(x, 1, x0, 1, n);
      double gs = KraftLsq.ddot(n, g, 1, 1, s, 1, 1);
      h1 = Math.abs(gs);
      h2 = 0.0;
      for (int j = 1; j <= m; j++) {
        h3 = j <= meq ? c[j] : 0.0;
        h2 = h2 + Math.max(-c[j], h3);
        h3 = Math.abs(r[j]);
        mu[j] = Math.max(h3, (mu[j] + h3) / 2.0);
        h1 = KraftLsq.mac(h3, Math.abs(c[j]), h1);
      }
      if (h1 < acc && h2 < acc && !badlin) {
        return result(x, f, iter, 0);
      }
      h1 = 0.0;
      for (int j = 1; j <= m; j++) {
        h3 = j <= meq ? c[j] : 0.0;
        h1 = KraftLsq.mac(mu[j], Math.max(-c[j], h3), h1);
      }
      double t0 = f + h1;
      h3 = KraftLsq.msub(h1, h4, gs);
      if (h3 >= 0.0) {
        reset = true;
        continue;
      }
      // inexact line search with an L1 test function
      int line = 0;
      double alpha = 1.0;
      while (true) {
        line++;
        h3 = alpha * h3;
        KraftLsq.dscal(n, alpha, s, 1, 1);
        for (int i = 1; i <= n; i++) {
          x[i] = x0[i] + 1.0 * s[i];
        }
        evalFunctions(x, c, fx);
        f = fx[0];
        double t = f;
        for (int j = 1; j <= m; j++) {
          h1 = j <= meq ? c[j] : 0.0;
          t = KraftLsq.mac(mu[j], Math.max(-c[j], h1), t);
        }
        h1 = t - t0;
        if (h1 <= h3 / 10.0 || line > 10) {
          break;
        }
        alpha = Math.max(h3 / (2.0 * (h3 - h1)), 0.1);
      }
      // label 240
      h3 = 0.0;
      for (int j = 1; j <= m; j++) {
        h1 = j <= meq ? c[j] : 0.0;
        h3 = h3 + Math.max(-c[j], h1);
      }
      if ((Math.abs(f - f0) < acc || KraftLsq.dnrm2(n, s, 1, 1) < acc) && h3 < acc && !badlin) {
        return result(x, f, iter, 0);
      }
      evalGradients(x, g, a, la);
      // label 260: modified BFGS update of the LDL' factors
      for (int i = 1; i <= n; i++) {
        u[i] = g[i] - KraftLsq.ddot(m, a, 1 + (i - 1) * la, 1, r, 1, 1) - v[i];
      }
      int k = 0;
      for (int i = 1; i <= n; i++) {
        h1 = 0.0;
        k = k + 1;
        for (int j = i + 1; j <= n; j++) {
          k = k + 1;
          h1 = KraftLsq.mac(l[k], s[j], h1);
        }
        v[i] = s[i] + h1;
      }
      k = 1;
      for (int i = 1; i <= n; i++) {
        v[i] = l[k] * v[i];
        k = k + n1 - i;
      }
      for (int i = n; i >= 1; i--) {
        h1 = 0.0;
        k = i;
        for (int j = 1; j <= i - 1; j++) {
          h1 = KraftLsq.mac(l[k], v[j], h1);
          k = k + n - j;
        }
        v[i] = v[i] + h1;
      }
      h1 = KraftLsq.ddot(n, s, 1, 1, u, 1, 1);
      h2 = KraftLsq.ddot(n, s, 1, 1, v, 1, 1);
      h3 = 0.2 * h2;
      if (h1 < h3) {
        h4 = (h2 - h3) / (h2 - h1);
        h1 = h3;
        KraftLsq.dscal(n, h4, u, 1, 1);
        KraftLsq.daxpy(n, 1.0 - h4, v, 1, 1, u, 1, 1);
      }
      if (h1 == 0.0 || h2 == 0.0) {
        reset = true;
        continue;
      }
      ldl(n, l, u, 1.0 / h1, v);
      ldl(n, l, v, -1.0 / h2, u);
    }
  }

  private Result result(double[] xf, double f, int iter, int mode) {
    return new Result(toZeroBased(xf), f, iter, mode);
  }

  /**
   * Kraft's LDL: rank-one update {@code L D L' + sigma z z'} of the packed factors (Fletcher and Powell), one-based
   * arrays.
   */
  static void ldl(int n, double[] a, double[] z, double sigma, double[] w) {
    if (sigma == 0.0) {
      return;
    }
    int ij = 1;
    double t = 1.0 / sigma;
    if (sigma < 0.0) {
      for (int i = 1; i <= n; i++) {
        w[i] = z[i];
      }
      for (int i = 1; i <= n; i++) {
        double v = w[i];
        t = t + v * v / a[ij];
        for (int j = i + 1; j <= n; j++) {
          ij = ij + 1;
          w[j] = KraftLsq.msub(v, a[ij], w[j]);
        }
        ij = ij + 1;
      }
      if (t >= 0.0) {
        t = 2.22e-16 / sigma;
      }
      for (int i = 1; i <= n; i++) {
        int j = n + 1 - i;
        ij = ij - i;
        double uu = w[j];
        w[j] = t;
        t = t - uu * uu / a[ij];
      }
    }
    for (int i = 1; i <= n; i++) {
      double v = z[i];
      double delta = v / a[ij];
      double tp = 0.0;
      if (sigma < 0.0) {
        tp = w[i];
      }
      if (sigma > 0.0) {
        tp = KraftLsq.mac(delta, v, t);
      }
      double alpha = tp / t;
      a[ij] = alpha * a[ij];
      if (i == n) {
        return;
      }
      double beta = delta / tp;
      if (alpha > 4.0) {
        double gamma = t / tp;
        for (int j = i + 1; j <= n; j++) {
          ij = ij + 1;
          double uu = a[ij];
          a[ij] = KraftLsq.mac(gamma, uu, beta * z[j]);
          z[j] = KraftLsq.msub(v, uu, z[j]);
        }
      } else {
        for (int j = i + 1; j <= n; j++) {
          ij = ij + 1;
          z[j] = KraftLsq.msub(v, a[ij], z[j]);
          a[ij] = KraftLsq.mac(beta, z[j], a[ij]);
        }
      }
      ij = ij + 1;
      t = tp;
    }
  }
}
