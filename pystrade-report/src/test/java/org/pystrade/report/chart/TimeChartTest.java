package org.pystrade.report.chart;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;

class TimeChartTest {

  private static final long DAY = 86_400L;

  /** A daily series of n points from 1980 on: a sine wave with one spike. */
  static Series wave(String name, int n, int spikeAt) {
    long[] t = new long[n];
    double[] v = new double[n];
    for (int i = 0; i < n; i++) {
      t[i] = (3652L + i) * DAY;
      v[i] = Math.sin(i / 200.0) * 10 + (i == spikeAt ? 100 : 0);
    }
    return Series.of(name, t, v);
  }

  /** The points of an SVG path's {@code d}: one per coordinate pair after M or l. */
  private static int points(String d) {
    Matcher m = Pattern.compile("-?[0-9.]+").matcher(d);
    int numbers = 0;
    while (m.find()) {
      numbers++;
    }
    return numbers / 2;
  }

  /** The absolute y coordinates of a path's points (M x y, then relative l pairs). */
  private static double[] absoluteYs(String d) {
    Matcher m = Pattern.compile("-?[0-9.]+").matcher(d);
    List<Double> numbers = new java.util.ArrayList<>();
    while (m.find()) {
      numbers.add(Double.parseDouble(m.group()));
    }
    double[] ys = new double[numbers.size() / 2];
    ys[0] = numbers.get(1);
    for (int i = 1; i < ys.length; i++) {
      ys[i] = ys[i - 1] + numbers.get(2 * i + 1);
    }
    return ys;
  }

  /** The {@code d} of the paths that draw data (not grid lines, axes and ticks). */
  private static List<String> paths(String svg) {
    return Pattern.compile("<path d=\"([^\"]*)\"([^>]*)>").matcher(svg).results()
        .filter(r -> !r.group(2).contains("stroke=\"" + Palette.GRID + "\"")
            && !r.group(2).contains("stroke=\"" + Palette.AXIS + "\""))
        .map(r -> r.group(1)).toList();
  }

  @Test
  void aLongSeriesIsReducedToThePixelGridKeepingItsSpike() {
    TimeChart chart = TimeChart.builder("wave").size(800, 300).line(wave("w", 20_000, 12_345)).build();
    String svg = chart.toSvg();
    List<String> paths = paths(svg);
    assertThat(paths).hasSize(1);
    // at most two points per 2-pixel bucket of a plot narrower than 800 pixels
    assertThat(points(paths.get(0))).isBetween(300, 800);
    // the spike (100 above a wave of amplitude 10) is kept: the line reaches the top gridline, 90% of the way up
    double[] ys = absoluteYs(paths.get(0));
    double top = java.util.Arrays.stream(ys).min().orElseThrow();
    double bottom = java.util.Arrays.stream(ys).max().orElseThrow();
    assertThat(bottom - top).as("height of the line in pixels").isGreaterThan(200);
  }

  @Test
  void standaloneSvgHasNamespaceViewBoxAndEscapedTexts() {
    TimeChart chart = TimeChart.builder("x").title("A <b>&</b> title").line(wave("net <1>", 100, -1))
        .line(wave("gross", 100, -1)).build();
    String svg = chart.toSvg();
    assertThat(svg).startsWith("<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 800 300\"")
        .contains("<title>A &lt;b&gt;&amp;&lt;/b&gt; title</title>").contains(">net &lt;1&gt;</text>")
        .doesNotContain("<b>");
    StringBuilder inline = new StringBuilder();
    chart.appendInlineSvg(inline);
    assertThat(inline.toString()).startsWith("<svg viewBox=").doesNotContain("xmlns");
  }

  @Test
  void missingValuesAreSkippedNotDrawn() {
    long[] t = {0, DAY, 2 * DAY, 3 * DAY, 4 * DAY, 5 * DAY};
    double[] v = {1, Double.NaN, Double.NaN, 3, Double.NaN, 4};
    String svg = TimeChart.builder("gap").line(Series.of("g", t, v)).build().toSvg();
    List<String> paths = paths(svg);
    assertThat(paths).hasSize(1);
    String d = paths.get(0);
    assertThat(d.chars().filter(c -> c == 'M').count()).isEqualTo(1);
    assertThat(points(d)).isEqualTo(3);
  }

  @Test
  void areasAreFilledDownToZeroAndClosed() {
    long[] t = {0, DAY, 2 * DAY};
    double[] v = {0, -5, -2};
    String svg = TimeChart.builder("dd").area(Series.of("drawdown", t, v), Palette.NEGATIVE).build().toSvg();
    assertThat(paths(svg)).hasSize(2);
    assertThat(paths(svg).get(0)).endsWith("Z");
    assertThat(svg).contains("fill=\"" + Palette.NEGATIVE + "\" fill-opacity=\"0.25\"");
  }

  @Test
  void stackedAreasNeedTheSameTimes() {
    Series a = wave("a", 10, -1);
    Series b = wave("b", 11, -1);
    assertThatThrownBy(() -> TimeChart.builder("s").stacked(List.of(a, b)))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("other times");
    String svg = TimeChart.builder("s").stacked(List.of(a, wave("c", 10, -1))).build().toSvg();
    assertThat(paths(svg)).hasSize(2).allSatisfy(d -> assertThat(d).endsWith("Z"));
  }

  @Test
  void aLegendOfManySeriesIsCutShort() {
    List<Series> many = new java.util.ArrayList<>();
    for (int i = 0; i < 200; i++) {
      many.add(wave("instrument" + i, 50, -1));
    }
    String svg = TimeChart.builder("many").size(800, 300).stacked(many).build().toSvg();
    Matcher more = Pattern.compile(">\\+([0-9]+) more</text>").matcher(svg);
    assertThat(more.find()).isTrue();
    int shown = 200 - Integer.parseInt(more.group(1));
    assertThat(shown).isBetween(10, 60);
    assertThat(svg).contains(">instrument0</text>").doesNotContain(">instrument199</text>");
  }

  @Test
  void dashedLinesAreOnePathOfSegments() {
    String svg = TimeChart.builder("d").dashedLine(wave("limit", 5, -1), "#1f5fa8").build().toSvg();
    assertThat(svg).containsPattern("<path d=\"(M[-0-9. ]+L[-0-9. ]+){4}\" fill=\"none\" stroke=\"#1f5fa8\" "
        + "stroke-width=\"1.5\" stroke-dasharray=\"4 3\"/>");
  }

  @Test
  void refusesBadInput() {
    assertThatThrownBy(() -> TimeChart.builder("empty").build()).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("no series");
    assertThatThrownBy(() -> Series.of("s", new long[] {2, 1}, new double[] {1, 2}))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("increase");
    assertThatThrownBy(() -> TimeChart.builder("c").line(wave("w", 3, -1), "red"))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("#rrggbb");
  }

  @Test
  void pngIsTheChartAtScale() throws IOException {
    TimeChart chart = TimeChart.builder("png").size(400, 200).title("t").line(wave("w", 1000, 500), "#1f5fa8")
        .build();
    BufferedImage image = ImageIO.read(new ByteArrayInputStream(chart.toPng(2)));
    assertThat(image.getWidth()).isEqualTo(800);
    assertThat(image.getHeight()).isEqualTo(400);
    int blue = 0;
    for (int x = 0; x < image.getWidth(); x++) {
      for (int y = 0; y < image.getHeight(); y++) {
        int rgb = image.getRGB(x, y);
        if ((rgb & 0xff) > 150 && ((rgb >> 16) & 0xff) < 100) {
          blue++;
        }
      }
    }
    assertThat(blue).as("pixels of the blue line").isGreaterThan(500);
  }
}
