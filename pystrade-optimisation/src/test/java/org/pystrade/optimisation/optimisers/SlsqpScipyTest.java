package org.pystrade.optimisation.optimisers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

/**
 * SLSQP and the Sharpe-ratio adjustment against scipy 1.15.3 (Fortran SLSQP) with numpy 2.2.6 on x86-64, OpenBLAS
 * 0.3.29 with its Haswell kernels ({@code OPENBLAS_CORETYPE=Haswell}: {@code ddot} and {@code dgemv} as
 * {@link MaxSharpe#blasDot} and {@link MaxSharpe#vectorTimesMatrix} describe) and glibc's {@code pow}: the platform
 * that reproduces pysystemtrade 1.80's golden outputs. Bit for bit on the two-asset problems of the Sharpe-ratio
 * adjustment and on 4- and 6-asset portfolios (values computed independently in Python with pysystemtrade's
 * formulas: {@code minimize(neg_SR, ..., method="SLSQP", tol=1e-5)}). scipy's SLSQP path is the same from 1.10 to
 * 1.15 (the Fortran code, its Python driver and the finite differences). The FMA model
 * ({@code -Dpystrade.slsqp.fma=true}) lands within the optimiser's noise (~1e-8) of these values.
 */
class SlsqpScipyTest {

  private static void withFma(Runnable checks) {
    boolean saved = KraftLsq.fused;
    KraftLsq.fused = true;
    try {
      checks.run();
    } finally {
      KraftLsq.fused = saved;
    }
  }

  @Test
  void fmaModelStaysWithinNoiseOfTheDefault() {
    assertThat(KraftLsq.fused).isFalse();
    withFma(() -> {
      double c = -0x1.19d7221ef073ap-2;
      double[][] sigma = MaxSharpe.sigma(new double[] {0.15, 0.15}, new double[][] {{1, c}, {c, 1}});
      double[] fused = MaxSharpe.optimise(sigma, new double[] {0x1.52a8682db7278p-7, 0x1.3333333333333p-4});
      assertThat(fused[0]).isCloseTo(0x1.2554a84b383bap-2, within(1e-7));
      assertThat(fused[1]).isCloseTo(0x1.6d55abda63e22p-1, within(1e-7));
      assertThat(SrAdjustment.multiplier(0x1.42348fef2eae4p-1, 0x1.7f82b32415e0cp-3, 50.0))
          .isCloseTo(0x1.8f8b16b1a25d9p+0, within(1e-7));
    });
  }

  @Test
  void maxSharpeStopsWhereScipyStops() {
    double[][] corr = {{1, 0.3, 0.5}, {0.3, 1, 0.2}, {0.5, 0.2, 1}};
    double[][] sigma = MaxSharpe.sigma(new double[] {0.1, 0.2, 0.15}, corr);
    double[] w = MaxSharpe.optimise(sigma, new double[] {0.05, 0.08, 0.04});
    // scipy's answer is not the exact optimum (the third weight would be 0): it stops at tolerance
    assertThat(w[0]).isCloseTo(0.7480692720235631, within(1e-12));
    assertThat(w[1]).isCloseTo(0.2471529095183888, within(1e-12));
    assertThat(w[2]).isCloseTo(0.004777818458048084, within(1e-12));
  }

  @Test
  void twoAssetMaxSharpeIsBitIdenticalToScipy() {
    double c = -0x1.19d7221ef073ap-2;
    double[][] sigma = MaxSharpe.sigma(new double[] {0.15, 0.15}, new double[][] {{1, c}, {c, 1}});
    double[] w = MaxSharpe.optimise(sigma, new double[] {-0x1.1826bb0650fc8p-6, 0x1.3333333333333p-4});
    assertThat(w).containsExactly(0x1.7f31417b8326bp-5, 0x1.e80cebe847cd9p-1);
    w = MaxSharpe.optimise(sigma, new double[] {0x1.52a8682db7278p-7, 0x1.3333333333333p-4});
    assertThat(w).containsExactly(0x1.2554a84b383bap-2, 0x1.6d55abda63e22p-1);
    double c2 = 0x1.6fd173852d080p-4;
    double[][] sigma2 = MaxSharpe.sigma(new double[] {0.15, 0.15}, new double[][] {{1, c2}, {c2, 1}});
    w = MaxSharpe.optimise(sigma2, new double[] {0x1.65e82bc299dcfp-3, 0x1.3333333333333p-4});
    assertThat(w).containsExactly(0x1.7a11061a5a036p-1, 0x1.0bddf3cb4bf94p-2);
  }

  @Test
  void srMultipliersMatchScipyExactly() {
    assertThat(SrAdjustment.multiplier(-0x1.8a7a11f023900p-3, -0x1.33a9ac2175b10p-5, 0x1.dc89641b5851fp+4))
        .isEqualTo(0x1.74a584f21b092p-1);
    assertThat(SrAdjustment.multiplier(0x1.42348fef2eae4p-1, 0x1.7f82b32415e0cp-3, 50.0))
        .isEqualTo(0x1.8f8b16b1a25d9p+0);
    assertThat(SrAdjustment.multiplier(-0x1.808a6a641d3d5p-1, -0x1.12a119ab45ca6p-2, 57.0))
        .isEqualTo(0x1.c7763b4a2956cp-5);
    assertThat(SrAdjustment.multiplier(-0x1.85451bb39dc08p-3, -0x1.df3e8d8274b90p-6, 0x1.9e7a614fa68e2p+4))
        .isEqualTo(0x1.70ceb4f8ac608p-1);
    assertThat(SrAdjustment.multiplier(0.1, 0.6, 10.0)).isEqualTo(1.2640293109969725);
    assertThat(SrAdjustment.multiplier(-0.2, 0.3, 3.0)).isEqualTo(0.6137166539220897);
  }

  @Test
  void libmPowReproducesGlibcWhereItIsNotCorrectlyRounded() {
    assertThat(LibmPow.pow(0x1.7ab12b300f098p-7, 0.5)).isEqualTo(0x1.b8546e1e28697p-4);
    assertThat(Math.sqrt(0x1.7ab12b300f098p-7)).isEqualTo(0x1.b8546e1e28698p-4);
    assertThat(LibmPow.pow(0x1.15d21f9d98f66p-6, 0.5)).isEqualTo(0x1.0aaff3d102675p-3);
    assertThat(LibmPow.pow(0x1.7ab0cd7f016e0p-2, 0.5)).isEqualTo(0x1.375c0efa55dd7p-1);
    assertThat(LibmPow.pow(52.17857142857143, 0.5)).isEqualTo(Math.sqrt(52.17857142857143));
    assertThat(LibmPow.pow(3.0, 2.0)).isEqualTo(9.0);
  }

  /** A 64-bit LCG whose draws convert to doubles exactly, so Python reproduces the inputs bit for bit. */
  private static final class Lcg {
    private long state;

    Lcg(long seed) {
      state = seed;
    }

    long next() {
      state = state * 6364136223846793005L + 1442695040888963407L;
      return state;
    }

    /** A multiple of 2^-53 in [0, 1). */
    double unif() {
      return (next() >>> 11) * 0x1.0p-53;
    }

    /** A power of two from 2^-3 to 2^4. */
    double scale() {
      return Math.scalb(1.0, (int) (next() >>> 61) - 3);
    }
  }

  /**
   * The objective's inputs for {@link #objectiveIsNumpysBitForBit}: weights, expected returns and a symmetric
   * matrix of mixed magnitudes (scales from 2^-3 to 2^4) so that the order of the additions shows.
   */
  private record Draw(double[] w, double[] mus, double[][] sigma) {

    static Draw of(int n, long seed) {
      Lcg g = new Lcg(seed);
      double[] w = new double[n];
      double[] mus = new double[n];
      double[][] sigma = new double[n][n];
      double[] e = new double[n];
      for (int i = 0; i < n; i++) {
        e[i] = g.scale();
      }
      for (int i = 0; i < n; i++) {
        w[i] = g.unif() * e[i];
        mus[i] = (g.unif() - 0.25) * 0.1;
      }
      for (int i = 0; i < n; i++) {
        sigma[i][i] = (1.0 + g.unif()) * e[i] * e[i];
        for (int j = i + 1; j < n; j++) {
          sigma[i][j] = (g.unif() - 0.3) * e[i] * e[j] * 0.5;
          sigma[j][i] = sigma[i][j];
        }
      }
      return new Draw(w, mus, sigma);
    }
  }

  private static double negativeSharpeOfDraws(int n, long seed) {
    Draw d = Draw.of(n, seed);
    return MaxSharpe.negativeSharpe(d.w(), d.sigma(), d.mus());
  }

  /**
   * {@code neg_SR} against numpy 2.2.6 ({@code OPENBLAS_CORETYPE=Haswell}) for 4 to 64 assets. Python: the same
   * LCG ({@code s = (s * 6364136223846793005 + 1442695040888963407) % 2**64}, {@code unif = (s >> 11) * 2.0**-53},
   * {@code scale = 2.0 ** ((s >> 61) - 3)}) fills {@code w}, {@code mus = np.array(mus, ndmin=2).T} and
   * {@code sigma} in the order above, then {@code -float(w.dot(mus)[0]) / w.dot(sigma).dot(w.transpose()) ** 0.5}.
   * Every case was chosen so that sequential sums of rounded products give a different value (and, from 16
   * assets, so that sequential {@code ddot}s alone would too).
   */
  @Test
  void objectiveIsNumpysBitForBit() {
    assertThat(negativeSharpeOfDraws(4, 413)).isEqualTo(-0x1.2a1faaec98cfap-6);
    assertThat(negativeSharpeOfDraws(5, 510)).isEqualTo(-0x1.deaf155fbc8a8p-6);
    assertThat(negativeSharpeOfDraws(6, 613)).isEqualTo(-0x1.eec5d65106057p-9);
    assertThat(negativeSharpeOfDraws(7, 704)).isEqualTo(-0x1.d41d1b8ab1b27p-9);
    assertThat(negativeSharpeOfDraws(9, 901)).isEqualTo(-0x1.fd477a1a30e71p-9);
    assertThat(negativeSharpeOfDraws(16, 1601)).isEqualTo(-0x1.38e29f7f863ebp-9);
    assertThat(negativeSharpeOfDraws(17, 1704)).isEqualTo(-0x1.e4e10d83e01aep-9);
    assertThat(negativeSharpeOfDraws(40, 4001)).isEqualTo(-0x1.666ae29e2bed7p-8);
    assertThat(negativeSharpeOfDraws(64, 6405)).isEqualTo(-0x1.19ed86229edebp-8);
  }

  /**
   * {@code w.dot(sigma)} element by element against numpy for the 6-asset draw of
   * {@link #objectiveIsNumpysBitForBit} (the first four elements from the AVX2 kernels: a block of 4 rows, then the
   * 2 left; the last two from the C tail), then {@code ws.dot(w)}.
   */
  @Test
  void vectorTimesMatrixIsNumpysBitForBit() {
    Draw d = Draw.of(6, 613);
    double[] w = d.w();
    double[][] sigma = d.sigma();
    int n = w.length;
    double[] expected = {0x1.03a0ea79ff1d9p+5, 0x1.66d6640d0b876p+2, 0x1.2ce72559559edp+12, -0x1.25cf886e72c4cp+2,
        0x1.54fbf9e8d2973p+9, 0x1.4a54b92a6afb3p+6};
    double[] ws = new double[n];
    for (int j = 0; j < n; j++) {
      ws[j] = MaxSharpe.vectorTimesMatrix(w, sigma, j);
    }
    assertThat(ws).containsExactly(expected);
    assertThat(MaxSharpe.blasDot(ws, w)).isEqualTo(0x1.70103d6f1d92dp+15);
  }

  /**
   * 4- and 6-asset maximum Sharpe portfolios against scipy 1.15.3 bit for bit. Python: {@code sigma =
   * np.diag(std).dot(corr).dot(np.diag(std))}, {@code mus = np.array(means, ndmin=2).T}, {@code neg_SR(w, sigma,
   * mus) = -float(w.dot(mus)[0]) / w.dot(sigma).dot(w.transpose()) ** 0.5}, {@code minimize(neg_SR, [1.0 / n] * n,
   * (sigma, mus), method="SLSQP", bounds=[(0.0, 1.0)] * n, constraints=[{"type": "eq", "fun": lambda w: 1.0 -
   * sum(w)}], tol=0.00001)["x"]}. The inputs were drawn (rounded) from {@code np.random.default_rng(2024)} among
   * problems where an objective of sequential sums of rounded products moves scipy's answer (by 1e-9 to 3e-8).
   */
  @Test
  void fourAndSixAssetMaxSharpeIsBitIdenticalToScipy() {
    double[] w = MaxSharpe.optimise(MaxSharpe.sigma(new double[] {0.219, 0.104, 0.127, 0.25},
        new double[][] {{1.0, -0.54, -0.79, -0.45}, {-0.54, 1.0, 0.68, 0.09}, {-0.79, 0.68, 1.0, 0.22},
            {-0.45, 0.09, 0.22, 1.0}}), new double[] {0.097, 0.076, 0.052, 0.019});
    assertThat(w).containsExactly(0x1.48a415effec77p-2, 0x1.ef26485e2f6c2p-3, 0x1.676362ecc189bp-2,
        0x1.61958bd09fe39p-4);
    w = MaxSharpe.optimise(MaxSharpe.sigma(new double[] {0.224, 0.134, 0.135, 0.119},
        new double[][] {{1.0, 0.32, -0.05, -0.16}, {0.32, 1.0, -0.57, 0.31}, {-0.05, -0.57, 1.0, -0.46},
            {-0.16, 0.31, -0.46, 1.0}}), new double[] {0.042, 0.052, -0.015, 0.009});
    assertThat(w).containsExactly(0x1.7c227c00a27cep-5, 0x1.60cf7cd19cfbfp-1, 0x1.e7d40d7007005p-3,
        0x1.af2b024ae384dp-6);
    w = MaxSharpe.optimise(MaxSharpe.sigma(new double[] {0.102, 0.161, 0.12, 0.269, 0.103, 0.119},
        new double[][] {{1.0, 0.04, 0.17, -0.13, -0.2, 0.06}, {0.04, 1.0, 0.29, 0.25, 0.4, 0.49},
            {0.17, 0.29, 1.0, 0.12, 0.19, 0.39}, {-0.13, 0.25, 0.12, 1.0, 0.42, 0.33},
            {-0.2, 0.4, 0.19, 0.42, 1.0, 0.53}, {0.06, 0.49, 0.39, 0.33, 0.53, 1.0}}),
        new double[] {0.025, 0.08, 0.022, 0.062, 0.007, -0.017});
    assertThat(w).containsExactly(0x1.acdddb4829c26p-2, 0x1.f053533105bffp-2, 0x0.0p+0, 0x1.8b3b461b41f68p-4,
        0x1.4c00000000000p-56, 0x0.0p+0);
    w = MaxSharpe.optimise(MaxSharpe.sigma(new double[] {0.064, 0.052, 0.131, 0.152, 0.265, 0.053},
        new double[][] {{1.0, 0.28, -0.35, 0.33, 0.24, 0.58}, {0.28, 1.0, -0.48, -0.32, 0.1, -0.07},
            {-0.35, -0.48, 1.0, 0.11, -0.13, -0.12}, {0.33, -0.32, 0.11, 1.0, 0.13, 0.61},
            {0.24, 0.1, -0.13, 0.13, 1.0, 0.22}, {0.58, -0.07, -0.12, 0.61, 0.22, 1.0}}),
        new double[] {0.07, 0.014, 0.096, 0.048, -0.009, 0.054});
    assertThat(w).containsExactly(0x1.2df1a9a7c06a4p-2, 0x1.110b305d0515bp-2, 0x1.b573d41cc6e8dp-3,
        0x1.3920000000000p-51, 0x1.2f8e000000000p-51, 0x1.cc9277d9ae14ep-3);
  }
}
