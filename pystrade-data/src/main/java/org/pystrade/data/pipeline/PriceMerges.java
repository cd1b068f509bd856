package org.pystrade.data.pipeline;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.pystrade.core.data.ContractPrices;
import org.pystrade.core.series.Index;
import org.pystrade.core.series.TimeSeries;
import org.pystrade.core.series.Timestamps;
import org.pystrade.core.util.ArgChecker;

/**
 * Merging new prices into stored ones, by pysystemtrade's rules ({@code syscore.pandas}'s
 * {@code merge_newer_data}, {@code full_merge_of_existing_series} and {@code merge_data_series_with_label_column}).
 * Where pysystemtrade silently keeps the stored value of a time that the new data gives another value, the
 * disagreement is reported here ({@link Check#MERGE_CONFLICT}, a warning: the stored value is kept, as
 * pysystemtrade keeps it).
 */
public final class PriceMerges {

  private PriceMerges() {
  }

  /**
   * Adds the new bars later than the last stored one (pysystemtrade's {@code add_rows_to_existing_data}, used for
   * every contract price update), then checks the final prices from the first new bar on for a spike
   * ({@link PriceChecks#firstSpike}). New bars at or before the last stored time are ignored; those that disagree
   * with a stored bar are reported.
   *
   * @param stored the stored bars (may be empty)
   * @param fresh the new bars
   * @param maxPriceSpike pysystemtrade's {@code max_price_spike}, in average absolute daily moves
   * @return the merged bars, or a refusal ({@link Check#SPIKE}) naming the first spike; nothing is merged then
   */
  public static Outcome<ContractPrices> addNewerBars(ContractPrices stored, ContractPrices fresh,
      double maxPriceSpike) {
    ArgChecker.notNull(stored, "stored");
    ArgChecker.notNull(fresh, "fresh");
    ArgChecker.isTrue(stored.contract().equals(fresh.contract()), "merging bars of {} into {}", fresh.contract(),
        stored.contract());
    String where = stored.contract().id();
    List<Problem> problems = new ArrayList<>();
    if (fresh.size() == 0) {
      return Outcome.of(stored);
    }
    ContractPrices merged;
    long mergeFrom;
    if (stored.size() == 0) {
      merged = fresh;
      mergeFrom = Long.MIN_VALUE;
    } else {
      long last = stored.fin().time(stored.size() - 1);
      reportIgnored(where, stored.fin(), fresh.fin(), last, problems);
      int from = firstAfter(fresh.fin().timesView(), last);
      if (from == fresh.size()) {
        return Outcome.of(stored, problems);
      }
      merged = concat(stored, fresh, from);
      mergeFrom = fresh.fin().time(from);
    }
    long spike = PriceChecks.firstSpike(merged.fin(), mergeFrom, maxPriceSpike);
    if (spike != Long.MIN_VALUE) {
      return Outcome.refused(problems, Problem.error(Check.SPIKE, where, "the final price at "
          + Timestamps.format(spike) + " (" + merged.fin().valueAt(spike) + ") moves more than " + maxPriceSpike
          + " average absolute daily moves: nothing merged; check it by hand"));
    }
    return Outcome.of(merged, problems);
  }

  /** New bars at or before the last stored time that disagree with a stored one are reported. */
  private static void reportIgnored(String where, TimeSeries stored, TimeSeries fresh, long last,
      List<Problem> problems) {
    int conflicts = 0;
    String first = null;
    for (int i = 0; i < fresh.size() && fresh.time(i) <= last; i++) {
      double old = stored.valueAt(fresh.time(i));
      double v = fresh.value(i);
      if (old == old && v == v && Double.compare(old, v) != 0) {
        if (first == null) {
          first = Timestamps.format(fresh.time(i)) + ": stored " + old + ", new " + v;
        }
        conflicts++;
      }
    }
    if (conflicts > 0) {
      problems.add(Problem.warning(Check.MERGE_CONFLICT, where, conflicts + " new final price(s) at or before the "
          + "last stored bar (" + Timestamps.format(last) + ") disagree with the stored ones, which are kept; first "
          + first));
    }
  }

  private static int firstAfter(long[] times, long t) {
    int i = Arrays.binarySearch(times, t);
    return i >= 0 ? i + 1 : -i - 1;
  }

  private static ContractPrices concat(ContractPrices a, ContractPrices b, int from) {
    int n = a.size();
    int m = b.size() - from;
    long[] times = new long[n + m];
    System.arraycopy(a.fin().timesView(), 0, times, 0, n);
    System.arraycopy(b.fin().timesView(), from, times, n, m);
    TimeSeries[] ca = {a.open(), a.high(), a.low(), a.fin(), a.volume()};
    TimeSeries[] cb = {b.open(), b.high(), b.low(), b.fin(), b.volume()};
    double[][] out = new double[5][n + m];
    for (int c = 0; c < 5; c++) {
      System.arraycopy(ca[c].valuesView(), 0, out[c], 0, n);
      System.arraycopy(cb[c].valuesView(), from, out[c], n, m);
    }
    TimeSeries fin = TimeSeries.ofOwned(times, out[3]);
    return new ContractPrices(a.contract(), fin.withValuesOwned(out[0]), fin.withValuesOwned(out[1]),
        fin.withValuesOwned(out[2]), fin, fin.withValuesOwned(out[4]));
  }

  /**
   * pysystemtrade's {@code full_merge_of_existing_series} keeping older data: the union of both indexes, the stored
   * value where it is not NaN, else the new one. Stored and new values that differ are reported.
   *
   * @param where what the series is, for problems
   * @param stored the stored series
   * @param fresh the new series
   * @return the merged series, with a warning for disagreements
   */
  public static Outcome<TimeSeries> fullMerge(String where, TimeSeries stored, TimeSeries fresh) {
    ArgChecker.notNull(stored, "stored");
    ArgChecker.notNull(fresh, "fresh");
    if (stored.isEmpty()) {
      return Outcome.of(fresh);
    }
    if (fresh.isEmpty()) {
      return Outcome.of(stored);
    }
    long[] idx = Index.union(stored.timesView(), fresh.timesView());
    double[] a = stored.valuesOn(idx);
    double[] b = fresh.valuesOn(idx);
    double[] out = new double[idx.length];
    int conflicts = 0;
    String first = null;
    for (int i = 0; i < idx.length; i++) {
      out[i] = a[i] == a[i] ? a[i] : b[i];
      if (a[i] == a[i] && b[i] == b[i] && Double.compare(a[i], b[i]) != 0) {
        if (first == null) {
          first = Timestamps.format(idx[i]) + ": stored " + a[i] + ", new " + b[i];
        }
        conflicts++;
      }
    }
    List<Problem> problems = conflicts == 0 ? List.of() : List.of(Problem.warning(Check.MERGE_CONFLICT, where,
        conflicts + " new value(s) disagree with the stored ones, which are kept; first " + first));
    return Outcome.of(TimeSeries.ofOwned(idx, out), problems);
  }

  /** A price column with its contract labels, on one index. */
  record Labelled(long[] times, double[] values, double[] labels) {
    int size() {
      return times.length;
    }
  }

  /**
   * pysystemtrade's {@code merge_data_series_with_label_column}: merges new prices of one contract into a stored
   * column of multiple prices (a price and its contract label), from the time after which the labels agree.
   *
   * @return the merged column, or the stored one when the labels disagree on the last day (a warning)
   */
  static Outcome<Labelled> mergeWithLabels(String where, Labelled stored, Labelled fresh) {
    if (fresh.size() == 0) {
      return Outcome.of(stored);
    }
    if (stored.size() == 0) {
      return Outcome.of(fresh);
    }
    long newStart = fresh.times()[0];
    long[] joint = Index.union(stored.times(), fresh.times());
    double[] oldLabels = on(stored.times(), stored.labels(), joint);
    double[] newLabels = on(fresh.times(), fresh.labels(), joint);
    int s = Arrays.binarySearch(joint, newStart);
    int m = joint.length - s;
    boolean[] equal = new boolean[m];
    double lastOld = Double.NaN;
    double lastNew = Double.NaN;
    boolean all = true;
    for (int k = 0; k < m; k++) {
      double o = oldLabels[s + k];
      double n = newLabels[s + k];
      lastOld = o == o ? o : lastOld;
      lastNew = n == n ? n : lastNew;
      equal[k] = lastOld == lastNew;
      all &= equal[k];
    }
    long firstAfter;
    Long lastMismatch;
    if (all) {
      if (fresh.times()[0] == stored.times()[0]) {
        firstAfter = stored.times()[0];
        lastMismatch = null;
      } else {
        int before = firstAfter(stored.times(), newStart - 1) - 1;
        if (before < 0) {
          return Outcome.refused(List.of(Problem.error(Check.LABEL_MISMATCH, where, "the new prices start ("
              + Timestamps.format(newStart) + ") before the stored ones (" + Timestamps.format(stored.times()[0])
              + "): cannot merge")));
        }
        firstAfter = newStart;
        lastMismatch = stored.times()[before];
      }
    } else if (!equal[m - 1]) {
      return Outcome.of(stored, List.of(Problem.warning(Check.LABEL_MISMATCH, where, "the new prices are of "
          + id(lastNew) + " but the stored ones of " + id(lastOld) + " on the last day ("
          + Timestamps.format(joint[joint.length - 1]) + "): nothing merged (a roll not yet made?)")));
    } else {
      int k = m - 1;
      while (equal[k]) {
        k--;
      }
      firstAfter = joint[s + k + 1];
      lastMismatch = joint[s + k];
    }
    // prices from firstAfter on: stored values kept, NaN and missing ones filled from the new data
    Outcome<TimeSeries> merged = fullMerge(where, tail(stored.times(), stored.values(), firstAfter),
        tail(fresh.times(), fresh.values(), firstAfter));
    TimeSeries prices = merged.get();
    long[] mt = prices.timesView();
    double[] labels = new double[mt.length];
    for (int i = 0; i < mt.length; i++) {
      double label = Double.NaN;
      int o = mt[i] <= firstAfter ? Arrays.binarySearch(stored.times(), mt[i]) : -1;
      if (o >= 0) {
        label = stored.labels()[o];
      } else if (lastMismatch == null || mt[i] >= lastMismatch) {
        int f = Arrays.binarySearch(fresh.times(), mt[i]);
        label = f >= 0 ? fresh.labels()[f] : Double.NaN;
      }
      labels[i] = label;
    }
    if (lastMismatch == null) {
      return Outcome.of(new Labelled(mt, prices.valuesView(), labels), merged.problems());
    }
    int keep = firstAfter(stored.times(), lastMismatch);
    int n = keep + mt.length;
    long[] t = new long[n];
    double[] v = new double[n];
    double[] l = new double[n];
    System.arraycopy(stored.times(), 0, t, 0, keep);
    System.arraycopy(stored.values(), 0, v, 0, keep);
    System.arraycopy(stored.labels(), 0, l, 0, keep);
    System.arraycopy(mt, 0, t, keep, mt.length);
    System.arraycopy(prices.valuesView(), 0, v, keep, mt.length);
    System.arraycopy(labels, 0, l, keep, mt.length);
    return Outcome.of(new Labelled(t, v, l), merged.problems());
  }

  private static TimeSeries tail(long[] times, double[] values, long from) {
    int i = Arrays.binarySearch(times, from);
    int start = i >= 0 ? i : -i - 1;
    return TimeSeries.of(Arrays.copyOfRange(times, start, times.length),
        Arrays.copyOfRange(values, start, values.length));
  }

  private static double[] on(long[] times, double[] values, long[] joint) {
    return TimeSeries.ofOwned(times, values).valuesOn(joint);
  }

  private static String id(double v) {
    return v == v ? Long.toString((long) v) : "(none)";
  }
}
