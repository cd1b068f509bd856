package org.pystrade.optimisation.optimisers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

/**
 * SLSQP and the Sharpe-ratio adjustment against scipy 1.15.3 (Fortran SLSQP) with numpy 2.2.6 on x86-64, OpenBLAS
 * 0.3.29 with its Haswell kernels ({@code OPENBLAS_CORETYPE=Haswell}: the products of the objective rounded, then
 * added) and glibc's {@code pow}: the platform that reproduces pysystemtrade 1.80's golden outputs. Bit for bit on
 * the two-asset problems of the Sharpe-ratio adjustment (values computed independently in Python with
 * pysystemtrade's formulas: {@code minimize(neg_SR, ..., method="SLSQP", tol=1e-5)}). scipy's SLSQP path is the
 * same from 1.10 to 1.15 (the Fortran code, its Python driver and the finite differences). The FMA model
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
}
