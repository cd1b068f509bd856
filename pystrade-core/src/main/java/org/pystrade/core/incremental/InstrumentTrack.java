package org.pystrade.core.incremental;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.pystrade.core.combination.WeightFitting;
import org.pystrade.core.data.DataException;
import org.pystrade.core.data.InstrumentMeta;
import org.pystrade.core.data.MultiplePrices;
import org.pystrade.core.domain.InstrumentCode;
import org.pystrade.core.domain.ReasonCode;
import org.pystrade.core.pandl.SrCosts;
import org.pystrade.core.rawdata.DefaultRawData;
import org.pystrade.core.rawdata.VolatilityStep;
import org.pystrade.core.rules.RuleName;
import org.pystrade.core.series.Ewm;
import org.pystrade.core.series.EwmMeanStep;
import org.pystrade.core.series.Kernels;
import org.pystrade.core.series.TimeSeries;
import org.pystrade.core.series.Timestamps;

/**
 * One instrument of a stepped system: its daily inputs (the daily price, denominator price and annualised roll, the
 * FX rate) and every series the stages compute from them, one business day at a time, in two phases. The signal
 * phase steps raw data, forecasts, their combination and the position sizing, on the instrument's own days; the
 * position phase steps the notional position, the buffers and the buffered position once the portfolio's instrument
 * weights of the day are known. Each phase keeps the state of its last rows, so that a day whose inputs change
 * later (a bar of the same day, the price of a day only the multiple prices had) is stepped again from the day
 * before it.
 *
 * <p>Rows are business days counted from the instrument's first ({@code row = day - u0}); the daily price's days
 * are {@code [a0, a1]}, the multiple prices' {@code [m0, m1]}, their union (the carry's days) {@code [u0, u1]}, their
 * intersection (the volatility scalar's) {@code [i0, i1]}; the combined forecast and everything after it are on the
 * union when a carry rule is combined, else on the price's days.
 */
final class InstrumentTrack {

  /** The rows whose states are kept, to step again from. */
  private static final int KEPT_ROWS = 40;

  final InstrumentCode code;
  private final StepDefinition def;
  private final InstrumentMeta meta;
  private final int rollsPerYear;
  private final List<RuleName> ruleNames;
  private final SteppedRule[] rules;
  private final double[] scalars;
  /** The rule variations cheap enough for forecast_post_ceiling_cost_SR (when the track was made). */
  private final List<RuleName> cheapRules;
  /** Indexes (into the rules) of the instrument's rule variations, in their order. */
  private final int[] variations;
  /** Indexes of the weighted rules, in the weights' order, and their raw weights. */
  private final int[] weighted;
  private final double[] rawWeights;
  /** Position of each variation in the weights, or -1. */
  private final int[] weightOfVariation;
  private final boolean forecastOnUnion;
  private final boolean weightsOnUnion;
  private final double fdm;
  private final boolean longOnly;
  private final double blockFactor;
  private final double cap;
  private final double floor;
  private final double volMultiplier;
  private final double target;
  private final double averageAbsoluteForecastOfCosts;

  /** The first business day of the instrument (the union's). */
  final int u0;
  private final int a0;
  private final int m0;
  private int a1;
  private int m1;
  private long lastAdjustedTime;
  private long lastMultipleTime;
  /** The Kahan sum, compensation and count of the annualised roll's last day. */
  private final double[] rollSum = new double[1];
  private final double[] rollComp = new double[1];
  private int rollCount;
  final GrowingSeries fx;

  private final Column price = new Column(0);
  private final Column denom = new Column(0);
  private final Column roll = new Column(0);
  private final Column vol = new Column(0);
  private final Column[] raw;
  private final Column[] weights;
  private final Column combined = new Column(0);
  private final Column volScalar = new Column(0);
  private final Column subsystem = new Column(0);
  private final Column notional = new Column(0);
  private final Column buffer = new Column(0);
  private final Column upper = new Column(0);
  private final Column lower = new Column(0);
  private final Column buffered = new Column(0);

  private Signal signal;
  private Position position;
  private final SnapshotRing<Signal> signalRing = new SnapshotRing<>(KEPT_ROWS, Signal::copy);
  private final SnapshotRing<Position> positionRing = new SnapshotRing<>(KEPT_ROWS, Position::copy);
  /** The last row stepped by each phase (global business day), or below the first. */
  private int signalDone;
  private int positionDone;

  /**
   * A track from the series a system computed for the instrument (its daily inputs), nothing stepped yet.
   */
  InstrumentTrack(StepDefinition def, InstrumentCode code, InstrumentMeta meta, int rollsPerYear,
      TimeSeries dailyPrices, TimeSeries dailyDenominator, TimeSeries dailyRoll, MultiplePrices multiple,
      TimeSeries adjusted, TimeSeries fxRate, List<RuleName> cheapRules) {
    this.def = def;
    this.code = code;
    this.meta = meta;
    this.rollsPerYear = rollsPerYear;
    this.ruleNames = List.copyOf(def.rules.keySet());
    this.rules = def.rules.values().toArray(new SteppedRule[0]);
    this.scalars = new double[rules.length];
    for (int k = 0; k < rules.length; k++) {
      scalars[k] = def.scaleCap.fixedScalar(ruleNames.get(k));
    }
    List<RuleName> vars = def.variations.of(code);
    this.variations = vars.stream().mapToInt(ruleNames::indexOf).toArray();
    Map<RuleName, Double> fixed = def.combination.fixedWeightsFor(code).orElse(null);
    List<RuleName> wr = fixed == null ? vars : new ArrayList<>(fixed.keySet());
    // rules too expensive for forecast_post_ceiling_cost_SR are left out of the weights; if every rule is, every
    // rule is kept with weight 0
    this.cheapRules = List.copyOf(cheapRules);
    List<RuleName> kept = new ArrayList<>();
    for (RuleName r : wr) {
      if (cheapRules.isEmpty() || cheapRules.contains(r)) {
        kept.add(r);
      }
    }
    this.weighted = kept.stream().mapToInt(ruleNames::indexOf).toArray();
    this.rawWeights = new double[weighted.length];
    for (int j = 0; j < weighted.length; j++) {
      rawWeights[j] = cheapRules.isEmpty() ? 0.0 : fixed == null ? 1.0 / wr.size() : fixed.get(kept.get(j));
    }
    this.weightOfVariation = new int[variations.length];
    boolean fUnion = false;
    for (int c = 0; c < variations.length; c++) {
      weightOfVariation[c] = indexOf(weighted, variations[c]);
      fUnion |= rules[variations[c]].onUnion();
    }
    boolean wUnion = false;
    for (int k : weighted) {
      wUnion |= rules[k].onUnion();
    }
    this.forecastOnUnion = fUnion;
    this.weightsOnUnion = wUnion;
    this.fdm = def.combination.fixedFdm(code);
    this.longOnly = def.sizing.longOnlyInstruments().contains(code);
    this.blockFactor = meta.pointSize() * 0.01;
    this.cap = def.scaleCap.forecastCap();
    this.floor = def.forecastFloor();
    this.volMultiplier = def.volatility.multiplier();
    this.target = def.dailyCashVolTarget();
    this.averageAbsoluteForecastOfCosts = def.costs.averageAbsoluteForecast();
    this.raw = new Column[rules.length];
    for (int k = 0; k < raw.length; k++) {
      raw[k] = new Column(0);
    }
    this.weights = new Column[weighted.length];
    for (int j = 0; j < weights.length; j++) {
      weights[j] = new Column(0);
    }
    this.a0 = dayOf(dailyPrices.time(0));
    this.m0 = dayOf(dailyDenominator.time(0));
    this.a1 = a0 + dailyPrices.size() - 1;
    this.m1 = m0 + dailyDenominator.size() - 1;
    this.u0 = Math.min(a0, m0);
    if (Math.max(a0, m0) > Math.min(a1, m1)) {
      throw new StepDefinition.NotSteppable(code + ": its adjusted and multiple prices have no day in common");
    }
    int rows = Math.max(a1, m1) - u0 + 1 + 2 * KEPT_ROWS;
    for (Column c : List.of(price, denom, roll, vol, combined, volScalar, subsystem, notional, buffer, upper, lower,
        buffered)) {
      c.reserve(rows);
    }
    for (Column c : raw) {
      c.reserve(rows);
    }
    for (Column c : weights) {
      c.reserve(rows);
    }
    fill(price, dailyPrices, a0);
    fill(denom, dailyDenominator, m0);
    fill(roll, dailyRoll, m0);
    this.lastAdjustedTime = adjusted.time(adjusted.size() - 1);
    this.lastMultipleTime = multiple.price().time(multiple.size() - 1);
    // the annualised roll's last day: the Kahan sum of its bars, in time order, to add the day's later bars to
    long[] t = multiple.price().timesView();
    int firstOfLastDay = t.length;
    while (firstOfLastDay > 0 && dayOf(t[firstOfLastDay - 1]) == m1) {
      firstOfLastDay--;
    }
    for (int i = firstOfLastDay; i < t.length; i++) {
      addRoll(multiple.price().value(i), multiple.carry().value(i), multiple.priceContract().value(i),
          multiple.carryContract().value(i));
    }
    this.fx = new GrowingSeries(fxRate);
    this.signal = new Signal(this);
    this.position = new Position();
    this.signalDone = u0 - 1;
    this.positionDone = firstForecastDay() - 1;
  }

  private static int indexOf(int[] a, int v) {
    for (int i = 0; i < a.length; i++) {
      if (a[i] == v) {
        return i;
      }
    }
    return -1;
  }

  private static int dayOf(long time) {
    return BusinessDays.bucketOf(time);
  }

  private void fill(Column c, TimeSeries s, int first) {
    double[] v = s.valuesView();
    for (int i = 0; i < v.length; i++) {
      c.set(first + i - u0, v[i]);
    }
  }

  // ------------------------------------------------------------------ days

  int firstPriceDay() {
    return a0;
  }

  int lastPriceDay() {
    return a1;
  }

  int lastDay() {
    return Math.max(a1, m1);
  }

  private int firstCommonDay() {
    return Math.max(a0, m0);
  }

  private int lastCommonDay() {
    return Math.min(a1, m1);
  }

  /** The first day of the combined forecast, the subsystem position and everything after them. */
  int firstForecastDay() {
    return forecastOnUnion ? u0 : a0;
  }

  int lastForecastDay() {
    return forecastOnUnion ? lastDay() : a1;
  }

  // ------------------------------------------------------------------ new rows

  /**
   * Adds adjusted-price bars after the last one: each bar sets its business day's price if it has a value (the
   * day's last valid bar is its price, as {@code resample("1B").last()}).
   *
   * @return the first day whose rows change, or {@link Integer#MAX_VALUE} if none
   */
  int addAdjusted(long[] t, double[] v) {
    if (t.length == 0) {
      return Integer.MAX_VALUE;
    }
    follows(t[0], lastAdjustedTime, "adjusted prices");
    int old = a1;
    int first = dayOf(t[0]);
    for (int i = 0; i < t.length; i++) {
      int day = dayOf(t[i]);
      if (day > a1) {
        a1 = day;
        price.set(day - u0, Double.NaN);
      }
      if (v[i] == v[i]) {
        price.set(day - u0, v[i]);
      }
    }
    lastAdjustedTime = t[t.length - 1];
    return Math.min(old + 1, first);
  }

  /**
   * Adds multiple-prices bars after the last one: the day's last valid PRICE is its denominator price, the mean of
   * its bars' annualised rolls (Kahan-summed in time order, as {@code resample("1B").mean()}) its daily roll.
   *
   * @return the first day whose rows change, or {@link Integer#MAX_VALUE} if none
   */
  int addMultiple(MultiplePrices mp) {
    if (mp.size() == 0) {
      return Integer.MAX_VALUE;
    }
    long[] t = mp.price().timesView();
    follows(t[0], lastMultipleTime, "multiple prices");
    int old = m1;
    int first = dayOf(t[0]);
    for (int i = 0; i < t.length; i++) {
      int day = dayOf(t[i]);
      if (day > m1) {
        m1 = day;
        denom.set(day - u0, Double.NaN);
        roll.set(day - u0, Double.NaN);
        rollSum[0] = 0;
        rollComp[0] = 0;
        rollCount = 0;
      }
      double p = mp.price().value(i);
      if (p == p) {
        denom.set(day - u0, p);
      }
      addRoll(p, mp.carry().value(i), mp.priceContract().value(i), mp.carryContract().value(i));
    }
    lastMultipleTime = t[t.length - 1];
    return Math.min(old + 1, first);
  }

  private void addRoll(double p, double carry, double priceContract, double carryContract) {
    double r = MultiplePrices.annualisedRoll(p, carry, MultiplePrices.yearFraction(priceContract),
        MultiplePrices.yearFraction(carryContract));
    if (r == r) {
      Kernels.kahanAdd(rollSum, rollComp, 0, r);
      rollCount++;
      roll.set(m1 - u0, rollSum[0] / rollCount);
    }
  }

  /**
   * Adds FX rates after the last one.
   *
   * @return the first day whose rows change (the first whose midnight is at or after the first new rate), or
   *     {@link Integer#MAX_VALUE} if none
   */
  int addFx(long[] t, double[] v) {
    if (t.length == 0) {
      return Integer.MAX_VALUE;
    }
    follows(t[0], fx.lastTime(), "FX rates");
    for (int i = 0; i < t.length; i++) {
      fx.append(t[i], v[i]);
    }
    return BusinessDays.firstAtOrAfter(t[0]);
  }

  /**
   * Checks that bars follow the last ones of their series.
   *
   * @throws DataException naming the series and both times if one does not
   */
  void checkFollows(Bars b) {
    if (!b.adjusted().isEmpty()) {
      follows(b.adjusted().time(0), lastAdjustedTime, "adjusted prices");
    }
    if (b.multiple().size() > 0) {
      follows(b.multiple().price().time(0), lastMultipleTime, "multiple prices");
    }
    if (!b.fx().isEmpty()) {
      follows(b.fx().time(0), fx.lastTime(), "FX rates");
    }
  }

  private void follows(long time, long last, String what) {
    if (time <= last) {
      throw new DataException(ReasonCode.MALFORMED_DATA, "cannot append to the " + what + " of " + code
          + ": the new bar at " + Timestamps.format(time) + " does not follow the last one at "
          + Timestamps.format(last));
    }
  }

  long lastAdjustedTime() {
    return lastAdjustedTime;
  }

  long lastMultipleTime() {
    return lastMultipleTime;
  }

  // ------------------------------------------------------------------ the signal phase

  /** The state of the signal phase after a row. */
  private static final class Signal {
    double prevPrice = Double.NaN;
    final VolatilityStep vol;
    double lastDenomOnPrice = Double.NaN;
    double lastVolOnPrice = Double.NaN;
    final EwmMeanStep[][] means;
    final double[] lastCapped;
    boolean weightsStarted;
    final EwmMeanStep[] weightMeans;
    final double[] lastWeights;
    double lastDenomOnMultiple = Double.NaN;
    double lastBlockOnCommon = Double.NaN;
    double lastCcyVolOnCommon = Double.NaN;
    double lastVolScalar = Double.NaN;
    int firstValidSubsystem = Integer.MAX_VALUE;
    boolean anyNonZeroSubsystem;
    boolean anyCurrencyVol;
    /** Per rule: the last capped forecast over the average absolute forecast, the Kahan sum of the absolute
     * changes (and its compensation) and their count: the forecast's turnover. */
    final double[] turnoverLast;
    final double[] turnoverSum;
    final double[] turnoverComp;
    final int[] turnoverCount;

    Signal(InstrumentTrack t) {
      turnoverLast = new double[t.rules.length];
      Arrays.fill(turnoverLast, Double.NaN);
      turnoverSum = new double[t.rules.length];
      turnoverComp = new double[t.rules.length];
      turnoverCount = new int[t.rules.length];
      vol = VolatilityStep.of(t.def.volatility);
      means = new EwmMeanStep[t.rules.length][];
      for (int k = 0; k < means.length; k++) {
        means[k] = t.rules[k].newMeans();
      }
      lastCapped = new double[t.rules.length];
      Arrays.fill(lastCapped, Double.NaN);
      weightMeans = new EwmMeanStep[t.weighted.length];
      Ewm ewm = Ewm.span(t.def.combination.weightEwmaSpan());
      for (int j = 0; j < weightMeans.length; j++) {
        weightMeans[j] = new EwmMeanStep(ewm);
      }
      lastWeights = new double[t.weighted.length];
      Arrays.fill(lastWeights, Double.NaN);
    }

    private Signal(Signal o) {
      prevPrice = o.prevPrice;
      vol = o.vol.copy();
      lastDenomOnPrice = o.lastDenomOnPrice;
      lastVolOnPrice = o.lastVolOnPrice;
      means = new EwmMeanStep[o.means.length][];
      for (int k = 0; k < means.length; k++) {
        means[k] = new EwmMeanStep[o.means[k].length];
        for (int m = 0; m < means[k].length; m++) {
          means[k][m] = o.means[k][m].copy();
        }
      }
      lastCapped = o.lastCapped.clone();
      weightsStarted = o.weightsStarted;
      weightMeans = new EwmMeanStep[o.weightMeans.length];
      for (int j = 0; j < weightMeans.length; j++) {
        weightMeans[j] = o.weightMeans[j].copy();
      }
      lastWeights = o.lastWeights.clone();
      lastDenomOnMultiple = o.lastDenomOnMultiple;
      lastBlockOnCommon = o.lastBlockOnCommon;
      lastCcyVolOnCommon = o.lastCcyVolOnCommon;
      lastVolScalar = o.lastVolScalar;
      firstValidSubsystem = o.firstValidSubsystem;
      anyNonZeroSubsystem = o.anyNonZeroSubsystem;
      anyCurrencyVol = o.anyCurrencyVol;
      turnoverLast = o.turnoverLast.clone();
      turnoverSum = o.turnoverSum.clone();
      turnoverComp = o.turnoverComp.clone();
      turnoverCount = o.turnoverCount.clone();
    }

    Signal copy() {
      return new Signal(this);
    }
  }

  /** The first row with a valid subsystem position (a global business day), or {@link Integer#MAX_VALUE}. */
  int firstValidSubsystem() {
    return signal.firstValidSubsystem;
  }

  /**
   * Whether the instrument has a subsystem position or a volatility in its currency on any day: an instrument
   * without either is left out of the portfolio as too short.
   */
  boolean hasPositionOrVolatility() {
    return signal.firstValidSubsystem != Integer.MAX_VALUE || signal.anyCurrencyVol;
  }

  /** Whether the subsystem position has been non-zero on any day. */
  boolean anyNonZeroSubsystem() {
    return signal.anyNonZeroSubsystem;
  }

  /**
   * Steps the signal phase from a day to the last: from the kept state of the day before it, or from the first day
   * if that state is no longer kept.
   *
   * @param from the first day whose inputs changed
   */
  void stepSignal(int from) {
    SnapshotRing.Resume<Signal> resume = signalRing.resume(from, u0, signalDone, signal, () -> new Signal(this));
    signal = resume.state();
    int start = resume.start();
    int last = lastDay();
    for (int g = start; g <= last; g++) {
      stepSignalRow(signal, g);
      if (g > last - KEPT_ROWS) {
        signalRing.keep(g, signal);
      }
    }
    signalDone = last;
  }

  private void stepSignalRow(Signal s, int g) {
    int r = g - u0;
    boolean inPrice = g >= a0 && g <= a1;
    boolean inMultiple = g >= m0 && g <= m1;
    boolean inCommon = inPrice && inMultiple;
    double p = Double.NaN;
    double v = Double.NaN;
    double percentageVol = Double.NaN;
    if (inPrice) {
      p = price.get(r);
      double ret = p - s.prevPrice;
      s.prevPrice = p;
      v = s.vol.next(ret);
      if (volMultiplier != 1.0) {
        v = v * volMultiplier;
      }
      vol.set(r, v);
      double d = inMultiple ? denom.get(r) : Double.NaN;
      if (d == d) {
        s.lastDenomOnPrice = d;
      }
      percentageVol = v / Math.abs(s.lastDenomOnPrice) * 100.0;
      if (v == v) {
        s.lastVolOnPrice = v;
      }
    }
    double rawCarry = (inMultiple ? roll.get(r) : Double.NaN) / (inPrice ? v * DefaultRawData.ROOT_BDAYS_INYEAR
        : Double.NaN);
    // raw and capped forecasts, the forecasts forward filled
    for (int k = 0; k < rules.length; k++) {
      SteppedRule rule = rules[k];
      if (!rule.onUnion() && !inPrice) {
        continue;
      }
      double f = SteppedRule.step(rule, s.means[k], p, s.lastVolOnPrice, rawCarry);
      if (f == 0.0) {
        f = Double.NaN; // zeros are no forecast, as pysystemtrade's rules return them
      }
      raw[k].set(r, f);
      double c = capped(k, f);
      if (c == c) {
        s.lastCapped[k] = c;
      }
      double scaled = c / averageAbsoluteForecastOfCosts;
      double change = Math.abs(scaled - s.turnoverLast[k]);
      if (change == change) {
        Kernels.kahanAdd(s.turnoverSum, s.turnoverComp, k, change);
        s.turnoverCount[k]++;
      }
      s.turnoverLast[k] = scaled;
    }
    boolean inForecast = forecastOnUnion || inPrice;
    if (weightsOnUnion || inPrice) {
      stepWeights(s, r);
    }
    double comb = Double.NaN;
    if (inForecast) {
      double sum = 0;
      for (int c = 0; c < variations.length; c++) {
        int j = weightOfVariation[c];
        if (j < 0) {
          continue; // a rule without a weight is not summed
        }
        double x = s.lastWeights[j] * s.lastCapped[variations[c]];
        if (x == x) {
          sum += x;
        }
      }
      double f = sum * fdm;
      comb = f < floor ? floor : (f > cap ? cap : f);
      combined.set(r, comb);
    }
    // position sizing
    double block = Double.NaN;
    if (inMultiple) {
      double d = denom.get(r);
      if (d == d) {
        s.lastDenomOnMultiple = d;
      }
      block = s.lastDenomOnMultiple * blockFactor;
    }
    if (inCommon) {
      if (block == block) {
        s.lastBlockOnCommon = block;
      }
      double ccyVol = s.lastBlockOnCommon * percentageVol;
      if (ccyVol == ccyVol) {
        s.lastCcyVolOnCommon = ccyVol;
        s.anyCurrencyVol = true;
      }
      double valueVol = s.lastCcyVolOnCommon * fx.padValueAt(BusinessDays.midnight(g));
      double vs = target / valueVol;
      volScalar.set(r, vs);
      s.lastVolScalar = vs;
    }
    if (inForecast) {
      double sub = s.lastVolScalar * comb / def.sizing.averageAbsoluteForecast();
      if (longOnly && sub < 0) {
        sub = 0.0;
      }
      subsystem.set(r, sub);
      if (sub == sub) {
        s.firstValidSubsystem = Math.min(s.firstValidSubsystem, g);
        if (sub != 0.0) {
          s.anyNonZeroSubsystem = true;
        }
      }
    }
  }

  private double capped(int k, double rawForecast) {
    double f = rawForecast * scalars[k];
    return f < floor ? floor : (f > cap ? cap : f);
  }

  /**
   * One day of the forecast weights: the raw weight of each weighted rule, 0 for a rule without a forecast yet once
   * any has one; smoothed; normalised to sum to 1.
   */
  private void stepWeights(Signal s, int r) {
    boolean any = false;
    for (int k : weighted) {
      any |= s.lastCapped[k] == s.lastCapped[k];
    }
    if (any) {
      s.weightsStarted = true;
    }
    double[] row = s.lastWeights;
    for (int j = 0; j < weighted.length; j++) {
      double fitted = s.weightsStarted && s.lastCapped[weighted[j]] != s.lastCapped[weighted[j]] ? 0.0
          : rawWeights[j];
      // moved onto business days, the mean of one value: (0 + v) / 1
      row[j] = s.weightMeans[j].next(fitted == 0.0 ? 0.0 : fitted);
    }
    WeightFitting.normaliseRow(row);
    for (int j = 0; j < weighted.length; j++) {
      weights[j].set(r, row[j]);
    }
  }

  // ------------------------------------------------------------------ the position phase

  /** The state of the position phase after a row. */
  private static final class Position {
    double lastWeight = Double.NaN;
    double lastIdm = Double.NaN;
    double lastVolScalar = Double.NaN;
    double lastNotional = Double.NaN;
    double lastBuffer = Double.NaN;
    double lastUpper = Double.NaN;
    double lastLower = Double.NaN;
    boolean started;
    double current;

    Position copy() {
      Position p = new Position();
      p.lastWeight = lastWeight;
      p.lastIdm = lastIdm;
      p.lastVolScalar = lastVolScalar;
      p.lastNotional = lastNotional;
      p.lastBuffer = lastBuffer;
      p.lastUpper = lastUpper;
      p.lastLower = lastLower;
      p.started = started;
      p.current = current;
      return p;
    }
  }

  /**
   * Steps the position phase from a day to the last forecast day: from the kept state of the day before it, or from
   * the first day if that state is no longer kept.
   *
   * @param from the first day whose inputs changed
   * @param portfolio the portfolio's instrument weights
   * @param column this instrument's column in them
   */
  void stepPosition(int from, PortfolioTrack portfolio, int column) {
    SnapshotRing.Resume<Position> resume = positionRing.resume(from, firstForecastDay(), positionDone, position,
        Position::new);
    position = resume.state();
    int start = resume.start();
    int last = lastForecastDay();
    for (int g = start; g <= last; g++) {
      stepPositionRow(position, g, portfolio.weight(column, g), portfolio.idm());
      if (g > last - KEPT_ROWS) {
        positionRing.keep(g, position);
      }
    }
    positionDone = last;
  }

  private void stepPositionRow(Position s, int g, double weight, double idm) {
    int r = g - u0;
    boolean inCommon = g >= firstCommonDay() && g <= lastCommonDay();
    if (weight == weight) {
      s.lastWeight = weight;
    }
    if (idm == idm) {
      s.lastIdm = idm;
    }
    double n = subsystem.get(r) * s.lastWeight * s.lastIdm;
    notional.set(r, n);
    double vs = inCommon ? volScalar.get(r) : Double.NaN;
    if (vs == vs) {
      s.lastVolScalar = vs;
    }
    double b;
    switch (def.portfolio.bufferMethod()) {
      case "forecast":
        b = Math.abs(s.lastVolScalar * s.lastWeight * s.lastIdm) * def.portfolio.bufferSize();
        break;
      case "position":
        b = Math.abs(n) * def.portfolio.bufferSize();
        break;
      default:
        b = 0.001; // pysystemtrade buffers by a tiny constant when it does not buffer
    }
    buffer.set(r, b);
    if (n == n) {
      s.lastNotional = n;
    }
    if (b == b) {
      s.lastBuffer = b;
    }
    double up = s.lastNotional + s.lastBuffer;
    double lo = s.lastNotional - s.lastBuffer;
    upper.set(r, up);
    lower.set(r, lo);
    if (up == up) {
      s.lastUpper = up;
    }
    if (lo == lo) {
      s.lastLower = lo;
    }
    // buffering, positions rounded to whole contracts
    double o = Math.rint(s.lastNotional);
    if (!s.started) {
      s.started = true;
      s.current = o == o ? o : 0.0;
    } else {
      double t = Math.rint(s.lastUpper);
      double bo = Math.rint(s.lastLower);
      if (t == t && bo == bo && o == o) {
        if (s.current > t) {
          s.current = def.accounts.bufferTradeToEdge() ? t : o;
        } else if (s.current < bo) {
          s.current = def.accounts.bufferTradeToEdge() ? bo : o;
        }
      }
    }
    buffered.set(r, s.current);
  }

  // ------------------------------------------------------------------ series

  /** A column's rows from one day to another as a series stamped at midnight. */
  private TimeSeries series(Column c, int from, int to) {
    int n = Math.max(0, to - from + 1);
    long[] t = new long[n];
    for (int i = 0; i < n; i++) {
      t[i] = BusinessDays.midnight(from + i);
    }
    return TimeSeries.ofOwned(t, c.copy(from - u0, from - u0 + n));
  }

  TimeSeries dailyPrices() {
    return series(price, a0, a1);
  }

  TimeSeries dailyReturnsVolatility() {
    return series(vol, a0, a1);
  }

  /** The daily prices from a day on. */
  TimeSeries dailyPricesFrom(int day) {
    return series(price, Math.max(day, a0), a1);
  }

  /** The daily price volatility from a day on. */
  TimeSeries dailyReturnsVolatilityFrom(int day) {
    return series(vol, Math.max(day, a0), a1);
  }

  TimeSeries dailyDenominatorPrice() {
    return series(denom, m0, m1);
  }

  TimeSeries dailyAnnualisedRoll() {
    return series(roll, m0, m1);
  }

  TimeSeries rawCarry() {
    TimeSeries r = series(roll, u0, lastDay());
    double[] out = r.values();
    for (int g = u0; g <= lastDay(); g++) {
      boolean inPrice = g >= a0 && g <= a1;
      boolean inMultiple = g >= m0 && g <= m1;
      out[g - u0] = (inMultiple ? out[g - u0] : Double.NaN) / (inPrice ? vol.get(g - u0)
          * DefaultRawData.ROOT_BDAYS_INYEAR : Double.NaN);
    }
    return r.withValuesOwned(out);
  }

  private int ruleIndex(RuleName rule) {
    int k = ruleNames.indexOf(rule);
    if (k < 0) {
      throw new IllegalArgumentException("unknown trading rule '" + rule + "'; the system's rules are " + ruleNames);
    }
    return k;
  }

  TimeSeries rawForecast(RuleName rule) {
    int k = ruleIndex(rule);
    return rules[k].onUnion() ? series(raw[k], u0, lastDay()) : series(raw[k], a0, a1);
  }

  TimeSeries cappedForecast(RuleName rule) {
    TimeSeries r = rawForecast(rule);
    int k = ruleIndex(rule);
    double[] v = r.values();
    for (int i = 0; i < v.length; i++) {
      v[i] = capped(k, v[i]);
    }
    return r.withValuesOwned(v);
  }

  List<RuleName> ruleVariations() {
    List<RuleName> out = new ArrayList<>();
    for (int k : variations) {
      out.add(ruleNames.get(k));
    }
    return out;
  }

  /** The forecast weights: names and columns on their days. */
  Map<String, TimeSeries> forecastWeights() {
    Map<String, TimeSeries> out = new java.util.LinkedHashMap<>();
    int from = weightsOnUnion ? u0 : a0;
    int to = weightsOnUnion ? lastDay() : a1;
    for (int j = 0; j < weighted.length; j++) {
      out.put(ruleNames.get(weighted[j]).value(), series(weights[j], from, to));
    }
    return out;
  }

  TimeSeries forecastDiversificationMultiplier() {
    return TimeSeries.constant(series(combined, firstForecastDay(), lastForecastDay()).timesView(), fdm);
  }

  TimeSeries combinedForecast() {
    return series(combined, firstForecastDay(), lastForecastDay());
  }

  TimeSeries volatilityScalar() {
    return series(volScalar, firstCommonDay(), lastCommonDay());
  }

  TimeSeries subsystemPosition() {
    return series(subsystem, firstForecastDay(), lastForecastDay());
  }

  /** The subsystem position of a day (NaN outside the forecast's days). */
  double subsystemAt(int g) {
    return g >= firstForecastDay() && g <= lastForecastDay() ? subsystem.get(g - u0) : Double.NaN;
  }

  TimeSeries notionalPosition() {
    return series(notional, firstForecastDay(), lastForecastDay());
  }

  TimeSeries buffer() {
    return series(buffer, firstForecastDay(), lastForecastDay());
  }

  TimeSeries upperBuffer() {
    return series(upper, firstForecastDay(), lastForecastDay());
  }

  TimeSeries lowerBuffer() {
    return series(lower, firstForecastDay(), lastForecastDay());
  }

  TimeSeries bufferedPosition() {
    return series(buffered, firstForecastDay(), lastForecastDay());
  }

  InstrumentMeta meta() {
    return meta;
  }

  /** The rule variations cheap enough to be weighted, as the track was made. */
  List<RuleName> cheapRules() {
    return cheapRules;
  }

  /**
   * A rule's forecast turnover (pysystemtrade's {@code turnover} of the capped forecast over the average absolute
   * forecast: the mean absolute daily change times 256), from the running Kahan sum of the changes: within a few
   * units in the last place of the value pysystemtrade's pairwise sum gives, NaN if there is no change yet.
   */
  double turnover(RuleName rule) {
    int k = ruleIndex(rule);
    int n = signal.turnoverCount[k];
    return n == 0 ? Double.NaN : signal.turnoverSum[k] / n * 256;
  }

  /** The number of rows of a rule's capped forecast. */
  int forecastLength(RuleName rule) {
    return rules[ruleIndex(rule)].onUnion() ? lastDay() - u0 + 1 : a1 - a0 + 1;
  }

  /** The SR cost of one trade, as the cost estimates compute it from the last year of prices. */
  double costPerTrade() {
    // the last calendar year of prices is within the last 300 business days
    int from = a1 - 300;
    return SrCosts.costPerTrade(meta, dailyPricesFrom(from), dailyReturnsVolatilityFrom(from));
  }

  int rollsPerYear() {
    return rollsPerYear;
  }

  /**
   * The latest optimal position at or before a day: the row of the last valid notional position, with its buffers
   * and the buffered position then.
   *
   * @return {@code {row's day, notional, lower, upper, held}}, or null
   */
  double[] latestOptimal(int day) {
    int first = firstForecastDay();
    for (int g = Math.min(day, lastForecastDay()); g >= first; g--) {
      double n = notional.get(g - u0);
      if (n == n) {
        return new double[] {g, n, lastValid(lower, g), lastValid(upper, g), lastValid(buffered, g)};
      }
    }
    return null;
  }

  private double lastValid(Column c, int g) {
    for (int d = g; d >= firstForecastDay(); d--) {
      double v = c.get(d - u0);
      if (v == v) {
        return v;
      }
    }
    return Double.NaN;
  }
}
