package org.pystrade.core.accounts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class PythonFormatTest {

  @Test
  void formatsLikePythonGeneralFormat() {
    // expected strings from Python's "{0:.4g}".format(value)
    Object[][] cases = {
        {20.0, "20"}, {0.0006277563730664458, "0.0006278"}, {-0.11993963088465136, "-0.1199"},
        {1e-5, "1e-05"}, {123456.0, "1.235e+05"}, {0.12345, "0.1235"}, {2.5e-5, "2.5e-05"},
        {99995.0, "1e+05"}, {0.99995, "1"}, {-0.0, "-0"}, {0.0, "0"}, {1e16, "1e+16"}, {1234.5, "1234"},
        {9.4000000000000006, "9.4"}, {15.673924511797145, "15.67"}, {1e-4, "0.0001"},
        {0.00012345678, "0.0001235"}, {Double.NaN, "nan"}, {Double.POSITIVE_INFINITY, "inf"},
        {Double.NEGATIVE_INFINITY, "-inf"}, {-42.903462477096305, "-42.9"}, {1.5e-300, "1.5e-300"},
    };
    for (Object[] c : cases) {
      assertThat(PythonFormat.general((Double) c[0], 4)).as("%s", c[0]).isEqualTo(c[1]);
    }
    assertThat(PythonFormat.general(3.14159, 1)).isEqualTo("3");
    assertThat(PythonFormat.general(31.4159, 1)).isEqualTo("3e+01");
  }

  @Test
  void rejectsNonPositiveDigits() {
    assertThatThrownBy(() -> PythonFormat.general(1.0, 0)).isInstanceOf(IllegalArgumentException.class);
  }
}
