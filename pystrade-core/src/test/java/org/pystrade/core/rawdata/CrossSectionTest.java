package org.pystrade.core.rawdata;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.pystrade.core.series.SeriesFrame;
import org.pystrade.core.testing.StageFixtures;

class CrossSectionTest {

  private static final double NAN = Double.NaN;

  @Test
  void theMedianOfEachRowSkipsMissingValues() {
    SeriesFrame f = SeriesFrame.of(StageFixtures.days(4), List.of("a", "b", "c"),
        new double[][] {{3, 1, NAN, NAN}, {1, 4, NAN, -2}, {2, NAN, NAN, 8}});
    // odd count: the middle value; even count: the mean of the middle two; none: NaN
    assertThat(CrossSection.rowMedian(f).values()).containsExactly(2, 2.5, NAN, 3);
    assertThat(CrossSection.rowMedian(f).timestamps()).containsExactly(StageFixtures.days(4));
  }
}
