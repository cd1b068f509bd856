package org.pystrade.core.incremental;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.pystrade.core.combination.WeightFitting;
import org.pystrade.core.domain.InstrumentCode;
import org.pystrade.core.series.Ewm;
import org.pystrade.core.series.EwmMeanStep;
import org.pystrade.core.series.SeriesFrame;
import org.pystrade.core.series.TimeSeries;

/**
 * The portfolio's instrument weights one business day at a time, from the first day of any instrument's subsystem
 * position to the last: each instrument's raw weight (0 for one whose subsystem position is never non-zero), 0 on a
 * day it has no position yet once any instrument has one, smoothed and normalised to sum to 1; NaN on a business day
 * no instrument has. Whether an instrument has a position by a day depends only on the first day it has one, so a
 * day stepped once is stepped again only when that first day, or the days the instruments cover, change.
 */
final class PortfolioTrack {

  private static final int KEPT_ROWS = 40;

  private final List<InstrumentTrack> tracks;
  private final double[] rawWeights;
  private final Ewm ewm;
  private final double idm;
  private final int g0;
  private int g1;
  private final Column[] weights;
  private EwmMeanStep[] state;
  private final SnapshotRing<EwmMeanStep[]> ring = new SnapshotRing<>(KEPT_ROWS, PortfolioTrack::copy);
  private int done;
  /** Each instrument's first day with a position, and the days covered, when the weights were last stepped. */
  private int[] stepFirstValid;
  private List<int[]> stepCovered = List.of();

  PortfolioTrack(StepDefinition def, List<InstrumentTrack> tracks) {
    this.tracks = List.copyOf(tracks);
    Map<InstrumentCode, Double> fixed = def.portfolio.fixedWeights();
    Set<InstrumentCode> zero = def.portfolio.zeroWeighted();
    this.rawWeights = new double[tracks.size()];
    for (int i = 0; i < rawWeights.length; i++) {
      InstrumentTrack t = tracks.get(i);
      double w = fixed.isEmpty() ? 1.0 / tracks.size() : fixed.getOrDefault(t.code, 0.0);
      rawWeights[i] = !t.anyNonZeroSubsystem() || zero.contains(t.code) ? 0.0 : w;
    }
    this.ewm = Ewm.span(def.portfolio.weightEwmaSpan());
    this.idm = def.portfolio.fixedIdm();
    int first = Integer.MAX_VALUE;
    for (InstrumentTrack t : tracks) {
      first = Math.min(first, t.firstForecastDay());
    }
    this.g0 = first;
    this.g1 = first - 1;
    this.weights = new Column[tracks.size()];
    for (int i = 0; i < weights.length; i++) {
      weights[i] = new Column(0);
    }
    this.state = newState();
    this.done = g0 - 1;
    this.stepFirstValid = new int[tracks.size()];
    for (int i = 0; i < stepFirstValid.length; i++) {
      stepFirstValid[i] = tracks.get(i).firstValidSubsystem();
    }
  }

  private EwmMeanStep[] newState() {
    EwmMeanStep[] s = new EwmMeanStep[tracks.size()];
    for (int i = 0; i < s.length; i++) {
      s[i] = new EwmMeanStep(ewm);
    }
    return s;
  }

  private static EwmMeanStep[] copy(EwmMeanStep[] s) {
    EwmMeanStep[] out = new EwmMeanStep[s.length];
    for (int i = 0; i < s.length; i++) {
      out[i] = s[i].copy();
    }
    return out;
  }

  /** The instrument weight of a column on a day (NaN outside the weights' days). */
  double weight(int column, int g) {
    return g >= g0 && g <= g1 ? weights[column].get(g - g0) : Double.NaN;
  }

  double idm() {
    return idm;
  }

  int lastDay() {
    return g1;
  }

  /** The days of the instruments' subsystem positions, as sorted disjoint {@code [from, to]} spans. */
  private List<int[]> coveredDays() {
    List<int[]> spans = new ArrayList<>();
    for (InstrumentTrack t : tracks) {
      spans.add(new int[] {t.firstForecastDay(), t.lastForecastDay()});
    }
    spans.sort((x, y) -> Integer.compare(x[0], y[0]));
    List<int[]> out = new ArrayList<>();
    for (int[] span : spans) {
      int[] lastSpan = out.isEmpty() ? null : out.get(out.size() - 1);
      if (lastSpan != null && span[0] <= lastSpan[1] + 1) {
        lastSpan[1] = Math.max(lastSpan[1], span[1]);
      } else {
        out.add(span.clone());
      }
    }
    return out;
  }

  /** The first day up to {@code limit} covered by {@code now} and not by {@code before}, or MAX_VALUE. */
  private static int firstNewlyCovered(List<int[]> now, List<int[]> before, int limit) {
    for (int[] span : now) {
      for (int g = span[0]; g <= Math.min(span[1], limit); g++) {
        if (!isCovered(before, g)) {
          return g;
        }
        // jump to the end of the span of before that covers g
        for (int[] b : before) {
          if (g >= b[0] && g <= b[1]) {
            g = b[1];
            break;
          }
        }
      }
    }
    return Integer.MAX_VALUE;
  }

  private static boolean isCovered(List<int[]> spans, int g) {
    for (int[] span : spans) {
      if (g >= span[0] && g <= span[1]) {
        return true;
      }
    }
    return false;
  }

  /**
   * Steps the days whose weights may have changed (those after the last day stepped, and from the first day whose
   * inputs changed: an instrument's first day with a position, or a day no instrument had before) to the last day
   * of any instrument's subsystem position.
   *
   * @return the first day before the previous last day whose weights changed, or {@link Integer#MAX_VALUE}
   */
  int step() {
    List<int[]> covered = coveredDays();
    int last = covered.get(covered.size() - 1)[1];
    int from = done + 1;
    int firstAny = Integer.MAX_VALUE;
    int[] firstValid = new int[tracks.size()];
    for (int i = 0; i < firstValid.length; i++) {
      firstValid[i] = tracks.get(i).firstValidSubsystem();
      firstAny = Math.min(firstAny, firstValid[i]);
      if (firstValid[i] != stepFirstValid[i]) {
        from = Math.min(from, Math.min(firstValid[i], stepFirstValid[i]));
      }
    }
    from = Math.min(from, firstNewlyCovered(covered, stepCovered, done));
    SnapshotRing.Resume<EwmMeanStep[]> resume = ring.resume(from, g0, done, state, this::newState);
    state = resume.state();
    int start = resume.start();
    int previousLast = done;
    int changed = Integer.MAX_VALUE;
    double[] row = new double[tracks.size()];
    g1 = last;
    int span = 0;
    for (int g = start; g <= last; g++) {
      while (covered.get(span)[1] < g) {
        span++;
      }
      boolean inAny = g >= covered.get(span)[0];
      for (int i = 0; i < row.length; i++) {
        double fitted = !inAny ? Double.NaN : g >= firstAny && g < firstValid[i] ? 0.0 : rawWeights[i];
        // moved onto business days, the mean of one value: (0 + v) / 1
        row[i] = state[i].next(fitted == 0.0 ? 0.0 : fitted);
      }
      WeightFitting.normaliseRow(row);
      for (int i = 0; i < row.length; i++) {
        if (g <= previousLast && changed == Integer.MAX_VALUE
            && Double.doubleToRawLongBits(weights[i].get(g - g0)) != Double.doubleToRawLongBits(row[i])) {
          changed = g;
        }
        weights[i].set(g - g0, row[i]);
      }
      if (g > last - KEPT_ROWS) {
        ring.keep(g, state);
      }
    }
    done = last;
    stepFirstValid = firstValid;
    stepCovered = covered;
    return changed;
  }

  /** The instrument weights, one column per instrument, on every business day of the weights. */
  SeriesFrame instrumentWeights() {
    int n = g1 - g0 + 1;
    long[] t = new long[n];
    for (int i = 0; i < n; i++) {
      t[i] = BusinessDays.midnight(g0 + i);
    }
    List<String> names = new ArrayList<>();
    double[][] cols = new double[tracks.size()][];
    for (int i = 0; i < cols.length; i++) {
      names.add(tracks.get(i).code.value());
      cols[i] = weights[i].copy(0, n);
    }
    return SeriesFrame.ofOwned(t, names, cols);
  }

  TimeSeries instrumentDiversificationMultiplier() {
    return TimeSeries.constant(instrumentWeights().timesView(), idm);
  }
}
