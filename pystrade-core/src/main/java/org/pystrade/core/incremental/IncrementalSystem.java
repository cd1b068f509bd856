package org.pystrade.core.incremental;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.pystrade.core.data.DataUpdate;
import org.pystrade.core.data.FuturesSimData;
import org.pystrade.core.data.MultiplePrices;
import org.pystrade.core.domain.Currency;
import org.pystrade.core.domain.FxPair;
import org.pystrade.core.domain.InstrumentCode;
import org.pystrade.core.pandl.PandlCurve;
import org.pystrade.core.rules.RuleName;
import org.pystrade.core.series.SeriesFrame;
import org.pystrade.core.series.TimeSeries;
import org.pystrade.core.series.Timestamps;
import org.pystrade.core.system.OptimalPosition;
import org.pystrade.core.system.TradingSystem;
import org.pystrade.core.util.ArgChecker;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A system kept up to date as days of prices are appended, without computing its history again: what a production
 * run needs each day. {@link #start} computes a system's whole history once; {@link #append(FuturesSimData,
 * LocalDate)} (the bars of a day from a data source) or {@link #append(DataUpdate)} (bars as a production update
 * brings them) extend every stage's series by the new days, and every result read afterwards is, bit for bit, what
 * the same system computed in full on the data with those bars gives.
 *
 * <p>A system with fixed parameters built from pystrade's default stages, whose rules are pysystemtrade's
 * {@code ewmac} and {@code carry} on the standard data sources (the chapter-15 system), is <em>stepped</em>: the
 * exponentially weighted means and variances carry their state from day to day (their sums and weights exactly as
 * the array kernels accumulate them), so one day costs a few operations per instrument and rule. A day whose
 * inputs change after it was stepped (a later bar of the same day, a weekend bar, the adjusted price of a day only
 * the multiple prices had, a late FX rate) is stepped again from the state kept for the day before it. What is not
 * a running recursion is computed again when asked: the P&amp;L (its cost deflator divides every day's cost by the
 * latest volatility, so every value changes every day). What changes the whole history (an instrument's first
 * non-zero position, a data defect the config does not keep, a rule that may become too expensive for {@code
 * forecast_post_ceiling_cost_SR}, an instrument left out for too little data receiving bars) makes it compute the
 * system in full once and step on from there.
 *
 * <p>Any other system (estimated parameters, other rules or volatility estimators, a risk overlay, stages of one's
 * own) is computed in full on each append, as {@link TradingSystem#withData} would; {@link #isStepped()} says which,
 * and {@link #recomputedBecause()} why.
 *
 * <p>Not thread-safe: one thread appends and reads.
 */
public final class IncrementalSystem {

  private static final Logger LOG = LoggerFactory.getLogger(IncrementalSystem.class);

  private final TradingSystem definition;
  private final Currency baseCurrency;
  private FuturesSimData base;
  private DataUpdate.Builder pending = DataUpdate.builder();
  private boolean anyPending;
  private SteppedSystem stepped;
  private String recomputeReason;
  private TradingSystem current;
  /** The end of the last day appended from a data source. */
  private long lastEnd = Long.MIN_VALUE;

  private IncrementalSystem(TradingSystem system) {
    this.definition = system;
    this.baseCurrency = system.context().baseCurrency();
    this.base = system.data().source();
    this.current = system;
    stepFrom(system);
  }

  /**
   * Computes a system's whole history, to be kept up to date by appending days.
   *
   * @param system the system, built on the data up to its last day
   * @return the incremental system
   */
  public static IncrementalSystem start(TradingSystem system) {
    return new IncrementalSystem(ArgChecker.notNull(system, "system"));
  }

  private void stepFrom(TradingSystem system) {
    try {
      stepped = SteppedSystem.start(system);
      recomputeReason = null;
    } catch (StepDefinition.NotSteppable ex) {
      stepped = null;
      recomputeReason = ex.getMessage();
      LOG.info("the system is computed in full on each append: {}", recomputeReason);
    }
  }

  /**
   * Whether appends are stepped (else each computes the system in full).
   *
   * @return true if stepped
   */
  public boolean isStepped() {
    return stepped != null;
  }

  /**
   * Why appends compute the system in full, if they do.
   *
   * @return the reason, empty when appends are stepped
   */
  public Optional<String> recomputedBecause() {
    return Optional.ofNullable(recomputeReason);
  }

  // ------------------------------------------------------------------ appending

  /**
   * Appends the bars of a data source up to the end of a day: every bar of the system's instruments (adjusted and
   * multiple prices, the FX rates into the base currency) after the last one the system has. The source must be
   * the data the system was built on, extended: the system then equals the same system built on {@code
   * source.asOf(day)}.
   *
   * @param source the data, holding the system's data and the new days
   * @param day the last day to append
   * @return this
   * @throws org.pystrade.core.data.DataException if the source's bars cannot be read
   * @throws IllegalArgumentException if the day is before one appended already
   */
  public IncrementalSystem append(FuturesSimData source, LocalDate day) {
    ArgChecker.notNull(source, "source");
    ArgChecker.notNull(day, "day");
    long end = Timestamps.of(day.atTime(LocalTime.MAX).withNano(0));
    ArgChecker.isTrue(end >= lastEnd, "{} is before the last day appended, {}: days are appended in order", day,
        lastEnd == Long.MIN_VALUE ? "none" : Timestamps.toDate(lastEnd));
    lastEnd = end;
    FuturesSimData data = source.asOf(day);
    if (stepped != null) {
      Map<InstrumentCode, Bars> bars = new LinkedHashMap<>();
      for (InstrumentCode code : stepped.instruments()) {
        InstrumentTrack t = stepped.track(code);
        bars.put(code, new Bars(after(source.adjustedPrices(code), t.lastAdjustedTime(), end),
            after(source.multiplePrices(code), t.lastMultipleTime(), end),
            after(source.fxRateForInstrument(code, baseCurrency), t.fx.lastTime(), end)));
      }
      for (InstrumentTrack t : stepped.outsideTracks()) {
        bars.put(t.code, new Bars(after(source.adjustedPrices(t.code), t.lastAdjustedTime(), end),
            after(source.multiplePrices(t.code), t.lastMultipleTime(), end),
            after(source.fxRateForInstrument(t.code, baseCurrency), t.fx.lastTime(), end)));
      }
      stepped.waitingInstruments().forEach((code, last) -> bars.put(code, new Bars(
          orEmpty(() -> after(source.adjustedPrices(code), last[0], end)),
          orEmptyMultiple(() -> after(source.multiplePrices(code), last[1], end)),
          orEmpty(() -> after(source.fxRateForInstrument(code, baseCurrency), last[2], end)))));
      appendStepped(bars, data, null);
    } else {
      moveTo(data, null);
    }
    return this;
  }

  private static TimeSeries orEmpty(java.util.function.Supplier<TimeSeries> s) {
    try {
      return s.get();
    } catch (RuntimeException ex) {
      return TimeSeries.empty();
    }
  }

  private static MultiplePrices orEmptyMultiple(java.util.function.Supplier<MultiplePrices> s) {
    try {
      return s.get();
    } catch (RuntimeException ex) {
      return Bars.NO_MULTIPLE;
    }
  }

  private static TimeSeries after(TimeSeries s, long last, long end) {
    return last >= end ? TimeSeries.empty() : s.slice(last + 1, end);
  }

  private static MultiplePrices after(MultiplePrices mp, long last, long end) {
    return last >= end ? Bars.NO_MULTIPLE : mp.slice(last + 1, end);
  }

  /**
   * Appends bars as a production update brings them ({@link FuturesSimData#withUpdate}): the system then equals the
   * same system built on its data with the update appended.
   *
   * @param update the bars, each after the last one of its series
   * @return this
   * @throws org.pystrade.core.data.DataException if a bar does not follow the last one of its series (nothing is
   *     appended then)
   */
  public IncrementalSystem append(DataUpdate update) {
    ArgChecker.notNull(update, "update");
    if (update.isEmpty()) {
      return this;
    }
    DataUpdate.Builder merged = DataUpdate.builder().addAll(pending.build()).addAll(update);
    FuturesSimData data = base.withUpdate(merged.build());
    if (stepped != null) {
      Map<InstrumentCode, Bars> bars = new LinkedHashMap<>();
      for (InstrumentCode code : update.instruments()) {
        if (!stepped.instruments().contains(code) && !stepped.waitingInstruments().containsKey(code)
            && stepped.outsideTracks().stream().noneMatch(t -> t.code.equals(code))) {
          continue; // not an instrument of the system
        }
        Currency ccy = definition.data().meta(code).currency();
        bars.put(code, new Bars(update.adjustedPrices(code), update.multiplePrices(code), ccy.equals(baseCurrency)
            ? TimeSeries.empty() : update.fxRates(FxPair.of(ccy, baseCurrency))));
      }
      for (FxPair pair : update.fxPairs()) {
        if (!pair.quote().equals(baseCurrency)) {
          continue;
        }
        List<InstrumentCode> affected = new java.util.ArrayList<>(stepped.instruments());
        stepped.outsideTracks().forEach(t -> affected.add(t.code));
        affected.addAll(stepped.waitingInstruments().keySet());
        for (InstrumentCode code : affected) {
          if (!bars.containsKey(code) && isIn(code, pair.base())) {
            bars.put(code, new Bars(TimeSeries.empty(), Bars.NO_MULTIPLE, update.fxRates(pair)));
          }
        }
      }
      appendStepped(bars, base, merged);
    } else {
      moveTo(base, merged);
    }
    return this;
  }

  /** Whether an instrument is priced in a currency (false if its configuration cannot be read). */
  private boolean isIn(InstrumentCode code, Currency currency) {
    try {
      return definition.data().meta(code).currency().equals(currency);
    } catch (org.pystrade.core.data.DataException ex) {
      return false;
    }
  }

  private void appendStepped(Map<InstrumentCode, Bars> bars, FuturesSimData newBase, DataUpdate.Builder newPending) {
    SteppedSystem.Outcome outcome = stepped.append(bars);
    moveTo(newBase, newPending);
    if (outcome == SteppedSystem.Outcome.RECOMPUTE) {
      LOG.info("the appended bars change the system's history: computing it in full once");
      FuturesSimData data = currentData();
      base = data;
      pending = DataUpdate.builder();
      anyPending = false;
      current = definition.withData(data);
      stepFrom(current);
    }
  }

  private void moveTo(FuturesSimData newBase, DataUpdate.Builder newPending) {
    base = newBase;
    pending = newPending == null ? DataUpdate.builder() : newPending;
    anyPending = newPending != null;
    current = null;
  }

  private FuturesSimData currentData() {
    return anyPending ? base.withUpdate(pending.build()) : base;
  }

  /**
   * The same system computed in full on the data with every bar appended so far (computed when first asked after an
   * append; in the stepped case, only for what is asked of it).
   *
   * @return the system
   */
  public TradingSystem system() {
    if (current == null) {
      current = definition.withData(currentData());
    }
    return current;
  }

  // ------------------------------------------------------------------ results

  /**
   * The instruments in the portfolio.
   *
   * @return the instruments, sorted
   */
  public List<InstrumentCode> instruments() {
    return stepped != null ? stepped.instruments() : system().instruments();
  }

  /**
   * An instrument's daily prices ({@link org.pystrade.core.rawdata.RawData#dailyPrices}).
   *
   * @param code the instrument
   * @return the series
   */
  public TimeSeries dailyPrices(InstrumentCode code) {
    return stepped != null ? stepped.track(code).dailyPrices() : system().rawData().dailyPrices(code);
  }

  /**
   * An instrument's daily price volatility ({@link org.pystrade.core.rawdata.RawData#dailyReturnsVolatility}).
   *
   * @param code the instrument
   * @return the series
   */
  public TimeSeries dailyReturnsVolatility(InstrumentCode code) {
    return stepped != null ? stepped.track(code).dailyReturnsVolatility()
        : system().rawData().dailyReturnsVolatility(code);
  }

  /**
   * An instrument's daily denominator price ({@link org.pystrade.core.rawdata.RawData#dailyDenominatorPrice}).
   *
   * @param code the instrument
   * @return the series
   */
  public TimeSeries dailyDenominatorPrice(InstrumentCode code) {
    return stepped != null ? stepped.track(code).dailyDenominatorPrice()
        : system().rawData().dailyDenominatorPrice(code);
  }

  /**
   * An instrument's daily annualised roll ({@link org.pystrade.core.rawdata.RawData#dailyAnnualisedRoll}).
   *
   * @param code the instrument
   * @return the series
   */
  public TimeSeries dailyAnnualisedRoll(InstrumentCode code) {
    return stepped != null ? stepped.track(code).dailyAnnualisedRoll()
        : system().rawData().dailyAnnualisedRoll(code);
  }

  /**
   * An instrument's raw carry ({@link org.pystrade.core.rawdata.RawData#rawCarry}).
   *
   * @param code the instrument
   * @return the series
   */
  public TimeSeries rawCarry(InstrumentCode code) {
    return stepped != null ? stepped.track(code).rawCarry() : system().rawData().rawCarry(code);
  }

  /**
   * A rule's raw forecast for an instrument ({@link org.pystrade.core.rules.Rules#rawForecast}).
   *
   * @param code the instrument
   * @param rule the rule
   * @return the series
   */
  public TimeSeries rawForecast(InstrumentCode code, RuleName rule) {
    return stepped != null ? stepped.track(code).rawForecast(rule) : system().rules().rawForecast(code, rule);
  }

  /**
   * A rule's capped forecast for an instrument
   * ({@link org.pystrade.core.forecast.ForecastScaleCap#cappedForecast}).
   *
   * @param code the instrument
   * @param rule the rule
   * @return the series
   */
  public TimeSeries cappedForecast(InstrumentCode code, RuleName rule) {
    return stepped != null ? stepped.track(code).cappedForecast(rule)
        : system().forecastScaleCap().cappedForecast(code, rule);
  }

  /**
   * The rules an instrument combines ({@link org.pystrade.core.combination.ForecastCombine#ruleVariations}).
   *
   * @param code the instrument
   * @return the rules, in the config's order
   */
  public List<RuleName> ruleVariations(InstrumentCode code) {
    return stepped != null ? stepped.track(code).ruleVariations() : system().combine().ruleVariations(code);
  }

  /**
   * An instrument's daily forecast weights ({@link org.pystrade.core.combination.ForecastCombine#forecastWeights}).
   *
   * @param code the instrument
   * @return one column per weighted rule
   */
  public SeriesFrame forecastWeights(InstrumentCode code) {
    return stepped != null ? SeriesFrame.concat(stepped.track(code).forecastWeights())
        : system().combine().forecastWeights(code);
  }

  /**
   * An instrument's forecast diversification multiplier
   * ({@link org.pystrade.core.combination.ForecastCombine#forecastDiversificationMultiplier}).
   *
   * @param code the instrument
   * @return the series
   */
  public TimeSeries forecastDiversificationMultiplier(InstrumentCode code) {
    return stepped != null ? stepped.track(code).forecastDiversificationMultiplier()
        : system().combine().forecastDiversificationMultiplier(code);
  }

  /**
   * An instrument's combined forecast ({@link org.pystrade.core.combination.ForecastCombine#combinedForecast}).
   *
   * @param code the instrument
   * @return the series
   */
  public TimeSeries combinedForecast(InstrumentCode code) {
    return stepped != null ? stepped.track(code).combinedForecast() : system().combine().combinedForecast(code);
  }

  /**
   * An instrument's volatility scalar ({@link org.pystrade.core.sizing.PositionSizing#volatilityScalar}).
   *
   * @param code the instrument
   * @return the series
   */
  public TimeSeries volatilityScalar(InstrumentCode code) {
    return stepped != null ? stepped.track(code).volatilityScalar() : system().positionSizing().volatilityScalar(code);
  }

  /**
   * An instrument's subsystem position ({@link org.pystrade.core.sizing.PositionSizing#subsystemPosition}).
   *
   * @param code the instrument
   * @return the series
   */
  public TimeSeries subsystemPosition(InstrumentCode code) {
    return stepped != null ? stepped.track(code).subsystemPosition()
        : system().positionSizing().subsystemPosition(code);
  }

  /**
   * The instrument weights ({@link org.pystrade.core.portfolio.Portfolio#instrumentWeights}).
   *
   * @return one column per instrument
   */
  public SeriesFrame instrumentWeights() {
    return stepped != null ? stepped.portfolio().instrumentWeights() : system().portfolio().instrumentWeights();
  }

  /**
   * The instrument diversification multiplier
   * ({@link org.pystrade.core.portfolio.Portfolio#instrumentDiversificationMultiplier}).
   *
   * @return the series
   */
  public TimeSeries instrumentDiversificationMultiplier() {
    return stepped != null ? stepped.portfolio().instrumentDiversificationMultiplier()
        : system().portfolio().instrumentDiversificationMultiplier();
  }

  /**
   * An instrument's notional position ({@link org.pystrade.core.portfolio.Portfolio#notionalPosition}).
   *
   * @param code the instrument
   * @return the series
   */
  public TimeSeries notionalPosition(InstrumentCode code) {
    return stepped != null ? stepped.track(code).notionalPosition() : system().portfolio().notionalPosition(code);
  }

  /**
   * An instrument's buffer ({@link org.pystrade.core.portfolio.Portfolio#buffer}).
   *
   * @param code the instrument
   * @return the series
   */
  public TimeSeries buffer(InstrumentCode code) {
    return stepped != null ? stepped.track(code).buffer() : system().portfolio().buffer(code);
  }

  /**
   * An instrument's upper buffer ({@link org.pystrade.core.portfolio.Portfolio#upperBuffer}).
   *
   * @param code the instrument
   * @return the series
   */
  public TimeSeries upperBuffer(InstrumentCode code) {
    return stepped != null ? stepped.track(code).upperBuffer() : system().portfolio().upperBuffer(code);
  }

  /**
   * An instrument's lower buffer ({@link org.pystrade.core.portfolio.Portfolio#lowerBuffer}).
   *
   * @param code the instrument
   * @return the series
   */
  public TimeSeries lowerBuffer(InstrumentCode code) {
    return stepped != null ? stepped.track(code).lowerBuffer() : system().portfolio().lowerBuffer(code);
  }

  /**
   * An instrument's buffered position in whole contracts
   * ({@link org.pystrade.core.accounts.Accounts#bufferedPosition}, rounded).
   *
   * @param code the instrument
   * @return the series
   */
  public TimeSeries bufferedPosition(InstrumentCode code) {
    return stepped != null ? stepped.track(code).bufferedPosition()
        : system().accounts().bufferedPosition(code, true);
  }

  /**
   * An instrument's P&amp;L with fills delayed a day and whole contracts
   * ({@link org.pystrade.core.accounts.Accounts#pandlForInstrument(InstrumentCode)}). Computed when asked: its
   * costs are deflated by the latest volatility, so every day's value changes with each new day.
   *
   * @param code the instrument
   * @return the curves
   */
  public PandlCurve pandlForInstrument(InstrumentCode code) {
    return stepped != null ? stepped.pandl(code) : system().accounts().pandlForInstrument(code);
  }

  /**
   * The portfolio's P&amp;L ({@link org.pystrade.core.accounts.Accounts#portfolio()}), computed when asked.
   *
   * @return the curves
   */
  public PandlCurve portfolioPandl() {
    return stepped != null ? stepped.portfolioPandl() : system().accounts().portfolio();
  }

  /**
   * The latest optimal position of every instrument in the portfolio ({@link TradingSystem#optimalPositions()}):
   * what a production run asks every day.
   *
   * @return the positions by instrument, in instrument order
   */
  public Map<InstrumentCode, OptimalPosition> optimalPositions() {
    return stepped != null ? stepped.optimalPositions() : system().optimalPositions();
  }
}
