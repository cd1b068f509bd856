package org.pystrade.report.chart;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class BarChartTest {

  private static List<double[]> rects(String svg, String fill) {
    return Pattern.compile("<rect x=\"([-0-9.]+)\" y=\"[-0-9.]+\" width=\"([0-9.]+)\" height=\"[0-9.]+\" fill=\""
        + fill + "\"").matcher(svg).results()
        .map(r -> new double[] {Double.parseDouble(r.group(1)), Double.parseDouble(r.group(2))}).toList();
  }

  @Test
  void barsGrowFromZeroBothWays() {
    BarChart chart = BarChart.builder("b").unit("%", 1).bar("up", 10).bar("down", -5).bar("none", Double.NaN)
        .build();
    String svg = chart.toSvg();
    List<double[]> up = rects(svg, Palette.POSITIVE);
    List<double[]> down = rects(svg, Palette.NEGATIVE);
    assertThat(up).hasSize(1);
    assertThat(down).hasSize(1);
    // the negative bar ends where the positive one starts (zero), half as long
    assertThat(down.get(0)[0] + down.get(0)[1]).isCloseTo(up.get(0)[0], org.assertj.core.data.Offset.offset(0.11));
    assertThat(down.get(0)[1] * 2).isCloseTo(up.get(0)[1], org.assertj.core.data.Offset.offset(0.3));
    assertThat(svg).contains(">10.0%</text>").contains(">-5.0%</text>").contains(">none</text>");
  }

  @Test
  void heightFollowsTheNumberOfBars() {
    BarChart.Builder few = BarChart.builder("few");
    BarChart.Builder many = BarChart.builder("many");
    for (int i = 0; i < 200; i++) {
      many.bar("I" + i, i);
      if (i < 5) {
        few.bar("I" + i, i);
      }
    }
    assertThat(many.build().height() - few.build().height()).isBetween(195 * 16 - 1, 195 * 16 + 1);
    assertThat(many.build().size()).isEqualTo(200);
  }

  @Test
  void chartsSplittingOneListShareTheirScale() {
    BarChart big = BarChart.builder("part-1").valueRange(-20, 100).bar("a", 100).bar("b", 50).build();
    BarChart small = BarChart.builder("part-2").valueRange(-20, 100).bar("c", 2).bar("d", -20).build();
    double[] a = rects(big.toSvg(), Palette.POSITIVE).get(0);
    double[] c = rects(small.toSvg(), Palette.POSITIVE).get(0);
    // the same zero, and 2 is a fiftieth of 100
    assertThat(c[0]).isEqualTo(a[0]);
    assertThat(c[1] * 50).isCloseTo(a[1], org.assertj.core.data.Offset.offset(5.0));
    assertThatThrownBy(() -> BarChart.builder("x").valueRange(1, 0)).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void labelsAreEscapedAndEmptyChartsRefused() {
    assertThat(BarChart.builder("e").bar("a<b", 1).build().toSvg()).contains(">a&lt;b</text>");
    assertThatThrownBy(() -> BarChart.builder("e").build()).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("no bars");
  }
}
