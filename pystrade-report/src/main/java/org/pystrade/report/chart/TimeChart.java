package org.pystrade.report.chart;

import java.util.ArrayList;
import java.util.List;
import org.pystrade.core.util.ArgChecker;

/**
 * A chart over time: lines, areas filled down to zero and stacked areas, on a date axis and a value axis. Series
 * longer than the plot is wide are reduced to the pixel grid when laid out: each bucket of
 * {@linkplain Builder#bucketPixels(int) a few pixels} keeps its lowest and highest value (lines and areas) or its last
 * row (stacked areas), so a 50-year daily series costs a few hundred points and its spikes stay visible.
 */
public final class TimeChart extends Chart {

  private static final double PAD = 8;
  private static final double LEGEND_ROW = 16;

  private final List<Layer> layers;
  private final String unit;
  private final boolean zeroLine;
  private final int bucketPixels;
  private final String note;

  /** What a layer draws. */
  private enum Kind {
    LINE, AREA, STACKED
  }

  /** One line, area, or a stack of areas, with its colours. */
  private record Layer(Kind kind, List<Series> series, List<String> colours, boolean dashed) {
    Layer {
      series = List.copyOf(series);
      colours = List.copyOf(colours);
    }
  }

  private TimeChart(Builder b) {
    super(b.id, b.title, b.width, b.height);
    this.layers = List.copyOf(b.layers);
    this.unit = b.unit;
    this.zeroLine = b.zeroLine;
    this.bucketPixels = b.bucketPixels;
    this.note = b.note;
  }

  /**
   * A builder.
   *
   * @param id the chart's identifier (its PNG file name, an HTML id)
   * @return a builder, 800 x 300 pixels by default
   */
  public static Builder builder(String id) {
    return new Builder(id);
  }

  /** Builds a {@link TimeChart}. */
  public static final class Builder {
    private final String id;
    private String title = "";
    private int width = 800;
    private int height = 300;
    private String unit = "";
    private boolean zeroLine;
    private int bucketPixels = 2;
    private String note = "";
    private final List<Layer> layers = new ArrayList<>();
    private int colourIndex;

    private Builder(String id) {
      this.id = ArgChecker.notBlank(id, "id");
    }

    /**
     * The title drawn at the top.
     *
     * @param text the title
     * @return this builder
     */
    public Builder title(String text) {
      this.title = ArgChecker.notNull(text, "text");
      return this;
    }

    /**
     * A small note drawn at the top right (e.g. the units).
     *
     * @param text the note
     * @return this builder
     */
    public Builder note(String text) {
      this.note = ArgChecker.notNull(text, "text");
      return this;
    }

    /**
     * The size in pixels.
     *
     * @param widthPixels the width, at least 200
     * @param heightPixels the height, at least 100
     * @return this builder
     */
    public Builder size(int widthPixels, int heightPixels) {
      ArgChecker.isTrue(widthPixels >= 200 && heightPixels >= 100, "a chart needs at least 200 x 100 pixels but "
          + "was {} x {}", widthPixels, heightPixels);
      this.width = widthPixels;
      this.height = heightPixels;
      return this;
    }

    /**
     * A text after each value-axis label, such as {@code %}.
     *
     * @param suffix the text
     * @return this builder
     */
    public Builder unit(String suffix) {
      this.unit = ArgChecker.notNull(suffix, "suffix");
      return this;
    }

    /**
     * Draws a line at zero and keeps zero in the value range.
     *
     * @param on whether to
     * @return this builder
     */
    public Builder zeroLine(boolean on) {
      this.zeroLine = on;
      return this;
    }

    /**
     * The width of a bucket of the pixel grid that long series are reduced to (default 2).
     *
     * @param pixels 1 to 20
     * @return this builder
     */
    public Builder bucketPixels(int pixels) {
      ArgChecker.inRange(pixels, 1, 20, "pixels");
      this.bucketPixels = pixels;
      return this;
    }

    /**
     * A line in the next colour of the palette.
     *
     * @param series its data
     * @return this builder
     */
    public Builder line(Series series) {
      return line(series, Palette.series(colourIndex));
    }

    /**
     * A line in a colour.
     *
     * @param series its data
     * @param colour {@code #rrggbb}
     * @return this builder
     */
    public Builder line(Series series, String colour) {
      return add(Kind.LINE, List.of(series), List.of(colour), false);
    }

    /**
     * A dashed line in a colour.
     *
     * @param series its data
     * @param colour {@code #rrggbb}
     * @return this builder
     */
    public Builder dashedLine(Series series, String colour) {
      return add(Kind.LINE, List.of(series), List.of(colour), true);
    }

    /**
     * An area between the series and zero, with its edge drawn as a line.
     *
     * @param series its data
     * @param colour {@code #rrggbb}
     * @return this builder
     */
    public Builder area(Series series, String colour) {
      return add(Kind.AREA, List.of(series), List.of(colour), false);
    }

    /**
     * Areas stacked on each other in the order given (the first at the bottom), in the palette's colours; NaN
     * counts as 0.
     *
     * @param series the data, all on the same times
     * @return this builder
     * @throws IllegalArgumentException if empty or the times differ
     */
    public Builder stacked(List<Series> series) {
      ArgChecker.notEmpty(series, "series");
      List<String> colours = new ArrayList<>();
      for (int i = 0; i < series.size(); i++) {
        ArgChecker.isTrue(series.get(i).hasSameTimes(series.get(0)), "stacked series {} has other times than {}",
            series.get(i).name(), series.get(0).name());
        colours.add(Palette.series(colourIndex + i));
      }
      return add(Kind.STACKED, series, colours, false);
    }

    private Builder add(Kind kind, List<Series> series, List<String> colours, boolean dashed) {
      for (Series s : series) {
        ArgChecker.notNull(s, "series");
      }
      for (String c : colours) {
        ArgChecker.isTrue(Palette.isColour(c), "colour must be #rrggbb but was {}", c);
      }
      layers.add(new Layer(kind, series, colours, dashed));
      colourIndex += series.size();
      return this;
    }

    /**
     * The chart.
     *
     * @return the chart
     * @throws IllegalArgumentException if it has no series
     */
    public TimeChart build() {
      ArgChecker.isTrue(!layers.isEmpty(), "chart {} has no series", id);
      return new TimeChart(this);
    }
  }

  @Override
  Scene scene() {
    Scene.Builder scene = new Scene.Builder();
    int w = width();
    int h = height();
    double top = PAD;
    if (!title().isEmpty()) {
      scene.add(new Scene.Text(PAD, 16, title(), 13, Scene.TEXT_COLOR, Scene.Anchor.START, true));
      top = 26;
    }
    if (!note.isEmpty()) {
      scene.add(new Scene.Text(w - PAD, 16, note, 11, Palette.AXIS, Scene.Anchor.END, false));
      top = Math.max(top, 26);
    }
    top = legend(scene, top);
    double bottom = h - 24;
    double[] range = valueRange();
    List<Ticks.Tick> yTicks = Ticks.values(range[0], range[1], Math.max(5, (int) ((bottom - top) / 30)), unit);
    double labelWidth = 0;
    for (Ticks.Tick t : yTicks) {
      labelWidth = Math.max(labelWidth, Scene.textWidth(t.label(), Scene.FONT_SIZE));
    }
    double left = Math.ceil(Math.max(36, labelWidth + 14));
    double right = w - 14;
    double yMin = yTicks.get(0).value();
    double yMax = yTicks.get(yTicks.size() - 1).value();
    long[] span = timeRange();
    Frame f = new Frame(left, right, top + 6, bottom, span[0], span[1], yMin, yMax);
    // grid lines, then axis and tick marks, then labels: runs of lines alike are one SVG path
    List<Ticks.Tick> xTicks = Ticks.dates(span[0], span[1], Math.max(2, (int) ((right - left) / 80)));
    for (Ticks.Tick t : yTicks) {
      scene.add(new Scene.Line(left, f.y(t.value()), right, f.y(t.value()), Palette.GRID, 1, false));
    }
    for (Ticks.Tick t : xTicks) {
      scene.add(new Scene.Line(f.x((long) t.value()), f.top, f.x((long) t.value()), bottom, Palette.GRID, 1, false));
    }
    scene.add(new Scene.Line(left, bottom, right, bottom, Palette.AXIS, 1, false));
    for (Ticks.Tick t : xTicks) {
      scene.add(new Scene.Line(f.x((long) t.value()), bottom, f.x((long) t.value()), bottom + 4, Palette.AXIS, 1,
          false));
    }
    for (Ticks.Tick t : yTicks) {
      scene.text(left - 6, f.y(t.value()) + 4, t.label(), Scene.Anchor.END);
    }
    for (Ticks.Tick t : xTicks) {
      scene.text(f.x((long) t.value()), bottom + 17, t.label(), Scene.Anchor.MIDDLE);
    }
    for (Layer layer : layers) {
      if (layer.kind() == Kind.STACKED) {
        stack(scene, layer, f);
      } else {
        lineOrArea(scene, layer, f);
      }
    }
    if ((zeroLine || hasAreas()) && yMin < 0 && yMax > 0) {
      scene.add(new Scene.Line(left, f.y(0), right, f.y(0), Palette.AXIS, 1, false));
    }
    return scene.build(w, h, title());
  }

  /** Draws the legend (when there is more than one series) and returns the top of what is below it. */
  private double legend(Scene.Builder scene, double top) {
    List<String> names = new ArrayList<>();
    List<String> colours = new ArrayList<>();
    for (Layer layer : layers) {
      for (int i = 0; i < layer.series().size(); i++) {
        names.add(layer.series().get(i).name());
        colours.add(layer.colours().get(i));
      }
    }
    if (names.size() < 2) {
      return top;
    }
    double x = PAD;
    double y = top + 4;
    // at most a third of the chart's height: then "+N more" (a stack of 200 instruments cannot name them all)
    int rows = Math.max(1, (int) (height() / 3.0 / LEGEND_ROW));
    for (int i = 0; i < names.size(); i++) {
      double entry = 16 + Scene.textWidth(names.get(i), 11) + 14;
      if (x + entry > width() - PAD - 70 && x > PAD && y + LEGEND_ROW >= top + 4 + rows * LEGEND_ROW) {
        scene.add(new Scene.Text(x, y + 9, "+" + (names.size() - i) + " more", 11, Palette.AXIS,
            Scene.Anchor.START, false));
        break;
      }
      if (x + entry > width() - PAD && x > PAD) {
        x = PAD;
        y += LEGEND_ROW;
      }
      scene.add(new Scene.Rect(x, y, 10, 10, colours.get(i)));
      scene.add(new Scene.Text(x + 14, y + 9, names.get(i), 11, Scene.TEXT_COLOR, Scene.Anchor.START, false));
      x += entry;
    }
    return y + LEGEND_ROW;
  }

  private boolean hasAreas() {
    for (Layer layer : layers) {
      if (layer.kind() != Kind.LINE) {
        return true;
      }
    }
    return false;
  }

  /** [min, max] of what is drawn (zero included for areas and a zero line); [0, 1] when there is nothing. */
  private double[] valueRange() {
    double min = Double.POSITIVE_INFINITY;
    double max = Double.NEGATIVE_INFINITY;
    for (Layer layer : layers) {
      if (layer.kind() == Kind.STACKED) {
        Series first = layer.series().get(0);
        for (int i = 0; i < first.size(); i++) {
          double up = 0;
          double down = 0;
          for (Series s : layer.series()) {
            double v = s.value(i);
            if (v > 0) {
              up += v;
            } else if (v < 0) {
              down += v;
            }
          }
          min = Math.min(min, down);
          max = Math.max(max, up);
        }
      } else {
        Series s = layer.series().get(0);
        for (int i = 0; i < s.size(); i++) {
          double v = s.value(i);
          if (Double.isFinite(v)) {
            min = Math.min(min, v);
            max = Math.max(max, v);
          }
        }
        if (layer.kind() == Kind.AREA) {
          min = Math.min(min, 0);
          max = Math.max(max, 0);
        }
      }
    }
    if (min > max) {
      return new double[] {0, 1};
    }
    if (zeroLine) {
      min = Math.min(min, 0);
      max = Math.max(max, 0);
    }
    return new double[] {min, max};
  }

  /** [first, last] time of all series; a day around a single time; today's epoch 0 to a day when empty. */
  private long[] timeRange() {
    long from = Long.MAX_VALUE;
    long to = Long.MIN_VALUE;
    for (Layer layer : layers) {
      for (Series s : layer.series()) {
        if (s.size() > 0) {
          from = Math.min(from, s.time(0));
          to = Math.max(to, s.time(s.size() - 1));
        }
      }
    }
    if (from > to) {
      return new long[] {0, 86_400};
    }
    return from == to ? new long[] {from - 43_200, to + 43_200} : new long[] {from, to};
  }

  /** The plot area and its scales. */
  private static final class Frame {
    final double left;
    final double right;
    final double top;
    final double bottom;
    final long t0;
    final long t1;
    final double v0;
    final double v1;

    Frame(double left, double right, double top, double bottom, long t0, long t1, double v0, double v1) {
      this.left = left;
      this.right = right;
      this.top = top;
      this.bottom = bottom;
      this.t0 = t0;
      this.t1 = t1;
      this.v0 = v0;
      this.v1 = v1;
    }

    double x(long t) {
      return left + (right - left) * (double) (t - t0) / (double) (t1 - t0);
    }

    double y(double v) {
      return bottom - (bottom - top) * (v - v0) / (v1 - v0);
    }
  }

  /** Points being collected for a polyline. */
  private static final class Points {
    double[] xs = new double[64];
    double[] ys = new double[64];
    int n;

    void add(double x, double y) {
      if (n == xs.length) {
        xs = java.util.Arrays.copyOf(xs, n * 2);
        ys = java.util.Arrays.copyOf(ys, n * 2);
      }
      xs[n] = x;
      ys[n] = y;
      n++;
    }
  }

  /**
   * A line (and for an area its fill down to zero), reduced to the pixel grid: per bucket, its lowest and highest
   * value in the order they come. Missing values (NaN) are skipped: the line joins the values around them, so a
   * sparse series (a price on some days only) still shows as a line.
   */
  private void lineOrArea(Scene.Builder scene, Layer layer, Frame f) {
    Series s = layer.series().get(0);
    String colour = layer.colours().get(0);
    Points line = new Points();
    int bucket = Integer.MIN_VALUE;
    int lo = -1;
    int hi = -1;
    for (int i = 0; i < s.size(); i++) {
      double v = s.value(i);
      if (!Double.isFinite(v)) {
        continue;
      }
      int b = (int) Math.floor((f.x(s.time(i)) - f.left) / bucketPixels);
      if (b != bucket || lo < 0) {
        flush(line, s, f, lo, hi, bucket);
        bucket = b;
        lo = i;
        hi = i;
      } else if (v < s.value(lo)) {
        lo = i;
      } else if (v > s.value(hi)) {
        hi = i;
      }
    }
    flush(line, s, f, lo, hi, bucket);
    if (line.n == 0) {
      return;
    }
    int[] start = {0};
    if (layer.kind() == Kind.AREA) {
      // the line with a point on the baseline before and after it, closed
      double base = f.y(Math.max(f.v0, Math.min(0, f.v1)));
      double[] xs = new double[line.n + 2];
      double[] ys = new double[line.n + 2];
      System.arraycopy(line.xs, 0, xs, 1, line.n);
      System.arraycopy(line.ys, 0, ys, 1, line.n);
      xs[0] = line.xs[0];
      ys[0] = base;
      xs[line.n + 1] = line.xs[line.n - 1];
      ys[line.n + 1] = base;
      scene.add(new Scene.Poly(xs, ys, line.n + 2, start, null, 0, colour, 0.25));
    }
    if (layer.dashed()) {
      for (int k = 0; k + 1 < line.n; k++) {
        scene.add(new Scene.Line(line.xs[k], line.ys[k], line.xs[k + 1], line.ys[k + 1], colour, 1.5, true));
      }
    } else {
      scene.add(new Scene.Poly(line.xs, line.ys, line.n, start, colour, 1.5, null, 0));
    }
  }

  /**
   * Adds a bucket's lowest and highest values in time order, at a quarter and three quarters of the bucket's width
   * (whole pixels for even bucket widths: shorter SVG), or at its middle when it has one value or both are within
   * half a pixel; the first and last points of the line keep their own times.
   */
  private void flush(Points line, Series s, Frame f, int lo, int hi, int bucket) {
    if (lo < 0) {
      return;
    }
    int a = Math.min(lo, hi);
    int b = Math.max(lo, hi);
    double x0 = f.left + (double) bucket * bucketPixels;
    boolean both = b != a && Math.abs(f.y(s.value(b)) - f.y(s.value(a))) >= 0.5;
    double xa = a == 0 ? f.x(s.time(a)) : Math.min(f.right, x0 + bucketPixels * (both ? 0.25 : 0.5));
    line.add(xa, f.y(s.value(a)));
    if (both) {
      line.add(b == s.size() - 1 ? f.x(s.time(b)) : Math.min(f.right, x0 + bucketPixels * 0.75),
          f.y(s.value(b)));
    }
  }

  /** Stacked areas: per bucket of the pixel grid, the last row; each area between its sum and the one below. */
  private void stack(Scene.Builder scene, Layer layer, Frame f) {
    List<Series> series = layer.series();
    Series first = series.get(0);
    List<Integer> rows = new ArrayList<>();
    int bucket = Integer.MIN_VALUE;
    for (int i = 0; i < first.size(); i++) {
      int b = (int) Math.floor((f.x(first.time(i)) - f.left) / bucketPixels);
      if (b != bucket || rows.isEmpty()) {
        rows.add(i);
        bucket = b;
      } else {
        rows.set(rows.size() - 1, i);
      }
    }
    int m = rows.size();
    if (m == 0) {
      return;
    }
    double[] below = new double[m];
    for (int k = 0; k < series.size(); k++) {
      Series s = series.get(k);
      double[] above = new double[m];
      double[] xs = new double[2 * m];
      double[] ys = new double[2 * m];
      for (int j = 0; j < m; j++) {
        double v = s.value(rows.get(j));
        above[j] = below[j] + (Double.isFinite(v) ? v : 0);
        xs[j] = f.x(first.time(rows.get(j)));
        ys[j] = f.y(above[j]);
        xs[2 * m - 1 - j] = xs[j];
        ys[2 * m - 1 - j] = f.y(below[j]);
      }
      scene.add(new Scene.Poly(xs, ys, 2 * m, new int[] {0}, null, 0, layer.colours().get(k), 0.85));
      below = above;
    }
  }
}
