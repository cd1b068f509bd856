package org.pystrade.optimisation.optimisers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

/**
 * SLSQP and the Sharpe-ratio adjustment against scipy 1.10 (Fortran SLSQP) with numpy 1.24 on OpenBLAS and glibc
 * 2.36 on x86-64: bit for bit on the two-asset problems of the Sharpe-ratio adjustment (values computed
 * independently in Python with pysystemtrade's formulas: {@code minimize(neg_SR, ..., method="SLSQP", tol=1e-5)}),
 * with the x86-64 arithmetic ({@code KraftLsq.fused = false}: no fused multiply-adds in SLSQP, OpenBLAS's x86-64
 * accumulation order in the objective). scipy's SLSQP path is the same from 1.10 to 1.15 (the Fortran code, its
 * Python driver and the finite differences); the default arithmetic is the golden platform's (fused multiply-adds,
 * see docs/ESTIMATION.md), which lands within the optimiser's noise (~1e-8) of these values.
 */
class SlsqpScipyTest {

  private static void onX86(Runnable checks) {
    boolean saved = KraftLsq.fused;
    KraftLsq.fused = false;
    try {
      checks.run();
    } finally {
      KraftLsq.fused = saved;
    }
  }

  @Test
  void defaultArithmeticIsTheGoldenPlatformsAndStaysWithinNoiseOfX86() {
    assertThat(KraftLsq.fused).isTrue();
    double c = -0x1.19d7221ef073ap-2;
    double[][] sigma = MaxSharpe.sigma(new double[] {0.15, 0.15}, new double[][] {{1, c}, {c, 1}});
    double[] fused = MaxSharpe.optimise(sigma, new double[] {0x1.52a8682db7278p-7, 0x1.3333333333333p-4});
    assertThat(fused[0]).isCloseTo(0x1.2554a8dfbd9a0p-2, within(1e-7));
    assertThat(fused[1]).isCloseTo(0x1.6d55ab9021330p-1, within(1e-7));
    assertThat(SrAdjustment.multiplier(0x1.42348fef2eae4p-1, 0x1.7f82b32415e0cp-3, 50.0))
        .isCloseTo(0x1.8f8b16b568453p+0, within(1e-7));
  }

  @Test
  void maxSharpeStopsWhereScipyStops() {
    onX86(() -> {
      double[][] corr = {{1, 0.3, 0.5}, {0.3, 1, 0.2}, {0.5, 0.2, 1}};
      double[][] sigma = MaxSharpe.sigma(new double[] {0.1, 0.2, 0.15}, corr);
      double[] w = MaxSharpe.optimise(sigma, new double[] {0.05, 0.08, 0.04});
      // scipy's answer is not the exact optimum (the third weight would be 0): it stops at tolerance
      assertThat(w[0]).isCloseTo(0.7480692720235631, within(1e-7));
      assertThat(w[1]).isCloseTo(0.2471529095183888, within(1e-7));
      assertThat(w[2]).isCloseTo(0.004777818458048084, within(1e-7));
    });
  }

  @Test
  void twoAssetMaxSharpeIsBitIdenticalToScipy() {
    onX86(() -> {
      double c = -0x1.19d7221ef073ap-2;
      double[][] sigma = MaxSharpe.sigma(new double[] {0.15, 0.15}, new double[][] {{1, c}, {c, 1}});
      double[] w = MaxSharpe.optimise(sigma, new double[] {-0x1.1826bb0650fc8p-6, 0x1.3333333333333p-4});
      assertThat(w).containsExactly(0x1.7f313b9bf9b4ap-5, 0x1.e80cec464064bp-1);
      w = MaxSharpe.optimise(sigma, new double[] {0x1.52a8682db7278p-7, 0x1.3333333333333p-4});
      assertThat(w).containsExactly(0x1.2554a8dfbd9a0p-2, 0x1.6d55ab9021330p-1);
      double c2 = 0x1.6fd173852d080p-4;
      double[][] sigma2 = MaxSharpe.sigma(new double[] {0.15, 0.15}, new double[][] {{1, c2}, {c2, 1}});
      // one of the evaluations here hits a glibc pow(v, 0.5) that differs from sqrt(v)
      w = MaxSharpe.optimise(sigma2, new double[] {0x1.65e82bc299dcfp-3, 0x1.3333333333333p-4});
      assertThat(w).containsExactly(0x1.7a1106a2a1aeep-1, 0x1.0bddf2babca24p-2);
    });
  }

  @Test
  void srMultipliersMatchScipyExactly() {
    onX86(() -> {
      assertThat(SrAdjustment.multiplier(-0x1.8a7a11f023900p-3, -0x1.33a9ac2175b10p-5, 0x1.dc89641b5851fp+4))
          .isEqualTo(0x1.74a5850b2d702p-1);
      assertThat(SrAdjustment.multiplier(0x1.42348fef2eae4p-1, 0x1.7f82b32415e0cp-3, 50.0))
          .isEqualTo(0x1.8f8b16b568453p+0);
      assertThat(SrAdjustment.multiplier(-0x1.808a6a641d3d5p-1, -0x1.12a119ab45ca6p-2, 57.0))
          .isEqualTo(0x1.c7763cd6cbdddp-5);
      assertThat(SrAdjustment.multiplier(-0x1.85451bb39dc08p-3, -0x1.df3e8d8274b90p-6, 0x1.9e7a614fa68e2p+4))
          .isEqualTo(0x1.70ceb50511e9ep-1);
      assertThat(SrAdjustment.multiplier(0.1, 0.6, 10.0)).isCloseTo(1.2640292789382097, within(1e-7));
      assertThat(SrAdjustment.multiplier(-0.2, 0.3, 3.0)).isCloseTo(0.613716655379161, within(1e-7));
    });
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
}
