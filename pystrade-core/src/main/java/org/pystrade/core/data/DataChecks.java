package org.pystrade.core.data;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.pystrade.core.domain.Currency;
import org.pystrade.core.domain.InstrumentCode;
import org.pystrade.core.series.TimeSeries;
import org.pystrade.core.series.Timestamps;

/**
 * The checks behind {@link CheckedSimData}: each looks at an instrument's series once, on primitive arrays, and
 * returns the defects found (at most one per kind and column, naming the first offending row and how many there
 * are).
 */
final class DataChecks {

  /**
   * The relative tolerance of the adjusted-versus-contract price check: the back-adjusted price is the contract
   * price plus a constant between rolls, so their moves agree to a few units in the last place of the larger of the
   * two prices; pysystemtrade's bundled data (226 instruments) agrees everywhere to better than 1e-12 relative.
   */
  static final double MISMATCH_TOLERANCE = 1e-9;

  private DataChecks() {
  }

  /**
   * The price defects of an instrument: an infinite adjusted price; a zero, negative or infinite contract price
   * (PRICE, CARRY, FORWARD); and the adjusted price moving differently from the priced contract's price between
   * two rows of the same contract.
   *
   * @param multiple the multiple prices, or null if they cannot be read (only the adjusted prices are checked)
   */
  static List<DataDefect> prices(FuturesSimData data, InstrumentCode code, TimeSeries adjusted,
      MultiplePrices multiple) {
    List<DataDefect> out = new ArrayList<>();
    infiniteAdjusted(data, code, adjusted, out);
    if (multiple == null) {
      return out;
    }
    nonPositive(data, code, "PRICE", multiple.price(), out);
    nonPositive(data, code, "CARRY", multiple.carry(), out);
    nonPositive(data, code, "FORWARD", multiple.forward(), out);
    mismatch(data, code, adjusted, multiple, out);
    return out;
  }

  private static void infiniteAdjusted(FuturesSimData data, InstrumentCode code, TimeSeries adjusted,
      List<DataDefect> out) {
    double[] range = range(adjusted.valuesView());
    if (range[0] > Double.NEGATIVE_INFINITY && range[1] < Double.POSITIVE_INFINITY) {
      return; // the usual case, told by one branch-free pass
    }
    int first = -1;
    int count = 0;
    for (int i = 0; i < adjusted.size(); i++) {
      if (Double.isInfinite(adjusted.value(i))) {
        count++;
        if (first < 0) {
          first = i;
        }
      }
    }
    if (count > 0) {
      long t = adjusted.time(first);
      out.add(new DataDefect(code, DataDefect.Kind.NON_POSITIVE_PRICE,
          data.locate(code, FuturesSimData.PriceData.ADJUSTED_PRICES, t),
          "adjusted price is " + adjusted.value(first) + " on " + Timestamps.format(t) + rows(count)));
    }
  }

  private static void nonPositive(FuturesSimData data, InstrumentCode code, String column, TimeSeries s,
      List<DataDefect> out) {
    Rows bad = Rows.notPositiveAndFinite(s);
    if (bad.count > 0) {
      out.add(nonPositiveDefect(data, code, column, s, bad));
    }
  }

  /**
   * The defect {@link #nonPositive} reports (apart, so that the check's own compiled code stays small: reporting is
   * rare).
   */
  private static DataDefect nonPositiveDefect(FuturesSimData data, InstrumentCode code, String column, TimeSeries s,
      Rows bad) {
    long t = s.time(bad.first);
    return new DataDefect(code, DataDefect.Kind.NON_POSITIVE_PRICE,
        data.locate(code, FuturesSimData.PriceData.MULTIPLE_PRICES, t),
        "multiple prices " + column + " is " + s.value(bad.first) + " on " + Timestamps.format(t)
        + " (a contract price must be positive and finite)" + bad.more(s));
  }

  /** The rows of a series whose value is present but not a positive finite number: zero, negative or infinite. */
  private static final class Rows {
    int first = -1;
    int last = -1;
    int count;

    static Rows notPositiveAndFinite(TimeSeries s) {
      Rows r = new Rows();
      double[] v = s.valuesView();
      double[] range = range(v);
      if (range[0] > 0 && range[1] < Double.POSITIVE_INFINITY) {
        return r; // the usual case, told by one branch-free pass
      }
      for (int i = 0; i < v.length; i++) {
        if (v[i] <= 0 || v[i] == Double.POSITIVE_INFINITY) {
          r.count++;
          r.last = i;
          if (r.first < 0) {
            r.first = i;
          }
        }
      }
      return r;
    }

    String more(TimeSeries s) {
      return count > 1 ? "; " + count + " such rows, the last on " + Timestamps.format(s.time(last)) : "";
    }
  }

  /**
   * The least and the greatest value, NaN left out (+infinity and -infinity when every value is NaN): a pass without
   * branches, so that a column with nothing to report costs one quick look.
   */
  private static double[] range(double[] v) {
    double min = Double.POSITIVE_INFINITY;
    double max = Double.NEGATIVE_INFINITY;
    for (double x : v) {
      // a NaN compares false: neither bound moves
      min = x < min ? x : min;
      max = x > max ? x : max;
    }
    return new double[] {min, max};
  }

  /**
   * The adjusted price against the priced contract's price: on the timestamps both have (with values), between two
   * consecutive such rows of the same priced contract, both must move by the same amount. The two indexes mostly
   * agree row for row: each run of rows where they do is found by a bulk comparison, and walked without comparing
   * timestamps.
   */
  private static void mismatch(FuturesSimData data, InstrumentCode code, TimeSeries adjusted,
      MultiplePrices multiple, List<DataDefect> out) {
    TimeSeries price = multiple.price();
    TimeSeries contract = multiple.priceContract();
    long[] tm0 = price.timesView();
    if (tm0 != contract.timesView() && !Arrays.equals(tm0, contract.timesView())) {
      return; // not one table: nothing to pair the contracts with
    }
    long[] taa = adjusted.timesView();
    double[] av = adjusted.valuesView();
    double[] pv = price.valuesView();
    double[] cv = contract.valuesView();
    int na = taa.length;
    int nm = tm0.length;
    int i = 0;
    int j = 0;
    boolean havePrevious = false;
    double prevAdj = 0;
    double prevPrice = 0;
    double prevContract = 0;
    long prevTime = 0;
    int count = 0;
    String first = null;
    long firstTime = 0;
    int runLeft = 0;
    while (i < na && j < nm) {
      long ta = taa[i];
      if (runLeft == 0) {
        long tm = tm0[j];
        if (ta < tm) {
          i++;
          continue;
        }
        if (tm < ta) {
          j++;
          continue;
        }
        int m = Arrays.mismatch(taa, i, na, tm0, j, nm);
        runLeft = m < 0 ? Math.min(na - i, nm - j) : m;
      }
      runLeft--;
      double a = av[i];
      double p = pv[j];
      double c = cv[j];
      i++;
      j++;
      if (!Double.isFinite(a) || !(p > 0 && p < Double.POSITIVE_INFINITY) || !(c == c)) {
        continue; // missing, or a contract price reported as non-positive
      }
      if (havePrevious && c == prevContract) {
        double moveAdjusted = a - prevAdj;
        double movePrice = p - prevPrice;
        double scale = Math.abs(a) + Math.abs(prevAdj) + Math.abs(p) + Math.abs(prevPrice);
        if (Math.abs(moveAdjusted - movePrice) > MISMATCH_TOLERANCE * scale) {
          count++;
          if (first == null) {
            firstTime = ta;
            first = mismatchText(prevAdj, prevTime, a, ta, c, prevPrice, p);
          }
        }
      }
      havePrevious = true;
      prevAdj = a;
      prevPrice = p;
      prevContract = c;
      prevTime = ta;
    }
    if (count > 0) {
      out.add(new DataDefect(code, DataDefect.Kind.ADJUSTED_PRICE_MISMATCH,
          data.locate(code, FuturesSimData.PriceData.ADJUSTED_PRICES, firstTime),
          first + (count > 1 ? "; " + count + " such moves in all" : "")));
    }
  }

  /** What {@link #mismatch} says of the first move that differs (apart: reporting is rare). */
  private static String mismatchText(double prevAdj, long prevTime, double adj, long time, double contract,
      double prevPrice, double price) {
    return "adjusted price moves from " + prevAdj + " on " + Timestamps.format(prevTime) + " to " + adj + " on "
        + Timestamps.format(time) + " while its priced contract " + contractText(contract) + " moves from "
        + prevPrice + " to " + price + " (multiple prices PRICE), with no roll between";
  }

  private static String contractText(double c) {
    return c == Math.rint(c) && Math.abs(c) < 1e15 ? Long.toString((long) c) : Double.toString(c);
  }

  /** The FX defects of an instrument: a rate into the base currency that is zero, negative or infinite. */
  static List<DataDefect> fx(FuturesSimData data, InstrumentCode code, Currency currency, Currency base,
      TimeSeries rate) {
    Rows bad = Rows.notPositiveAndFinite(rate);
    if (bad.count == 0) {
      return List.of();
    }
    long t = rate.time(bad.first);
    return List.of(new DataDefect(code, DataDefect.Kind.NON_POSITIVE_FX_RATE, data.locateFx(currency, base, t),
        "FX rate " + currency + base + " (value of one " + currency + " in " + base + ") is " + rate.value(bad.first)
        + " on " + Timestamps.format(t) + " (an FX rate must be positive and finite)" + bad.more(rate)));
  }

  private static String rows(int count) {
    return count > 1 ? " (" + count + " such rows)" : "";
  }
}
