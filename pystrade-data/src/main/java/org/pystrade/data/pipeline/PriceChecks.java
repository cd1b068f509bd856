package org.pystrade.data.pipeline;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import org.pystrade.core.data.ContractPrices;
import org.pystrade.core.domain.Currency;
import org.pystrade.core.domain.InstrumentCode;
import org.pystrade.core.series.Ewm;
import org.pystrade.core.series.TimeSeries;
import org.pystrade.core.series.Timestamps;
import org.pystrade.core.util.ArgChecker;

/**
 * The checks run on every update, as pure functions returning problems: pysystemtrade's cleaning of new bars
 * ({@code apply_price_cleaning}: future timestamps, zero volumes, zero and negative prices), its spike check
 * ({@code max_price_spike}), and the checks pystrade adds (stale prices, missing FX); repeated and out-of-order
 * timestamps are refused when a source is read ({@link PysystemtradeCsv#readContractPrices}), and a roll calendar
 * whose contracts lack prices is checked by {@link RollCalendars#checkAgainstPrices}.
 */
public final class PriceChecks {

  private PriceChecks() {
  }

  /**
   * Cleans new bars as pysystemtrade does before merging them: drops those later than {@code now} (when so
   * configured), those with zero volume (daily or intraday, as configured; a bar is intraday unless it is at
   * midnight or 23:00), those with a zero final price and, if configured, those with a negative one; every drop and
   * every negative price kept is reported.
   *
   * @param fresh the new bars
   * @param config the cleaning rules
   * @param now the time of the update, epoch seconds (as {@link Timestamps})
   * @return the cleaned bars, with warnings
   */
  public static Outcome<ContractPrices> clean(ContractPrices fresh, CleaningConfig config, long now) {
    ArgChecker.notNull(fresh, "fresh");
    ArgChecker.notNull(config, "config");
    String where = fresh.contract().id();
    List<Problem> problems = new ArrayList<>();
    int n = fresh.size();
    boolean[] keep = new boolean[n];
    int[] dropped = new int[4];
    String[] firstDrop = new String[4];
    int negativesKept = 0;
    String firstNegative = null;
    double[] fin = fresh.fin().valuesView();
    double[] vol = fresh.volume().valuesView();
    long[] times = fresh.fin().timesView();
    for (int i = 0; i < n; i++) {
      int why = -1;
      boolean daily = Timestamps.isMidnight(times[i]) || times[i] % Timestamps.SECONDS_PER_DAY == 23 * 3600;
      if (config.ignoreFuturePrices() && times[i] >= now) {
        why = 0;
      } else if ((daily ? config.ignoreZeroVolumesDaily() : config.ignoreZeroVolumesIntraday()) && vol[i] == 0) {
        why = 1;
      } else if (config.ignoreZeroPrices() && fin[i] == 0) {
        why = 2;
      } else if (config.ignoreNegativePrices() && fin[i] < 0) {
        why = 3;
      }
      keep[i] = why < 0;
      if (why >= 0) {
        if (dropped[why]++ == 0) {
          firstDrop[why] = Timestamps.format(times[i]);
        }
      } else if (fin[i] < 0) {
        if (negativesKept++ == 0) {
          firstNegative = Timestamps.format(times[i]) + " (" + fin[i] + ")";
        }
      }
    }
    Check[] checks = {Check.FUTURE_PRICE, Check.ZERO_VOLUME, Check.ZERO_PRICE, Check.NEGATIVE_PRICE};
    String[] what = {"with a timestamp after the update's time", "with zero volume", "with a zero final price",
        "with a negative final price"};
    for (int k = 0; k < 4; k++) {
      if (dropped[k] > 0) {
        problems.add(Problem.warning(checks[k], where, dropped[k] + " new bar(s) " + what[k] + " ignored, first at "
            + firstDrop[k]));
      }
    }
    if (negativesKept > 0) {
      problems.add(Problem.warning(Check.NEGATIVE_PRICE, where, negativesKept + " new bar(s) with a negative final "
          + "price kept (they may be real), first at " + firstNegative));
    }
    if (problems.isEmpty()) {
      return Outcome.of(fresh);
    }
    return Outcome.of(select(fresh, keep), problems);
  }

  private static ContractPrices select(ContractPrices p, boolean[] keep) {
    int m = 0;
    for (boolean k : keep) {
      m += k ? 1 : 0;
    }
    long[] t = new long[m];
    double[][] out = new double[5][m];
    TimeSeries[] cols = {p.open(), p.high(), p.low(), p.fin(), p.volume()};
    long[] times = p.fin().timesView();
    int j = 0;
    for (int i = 0; i < keep.length; i++) {
      if (keep[i]) {
        t[j] = times[i];
        for (int c = 0; c < 5; c++) {
          out[c][j] = cols[c].valuesView()[i];
        }
        j++;
      }
    }
    TimeSeries fin = TimeSeries.ofOwned(t, out[3]);
    return new ContractPrices(p.contract(), fin.withValuesOwned(out[0]), fin.withValuesOwned(out[1]),
        fin.withValuesOwned(out[2]), fin, fin.withValuesOwned(out[4]));
  }

  /**
   * pysystemtrade's spike check ({@code _find_first_spike_in_data}): each change of the final price is scaled to a
   * daily move by the square root of the days between the two bars, its absolute value divided by the
   * exponentially weighted mean (span 500) of those absolute daily moves; the first time from {@code from} on
   * where that ratio exceeds {@code maxSpike} is a spike.
   *
   * @param prices the merged final prices (stored then new)
   * @param from the first new time (the merge join), or {@link Long#MIN_VALUE} to check every row
   * @param maxSpike the limit, in average absolute daily moves
   * @return the time of the first spike, or {@link Long#MIN_VALUE} if there is none
   */
  public static long firstSpike(TimeSeries prices, long from, double maxSpike) {
    ArgChecker.notNull(prices, "prices");
    int n = prices.size();
    if (n < 2) {
      return Long.MIN_VALUE;
    }
    long[] t = prices.timesView();
    double[] v = prices.valuesView();
    long[] ct = new long[n - 1];
    double[] change = new double[n - 1];
    for (int i = 1; i < n; i++) {
      double days = (t[i] - t[i - 1]) / (double) Timestamps.SECONDS_PER_DAY;
      ct[i - 1] = t[i];
      change[i - 1] = Math.abs((v[i] - v[i - 1]) / Math.sqrt(days));
    }
    TimeSeries abs = TimeSeries.ofOwned(ct, change);
    double[] avg = abs.ewmMean(Ewm.span(500)).valuesView();
    for (int i = 0; i < ct.length; i++) {
      if (ct[i] >= from && change[i] / avg[i] > maxSpike) {
        return ct[i];
      }
    }
    return Long.MIN_VALUE;
  }

  /**
   * Stale prices: a run of at least {@code run} equal final prices in a row that ends among the new bars (from
   * {@code from} on).
   *
   * @param where the contract, for the problem
   * @param prices the merged final prices
   * @param from the first new time
   * @param run the length of a stale run; 0 checks nothing
   * @return a warning naming the run, or nothing
   */
  public static List<Problem> stale(String where, TimeSeries prices, long from, int run) {
    ArgChecker.notNull(prices, "prices");
    if (run <= 0) {
      return List.of();
    }
    double[] v = prices.valuesView();
    long[] t = prices.timesView();
    int length = 1;
    for (int i = 1; i < v.length; i++) {
      length = v[i] == v[i - 1] ? length + 1 : 1;
      if (length >= run && t[i] >= from && (i == v.length - 1 || v[i + 1] != v[i])) {
        return List.of(Problem.warning(Check.STALE_PRICE, where, length + " equal final prices (" + v[i]
            + ") in a row up to " + Timestamps.format(t[i])));
      }
    }
    return List.of();
  }

  /**
   * Missing FX: whether the instrument's currency has a rate into the base currency among the FX series available
   * (as stored, inverted, or crossed through USD, as {@link FxCrosses} finds them).
   *
   * @param instrument the instrument
   * @param currency its currency
   * @param base the account's currency
   * @param available the codes of the FX series stored ({@code "GBPUSD"})
   * @return a warning naming the missing pair (the prices can be updated; a backtest cannot use them), or nothing
   */
  public static List<Problem> missingFx(InstrumentCode instrument, Currency currency, Currency base,
      Collection<String> available) {
    ArgChecker.notNull(instrument, "instrument");
    ArgChecker.notNull(currency, "currency");
    ArgChecker.notNull(base, "base");
    if (currency.equals(base) || FxCrosses.route(currency.code() + base.code(), Set.copyOf(available)) != null) {
      return List.of();
    }
    return List.of(Problem.warning(Check.MISSING_FX, instrument.value(), "no FX rate for " + currency.code()
        + base.code() + ": no " + currency.code() + base.code() + ", " + base.code() + currency.code()
        + " or USD legs among " + new java.util.TreeSet<>(available)));
  }
}
