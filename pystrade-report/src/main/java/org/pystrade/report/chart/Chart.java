package org.pystrade.report.chart;

import java.io.IOException;
import java.nio.file.Path;
import org.pystrade.core.util.ArgChecker;

/**
 * A chart: laid out once into shapes, written as SVG or drawn as a PNG from the same layout. Immutable.
 */
public abstract sealed class Chart permits TimeChart, BarChart {

  private final String id;
  private final String title;
  private final int width;
  private final int height;

  Chart(String id, String title, int width, int height) {
    this.id = ArgChecker.notBlank(id, "id");
    this.title = ArgChecker.notNull(title, "title");
    this.width = ArgChecker.positive(width, "width");
    this.height = ArgChecker.positive(height, "height");
  }

  /**
   * Its identifier: a file name (of its PNG) and an HTML id.
   *
   * @return the identifier
   */
  public final String id() {
    return id;
  }

  /**
   * Its title, drawn at its top.
   *
   * @return the title, possibly empty
   */
  public final String title() {
    return title;
  }

  /**
   * Its width in pixels (the SVG's {@code viewBox} width; a PNG at scale 1).
   *
   * @return the width
   */
  public final int width() {
    return width;
  }

  /**
   * Its height in pixels (for a bar chart, what its bars need).
   *
   * @return the height
   */
  public final int height() {
    return height;
  }

  /** The chart laid out. */
  abstract Scene scene();

  /**
   * The chart as a standalone SVG document (with its namespace), scaling to its container by its {@code viewBox}.
   *
   * @return the SVG text
   */
  public final String toSvg() {
    StringBuilder sb = new StringBuilder(8192);
    SvgRenderer.write(scene(), true, sb);
    return sb.toString();
  }

  /**
   * Appends the chart as an SVG element to inline in HTML (no namespace declaration, which HTML does not need).
   *
   * @param out where to write
   */
  public final void appendInlineSvg(StringBuilder out) {
    ArgChecker.notNull(out, "out");
    SvgRenderer.write(scene(), false, out);
  }

  /**
   * The chart drawn with Java2D as a PNG image.
   *
   * @param scale pixels per chart pixel (2 gives a sharp image on high-density screens and in e-mail)
   * @return the PNG file's bytes
   */
  public final byte[] toPng(double scale) {
    ArgChecker.inRange(scale, 0.25, 8, "scale");
    return PngRenderer.render(scene(), scale);
  }

  /**
   * Writes {@link #toPng(double)} to a file (replacing it).
   *
   * @param file the file
   * @param scale pixels per chart pixel
   * @throws IOException if it cannot be written
   */
  public final void writePng(Path file, double scale) throws IOException {
    ArgChecker.notNull(file, "file");
    java.nio.file.Files.write(file, toPng(scale));
  }

  @Override
  public String toString() {
    return getClass().getSimpleName() + "[" + id + ", " + width + "x" + height() + "]";
  }
}
