package org.pystrade.optimisation.optimisers;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.MathContext;
import java.math.RoundingMode;

/**
 * {@code pow(x, y)} as the GNU C library (2.28 and later, x86-64 with FMA) computes it, which is what numpy's
 * {@code float64 ** 0.5} calls: unlike {@code sqrt} it is not always correctly rounded (about 1 in 1,250 results
 * near a rounding midpoint differ by one unit in the last place), and the finite-difference gradients of
 * pysystemtrade's Sharpe ratio objective amplify that last bit. The algorithm (Szabolcs Nagy's, from Arm's
 * optimized-routines, MIT licensed): {@code log(x)} in double-double precision from a 128-entry table of
 * {@code 1/c, log(c)} and a degree-8 polynomial, times y, then {@code exp} from a 128-entry table of
 * {@code 2^(i/128)} and a degree-5 polynomial, with fused multiply-adds where the FMA build uses them. The tables
 * are generated here from their defining rules; the polynomial coefficients are the published minimax ones.
 * Only positive finite x (normal or subnormal) and moderate y are supported; anything else falls back to
 * {@link StrictMath#pow}.
 */
final class LibmPow {

  private static final int LOG_BITS = 7;
  private static final int LOG_N = 1 << LOG_BITS;
  private static final long OFF = 0x3fe6955500000000L;
  private static final double LN2_HI = 0x1.62e42fefa3800p-1;
  private static final double LN2_LO = 0x1.ef35793c76730p-45;
  private static final double[] A = {
      -0x1p-1,
      0x1.555555555556p-2 * -2,
      -0x1.0000000000006p-2 * -2,
      0x1.999999959554ep-3 * 4,
      -0x1.555555529a47ap-3 * 4,
      0x1.2495b9b4845e9p-3 * -8,
      -0x1.0002b8b263fc3p-3 * -8};
  private static final int EXP_BITS = 7;
  private static final int EXP_N = 1 << EXP_BITS;
  private static final double INV_LN2_N = 0x1.71547652b82fep0 * EXP_N;
  private static final double NEG_LN2_HI_N = -0x1.62e42fefa0000p-8;
  private static final double NEG_LN2_LO_N = -0x1.cf79abc9e3b3ap-47;
  private static final double SHIFT = 0x1.8p52;
  private static final double C2 = 0x1.ffffffffffdbdp-2;
  private static final double C3 = 0x1.555555555543cp-3;
  private static final double C4 = 0x1.55555cf172b91p-5;
  private static final double C5 = 0x1.1111167a4d017p-7;

  private static final double[] INVC = new double[LOG_N];
  private static final double[] LOGC = new double[LOG_N];
  private static final double[] LOGCTAIL = new double[LOG_N];
  private static final long[] EXP_TAB = new long[2 * EXP_N];

  static {
    MathContext mc = new MathContext(70, RoundingMode.HALF_EVEN);
    BigDecimal two43 = new BigDecimal(BigInteger.ONE.shiftLeft(43));
    for (int i = 0; i < LOG_N; i++) {
      BigDecimal lo = new BigDecimal(Double.longBitsToDouble(OFF + ((long) i << 45)));
      BigDecimal hi = new BigDecimal(Double.longBitsToDouble(OFF + ((long) (i + 1) << 45)));
      BigDecimal center = lo.add(hi).divide(BigDecimal.valueOf(2), mc);
      BigDecimal invc;
      if (center.compareTo(BigDecimal.ONE) < 0) {
        invc = BigDecimal.valueOf(LOG_N).divide(center, mc).setScale(0, RoundingMode.HALF_EVEN)
            .divide(BigDecimal.valueOf(LOG_N), mc);
      } else {
        invc = BigDecimal.valueOf(2L * LOG_N).divide(center, mc).setScale(0, RoundingMode.HALF_EVEN)
            .divide(BigDecimal.valueOf(2L * LOG_N), mc);
      }
      BigDecimal c = BigDecimal.ONE.divide(invc, mc);
      BigDecimal logC = ln(c, mc);
      BigDecimal logcRounded = logC.multiply(two43, mc).setScale(0, RoundingMode.HALF_EVEN).divide(two43, mc);
      INVC[i] = invc.doubleValue();
      LOGC[i] = logcRounded.doubleValue();
      LOGCTAIL[i] = logC.subtract(logcRounded, mc).doubleValue();
    }
    BigDecimal ln2 = ln(BigDecimal.valueOf(2), mc);
    for (int i = 0; i < EXP_N; i++) {
      BigDecimal exact = exp(ln2.multiply(BigDecimal.valueOf(i), mc).divide(BigDecimal.valueOf(EXP_N), mc), mc);
      double scale = exact.doubleValue();
      double tail = exact.subtract(new BigDecimal(scale), mc).divide(new BigDecimal(scale), mc).doubleValue();
      EXP_TAB[2 * i] = Double.doubleToRawLongBits(tail);
      EXP_TAB[2 * i + 1] = Double.doubleToRawLongBits(scale) - ((long) i << (52 - EXP_BITS));
    }
  }

  private LibmPow() {
  }

  /** Natural logarithm of c in (0.5, 2) by the series of atanh((c - 1) / (c + 1)). */
  private static BigDecimal ln(BigDecimal c, MathContext mc) {
    BigDecimal y = c.subtract(BigDecimal.ONE).divide(c.add(BigDecimal.ONE), mc);
    BigDecimal y2 = y.multiply(y, mc);
    BigDecimal term = y;
    BigDecimal sum = BigDecimal.ZERO;
    BigDecimal eps = BigDecimal.ONE.movePointLeft(68);
    for (int k = 1; term.abs().compareTo(eps) > 0; k += 2) {
      sum = sum.add(term.divide(BigDecimal.valueOf(k), mc), mc);
      term = term.multiply(y2, mc);
    }
    return sum.multiply(BigDecimal.valueOf(2), mc);
  }

  /** e^x for |x| < 1 by its Taylor series. */
  private static BigDecimal exp(BigDecimal x, MathContext mc) {
    BigDecimal sum = BigDecimal.ONE;
    BigDecimal term = BigDecimal.ONE;
    BigDecimal eps = BigDecimal.ONE.movePointLeft(68);
    for (int k = 1; term.abs().compareTo(eps) > 0; k++) {
      term = term.multiply(x, mc).divide(BigDecimal.valueOf(k), mc);
      sum = sum.add(term, mc);
    }
    return sum;
  }

  /**
   * x to the power y.
   *
   * @param x the base
   * @param y the exponent
   * @return glibc's {@code pow(x, y)}
   */
  static double pow(double x, double y) {
    long ix = Double.doubleToRawLongBits(x);
    long iy = Double.doubleToRawLongBits(y);
    int topx = (int) (ix >>> 52);
    int topy = (int) (iy >>> 52) & 0x7ff;
    if (!(x > 0) || x == Double.POSITIVE_INFINITY || topy - 0x3be < 0 || topy - 0x3be >= 0x43e - 0x3be) {
      return StrictMath.pow(x, y);
    }
    if (topx == 0) {
      ix = Double.doubleToRawLongBits(x * 0x1p52);
      ix &= 0x7fffffffffffffffL;
      ix -= 52L << 52;
    }
    double[] lo = new double[1];
    double hi = logInline(ix, lo);
    double ehi = y * hi;
    double elo = Math.fma(y, lo[0], Math.fma(y, hi, -ehi));
    return expInline(ehi, elo);
  }

  private static double logInline(long ix, double[] tail) {
    long tmp = ix - OFF;
    int i = (int) ((tmp >>> (52 - LOG_BITS)) % LOG_N);
    int k = (int) (tmp >> 52);
    long iz = ix - (tmp & (0xfffL << 52));
    double z = Double.longBitsToDouble(iz);
    double kd = k;
    double invc = INVC[i];
    double logc = LOGC[i];
    double logctail = LOGCTAIL[i];
    double r = Math.fma(z, invc, -1.0);
    double t1 = Math.fma(kd, LN2_HI, logc);
    double t2 = t1 + r;
    double lo1 = Math.fma(kd, LN2_LO, logctail);
    double lo2 = t1 - t2 + r;
    double ar = A[0] * r;
    double ar2 = r * ar;
    double ar3 = r * ar2;
    double hi = t2 + ar2;
    double lo3 = Math.fma(ar, r, -ar2);
    double lo4 = t2 - hi + ar2;
    double p = ar3 * (Math.fma(r, A[2], A[1]) + ar2 * (Math.fma(r, A[4], A[3]) + ar2 * Math.fma(r, A[6], A[5])));
    double lo = lo1 + lo2 + lo3 + lo4 + p;
    double yy = hi + lo;
    tail[0] = hi - yy + lo;
    return yy;
  }

  private static double expInline(double x, double xtail) {
    int abstop = (int) (Double.doubleToRawLongBits(x) >>> 52) & 0x7ff;
    if (Integer.compareUnsigned(abstop - 0x3c9, 0x408 - 0x3c9) >= 0) {
      if (Integer.compareUnsigned(abstop - 0x3c9, 0x80000000) >= 0) {
        return 1.0 + x;
      }
      return StrictMath.exp(x + xtail);
    }
    double z = INV_LN2_N * x;
    double kd = z + SHIFT;
    long ki = Double.doubleToRawLongBits(kd);
    kd -= SHIFT;
    double r = Math.fma(kd, NEG_LN2_LO_N, Math.fma(kd, NEG_LN2_HI_N, x));
    r += xtail;
    int idx = (int) (2 * Long.remainderUnsigned(ki, EXP_N));
    long top = ki << (52 - EXP_BITS);
    double tail = Double.longBitsToDouble(EXP_TAB[idx]);
    long sbits = EXP_TAB[idx + 1] + top;
    double r2 = r * r;
    double tmp = Math.fma(r2 * r2, Math.fma(r, C5, C4), Math.fma(r2, Math.fma(r, C3, C2), tail + r));
    double scale = Double.longBitsToDouble(sbits);
    return Math.fma(scale, tmp, scale);
  }
}
