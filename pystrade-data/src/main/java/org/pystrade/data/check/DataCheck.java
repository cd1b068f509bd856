package org.pystrade.data.check;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;
import org.pystrade.core.data.CheckedSimData;
import org.pystrade.core.data.DataDefect;
import org.pystrade.core.data.DataException;
import org.pystrade.core.data.DefectAction;
import org.pystrade.core.data.DefectPolicy;
import org.pystrade.core.data.MultiplePrices;
import org.pystrade.core.domain.Currency;
import org.pystrade.core.domain.InstrumentCode;
import org.pystrade.core.series.Ewm;
import org.pystrade.core.series.TimeSeries;
import org.pystrade.core.series.Timestamps;
import org.pystrade.core.util.ArgChecker;
import org.pystrade.data.store.DataStore;
import org.pystrade.data.store.InstrumentConfig;
import org.pystrade.data.store.RollConfig;
import org.pystrade.data.store.SeriesKey;
import org.pystrade.data.store.SpreadCost;
import org.pystrade.data.store.StoreContents;
import org.pystrade.data.store.StoreSimData;

/**
 * Checks the data of a store, instrument by instrument (every instrument with adjusted or multiple prices, and every
 * configured one with neither), and says which a backtest can use.
 *
 * <ul>
 *   <li>dates: first and last day with an adjusted price;</li>
 *   <li>gaps: more than {@link Options#gapDays()} business days without a valid adjusted price between two that
 *       have one (on the last price of each day);</li>
 *   <li>spikes: a move of the daily adjusted price (the last of each business day, as the backtest uses it; in
 *       daily units: divided by the square root of the days between the two prices) larger than {@link Options#spikeThreshold()} times the EWMA (span 500) of those absolute
 *       moves: pysystemtrade's spike measure of {@code merge_newer_data}, with its {@code max_price_spike}
 *       (8 here by default);</li>
 *   <li>zero or negative contract prices (multiple prices {@code PRICE}; adjusted prices may be negative);</li>
 *   <li>stale prices: runs of more than {@link Options#staleDays()} business days with the same daily
 *       {@code PRICE};</li>
 *   <li>duplicate or out-of-order timestamps that reading had to repair ({@link DataStore#repairs});</li>
 *   <li>a roll calendar that cannot be read (rows out of order, a timestamp repeated with other contracts);</li>
 *   <li>missing pieces: adjusted or multiple prices, the instrument configuration row, an FX rate into the base
 *       currency (stored, inverted or crossed through USD), spread cost, roll configuration, roll calendar;</li>
 *   <li>the defects pystrade's backtest checks for ({@link CheckedSimData}: non-positive contract prices, adjusted
 *       prices moving unlike the contract's, FX rates of zero or below, missing costs).</li>
 * </ul>
 * An instrument is usable for a backtest when its adjusted and multiple prices can be read and have a value, it is
 * configured, it has an FX rate, and it has no defect the backtest leaves an instrument out for by default.
 */
public final class DataCheck {

  /**
   * The thresholds of the checks.
   *
   * @param gapDays business days without a price that make a gap (more than this many)
   * @param spikeThreshold a move larger than this many average absolute daily moves is a spike
   * @param staleDays business days with the same price that make a stale run (more than this many)
   * @param baseCurrency the account currency FX rates must convert into
   */
  public record Options(int gapDays, double spikeThreshold, int staleDays, Currency baseCurrency) {

    /**
     * Checks the thresholds.
     *
     * @param gapDays business days without a price that make a gap (more than this many)
     * @param spikeThreshold a move larger than this many average absolute daily moves is a spike
     * @param staleDays business days with the same price that make a stale run (more than this many)
     * @param baseCurrency the account currency FX rates must convert into
     */
    public Options {
      ArgChecker.isTrue(gapDays >= 1, "gapDays must be at least 1 but was {}", gapDays);
      ArgChecker.isTrue(spikeThreshold > 0, "spikeThreshold must be positive but was {}", spikeThreshold);
      ArgChecker.isTrue(staleDays >= 1, "staleDays must be at least 1 but was {}", staleDays);
      ArgChecker.notNull(baseCurrency, "baseCurrency");
    }

    /**
     * The defaults: gaps over 10 business days, spikes over 8 average moves, stale runs over 10 business days, USD.
     *
     * @return the options
     */
    public static Options defaults() {
      return new Options(10, 8.0, 10, Currency.USD);
    }
  }

  /** The span of pysystemtrade's average absolute move, in rows. */
  private static final int SPIKE_SPAN = 500;

  private final Options options;

  /**
   * Creates a check.
   *
   * @param options the thresholds
   */
  public DataCheck(Options options) {
    this.options = ArgChecker.notNull(options, "options");
  }

  /**
   * Checks every instrument of a store, in parallel.
   *
   * @param store the store
   * @param progress told of each instrument checked
   * @return the report, instruments sorted
   */
  public DataCheckReport run(DataStore store, Consumer<InstrumentCode> progress) {
    ArgChecker.notNull(store, "store");
    ArgChecker.notNull(progress, "progress");
    StoreContents contents = store.contents();
    StoreSimData sim = StoreSimData.of(store);
    CheckedSimData checked = CheckedSimData.of(sim, DefectPolicy.all(DefectAction.KEEP), options.baseCurrency());
    Set<InstrumentCode> configured = new HashSet<>();
    store.instrumentConfig().forEach((InstrumentConfig r) -> configured.add(r.instrument()));
    Set<InstrumentCode> spreads = new HashSet<>();
    store.spreadCosts().forEach((SpreadCost r) -> spreads.add(r.instrument()));
    Set<InstrumentCode> rolls = new HashSet<>();
    store.rollConfig().forEach((RollConfig r) -> rolls.add(r.instrument()));
    Set<InstrumentCode> all = new java.util.TreeSet<>(contents.adjusted());
    all.addAll(contents.multiple());
    Map<InstrumentCode, InstrumentCheck> out = new ConcurrentHashMap<>();
    all.parallelStream().forEach(code -> {
      out.put(code, check(store, contents, sim, checked, code, configured.contains(code), spreads.contains(code),
          rolls.contains(code)));
      progress.accept(code);
    });
    List<InstrumentCheck> sorted = new ArrayList<>(new java.util.TreeMap<>(out).values());
    return new DataCheckReport(store.location(), options, sorted);
  }

  private InstrumentCheck check(DataStore store, StoreContents contents, StoreSimData sim, CheckedSimData checked,
      InstrumentCode code, boolean configured, boolean hasSpread, boolean hasRoll) {
    List<Finding> f = new ArrayList<>();
    TimeSeries adjusted = null;
    MultiplePrices multiple = null;
    if (!contents.adjusted().contains(code)) {
      f.add(new Finding(Finding.Kind.NO_ADJUSTED_PRICES, 1, "no adjusted prices"));
    } else {
      try {
        adjusted = checked.adjustedPrices(code);
      } catch (DataException ex) {
        f.add(new Finding(Finding.Kind.NO_ADJUSTED_PRICES, 1, ex.getMessage()));
      }
    }
    if (!contents.multiple().contains(code)) {
      f.add(new Finding(Finding.Kind.NO_MULTIPLE_PRICES, 1, "no multiple prices"));
    } else {
      try {
        multiple = adjusted != null ? checked.multiplePrices(code) : store.multiplePrices(code);
      } catch (DataException ex) {
        f.add(new Finding(Finding.Kind.NO_MULTIPLE_PRICES, 1, ex.getMessage()));
      }
    }
    if (!configured) {
      f.add(new Finding(Finding.Kind.NO_INSTRUMENT_CONFIG, 1, "no row in the instrument configuration"));
    } else {
      try {
        Currency ccy = checked.meta(code).currency();
        if (adjusted != null) {
          TimeSeries rate = checked.fxRateForInstrument(code, options.baseCurrency());
          if (rate.countValid() == 0) {
            f.add(new Finding(Finding.Kind.NO_FX_RATE, 1, "the FX rate " + ccy + options.baseCurrency()
                + " has no value"));
          }
        } else {
          sim.fxRate(ccy, options.baseCurrency());
        }
      } catch (DataException ex) {
        Finding.Kind kind = ex.code() == org.pystrade.core.domain.ReasonCode.NO_FX_RATE ? Finding.Kind.NO_FX_RATE
            : Finding.Kind.NO_INSTRUMENT_CONFIG;
        f.add(new Finding(kind, 1, ex.getMessage()));
      }
    }
    if (!hasSpread) {
      f.add(new Finding(Finding.Kind.NO_SPREAD_COST, 1, "no row in the spread costs: 0 is used"));
    }
    if (!hasRoll) {
      f.add(new Finding(Finding.Kind.NO_ROLL_CONFIG, 1, "no row in the roll configuration"));
    }
    if (!contents.rollCalendars().contains(code)) {
      f.add(new Finding(Finding.Kind.NO_ROLL_CALENDAR, 1, "no roll calendar"));
    } else {
      try {
        store.rollCalendar(code);
      } catch (DataException ex) {
        f.add(new Finding(Finding.Kind.BAD_ROLL_CALENDAR, 1, ex.getMessage()));
      }
    }
    for (DataDefect d : checked.defects()) {
      if (d.instrument().equals(code) && d.kind() != DataDefect.Kind.MISSING_SPREAD_COST) {
        boolean leftOut = d.kind().defaultAction() != DefectAction.KEEP;
        f.add(new Finding(leftOut ? Finding.Kind.LEFT_OUT_DEFECT : Finding.Kind.KEPT_DEFECT, 1,
            d.kind().configKey() + ": " + d.message()));
      }
    }
    Optional<LocalDate> first = Optional.empty();
    Optional<LocalDate> last = Optional.empty();
    if (adjusted != null) {
      int a = adjusted.firstValidIndex();
      int b = adjusted.lastValidIndex();
      if (a < 0) {
        f.add(new Finding(Finding.Kind.NO_PRICES, 1, "no valid adjusted price (" + adjusted.size() + " rows)"));
      } else {
        first = Optional.of(Timestamps.toDate(adjusted.time(a)));
        last = Optional.of(Timestamps.toDate(adjusted.time(b)));
        TimeSeries daily = adjusted.dropNaN().resampleBusinessDayLast().dropNaN();
        gaps(daily, f);
        spikes(daily, f);
      }
    }
    if (multiple != null) {
      zeroOrNegative(multiple.price(), f);
      stale(multiple.price().dropNaN().resampleBusinessDayLast().dropNaN(), f);
    }
    List<String> repaired = new ArrayList<>();
    repaired.addAll(store.repairs(SeriesKey.adjusted(code)));
    repaired.addAll(store.repairs(SeriesKey.multiple(code)));
    if (!repaired.isEmpty()) {
      f.add(new Finding(Finding.Kind.DUPLICATE_TIMESTAMPS, repaired.size(), String.join("; ", repaired)));
    }
    f.sort(java.util.Comparator.comparing(Finding::kind));
    return finish(code, first, last, adjusted, multiple, merged(f));
  }

  /** One finding per kind: counts added, details joined. */
  private static List<Finding> merged(List<Finding> sorted) {
    List<Finding> out = new ArrayList<>();
    for (Finding x : sorted) {
      Finding prev = out.isEmpty() ? null : out.get(out.size() - 1);
      if (prev != null && prev.kind() == x.kind()) {
        out.set(out.size() - 1, new Finding(x.kind(), prev.count() + x.count(), prev.detail() + "; " + x.detail()));
      } else {
        out.add(x);
      }
    }
    return out;
  }

  private static InstrumentCheck finish(InstrumentCode code, Optional<LocalDate> first, Optional<LocalDate> last,
      TimeSeries adjusted, MultiplePrices multiple, List<Finding> f) {
    return new InstrumentCheck(code, first, last, adjusted == null ? 0 : adjusted.size(),
        multiple == null ? 0 : multiple.size(), f);
  }

  /** Business days strictly between two epoch days. */
  private static int businessDaysBetween(long fromDay, long toDay) {
    int n = 0;
    for (long d = fromDay + 1; d < toDay; d++) {
      if (Timestamps.isBusinessDay(d)) {
        n++;
      }
    }
    return n;
  }

  private void gaps(TimeSeries daily, List<Finding> f) {
    int count = 0;
    int largest = 0;
    long at = 0;
    for (int i = 1; i < daily.size(); i++) {
      long d0 = Timestamps.epochDay(daily.time(i - 1));
      long d1 = Timestamps.epochDay(daily.time(i));
      if (d1 - d0 <= options.gapDays()) {
        continue; // at most gapDays calendar days: at most that many business days missing
      }
      int missing = businessDaysBetween(d0, d1);
      if (missing > options.gapDays()) {
        count++;
        if (missing > largest) {
          largest = missing;
          at = daily.time(i - 1);
        }
      }
    }
    if (count > 0) {
      f.add(new Finding(Finding.Kind.GAP, count, "largest: " + largest + " business days without a price after "
          + Timestamps.toDate(at)));
    }
  }

  /**
   * pysystemtrade's spike measure ({@code _calculate_change_in_vol_normalised_units}): each move in daily units
   * (divided by the square root of the days elapsed), absolute, over the EWMA (span 500, pandas' adjusted weights)
   * of those absolute moves up to and including it; a value above the threshold is a spike.
   */
  private void spikes(TimeSeries prices, List<Finding> f) {
    int n = prices.size();
    if (n < 3) {
      return;
    }
    long[] times = new long[n - 1];
    double[] moves = new double[n - 1];
    for (int i = 1; i < n; i++) {
      double days = (prices.time(i) - prices.time(i - 1)) / (double) Timestamps.SECONDS_PER_DAY;
      times[i - 1] = prices.time(i);
      moves[i - 1] = Math.abs(prices.value(i) - prices.value(i - 1)) / Math.sqrt(days);
    }
    TimeSeries absolute = TimeSeries.ofOwned(times, moves);
    TimeSeries average = absolute.ewmMean(Ewm.span(SPIKE_SPAN));
    int count = 0;
    double worst = 0;
    long at = 0;
    for (int i = 0; i < moves.length; i++) {
      double normalised = moves[i] / average.value(i);
      if (normalised > options.spikeThreshold()) {
        count++;
        if (normalised > worst) {
          worst = normalised;
          at = times[i];
        }
      }
    }
    if (count > 0) {
      f.add(new Finding(Finding.Kind.SPIKE, count, String.format(java.util.Locale.ROOT,
          "largest: a move of %.1f times the average move on %s", worst, Timestamps.format(at))));
    }
  }

  private static void zeroOrNegative(TimeSeries price, List<Finding> f) {
    int count = 0;
    int first = -1;
    for (int i = 0; i < price.size(); i++) {
      if (price.value(i) <= 0) {
        count++;
        if (first < 0) {
          first = i;
        }
      }
    }
    if (count > 0) {
      f.add(new Finding(Finding.Kind.ZERO_OR_NEGATIVE, count, "PRICE " + price.value(first) + " on "
          + Timestamps.format(price.time(first)) + (count > 1 ? " (first of " + count + " rows)" : "")));
    }
  }

  private void stale(TimeSeries daily, List<Finding> f) {
    int runs = 0;
    int longest = 0;
    long at = 0;
    int i = 0;
    int n = daily.size();
    while (i < n) {
      int j = i;
      while (j + 1 < n && daily.value(j + 1) == daily.value(i)) {
        j++;
      }
      int len = j - i + 1;
      if (len > options.staleDays()) {
        runs++;
        if (len > longest) {
          longest = len;
          at = daily.time(i);
        }
      }
      i = j + 1;
    }
    if (runs > 0) {
      f.add(new Finding(Finding.Kind.STALE, runs, "longest: " + longest + " business days at the same PRICE from "
          + Timestamps.toDate(at)));
    }
  }
}
