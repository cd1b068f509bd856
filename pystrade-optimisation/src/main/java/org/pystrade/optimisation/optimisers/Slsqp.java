package org.pystrade.optimisation.optimisers;

import java.util.function.ToDoubleFunction;
import org.pystrade.core.util.ArgChecker;

/**
 * Kraft's sequential least squares quadratic programming (SLSQP) as scipy's {@code minimize(method="SLSQP")} runs
 * it, for bounded problems with equality constraints: the same starting point handling, two-point finite difference
 * gradients (absolute step {@code sqrt(machine epsilon)}, turned round at bounds), modified BFGS updates of an
 * {@code LDL'} factorisation, the L1 merit line search and the same stopping tests, so that results agree with
 * scipy's to rounding. Each quadratic subproblem is solved exactly by enumerating which bounds are active (the
 * subproblem is strictly convex, so its solution and multipliers are unique), which restricts this implementation to
 * a small number of variables.
 */
final class Slsqp {

  /** Largest problem size handled (3^n active-set combinations per subproblem). */
  static final int MAX_VARIABLES = 9;
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
    ArgChecker.isTrue(n <= MAX_VARIABLES, "SLSQP here handles at most {} variables, got {}", MAX_VARIABLES, n);
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

  private double[] constraints(double[] x) {
    double[] c = new double[m];
    for (int j = 0; j < m; j++) {
      c[j] = equalities[j].applyAsDouble(x);
    }
    return c;
  }

  /** scipy's approx_derivative, 2-point, absolute step, adjusted to the bounds. */
  private double[] gradient(ToDoubleFunction<double[]> fun, double[] x0, double f0) {
    double[] out = new double[n];
    for (int i = 0; i < n; i++) {
      double h = EPSILON;
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

  /**
   * Minimises from a starting point.
   *
   * @param start the starting point
   * @param acc scipy's {@code tol}/{@code ftol}
   * @param maxIter scipy's {@code maxiter}
   * @return the result
   */
  Result minimise(double[] start, double acc, int maxIter) {
    int itermax = maxIter - 1;
    double[] x = clip(start);
    double fx = f(x);
    double[] g = gradient(this::f, clip(x), fx);
    double[] c = constraints(x);
    double[][] a = jacobian(clip(x));
    double tol = 10 * acc;
    int iter = 0;
    int reset = 0;
    int n1 = n + 1;
    double[] s = new double[n];
    double[] mu = new double[m];
    double[] x0 = new double[n];
    double[] u = new double[n];
    double[] v = new double[n];
    double[] l = new double[n1 * n / 2];
    double[] mult = new double[m];
    double f0 = 0;
    double h1;
    double h2;
    double h3 = 0;
    double h4;
    boolean needReset = true;
    while (true) {
      if (needReset) {
        reset++;
        if (reset > 5) {
          h3 = 0;
          for (int j = 0; j < m; j++) {
            h3 += Math.max(-c[j], c[j]);
          }
          boolean ok = (Math.abs(fx - f0) < tol || norm(s) < tol) && h3 < tol && fx == fx;
          return new Result(x, fx, iter, ok ? 0 : 8);
        }
        java.util.Arrays.fill(l, 0.0);
        int j = 0;
        for (int i = 0; i < n; i++) {
          l[j] = 1.0;
          j += n - i;
        }
        needReset = false;
      }
      if (iter >= itermax) {
        return new Result(x, fx, iter, 9);
      }
      iter++;
      for (int i = 0; i < n; i++) {
        u[i] = lower[i] - x[i];
        v[i] = upper[i] - x[i];
      }
      h4 = 1.0;
      if (!solveQp(l, g, a, c, u, v, s, mult)) {
        return new Result(x, fx, iter, 4);
      }
      for (int i = 0; i < n; i++) {
        double dot = 0;
        for (int j = 0; j < m; j++) {
          dot += a[j][i] * mult[j];
        }
        v[i] = g[i] - dot;
      }
      f0 = fx;
      System.arraycopy(x, 0, x0, 0, n);
      double gs = dot(g, s);
      h1 = Math.abs(gs);
      h2 = 0;
      for (int j = 0; j < m; j++) {
        h2 += Math.max(-c[j], c[j]);
        h3 = Math.abs(mult[j]);
        mu[j] = Math.max(h3, (mu[j] + h3) / 2.0);
        h1 += h3 * Math.abs(c[j]);
      }
      if (h1 < acc && h2 < acc && fx == fx) {
        return new Result(x, fx, iter, 0);
      }
      h1 = 0;
      for (int j = 0; j < m; j++) {
        h1 += mu[j] * Math.max(-c[j], c[j]);
      }
      double t0 = fx + h1;
      h3 = gs - h1 * h4;
      if (h3 >= 0.0) {
        needReset = true;
        continue;
      }
      int line = 0;
      double alpha = 1.0;
      while (true) {
        line++;
        h3 = alpha * h3;
        for (int i = 0; i < n; i++) {
          s[i] = alpha * s[i];
          x[i] = x0[i] + s[i];
        }
        fx = f(x);
        c = constraints(x);
        double t = fx;
        for (int j = 0; j < m; j++) {
          t += mu[j] * Math.max(-c[j], c[j]);
        }
        h1 = t - t0;
        if (h1 > h3 / 10.0 && line <= 10) {
          alpha = Math.max(h3 / (2.0 * (h3 - h1)), 0.1);
          continue;
        }
        break;
      }
      h3 = 0;
      for (int j = 0; j < m; j++) {
        h3 += Math.max(-c[j], c[j]);
      }
      if ((Math.abs(fx - f0) < acc || norm(s) < acc) && h3 < acc && fx == fx) {
        return new Result(x, fx, iter, 0);
      }
      double[] xc = clip(x);
      g = gradient(this::f, xc, f(xc));
      a = jacobian(xc);
      // BFGS update of L D L'
      for (int i = 0; i < n; i++) {
        double dot = 0;
        for (int j = 0; j < m; j++) {
          dot += a[j][i] * mult[j];
        }
        u[i] = g[i] - dot - v[i];
      }
      int k = 0;
      for (int i = 0; i < n; i++) {
        double sum = 0;
        k++;
        for (int j = i + 1; j < n; j++) {
          sum += l[k] * s[j];
          k++;
        }
        v[i] = s[i] + sum;
      }
      k = 0;
      for (int i = 0; i < n; i++) {
        v[i] = l[k] * v[i];
        k += n - i;
      }
      for (int i = n - 1; i >= 0; i--) {
        double sum = 0;
        k = i;
        for (int j = 0; j < i; j++) {
          sum += l[k] * v[j];
          k += n - j - 1;
        }
        v[i] = v[i] + sum;
      }
      h1 = dot(s, u);
      h2 = dot(s, v);
      h3 = 0.2 * h2;
      if (h1 < h3) {
        h4 = (h2 - h3) / (h2 - h1);
        h1 = h3;
        for (int i = 0; i < n; i++) {
          u[i] = h4 * u[i];
        }
        double w = 1.0 - h4;
        for (int i = 0; i < n; i++) {
          u[i] = u[i] + w * v[i];
        }
      }
      if (h1 == 0.0 || h2 == 0.0) {
        needReset = true;
        continue;
      }
      ldl(n, l, u, 1.0 / h1, v);
      ldl(n, l, v, -1.0 / h2, u);
    }
  }

  private double[][] jacobian(double[] x) {
    double[][] out = new double[m][];
    for (int j = 0; j < m; j++) {
      ToDoubleFunction<double[]> fj = equalities[j];
      out[j] = gradient(fj, x, fj.applyAsDouble(x));
    }
    return out;
  }

  private static double dot(double[] a, double[] b) {
    double s = 0;
    for (int i = 0; i < a.length; i++) {
      s += a[i] * b[i];
    }
    return s;
  }

  /** BLAS dnrm2 (scaled). */
  private static double norm(double[] x) {
    double scale = 0;
    double ssq = 1;
    for (double xi : x) {
      if (xi != 0) {
        double absxi = Math.abs(xi);
        if (scale < absxi) {
          ssq = 1 + ssq * (scale / absxi) * (scale / absxi);
          scale = absxi;
        } else {
          ssq += (absxi / scale) * (absxi / scale);
        }
      }
    }
    return scale * Math.sqrt(ssq);
  }

  /** Kraft's LDL: rank-one update {@code L D L' + sigma z z'} of the packed factors (Fletcher and Powell). */
  static void ldl(int n, double[] a, double[] z, double sigma, double[] w) {
    if (sigma == 0.0) {
      return;
    }
    int ij = 0;
    double t = 1.0 / sigma;
    if (sigma < 0) {
      System.arraycopy(z, 0, w, 0, n);
      for (int i = 0; i < n; i++) {
        double vv = w[i];
        t = t + vv * vv / a[ij];
        for (int j = i + 1; j < n; j++) {
          ij++;
          w[j] = w[j] - vv * a[ij];
        }
        ij++;
      }
      if (t >= 0.0) {
        t = 2.22e-16 / sigma;
      }
      for (int i = 1; i <= n; i++) {
        int j = n - i;
        ij = ij - i;
        double uu = w[j];
        w[j] = t;
        t = t - uu * uu / a[ij];
      }
    }
    for (int i = 0; i < n; i++) {
      double vv = z[i];
      double delta = vv / a[ij];
      double tp = sigma < 0 ? w[i] : t + delta * vv;
      double alpha = tp / t;
      a[ij] = alpha * a[ij];
      if (i == n - 1) {
        return;
      }
      double beta = delta / tp;
      if (alpha > 4.0) {
        double gamma = t / tp;
        for (int j = i + 1; j < n; j++) {
          ij++;
          double uu = a[ij];
          a[ij] = gamma * uu + beta * z[j];
          z[j] = z[j] - vv * uu;
        }
      } else {
        for (int j = i + 1; j < n; j++) {
          ij++;
          z[j] = z[j] - vv * a[ij];
          a[ij] = a[ij] + beta * z[j];
        }
      }
      ij++;
      t = tp;
    }
  }

  /**
   * Solves the subproblem min 1/2 d'Bd + g'd subject to A d + c = 0 and lo <= d <= hi, with B = L D L' from the
   * packed factors, by trying every assignment of free / at lower / at upper bound to the variables.
   */
  private boolean solveQp(double[] l, double[] g, double[][] a, double[] c, double[] lo, double[] hi, double[] d,
      double[] mult) {
    double[][] b = new double[n][n];
    // B = L D L'
    double[][] lm = new double[n][n];
    double[] dd = new double[n];
    int k = 0;
    for (int col = 0; col < n; col++) {
      dd[col] = l[k];
      lm[col][col] = 1.0;
      for (int row = col + 1; row < n; row++) {
        lm[row][col] = l[k + row - col];
      }
      k += n - col;
    }
    for (int i = 0; i < n; i++) {
      for (int j = 0; j < n; j++) {
        double s = 0;
        for (int p = 0; p < n; p++) {
          s += lm[i][p] * dd[p] * lm[j][p];
        }
        b[i][j] = s;
      }
    }
    int combos = 1;
    for (int i = 0; i < n; i++) {
      combos *= 3;
    }
    double bestObjective = Double.POSITIVE_INFINITY;
    double[] bestD = null;
    double[] bestMult = null;
    int[] state = new int[n];
    for (int code = 0; code < combos; code++) {
      int rem = code;
      boolean possible = true;
      for (int i = 0; i < n; i++) {
        state[i] = rem % 3;
        rem /= 3;
        if ((state[i] == 1 && lo[i] != lo[i]) || (state[i] == 2 && hi[i] != hi[i])) {
          possible = false;
        }
      }
      if (!possible) {
        continue;
      }
      double[][] sol = kkt(b, g, a, c, lo, hi, state);
      if (sol == null) {
        continue;
      }
      double[] dv = sol[0];
      double[] y = sol[1];
      double[] lambda = sol[2];
      double scale = 1e-10;
      boolean ok = true;
      for (int i = 0; i < n && ok; i++) {
        if (state[i] == 0) {
          ok = !(lo[i] == lo[i] && dv[i] < lo[i] - scale * (1 + Math.abs(lo[i])))
              && !(hi[i] == hi[i] && dv[i] > hi[i] + scale * (1 + Math.abs(hi[i])));
        } else {
          ok = lambda[i] >= -1e-10 * (1 + Math.abs(g[i]));
        }
      }
      if (!ok) {
        continue;
      }
      double obj = 0;
      for (int i = 0; i < n; i++) {
        double bd = 0;
        for (int j = 0; j < n; j++) {
          bd += b[i][j] * dv[j];
        }
        obj += 0.5 * dv[i] * bd + g[i] * dv[i];
      }
      if (obj < bestObjective) {
        bestObjective = obj;
        bestD = dv;
        bestMult = y;
      }
    }
    if (bestD == null) {
      return false;
    }
    System.arraycopy(bestD, 0, d, 0, n);
    System.arraycopy(bestMult, 0, mult, 0, m);
    return true;
  }

  /**
   * Solves the KKT system for fixed bound states: free variables and equality multipliers from
   * [B_ff A_f'; A_f 0], bound multipliers from the fixed rows. Returns {d, y, lambda} or null if singular.
   */
  private double[][] kkt(double[][] b, double[] g, double[][] a, double[] c, double[] lo, double[] hi,
      int[] state) {
    double[] dv = new double[n];
    int nf = 0;
    int[] free = new int[n];
    for (int i = 0; i < n; i++) {
      if (state[i] == 1) {
        dv[i] = lo[i];
      } else if (state[i] == 2) {
        dv[i] = hi[i];
      } else {
        free[nf++] = i;
      }
    }
    int size = nf + m;
    double[][] kk = new double[size][size + 1];
    for (int p = 0; p < nf; p++) {
      int i = free[p];
      for (int q = 0; q < nf; q++) {
        kk[p][q] = b[i][free[q]];
      }
      for (int j = 0; j < m; j++) {
        kk[p][nf + j] = -a[j][i];
      }
      double rhs = -g[i];
      for (int q = 0; q < n; q++) {
        if (state[q] != 0) {
          rhs -= b[i][q] * dv[q];
        }
      }
      kk[p][size] = rhs;
    }
    for (int j = 0; j < m; j++) {
      for (int q = 0; q < nf; q++) {
        kk[nf + j][q] = a[j][free[q]];
      }
      double rhs = -c[j];
      for (int q = 0; q < n; q++) {
        if (state[q] != 0) {
          rhs -= a[j][q] * dv[q];
        }
      }
      kk[nf + j][size] = rhs;
    }
    double[] sol = gauss(kk, size);
    if (sol == null) {
      return null;
    }
    double[] y = new double[m];
    for (int p = 0; p < nf; p++) {
      dv[free[p]] = sol[p];
    }
    for (int j = 0; j < m; j++) {
      y[j] = sol[nf + j];
    }
    // gradient of the Lagrangian at fixed variables: B d + g - A'y = lambda_lower - lambda_upper
    double[] lambda = new double[n];
    for (int i = 0; i < n; i++) {
      if (state[i] == 0) {
        continue;
      }
      double r = g[i];
      for (int q = 0; q < n; q++) {
        r += b[i][q] * dv[q];
      }
      for (int j = 0; j < m; j++) {
        r -= a[j][i] * y[j];
      }
      lambda[i] = state[i] == 1 ? r : -r;
    }
    return new double[][] {dv, y, lambda};
  }

  private static double[] gauss(double[][] m, int size) {
    for (int col = 0; col < size; col++) {
      int piv = col;
      for (int r = col + 1; r < size; r++) {
        if (Math.abs(m[r][col]) > Math.abs(m[piv][col])) {
          piv = r;
        }
      }
      if (Math.abs(m[piv][col]) < 1e-300) {
        return null;
      }
      double[] tmp = m[piv];
      m[piv] = m[col];
      m[col] = tmp;
      for (int r = col + 1; r < size; r++) {
        double f = m[r][col] / m[col][col];
        if (f != 0) {
          for (int k = col; k <= size; k++) {
            m[r][k] -= f * m[col][k];
          }
        }
      }
    }
    double[] x = new double[size];
    for (int r = size - 1; r >= 0; r--) {
      double s = m[r][size];
      for (int k = r + 1; k < size; k++) {
        s -= m[r][k] * x[k];
      }
      x[r] = s / m[r][r];
    }
    return x;
  }
}
