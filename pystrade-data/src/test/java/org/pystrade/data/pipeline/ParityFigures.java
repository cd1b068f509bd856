package org.pystrade.data.pipeline;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.pystrade.core.data.MultiplePrices;
import org.pystrade.core.data.RollCalendar;
import org.pystrade.core.series.TimeSeries;

/** Comparison figures for the parity tests. */
final class ParityFigures {

  private ParityFigures() {
  }

  /** Worst relative error on common non-NaN rows, common rows, rows only in ours, rows only in theirs. */
  static double[] compare(TimeSeries ours, TimeSeries theirs) {
    long[] a = ours.timesView();
    long[] b = theirs.timesView();
    double[] x = ours.valuesView();
    double[] y = theirs.valuesView();
    int i = 0;
    int j = 0;
    double worst = 0;
    long common = 0;
    long onlyOurs = 0;
    long onlyTheirs = 0;
    while (i < a.length || j < b.length) {
      if (j >= b.length || (i < a.length && a[i] < b[j])) {
        if (x[i] == x[i]) {
          onlyOurs++;
        }
        i++;
      } else if (i >= a.length || b[j] < a[i]) {
        if (y[j] == y[j]) {
          onlyTheirs++;
        }
        j++;
      } else {
        if (x[i] == x[i] && y[j] == y[j]) {
          common++;
          double scale = Math.max(Math.abs(y[j]), 1e-12);
          worst = Math.max(worst, Math.abs(x[i] - y[j]) / scale);
        } else if (x[i] == x[i]) {
          onlyOurs++;
        } else if (y[j] == y[j]) {
          onlyTheirs++;
        }
        i++;
        j++;
      }
    }
    return new double[] {worst, common, onlyOurs, onlyTheirs};
  }

  /**
   * Rows of the shipped multiple prices within the rebuilt span (first calendar date, last calendar date]:
   * count, identical (all six cells), differing, rows only in ours, only in theirs, differing on a roll date.
   */
  static long[] compareMultiple(MultiplePrices ours, MultiplePrices theirs, RollCalendar calendar) {
    long from = calendar.time(0);
    long to = calendar.time(calendar.size() - 1);
    long[] a = ours.price().timesView();
    long[] b = theirs.price().timesView();
    java.util.Set<Long> rolls = new java.util.HashSet<>();
    for (long t : calendar.times()) {
      rolls.add(t);
    }
    double[][] x = cols(ours);
    double[][] y = cols(theirs);
    long count = 0;
    long same = 0;
    long diff = 0;
    long onlyOurs = 0;
    long onlyTheirs = 0;
    long rollDiff = 0;
    int i = 0;
    int j = 0;
    while (j < b.length && b[j] <= from) {
      j++;
    }
    while (i < a.length || (j < b.length && b[j] <= to)) {
      if (j >= b.length || b[j] > to || (i < a.length && a[i] < b[j])) {
        onlyOurs++;
        i++;
      } else if (i >= a.length || b[j] < a[i]) {
        onlyTheirs++;
        count++;
        j++;
      } else {
        count++;
        boolean eq = true;
        for (int c = 0; c < 6; c++) {
          if (Double.compare(x[c][i], y[c][j]) != 0) {
            eq = false;
          }
        }
        if (eq) {
          same++;
        } else {
          diff++;
          if (rolls.contains(b[j])) {
            rollDiff++;
          }
        }
        i++;
        j++;
      }
    }
    return new long[] {count, same, diff, onlyOurs, onlyTheirs, rollDiff};
  }

  private static double[][] cols(MultiplePrices m) {
    return new double[][] {m.price().valuesView(), m.priceContract().valuesView(), m.carry().valuesView(),
        m.carryContract().valuesView(), m.forward().valuesView(), m.forwardContract().valuesView()};
  }

  static void write(String name, String text) throws IOException {
    Path dir = Path.of("target");
    Files.createDirectories(dir);
    Files.writeString(dir.resolve(name), text, StandardCharsets.UTF_8);
  }
}
