package org.pystrade.report.chart;

import java.util.ArrayList;
import java.util.List;

/**
 * A chart laid out: shapes in pixel coordinates (origin top left), drawn in order by both renderers.
 *
 * @param width width in pixels
 * @param height height in pixels
 * @param title what the chart shows, for accessibility (SVG {@code title})
 * @param shapes the shapes, back to front
 */
record Scene(int width, int height, String title, List<Shape> shapes) {

  static final double FONT_SIZE = 12;
  static final String TEXT_COLOR = "#222222";

  Scene {
    shapes = List.copyOf(shapes);
  }

  /** How a text is placed on its x coordinate. */
  enum Anchor {
    START, MIDDLE, END
  }

  /** A shape of the scene. */
  sealed interface Shape permits Poly, Rect, Line, Text {
  }

  /**
   * A polyline or polygon: {@code n} points, broken where {@code breaks} says (a new subpath starts at each index in
   * {@code breaks}).
   *
   * @param xs x coordinates
   * @param ys y coordinates
   * @param n the number of points used
   * @param starts indexes where subpaths start (the first is 0)
   * @param stroke line colour, or null for none
   * @param strokeWidth line width
   * @param fill fill colour, or null for none (then the path is not closed)
   * @param fillOpacity opacity of the fill in [0, 1]
   */
  record Poly(double[] xs, double[] ys, int n, int[] starts, String stroke, double strokeWidth, String fill,
      double fillOpacity) implements Shape {
  }

  /** A filled rectangle. */
  record Rect(double x, double y, double w, double h, String fill) implements Shape {
  }

  /** A straight line; dashed or not. */
  record Line(double x1, double y1, double x2, double y2, String stroke, double width, boolean dashed)
      implements Shape {
  }

  /** A text whose baseline starts, centres or ends at (x, y). */
  record Text(double x, double y, String text, double size, String color, Anchor anchor, boolean bold)
      implements Shape {
  }

  /** Collects shapes. */
  static final class Builder {
    private final List<Shape> shapes = new ArrayList<>();

    Builder add(Shape shape) {
      shapes.add(shape);
      return this;
    }

    Builder text(double x, double y, String text, Anchor anchor) {
      return add(new Text(x, y, text, FONT_SIZE, TEXT_COLOR, anchor, false));
    }

    Scene build(int width, int height, String title) {
      return new Scene(width, height, title, shapes);
    }
  }

  /**
   * An estimate of a text's width in pixels in a sans-serif font (the layout needs it before any font is at hand;
   * the renderers anchor with the real width).
   */
  static double textWidth(String text, double size) {
    return text.length() * size * 0.62;
  }
}
