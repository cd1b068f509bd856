package org.pystrade.optimisation.estimators;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * The simple correlation against pandas 2.2's {@code DataFrame.corr()} bit for bit (Welford's one-pass update of
 * {@code nancorr}, pairwise complete rows). Expected values from:
 * {@code rng = np.random.default_rng(4); x = rng.standard_normal(50) * 1e-3 + 5.0;
 * y = 0.3 * x + rng.standard_normal(50) * 1e-3; z = rng.standard_normal(50) * 100; x[[3, 17]] = nan; z[[5]] = nan;
 * pd.DataFrame({"a": x, "b": y, "c": z}).corr()}.
 */
class PearsonTest {

  private static final double[] X = {0x1.3ff552309434ap+2, 0x1.3ffd232ebc60fp+2, 0x1.401b422a087c7p+2, Double.NaN, 0x1.3fe51b7b13337p+2, 0x1.3fffea2d09a2ap+2, 0x1.3ff5c900e7d25p+2, 0x1.40026f67e2047p+2, 0x1.3fe5a6c583e8fp+2, 0x1.4003f61093795p+2, 0x1.4003db425646fp+2, 0x1.4019d0a791a57p+2, 0x1.4005301aff5f4p+2, 0x1.40085d634dc3cp+2, 0x1.3fe7896a2ad06p+2, 0x1.4024e8a17ab74p+2, 0x1.3fe09d333e94fp+2, Double.NaN, 0x1.3ffa984832ae6p+2, 0x1.3ff1924d00650p+2, 0x1.3ff53f5755d65p+2, 0x1.3ff4fd5dbb252p+2, 0x1.40063aa0edebap+2, 0x1.3ffe326160337p+2, 0x1.40184a5aaa30bp+2, 0x1.3fe20615a37fcp+2, 0x1.3ffff313d6e1ap+2, 0x1.3ff1627264076p+2, 0x1.400cb63e0d7c7p+2, 0x1.3fdd4c3658d29p+2, 0x1.3ffa5e71006a9p+2, 0x1.40037187765cdp+2, 0x1.3fe7ae86be49dp+2, 0x1.4010244b2d4e0p+2, 0x1.4002ed941556cp+2, 0x1.40107f1039b97p+2, 0x1.400fb71ce6532p+2, 0x1.3feff2312baf7p+2, 0x1.3ff2edcd53e71p+2, 0x1.3ffcab2967e5bp+2, 0x1.400c412ba3f38p+2, 0x1.400df1372bd23p+2, 0x1.3ff45f5dac265p+2, 0x1.3ff60d3afc9d6p+2, 0x1.3ff2edb02af79p+2, 0x1.3ff66d86fa69ap+2, 0x1.3ffc1a13b7f64p+2, 0x1.3ffdd720ab965p+2, 0x1.4021b85b955a1p+2, 0x1.3ff7b3fd35edep+2};
  private static final double[] Y = {0x1.7fe0436fc7e03p+0, 0x1.801a9e46d5084p+0, 0x1.7fe23fde18f52p+0, 0x1.7ff4cd0fdbd5cp+0, 0x1.7fe09a06218acp+0, 0x1.8032a1d32b80ep+0, 0x1.7f9d7ef04eaafp+0, 0x1.805ccd86b9d8fp+0, 0x1.7fc94878f5635p+0, 0x1.800fdb36ade88p+0, 0x1.803c247e910fcp+0, 0x1.804a48a6abc43p+0, 0x1.804ba4b04e9b8p+0, 0x1.801563715263dp+0, 0x1.7fe15bd716e1cp+0, 0x1.804107fc59f03p+0, 0x1.7f9914e874d52p+0, 0x1.80653c3bec177p+0, 0x1.7fc6b2b74204dp+0, 0x1.7f9c182d5a4f2p+0, 0x1.8079dd9fa9e83p+0, 0x1.7fe9d8791fd41p+0, 0x1.7fba331f2693fp+0, 0x1.807739fc527b9p+0, 0x1.80078a5d7572cp+0, 0x1.8021a1f9f0d93p+0, 0x1.7fc993fb44a0cp+0, 0x1.7fde284cd04e8p+0, 0x1.7fa09844e9652p+0, 0x1.7f5940c44cd41p+0, 0x1.7fb94046945cap+0, 0x1.7fff048eb8f0ap+0, 0x1.80171d6905184p+0, 0x1.80b25ffa51681p+0, 0x1.7fbfe3b4aea0ep+0, 0x1.8055ec90288f4p+0, 0x1.7feb4093a097dp+0, 0x1.7fe2bd369f95fp+0, 0x1.7f8f3e4a6f003p+0, 0x1.7f9b1354b745dp+0, 0x1.7fdbb033f0326p+0, 0x1.7fc289fbe6f15p+0, 0x1.7ff1d06803e6bp+0, 0x1.7fc605a3bcb5ep+0, 0x1.804247a407c58p+0, 0x1.7ffe8aad6ded9p+0, 0x1.800626baae653p+0, 0x1.8047f38c95825p+0, 0x1.804a6b4f8d1f1p+0, 0x1.7ff398d7ea697p+0};
  private static final double[] Z = {-0x1.225093efcef76p+3, -0x1.83091fa3f6343p+3, 0x1.aeb0540b78f9cp+6, 0x1.393bf7970ef39p+6, 0x1.24bbff6e74e72p+5, Double.NaN, -0x1.b3a06b6b4561bp+5, 0x1.98d1786bde428p+5, -0x1.1a777bc98b7f9p+7, 0x1.0d74409520971p+7, 0x1.2027889e14c90p+3, 0x1.256dc5eaedccfp+4, 0x1.df81cfc641c34p+5, -0x1.f1215543b7d94p-1, -0x1.969296f40faa8p+4, 0x1.dbe9f1ff41598p+6, 0x1.7266f30edcff8p+3, -0x1.6e594262379b6p+6, 0x1.5fa5aa7bcd82ep+5, -0x1.55062aa8eb45ap+7, 0x1.4b1bc5d55575ep+7, -0x1.11cf4db5eea63p+4, 0x1.25a81b012de47p+2, 0x1.c38dd8f4534f9p+7, 0x1.ae5924ac14496p+7, 0x1.7294d50cf9f12p+3, 0x1.f3e4a0ebd5c7bp+5, 0x1.b4126b0fa1b78p+6, 0x1.506779bc6c0c9p+7, -0x1.a37f4d9f59f47p+3, 0x1.b0d52ad0c12d0p+3, 0x1.e9da8b5b48b99p+6, 0x1.af47cdceb855ap+4, 0x1.2dccc90f13d1ep+6, 0x1.e7e33b1d3ece8p+5, -0x1.c5f6fbc6fca09p+6, -0x1.57938f429e638p+6, -0x1.0822463fc5766p+8, -0x1.a03170c1258bcp+4, 0x1.0bc479f0cc440p+7, -0x1.bbaec542f1b64p+6, 0x1.ed857c65202bep+6, 0x1.8fd18732618d2p+6, -0x1.5efd704777e40p+2, -0x1.85b7564f80c8dp-1, 0x1.0910e8b3b5131p+3, -0x1.586f4ccae5ce9p+6, -0x1.c3ba88a2fdc8ap+4, -0x1.2a02f5bbf7c33p+2, 0x1.e98ce42a12712p+5};

  @Test
  void matchesPandasNancorrBitForBit() {
    long[] t = new long[X.length];
    for (int i = 0; i < t.length; i++) {
      t[i] = i;
    }
    long end = t.length;
    assertThat(CorrelationEstimator.pearson(X, Y, t, 0, end)).isEqualTo(0x1.9620f40a06b2ap-2);
    assertThat(CorrelationEstimator.pearson(X, Z, t, 0, end)).isEqualTo(0x1.27779d72f4a95p-2);
    assertThat(CorrelationEstimator.pearson(Y, Z, t, 0, end)).isEqualTo(0x1.5d60282ca574cp-3);
    assertThat(CorrelationEstimator.pearson(X, X, t, 0, end)).isEqualTo(1.0);
  }

  @Test
  void fewerThanTwoRowsOrNoVarianceIsMissing() {
    long[] t = {0, 1, 2};
    assertThat(CorrelationEstimator.pearson(new double[] {1, Double.NaN, 3}, new double[] {1, 2, Double.NaN}, t, 0,
        2)).isNaN();
    assertThat(CorrelationEstimator.pearson(new double[] {1, 1, 1}, new double[] {1, 2, 3}, t, 0, 2)).isNaN();
  }
}
