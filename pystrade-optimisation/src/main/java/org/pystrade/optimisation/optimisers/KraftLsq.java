package org.pystrade.optimisation.optimisers;

/**
 * The quadratic subproblem solver of Kraft's SLSQP as scipy (up to 1.15) compiles it: the least-squares form of the
 * subproblem (LSQ), reduced by the equality constraints (LSEI), turned into a least-distance problem (LSI, LDP) and
 * solved through its dual by Lawson and Hanson's non-negative least squares (NNLS), with Householder reflections
 * (H12), Givens rotations and the original unrolled BLAS-1 helpers. Every floating-point operation is done in the
 * same order as there, so that SLSQP's iterates agree bit for bit with scipy's x86-64 build (optionally, multiply-adds
 * fused as gfortran contracts them on a target with FMA instructions, see {@link #fused}).
 *
 * <p>Arrays follow the original one-based layout: element {@code k} of a vector starting at index {@code p} of a
 * Java array is {@code arr[p + k - 1]} (index 0 of the top-level arrays is unused), and matrices are column-major
 * with a leading dimension.
 */
final class KraftLsq {

  private static final double EPMACH = 2.22e-16;

  /**
   * Whether {@code c + a * b} and {@code c - a * b} are evaluated as fused multiply-adds, as gfortran compiles
   * {@code slsqp_optmz.f} for a target with FMA instructions (its default {@code -ffp-contract=fast}, e.g. aarch64).
   * {@code false} (the default) is scipy's x86-64 wheel and Debian build (no FMA in the baseline instruction set),
   * the platform pysystemtrade's golden outputs were computed on; the system property
   * {@code -Dpystrade.slsqp.fma=true} selects the FMA model. Only {@code SlsqpScipyTest} changes it at run time.
   */
  static boolean fused = Boolean.getBoolean("pystrade.slsqp.fma");

  private KraftLsq() {
  }

  /** {@code c + a * b}, fused when {@link #fused} (in a sum of two products, the first is the fused one). */
  static double mac(double a, double b, double c) {
    return fused ? Math.fma(a, b, c) : c + a * b;
  }

  /** {@code c - a * b}, fused when {@link #fused}. */
  static double msub(double a, double b, double c) {
    return fused ? Math.fma(-a, b, c) : c - a * b;
  }

  // ---------------------------------------------------------------- BLAS-1 helpers (sequential)

  static double ddot(int n, double[] x, int px, int incx, double[] y, int py, int incy) {
    double t = 0.0;
    if (n <= 0) {
      return 0.0;
    }
    int ix = px;
    int iy = py;
    for (int i = 0; i < n; i++) {
      t = mac(x[ix], y[iy], t);
      ix += incx;
      iy += incy;
    }
    return t;
  }

  static void daxpy(int n, double da, double[] x, int px, int incx, double[] y, int py, int incy) {
    if (n <= 0 || da == 0.0) {
      return;
    }
    int ix = px;
    int iy = py;
    for (int i = 0; i < n; i++) {
      y[iy] = mac(da, x[ix], y[iy]);
      ix += incx;
      iy += incy;
    }
  }

  static void dcopy(int n, double[] x, int px, int incx, double[] y, int py, int incy) {
    int ix = px;
    int iy = py;
    for (int i = 0; i < n; i++) {
      y[iy] = x[ix];
      ix += incx;
      iy += incy;
    }
  }

  static void dfill(int n, double value, double[] y, int py, int incy) {
    int iy = py;
    for (int i = 0; i < n; i++) {
      y[iy] = value;
      iy += incy;
    }
  }

  static void dscal(int n, double da, double[] x, int px, int incx) {
    int ix = px;
    for (int i = 0; i < n; i++) {
      x[ix] = da * x[ix];
      ix += incx;
    }
  }

  /** Lawson's four-phase Euclidean norm (1978), as SLSQP carries it. */
  static double dnrm2(int n, double[] dx, int p, int incx) {
    final double cutlo = 8.232e-11;
    final double cuthi = 1.304e19;
    if (n <= 0) {
      return 0.0;
    }
    int next = 30;
    double sum = 0.0;
    double xmax = 0.0;
    int nn = n * incx;
    int i = 1;
    int label = 20;
    int j;
    while (true) {
      switch (label) {
        case 20:
          label = next;
          break;
        case 30:
          if (Math.abs(dx[p + i - 1]) > cutlo) {
            label = 85;
            break;
          }
          next = 50;
          xmax = 0.0;
          label = 50;
          break;
        case 50:
          if (dx[p + i - 1] == 0.0) {
            label = 200;
            break;
          }
          if (Math.abs(dx[p + i - 1]) > cutlo) {
            label = 85;
            break;
          }
          next = 70;
          label = 105;
          break;
        case 70:
          if (Math.abs(dx[p + i - 1]) > cutlo) {
            label = 75;
            break;
          }
          label = 110;
          break;
        case 110: {
          double xi = dx[p + i - 1];
          if (Math.abs(xi) <= xmax) {
            label = 115;
            break;
          }
          double r = xmax / xi;
          sum = mac(sum, r * r, 1.0);
          xmax = Math.abs(xi);
          label = 200;
          break;
        }
        case 105:
          xmax = Math.abs(dx[p + i - 1]);
          label = 115;
          break;
        case 115: {
          double r = dx[p + i - 1] / xmax;
          sum = mac(r, r, sum);
          label = 200;
          break;
        }
        case 75:
          sum = (sum * xmax) * xmax;
          label = 85;
          break;
        case 85: {
          double hitest = cuthi / (double) (float) n;
          boolean toPhase4 = false;
          for (j = i; j <= nn; j += incx) {
            double xj = dx[p + j - 1];
            if (Math.abs(xj) >= hitest) {
              toPhase4 = true;
              break;
            }
            sum = mac(xj, xj, sum);
          }
          if (!toPhase4) {
            return Math.sqrt(sum);
          }
          // label 100
          i = j;
          next = 110;
          sum = (sum / dx[p + i - 1]) / dx[p + i - 1];
          label = 105;
          break;
        }
        case 200:
          i = i + incx;
          if (i <= nn) {
            label = 20;
            break;
          }
          return xmax * Math.sqrt(sum);
        default:
          throw new IllegalStateException("dnrm2 label " + label);
      }
    }
  }

  /** Applies a plane rotation to two strided vectors. */
  static void dsrot(int n, double[] x, int px, int incx, double[] y, int py, int incy, double c, double s) {
    int ix = px;
    int iy = py;
    for (int i = 0; i < n; i++) {
      double t = mac(c, x[ix], s * y[iy]);
      y[iy] = fused ? Math.fma(c, y[iy], -(s * x[ix])) : c * y[iy] - s * x[ix];
      x[ix] = t;
      ix += incx;
      iy += incy;
    }
  }

  /**
   * Constructs a Givens rotation from {@code arr[ia]} and {@code arr[ib]}, overwriting them with r and z.
   *
   * @return {c, s}
   */
  static double[] dsrotg(double[] arr, int ia, int ib) {
    double da = arr[ia];
    double db = arr[ib];
    double roe = db;
    if (Math.abs(da) > Math.abs(db)) {
      roe = da;
    }
    double scale = Math.abs(da) + Math.abs(db);
    double c;
    double s;
    double r;
    if (scale != 0.0) {
      double qa = da / scale;
      double qb = db / scale;
      r = scale * Math.sqrt(mac(qa, qa, qb * qb));
      r = Math.copySign(1.0, roe) * r;
      c = da / r;
      s = db / r;
    } else {
      c = 1.0;
      s = 0.0;
      r = 0.0;
    }
    double z = s;
    if (Math.abs(c) > 0.0 && Math.abs(c) <= s) {
      z = 1.0 / c;
    }
    arr[ia] = r;
    arr[ib] = z;
    return new double[] {c, s};
  }

  // ---------------------------------------------------------------- Householder

  /**
   * Constructs (mode 1) and/or applies (mode 2) a Householder transformation. The pivot vector starts at
   * {@code u[pu]} with increment {@code iue}; the vectors transformed start at {@code c[pc]}.
   *
   * @return the transformation's {@code up} (unchanged in mode 2)
   */
  static double h12(int mode, int lpivot, int l1, int m, double[] u, int pu, int iue, double up, double[] c, int pc,
      int ice, int icv, int ncv) {
    if (0 >= lpivot || lpivot >= l1 || l1 > m) {
      return up;
    }
    int piv = pu + (lpivot - 1) * iue;
    double cl = Math.abs(u[piv]);
    if (mode != 2) {
      for (int j = l1; j <= m; j++) {
        double sm = Math.abs(u[pu + (j - 1) * iue]);
        cl = Math.max(sm, cl);
      }
      if (cl <= 0.0) {
        return up;
      }
      double clinv = 1.0 / cl;
      double q = u[piv] * clinv;
      double sm = q * q;
      for (int j = l1; j <= m; j++) {
        double r = u[pu + (j - 1) * iue] * clinv;
        sm = mac(r, r, sm);
      }
      cl = cl * Math.sqrt(sm);
      if (u[piv] > 0.0) {
        cl = -cl;
      }
      up = u[piv] - cl;
      u[piv] = cl;
    } else if (cl <= 0.0) {
      return up;
    }
    if (ncv <= 0) {
      return up;
    }
    double b = up * u[piv];
    if (b >= 0.0) {
      return up;
    }
    b = 1.0 / b;
    int i2 = 1 - icv + ice * (lpivot - 1);
    int incr = ice * (l1 - lpivot);
    for (int j = 1; j <= ncv; j++) {
      i2 = i2 + icv;
      int i3 = i2 + incr;
      int i4 = i3;
      double sm = c[pc + i2 - 1] * up;
      for (int i = l1; i <= m; i++) {
        sm = mac(c[pc + i3 - 1], u[pu + (i - 1) * iue], sm);
        i3 = i3 + ice;
      }
      if (sm == 0.0) {
        continue;
      }
      sm = sm * b;
      c[pc + i2 - 1] = mac(sm, up, c[pc + i2 - 1]);
      for (int i = l1; i <= m; i++) {
        c[pc + i4 - 1] = mac(sm, u[pu + (i - 1) * iue], c[pc + i4 - 1]);
        i4 = i4 + ice;
      }
    }
    return up;
  }

  // ---------------------------------------------------------------- NNLS

  /**
   * Non-negative least squares {@code min ||A x - b||, x >= 0} for the m x n matrix A at {@code a[pa]} (leading
   * dimension mda).
   *
   * @return {rnorm, mode}
   */
  static double[] nnls(double[] a, int pa, int mda, int m, int n, double[] b, int pb, double[] x, int px,
      double[] w, int pw, double[] z, int pz, int[] index) {
    final double factor = 1.0e-2;
    if (m <= 0 || n <= 0) {
      return new double[] {0.0, 2};
    }
    int mode = 1;
    int iter = 0;
    int itmax = 3 * n;
    for (int i = 1; i <= n; i++) {
      index[i] = i;
    }
    int iz1 = 1;
    int iz2 = n;
    int nsetp = 0;
    int npp1 = 1;
    dfill(n, 0.0, x, px, 1);
    double up = 0.0;
    int jj = 0;
    outer:
    while (true) {
      // label 110
      if (iz1 > iz2 || nsetp >= m) {
        break;
      }
      for (int iz = iz1; iz <= iz2; iz++) {
        int j = index[iz];
        w[pw + j - 1] = ddot(m - nsetp, a, pa + (npp1 - 1) + (j - 1) * mda, 1, b, pb + npp1 - 1, 1);
      }
      int iz;
      int j;
      while (true) {
        // label 130
        double wmax = 0.0;
        int izmax = 0;
        for (int k = iz1; k <= iz2; k++) {
          int jk = index[k];
          if (w[pw + jk - 1] <= wmax) {
            continue;
          }
          wmax = w[pw + jk - 1];
          izmax = k;
        }
        if (wmax <= 0.0) {
          break outer;
        }
        iz = izmax;
        j = index[iz];
        int colj = pa + (j - 1) * mda;
        double asave = a[colj + npp1 - 1];
        up = h12(1, npp1, npp1 + 1, m, a, colj, 1, up, z, pz, 1, 1, 0);
        double unorm = dnrm2(nsetp, a, colj, 1);
        double t = factor * Math.abs(a[colj + npp1 - 1]);
        if ((unorm + t) - unorm > 0.0) {
          dcopy(m, b, pb, 1, z, pz, 1);
          h12(2, npp1, npp1 + 1, m, a, colj, 1, up, z, pz, 1, 1, 1);
          if (z[pz + npp1 - 1] / a[colj + npp1 - 1] > 0.0) {
            break;
          }
        }
        // label 150
        a[colj + npp1 - 1] = asave;
        w[pw + j - 1] = 0.0;
      }
      // label 160: add column
      int colj = pa + (j - 1) * mda;
      dcopy(m, z, pz, 1, b, pb, 1);
      index[iz] = index[iz1];
      index[iz1] = j;
      iz1 = iz1 + 1;
      nsetp = npp1;
      npp1 = npp1 + 1;
      for (int jz = iz1; jz <= iz2; jz++) {
        jj = index[jz];
        h12(2, nsetp, npp1, m, a, colj, 1, up, a, pa + (jj - 1) * mda, 1, mda, 1);
      }
      int k = Math.min(npp1, mda);
      w[pw + j - 1] = 0.0;
      dfill(m - nsetp, 0.0, a, colj + k - 1, 1);
      while (true) {
        // label 180: solve the least squares subproblem
        for (int ip = nsetp; ip >= 1; ip--) {
          if (ip != nsetp) {
            daxpy(ip, -z[pz + ip], a, pa + (jj - 1) * mda, 1, z, pz, 1);
          }
          jj = index[ip];
          z[pz + ip - 1] = z[pz + ip - 1] / a[pa + (ip - 1) + (jj - 1) * mda];
        }
        iter = iter + 1;
        if (iter > itmax) {
          mode = 3;
          break outer;
        }
        // labels 220-240: step length
        double alpha = 1.0;
        jj = 0;
        for (int ip = 1; ip <= nsetp; ip++) {
          if (z[pz + ip - 1] > 0.0) {
            continue;
          }
          int l = index[ip];
          double t = -x[px + l - 1] / (z[pz + ip - 1] - x[px + l - 1]);
          if (alpha < t) {
            continue;
          }
          alpha = t;
          jj = ip;
        }
        for (int ip = 1; ip <= nsetp; ip++) {
          int l = index[ip];
          x[px + l - 1] = mac(1.0 - alpha, x[px + l - 1], alpha * z[pz + ip - 1]);
        }
        if (jj == 0) {
          continue outer;
        }
        // label 250: delete columns
        int i = index[jj];
        while (true) {
          x[px + i - 1] = 0.0;
          jj = jj + 1;
          for (int jd = jj; jd <= nsetp; jd++) {
            int ii = index[jd];
            index[jd - 1] = ii;
            int ia = pa + (jd - 2) + (ii - 1) * mda;
            int ib = pa + (jd - 1) + (ii - 1) * mda;
            double[] cs = dsrotg(a, ia, ib);
            double t = a[ia];
            dsrot(n, a, pa + (jd - 2), mda, a, pa + (jd - 1), mda, cs[0], cs[1]);
            a[ia] = t;
            a[ib] = 0.0;
            dsrot(1, b, pb + jd - 2, 1, b, pb + jd - 1, 1, cs[0], cs[1]);
          }
          npp1 = nsetp;
          nsetp = nsetp - 1;
          iz1 = iz1 - 1;
          index[iz1] = i;
          if (nsetp <= 0) {
            mode = 3;
            break outer;
          }
          boolean again = false;
          for (jj = 1; jj <= nsetp; jj++) {
            i = index[jj];
            if (x[px + i - 1] <= 0.0) {
              again = true;
              break;
            }
          }
          if (!again) {
            break;
          }
        }
        dcopy(m, b, pb, 1, z, pz, 1);
      }
    }
    // label 280
    int k = Math.min(npp1, m);
    double rnorm = dnrm2(m - nsetp, b, pb + k - 1, 1);
    if (npp1 > m) {
      dfill(n, 0.0, w, pw, 1);
    }
    return new double[] {rnorm, mode};
  }

  // ---------------------------------------------------------------- LDP, LSI, LSEI, LSQ

  /**
   * Least distance programming {@code min ||x||, G x >= h}.
   *
   * @return {xnorm, mode}
   */
  static double[] ldp(double[] g, int pg, int mg, int m, int n, double[] h, int ph, double[] x, int px, double[] w,
      int pw, int[] index) {
    if (n <= 0) {
      return new double[] {0.0, 2};
    }
    dfill(n, 0.0, x, px, 1);
    double xnorm = 0.0;
    if (m == 0) {
      return new double[] {xnorm, 1};
    }
    int iw = 0;
    for (int j = 1; j <= m; j++) {
      for (int i = 1; i <= n; i++) {
        iw = iw + 1;
        w[pw + iw - 1] = g[pg + (j - 1) + (i - 1) * mg];
      }
      iw = iw + 1;
      w[pw + iw - 1] = h[ph + j - 1];
    }
    int iff = iw + 1;
    for (int i = 1; i <= n; i++) {
      iw = iw + 1;
      w[pw + iw - 1] = 0.0;
    }
    w[pw + iw] = 1.0;
    int n1 = n + 1;
    int iz = iw + 2;
    int iy = iz + n1;
    int iwdual = iy + m;
    double[] res = nnls(w, pw, n1, n1, m, w, pw + iff - 1, w, pw + iy - 1, w, pw + iwdual - 1, w, pw + iz - 1, index);
    double rnorm = res[0];
    int mode = (int) res[1];
    if (mode != 1) {
      return new double[] {xnorm, mode};
    }
    mode = 4;
    if (rnorm <= 0.0) {
      return new double[] {xnorm, mode};
    }
    double fac = 1.0 - ddot(m, h, ph, 1, w, pw + iy - 1, 1);
    if (!((1.0 + fac) - 1.0 > 0.0)) {
      return new double[] {xnorm, mode};
    }
    mode = 1;
    fac = 1.0 / fac;
    for (int j = 1; j <= n; j++) {
      x[px + j - 1] = fac * ddot(m, g, pg + (j - 1) * mg, 1, w, pw + iy - 1, 1);
    }
    xnorm = dnrm2(n, x, px, 1);
    dfill(m, 0.0, w, pw, 1);
    daxpy(m, fac, w, pw + iy - 1, 1, w, pw, 1);
    return new double[] {xnorm, mode};
  }

  /**
   * Inequality constrained least squares {@code min ||E x - f||, G x >= h}.
   *
   * @return {xnorm, mode}
   */
  static double[] lsi(double[] e, int pe, double[] f, int pf, double[] g, int pg, double[] h, int ph, int le, int me,
      int lg, int mg, int n, double[] x, int px, double[] w, int pw, int[] jw) {
    for (int i = 1; i <= n; i++) {
      int j = Math.min(i + 1, n);
      double t = h12(1, i, i + 1, me, e, pe + (i - 1) * le, 1, 0.0, e, pe + (j - 1) * le, 1, le, n - i);
      h12(2, i, i + 1, me, e, pe + (i - 1) * le, 1, t, f, pf, 1, 1, 1);
    }
    int mode = 5;
    for (int i = 1; i <= mg; i++) {
      for (int j = 1; j <= n; j++) {
        double ejj = e[pe + (j - 1) + (j - 1) * le];
        if (!(Math.abs(ejj) >= EPMACH)) {
          return new double[] {0.0, mode};
        }
        int gij = pg + (i - 1) + (j - 1) * lg;
        g[gij] = (g[gij] - ddot(j - 1, g, pg + i - 1, lg, e, pe + (j - 1) * le, 1)) / ejj;
      }
      h[ph + i - 1] = h[ph + i - 1] - ddot(n, g, pg + i - 1, lg, f, pf, 1);
    }
    double[] res = ldp(g, pg, lg, mg, n, h, ph, x, px, w, pw, jw);
    double xnorm = res[0];
    mode = (int) res[1];
    if (mode != 1) {
      return new double[] {xnorm, mode};
    }
    daxpy(n, 1.0, f, pf, 1, x, px, 1);
    for (int i = n; i >= 1; i--) {
      int j = Math.min(i + 1, n);
      x[px + i - 1] = (x[px + i - 1] - ddot(n - i, e, pe + (i - 1) + (j - 1) * le, le, x, px + j - 1, 1))
          / e[pe + (i - 1) + (i - 1) * le];
    }
    int j = Math.min(n + 1, me);
    double t = dnrm2(me - n, f, pf + j - 1, 1);
    xnorm = Math.sqrt(mac(xnorm, xnorm, t * t));
    return new double[] {xnorm, mode};
  }

  /**
   * Equality and inequality constrained least squares {@code min ||E x - f||, C x = d, G x >= h}.
   *
   * @return {xnorm, mode}
   */
  static double[] lsei(double[] c, int pc, double[] d, int pd, double[] e, int pe, double[] f, int pf, double[] g,
      int pg, double[] h, int ph, int lc, int mc, int le, int me, int lg, int mg, int n, double[] x, int px,
      double[] w, int pw, int[] jw) {
    if (mc > n) {
      return new double[] {0.0, 2};
    }
    int l = n - mc;
    int mc1 = mc + 1;
    int iw = (l + 1) * (mg + 2) + 2 * mg + mc;
    int ie = iw + mc + 1;
    int iff = ie + me * l;
    int ig = iff + me;
    for (int i = 1; i <= mc; i++) {
      int j = Math.min(i + 1, lc);
      int ci = pc + (i - 1);
      double up = h12(1, i, i + 1, n, c, ci, lc, 0.0, c, pc + (j - 1), lc, 1, mc - i);
      w[pw + iw + i - 1] = up;
      h12(2, i, i + 1, n, c, ci, lc, up, e, pe, le, 1, me);
      h12(2, i, i + 1, n, c, ci, lc, up, g, pg, lg, 1, mg);
    }
    for (int i = 1; i <= mc; i++) {
      double cii = c[pc + (i - 1) + (i - 1) * lc];
      if (Math.abs(cii) < EPMACH) {
        return new double[] {0.0, 6};
      }
      x[px + i - 1] = (d[pd + i - 1] - ddot(i - 1, c, pc + i - 1, lc, x, px, 1)) / cii;
    }
    int mode = 1;
    w[pw + mc1 - 1] = 0.0;
    dfill(mg - mc, 0.0, w, pw + mc1 - 1, 1);
    double xnrm = 0.0;
    if (mc != n) {
      for (int i = 1; i <= me; i++) {
        w[pw + iff - 1 + i - 1] = f[pf + i - 1] - ddot(mc, e, pe + i - 1, le, x, px, 1);
      }
      for (int i = 1; i <= me; i++) {
        dcopy(l, e, pe + (i - 1) + (mc1 - 1) * le, le, w, pw + ie - 1 + i - 1, me);
      }
      for (int i = 1; i <= mg; i++) {
        dcopy(l, g, pg + (i - 1) + (mc1 - 1) * lg, lg, w, pw + ig - 1 + i - 1, mg);
      }
      if (mg <= 0) {
        throw new UnsupportedOperationException("SLSQP subproblem without inequality constraints (HFTI)");
      }
      for (int i = 1; i <= mg; i++) {
        h[ph + i - 1] = h[ph + i - 1] - ddot(mc, g, pg + i - 1, lg, x, px, 1);
      }
      double[] res = lsi(w, pw + ie - 1, w, pw + iff - 1, w, pw + ig - 1, h, ph, me, me, mg, mg, l, x, px + mc1 - 1,
          w, pw + mc1 - 1, jw);
      xnrm = res[0];
      mode = (int) res[1];
      if (mc == 0) {
        return new double[] {xnrm, mode};
      }
      double t = dnrm2(mc, x, px, 1);
      xnrm = Math.sqrt(mac(xnrm, xnrm, t * t));
      if (mode != 1) {
        return new double[] {xnrm, mode};
      }
    }
    // label 50
    for (int i = 1; i <= me; i++) {
      f[pf + i - 1] = ddot(n, e, pe + i - 1, le, x, px, 1) - f[pf + i - 1];
    }
    for (int i = 1; i <= mc; i++) {
      d[pd + i - 1] = ddot(me, e, pe + (i - 1) * le, 1, f, pf, 1)
          - ddot(mg, g, pg + (i - 1) * lg, 1, w, pw + mc1 - 1, 1);
    }
    for (int i = mc; i >= 1; i--) {
      h12(2, i, i + 1, n, c, pc + i - 1, lc, w[pw + iw + i - 1], x, px, 1, 1, 1);
    }
    for (int i = mc; i >= 1; i--) {
      int j = Math.min(i + 1, lc);
      w[pw + i - 1] = (d[pd + i - 1] - ddot(mc - i, c, pc + (j - 1) + (i - 1) * lc, 1, w, pw + j - 1, 1))
          / c[pc + (i - 1) + (i - 1) * lc];
    }
    return new double[] {xnrm, mode};
  }

  /**
   * The SLSQP subproblem: {@code min 1/2 x'Bx + g'x} with {@code B = L D L'} from the packed factors {@code l}
   * (length nl), subject to {@code A x + b = 0} (first meq rows), {@code A x + b >= 0} (the rest) and
   * {@code xl <= x <= xu} (NaN = no bound). One-based arrays: {@code l[1..nl]}, {@code g[1..n]}, {@code a} column-major
   * la x n from index 1, {@code b[1..m]}, {@code xl, xu, x [1..n]}, {@code y[1..m+n+n]}.
   *
   * @return SLSQP's mode (1 = success)
   */
  static int lsq(int m, int meq, int n, int nl, int la, double[] l, double[] g, double[] a, double[] b, double[] xl,
      double[] xu, double[] x, double[] y, double[] w, int[] jw) {
    int n1 = n + 1;
    int mineq = m - meq;
    int m1 = mineq + n + n;
    int n2 = n1 * n / 2 + 1;
    n2 = n2 == nl ? 0 : 1;
    int n3 = n - n2;
    int i2 = 1;
    int i3 = 1;
    int i4 = 1;
    int ie = 1;
    int iff = n * n + 1;
    for (int i = 1; i <= n3; i++) {
      int i1 = n1 - i;
      double diag = Math.sqrt(l[i2]);
      dfill(i1, 0.0, w, i3, 1);
      dcopy(i1 - n2, l, i2, 1, w, i3, n);
      dscal(i1 - n2, diag, w, i3, n);
      w[i3] = diag;
      w[iff - 1 + i] = (g[i] - ddot(i - 1, w, i4, 1, w, iff, 1)) / diag;
      i2 = i2 + i1 - n2;
      i3 = i3 + n1;
      i4 = i4 + n;
    }
    if (n2 == 1) {
      w[i3] = l[nl];
      dfill(n3, 0.0, w, i4, 1);
      w[iff - 1 + n] = 0.0;
    }
    dscal(n, -1.0, w, iff, 1);
    int ic = iff + n;
    int id = ic + meq * n;
    if (meq > 0) {
      for (int i = 1; i <= meq; i++) {
        dcopy(n, a, 1 + (i - 1), la, w, ic - 1 + i, meq);
      }
      dcopy(meq, b, 1, 1, w, id, 1);
      dscal(meq, -1.0, w, id, 1);
    }
    int ig = id + meq;
    if (mineq > 0) {
      for (int i = 1; i <= mineq; i++) {
        dcopy(n, a, 1 + (meq + i - 1), la, w, ig - 1 + i, m1);
      }
    }
    int ih = ig + m1 * n;
    int iw = ih + mineq + 2 * n;
    if (mineq > 0) {
      dcopy(mineq, b, meq + 1, 1, w, ih, 1);
      dscal(mineq, -1.0, w, ih, 1);
    }
    int ip = ig + mineq;
    int il = ih + mineq;
    int nancnt = 0;
    for (int i = 1; i <= n; i++) {
      if (xl[i] == xl[i]) {
        w[il] = xl[i];
        for (int j = 1; j <= n; j++) {
          w[ip + m1 * (j - 1)] = 0;
        }
        w[ip + m1 * (i - 1)] = 1;
        ip++;
        il++;
      } else {
        nancnt++;
      }
    }
    for (int i = 1; i <= n; i++) {
      if (xu[i] == xu[i]) {
        w[il] = -xu[i];
        for (int j = 1; j <= n; j++) {
          w[ip + m1 * (j - 1)] = 0;
        }
        w[ip + m1 * (i - 1)] = -1;
        ip++;
        il++;
      } else {
        nancnt++;
      }
    }
    double[] res = lsei(w, ic, w, id, w, ie, w, iff, w, ig, w, ih, Math.max(1, meq), meq, n, n, m1, m1 - nancnt, n,
        x, 1, w, iw, jw);
    int mode = (int) res[1];
    if (mode == 1) {
      dcopy(m, w, iw, 1, y, 1, 1);
      if (n3 > 0) {
        for (int i = m + 1; i <= m + n3 + n3; i++) {
          y[i] = Double.NaN;
        }
      }
    }
    for (int i = 1; i <= n; i++) {
      if (xl[i] == xl[i] && x[i] < xl[i]) {
        x[i] = xl[i];
      } else if (xu[i] == xu[i] && x[i] > xu[i]) {
        x[i] = xu[i];
      }
    }
    return mode;
  }
}
