package org.pystrade.report.chart;

import java.util.ArrayList;
import java.util.List;
import org.pystrade.core.util.ArgChecker;
import org.pystrade.report.markup.Numbers;

/**
 * A horizontal bar chart: one labelled bar per category, in the order given, from zero to its value (green for
 * positive, red for negative), with the value written beside the bar. Its height follows from the number of bars.
 */
public final class BarChart extends Chart {

  private static final double PAD = 8;
  private static final double ROW = 16;

  private final List<String> labels;
  private final double[] values;
  private final String unit;
  private final int decimals;
  private final double rangeMin;
  private final double rangeMax;
  private final int labelChars;

  private BarChart(Builder b, int height) {
    super(b.id, b.title, b.width, height);
    this.labels = List.copyOf(b.labels);
    this.values = new double[b.values.size()];
    for (int i = 0; i < values.length; i++) {
      values[i] = b.values.get(i);
    }
    this.unit = b.unit;
    this.decimals = b.decimals;
    this.rangeMin = b.rangeMin;
    this.rangeMax = b.rangeMax;
    this.labelChars = b.labelChars;
  }

  /**
   * A builder.
   *
   * @param id the chart's identifier (its PNG file name, an HTML id)
   * @return a builder, 800 pixels wide by default
   */
  public static Builder builder(String id) {
    return new Builder(id);
  }

  /** Builds a {@link BarChart}. */
  public static final class Builder {
    private final String id;
    private String title = "";
    private int width = 800;
    private String unit = "";
    private int decimals = 1;
    private double rangeMin;
    private double rangeMax;
    private int labelChars;
    private final List<String> labels = new ArrayList<>();
    private final List<Double> values = new ArrayList<>();

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
     * The width in pixels.
     *
     * @param pixels at least 200
     * @return this builder
     */
    public Builder width(int pixels) {
      ArgChecker.isTrue(pixels >= 200, "a bar chart needs at least 200 pixels but was {}", pixels);
      this.width = pixels;
      return this;
    }

    /**
     * A text after each value (such as {@code %}) and the decimals the values are written with.
     *
     * @param suffix the text
     * @param valueDecimals 0 to 6
     * @return this builder
     */
    public Builder unit(String suffix, int valueDecimals) {
      this.unit = ArgChecker.notNull(suffix, "suffix");
      ArgChecker.inRange(valueDecimals, 0, 6, "valueDecimals");
      this.decimals = valueDecimals;
      return this;
    }

    /**
     * Values the value axis covers even without a bar there, so that charts splitting one list of bars share a
     * scale (zero is always covered).
     *
     * @param min the lowest value to cover
     * @param max the highest value to cover
     * @return this builder
     */
    public Builder valueRange(double min, double max) {
      ArgChecker.isTrue(Double.isFinite(min) && Double.isFinite(max) && min <= max, "bad value range [{}, {}]", min,
          max);
      this.rangeMin = Math.min(0, min);
      this.rangeMax = Math.max(0, max);
      return this;
    }

    /**
     * Room for labels of at least this many characters, so that charts splitting one list of bars line up.
     *
     * @param characters 0 to 100
     * @return this builder
     */
    public Builder labelRoom(int characters) {
      ArgChecker.inRange(characters, 0, 100, "characters");
      this.labelChars = characters;
      return this;
    }

    /**
     * A bar.
     *
     * @param label its category
     * @param value its value (NaN: no bar, the label is kept)
     * @return this builder
     */
    public Builder bar(String label, double value) {
      labels.add(ArgChecker.notNull(label, "label"));
      values.add(value);
      return this;
    }

    /**
     * The chart.
     *
     * @return the chart
     * @throws IllegalArgumentException if it has no bars
     */
    public BarChart build() {
      ArgChecker.isTrue(!labels.isEmpty(), "bar chart {} has no bars", id);
      double top = title.isEmpty() ? PAD : 26;
      return new BarChart(this, (int) Math.ceil(top + 22 + ROW * labels.size() + PAD));
    }
  }

  /**
   * The number of bars.
   *
   * @return the count
   */
  public int size() {
    return values.length;
  }

  @Override
  Scene scene() {
    Scene.Builder scene = new Scene.Builder();
    int w = width();
    double top = PAD;
    if (!title().isEmpty()) {
      scene.add(new Scene.Text(PAD, 16, title(), 13, Scene.TEXT_COLOR, Scene.Anchor.START, true));
      top = 26;
    }
    double labelWidth = Scene.textWidth("x".repeat(labelChars), 11);
    double min = rangeMin;
    double max = rangeMax;
    for (int i = 0; i < values.length; i++) {
      labelWidth = Math.max(labelWidth, Scene.textWidth(labels.get(i), 11));
      if (Double.isFinite(values[i])) {
        min = Math.min(min, values[i]);
        max = Math.max(max, values[i]);
      }
    }
    double left = PAD + Math.min(labelWidth, w * 0.35) + 8;
    double valueRoom = Scene.textWidth(Numbers.fixed(-Math.max(Math.abs(min), Math.abs(max)), decimals) + unit,
        10) + 6;
    double plotLeft = left + (min < 0 ? valueRoom : 0);
    double plotRight = w - PAD - valueRoom;
    List<Ticks.Tick> ticks = Ticks.values(min, max, Math.max(3, (int) ((plotRight - plotLeft) / 90)), unit);
    double v0 = ticks.get(0).value();
    double v1 = ticks.get(ticks.size() - 1).value();
    double axisY = top + 16;
    double bottom = axisY + 6 + ROW * values.length;
    for (Ticks.Tick t : ticks) {
      double x = plotLeft + (plotRight - plotLeft) * (t.value() - v0) / (v1 - v0);
      scene.add(new Scene.Line(x, axisY + 2, x, bottom, Palette.GRID, 1, false));
    }
    for (Ticks.Tick t : ticks) {
      scene.text(plotLeft + (plotRight - plotLeft) * (t.value() - v0) / (v1 - v0), axisY - 2, t.label(),
          Scene.Anchor.MIDDLE);
    }
    double zero = plotLeft + (plotRight - plotLeft) * (0 - v0) / (v1 - v0);
    for (int i = 0; i < values.length; i++) {
      double y = axisY + 6 + ROW * i;
      scene.add(new Scene.Text(left - 6, y + 11, labels.get(i), 11, Scene.TEXT_COLOR, Scene.Anchor.END, false));
      double v = values[i];
      if (!Double.isFinite(v)) {
        continue;
      }
      double x = plotLeft + (plotRight - plotLeft) * (v - v0) / (v1 - v0);
      scene.add(new Scene.Rect(Math.min(x, zero), y + 2, Math.abs(x - zero), ROW - 4,
          v < 0 ? Palette.NEGATIVE : Palette.POSITIVE));
      scene.add(new Scene.Text(v < 0 ? x - 3 : x + 3, y + 11, Numbers.fixed(v, decimals) + unit, 10,
          Palette.AXIS, v < 0 ? Scene.Anchor.END : Scene.Anchor.START, false));
    }
    scene.add(new Scene.Line(zero, axisY + 2, zero, bottom, Palette.AXIS, 1, false));
    return scene.build(w, height(), title());
  }
}
