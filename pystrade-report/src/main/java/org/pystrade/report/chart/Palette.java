package org.pystrade.report.chart;

import java.util.List;

/**
 * The colours of lines, areas and bars: readable on white, distinguishable in greyscale print for the first few.
 */
public final class Palette {

  /** Colours for series in order (cycled). */
  public static final List<String> SERIES = List.of("#1f5fa8", "#d9741c", "#2b8a3e", "#c0392b", "#7048a8",
      "#8c564b", "#d1499b", "#6b6b6b", "#9aa52b", "#17a2b8");
  /** Bars and areas of positive values. */
  public static final String POSITIVE = "#2b8a3e";
  /** Bars and areas of negative values. */
  public static final String NEGATIVE = "#c0392b";
  /** Grid lines. */
  static final String GRID = "#e3e3e3";
  /** Axes. */
  static final String AXIS = "#888888";

  private Palette() {
  }

  /**
   * The colour of the i-th series.
   *
   * @param i the index, 0 or more
   * @return a colour {@code #rrggbb}
   */
  public static String series(int i) {
    return SERIES.get(Math.floorMod(i, SERIES.size()));
  }

  /** Whether a text is a colour {@code #rrggbb}. */
  static boolean isColour(String c) {
    return c != null && c.matches("#[0-9a-fA-F]{6}");
  }
}
