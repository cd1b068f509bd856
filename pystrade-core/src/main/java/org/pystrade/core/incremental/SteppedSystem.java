package org.pystrade.core.incremental;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.pystrade.core.accounts.DefaultAccounts;
import org.pystrade.core.data.CheckedSimData;
import org.pystrade.core.data.DataException;
import org.pystrade.core.data.DataDefect;
import org.pystrade.core.data.DefectAction;
import org.pystrade.core.data.DefectPolicy;
import org.pystrade.core.data.InstrumentFailure;
import org.pystrade.core.data.MultiplePrices;
import org.pystrade.core.domain.InstrumentCode;
import org.pystrade.core.domain.Quantity;
import org.pystrade.core.domain.ReasonCode;
import org.pystrade.core.pandl.CashCosts;
import org.pystrade.core.pandl.PandlCurve;
import org.pystrade.core.pandl.SrCosts;
import org.pystrade.core.rules.RuleName;
import org.pystrade.core.series.TimeSeries;
import org.pystrade.core.series.Timestamps;
import org.pystrade.core.system.OptimalPosition;
import org.pystrade.core.system.TradingSystem;

/**
 * A system with fixed parameters computed one business day at a time: one {@link InstrumentTrack} per instrument of
 * the portfolio and the {@link PortfolioTrack} of the instrument weights. Appending bars steps each instrument's
 * signal phase from the first day they change, then the weights from the first day that changes, then each
 * instrument's position phase; a day is stepped again only when its inputs change. What cannot be stepped (a change
 * of which instruments have a non-zero position, a data defect the config does not keep, a rule becoming too
 * expensive) asks the caller to compute the system again in full.
 */
final class SteppedSystem {

  /** Why an append cannot be stepped. */
  enum Outcome {
    /** Stepped. */
    STEPPED,
    /** The system must be computed again in full on the data with the bars. */
    RECOMPUTE
  }

  private final StepDefinition def;
  private final List<InstrumentTrack> tracks;
  private final Map<InstrumentCode, Integer> columns = new LinkedHashMap<>();
  private final PortfolioTrack portfolio;
  private final DefectPolicy policy;
  /**
   * Instruments left out of the portfolio for too little data, stepped as far as their forecasts: their forecast
   * turnover is pooled with the portfolio's, and they join it once they have a volatility.
   */
  private final List<InstrumentTrack> outside;
  private final Map<InstrumentCode, InstrumentTrack> outsideByCode = new LinkedHashMap<>();
  /** The rules of the pooled turnovers with a member outside the portfolio that is not stepped. */
  private final Set<List<RuleName>> openPools;
  /** Configured instruments left out for data that more bars may bring, with their last bars' times. */
  private final Map<InstrumentCode, long[]> waiting;

  private SteppedSystem(StepDefinition def, List<InstrumentTrack> tracks, List<InstrumentTrack> outside,
      PortfolioTrack portfolio, DefectPolicy policy, Map<InstrumentCode, long[]> waiting,
      Set<List<RuleName>> openPools) {
    this.openPools = openPools;
    this.outside = outside;
    outside.forEach(t -> outsideByCode.put(t.code, t));
    this.def = def;
    this.tracks = tracks;
    for (int i = 0; i < tracks.size(); i++) {
      columns.put(tracks.get(i).code, i);
    }
    this.portfolio = portfolio;
    this.policy = policy;
    this.waiting = waiting;
  }

  /**
   * Steps a system's whole history.
   *
   * @param system the system
   * @return the stepped system
   * @throws StepDefinition.NotSteppable naming why it cannot be stepped
   */
  static SteppedSystem start(TradingSystem system) {
    StepDefinition def = StepDefinition.of(system);
    CheckedSimData data = system.data();
    if (data.policy().action(DataDefect.Kind.ADJUSTED_PRICE_MISMATCH) != DefectAction.KEEP) {
      throw new StepDefinition.NotSteppable("the config does not keep adjusted prices moving without their "
          + "contract (data_defects), which appended bars are not checked for");
    }
    double ceiling = def.combination.postCeilingCostSr();
    SrCosts costs = ((DefaultAccounts) system.accounts()).srCosts();
    List<InstrumentTrack> tracks = system.context().parallel().map(def.instruments, code -> {
      InstrumentTrack t = new InstrumentTrack(def, code, data.meta(code), system.rawData().rollsPerYear(code),
          system.rawData().dailyPrices(code), system.rawData().dailyDenominatorPrice(code),
          system.rawData().dailyAnnualisedRoll(code), data.multiplePrices(code), data.adjustedPrices(code),
          system.positionSizing().fxRate(code), costs.cheapRules(code, ceiling));
      t.stepSignal(Integer.MIN_VALUE);
      return t;
    });
    Map<InstrumentCode, long[]> waiting = new LinkedHashMap<>();
    List<InstrumentTrack> outside = new ArrayList<>();
    for (InstrumentFailure f : system.portfolio().failures()) {
      if (f.code() != ReasonCode.INSUFFICIENT_DATA && f.code() != ReasonCode.NO_FX_RATE) {
        continue; // left out for what more bars do not change
      }
      InstrumentTrack t = outsideTrack(system, def, f.instrument());
      if (t != null) {
        outside.add(t);
      } else if (f.code() == ReasonCode.NO_FX_RATE) {
        // prices do not bring an FX rate: it waits for rates
        waiting.put(f.instrument(), new long[] {Long.MAX_VALUE, Long.MAX_VALUE,
            lastTime(() -> data.fxRateForInstrument(f.instrument(), def.baseCurrency))});
      } else {
        waiting.put(f.instrument(), new long[] {lastTime(() -> data.adjustedPrices(f.instrument())),
            lastTime(() -> data.multiplePrices(f.instrument()).price()), Long.MAX_VALUE});
      }
    }
    Set<List<RuleName>> openPools = def.costs.usePooledTurnover() ? poolsBeyondThePortfolio(system, def, outside)
        : Set.of();
    Map<InstrumentCode, List<RuleName>> cheap = cheapRules(def, tracks, outside, openPools);
    for (InstrumentTrack t : tracks) {
      if (!t.cheapRules().equals(cheap.get(t.code))) {
        throw new StepDefinition.NotSteppable("which rules of " + t.code + " are cheap enough for "
            + "forecast_post_ceiling_cost_SR is too close to call from the running turnover");
      }
    }
    PortfolioTrack portfolio = new PortfolioTrack(def, tracks);
    portfolio.step();
    system.context().parallel().map(tracks, t -> {
      t.stepPosition(Integer.MIN_VALUE, portfolio, tracks.indexOf(t));
      return t;
    });
    return new SteppedSystem(def, List.copyOf(tracks), List.copyOf(outside), portfolio, data.policy(), waiting,
        openPools);
  }

  private static long lastTime(java.util.function.Supplier<TimeSeries> series) {
    try {
      TimeSeries s = series.get();
      return s.isEmpty() ? Long.MIN_VALUE : s.time(s.size() - 1);
    } catch (RuntimeException ex) {
      return Long.MIN_VALUE;
    }
  }

  /**
   * The track of an instrument left out of the portfolio for too little data, stepped as far as its forecasts, or
   * null if its data cannot make one (no prices yet, no FX rate).
   */
  private static InstrumentTrack outsideTrack(TradingSystem system, StepDefinition def, InstrumentCode code) {
    try {
      CheckedSimData data = system.data();
      InstrumentTrack t = new InstrumentTrack(def, code, data.meta(code), system.rawData().rollsPerYear(code),
          system.rawData().dailyPrices(code), system.rawData().dailyDenominatorPrice(code),
          system.rawData().dailyAnnualisedRoll(code), data.multiplePrices(code), data.adjustedPrices(code),
          system.positionSizing().fxRate(code), def.variations.of(code));
      t.stepSignal(Integer.MIN_VALUE);
      return t.hasPositionOrVolatility() ? null : t;
    } catch (DataException | StepDefinition.NotSteppable ex) {
      return null;
    }
  }

  /**
   * The pools of the forecast turnover (instruments with the same rules) with a member outside the portfolio: an
   * instrument left out of it whose forecasts can be computed takes part in the pooled turnover, and it is not
   * stepped.
   */
  private static Set<List<RuleName>> poolsBeyondThePortfolio(TradingSystem system, StepDefinition def,
      List<InstrumentTrack> outside) {
    List<InstrumentCode> readable = system.context().instrumentsWithSetup();
    Set<List<RuleName>> out = new HashSet<>();
    for (InstrumentCode code : system.configuredInstruments()) {
      if (def.instruments.contains(code) || !readable.contains(code)
          || outside.stream().anyMatch(t -> t.code.equals(code))) {
        continue;
      }
      for (RuleName r : def.variations.of(code)) {
        try {
          system.forecastScaleCap().cappedForecast(code, r);
          system.data().checkPrices(code);
          out.add(def.variations.of(code));
        } catch (DataException ex) {
          // not pooled for this rule
        }
      }
    }
    return out;
  }

  /**
   * The rules of each instrument cheap enough for {@code forecast_post_ceiling_cost_SR} (pysystemtrade's {@code
   * _cheap_trading_rules}): those whose SR cost, the forecast turnover (pooled over the instruments with the same
   * rules, weighted by the forecasts' lengths, if {@code use_pooled_turnover}) times the cost of a trade plus the
   * holding cost, is at most the ceiling. The turnover is the running one ({@link InstrumentTrack#turnover}), a few
   * units in the last place from the one pysystemtrade sums over the whole history: a cost within a billionth of
   * the ceiling cannot be called, and the instrument's entry is null. In a pool with a member outside the portfolio
   * (not stepped) the turnover is only known to be between 0 and its largest value, {@code (cap - floor) /
   * average_absolute_forecast * 256} a year: the rules are called only if the cost is on the same side of the
   * ceiling over the whole range.
   */
  private static Map<InstrumentCode, List<RuleName>> cheapRules(StepDefinition def, List<InstrumentTrack> tracks,
      List<InstrumentTrack> outside, Set<List<RuleName>> openPools) {
    double maxTurnover = (def.scaleCap.forecastCap() - def.forecastFloor()) / def.costs.averageAbsoluteForecast()
        * 256 * 1.001;
    double ceiling = def.combination.postCeilingCostSr();
    Map<InstrumentCode, InstrumentTrack> byCode = new LinkedHashMap<>();
    tracks.forEach(t -> byCode.put(t.code, t));
    outside.forEach(t -> byCode.put(t.code, t));
    Map<List<Object>, Double> pooled = new java.util.HashMap<>();
    Map<InstrumentCode, List<RuleName>> out = new LinkedHashMap<>();
    for (InstrumentTrack t : tracks) {
      double cpt = t.costPerTrade();
      double holding = t.rollsPerYear() * 2.0 * cpt;
      List<RuleName> cheap = new ArrayList<>();
      boolean called = true;
      boolean open = openPools.contains(t.ruleVariations());
      for (RuleName r : t.ruleVariations()) {
        if (open) {
          if (cpt != cpt || holding > ceiling * (1 + 1e-9)) {
            continue; // expensive whatever the turnover
          }
          if (maxTurnover * cpt + holding <= ceiling * (1 - 1e-9)) {
            cheap.add(r);
          } else {
            called = false;
          }
          continue;
        }
        double turnover;
        if (def.costs.usePooledTurnover()) {
          List<InstrumentCode> pool = def.variations.instrumentsWithSameRules(t.code);
          turnover = pooled.computeIfAbsent(List.of(pool, r), k -> pooledTurnover(pool, r, byCode));
        } else {
          turnover = t.turnover(r);
        }
        double cost = turnover * cpt + holding;
        if (cost != cost) {
          continue; // not at most the ceiling, whatever the turnover's last bits
        }
        if (Math.abs(cost - ceiling) <= 1e-9 * Math.max(Math.abs(cost), Math.abs(ceiling))) {
          called = false;
        } else if (cost <= ceiling) {
          cheap.add(r);
        }
      }
      out.put(t.code, called ? List.copyOf(cheap) : null);
    }
    return out;
  }

  private static double pooledTurnover(List<InstrumentCode> pool, RuleName rule,
      Map<InstrumentCode, InstrumentTrack> tracks) {
    List<InstrumentTrack> members = new ArrayList<>();
    for (InstrumentCode c : pool) {
      if (tracks.containsKey(c)) {
        members.add(tracks.get(c));
      }
    }
    double[] weights = new double[members.size()];
    double[] turnovers = new double[members.size()];
    double total = 0;
    for (int i = 0; i < weights.length; i++) {
      weights[i] = members.get(i).forecastLength(rule);
      total += weights[i];
      turnovers[i] = members.get(i).turnover(rule);
    }
    for (int i = 0; i < weights.length; i++) {
      weights[i] /= total;
    }
    return SrCosts.weightedAverageWithNans(weights, turnovers);
  }

  /**
   * Appends bars and steps what they change.
   *
   * @param bars the new bars of each instrument (those of instruments outside the system are ignored)
   * @return whether the bars were stepped or the system must be computed again in full
   * @throws org.pystrade.core.data.DataException if a bar does not follow the last one of its series (nothing is
   *     appended then)
   */
  Outcome append(Map<InstrumentCode, Bars> bars) {
    for (Map.Entry<InstrumentCode, Bars> e : bars.entrySet()) {
      long[] last = waiting.get(e.getKey());
      if (last != null && (e.getValue().hasAdjustedAfter(last[0]) || e.getValue().hasMultipleAfter(last[1])
          || e.getValue().hasFxAfter(last[2]))) {
        return Outcome.RECOMPUTE; // an instrument left out for too little data, or no FX rate, may now have it
      }
      InstrumentTrack t = trackOrOutside(e.getKey());
      if (t != null) {
        t.checkFollows(e.getValue());
        if (defective(e.getValue())) {
          return Outcome.RECOMPUTE;
        }
      }
    }
    Map<InstrumentTrack, Integer> changed = new LinkedHashMap<>();
    for (Map.Entry<InstrumentCode, Bars> e : bars.entrySet()) {
      InstrumentTrack t = trackOrOutside(e.getKey());
      if (t == null) {
        continue;
      }
      Bars b = e.getValue();
      int from = Math.min(t.addAdjusted(b.adjusted().timesView(), b.adjusted().valuesView()),
          t.addMultiple(b.multiple()));
      int fromFx = t.addFx(b.fx().timesView(), b.fx().valuesView());
      from = Math.min(from, fromFx <= t.lastDay() ? fromFx : Integer.MAX_VALUE);
      if (from != Integer.MAX_VALUE) {
        changed.put(t, from);
      }
    }
    if (changed.isEmpty()) {
      return Outcome.STEPPED;
    }
    for (Map.Entry<InstrumentTrack, Integer> e : changed.entrySet()) {
      InstrumentTrack t = e.getKey();
      boolean nonZero = t.anyNonZeroSubsystem();
      t.stepSignal(e.getValue());
      if (outsideByCode.containsKey(t.code) ? t.hasPositionOrVolatility() : t.anyNonZeroSubsystem() != nonZero) {
        // an instrument joins the portfolio, or the raw instrument weights change over the whole history
        return Outcome.RECOMPUTE;
      }
    }
    Map<InstrumentCode, List<RuleName>> cheap = cheapRules(def, tracks, outside, openPools);
    for (InstrumentTrack t : tracks) {
      if (!t.cheapRules().equals(cheap.get(t.code))) {
        return Outcome.RECOMPUTE; // the rules combined change over the whole history
      }
    }
    int weightsChanged = portfolio.step();
    for (int i = 0; i < tracks.size(); i++) {
      InstrumentTrack t = tracks.get(i);
      int from = Math.min(changed.getOrDefault(t, Integer.MAX_VALUE), weightsChanged);
      if (from <= t.lastForecastDay()) {
        t.stepPosition(from, portfolio, i);
      }
    }
    return Outcome.STEPPED;
  }

  /** Whether bars hold a value the data's checks would report as a defect the config does not keep. */
  private boolean defective(Bars b) {
    if (policy.action(DataDefect.Kind.NON_POSITIVE_PRICE) != DefectAction.KEEP) {
      for (double v : b.adjusted().valuesView()) {
        if (Double.isInfinite(v)) {
          return true;
        }
      }
      MultiplePrices mp = b.multiple();
      if (notPositive(mp.price()) || notPositive(mp.carry()) || notPositive(mp.forward())) {
        return true;
      }
    }
    return policy.action(DataDefect.Kind.NON_POSITIVE_FX_RATE) != DefectAction.KEEP && notPositive(b.fx());
  }

  private static boolean notPositive(TimeSeries s) {
    for (double v : s.valuesView()) {
      if (v <= 0 || v == Double.POSITIVE_INFINITY) {
        return true;
      }
    }
    return false;
  }

  // ------------------------------------------------------------------ results

  List<InstrumentCode> instruments() {
    return def.instruments;
  }

  private InstrumentTrack trackOrOutside(InstrumentCode code) {
    Integer column = columns.get(code);
    return column != null ? tracks.get(column) : outsideByCode.get(code);
  }

  /** The instruments left out of the portfolio for too little data that are stepped as far as their forecasts. */
  List<InstrumentTrack> outsideTracks() {
    return outside;
  }

  /**
   * The configured instruments left out for data more bars may bring, with the times of their last adjusted price,
   * multiple prices and FX rate ({@link Long#MAX_VALUE} for what they do not wait for).
   */
  Map<InstrumentCode, long[]> waitingInstruments() {
    return waiting;
  }

  InstrumentTrack track(InstrumentCode code) {
    Integer column = columns.get(code);
    if (column == null) {
      throw new IllegalArgumentException("instrument " + code + " is not in the portfolio; its instruments are "
          + def.instruments);
    }
    return tracks.get(column);
  }

  PortfolioTrack portfolio() {
    return portfolio;
  }

  /** An instrument's P&amp;L as the accounts compute it (fills delayed a day, whole contracts). */
  PandlCurve pandl(InstrumentCode code) {
    InstrumentTrack t = track(code);
    return CashCosts.calculator(t.meta(), t.bufferedPosition(), t.dailyPrices(), t.fx.toSeries(), t.rollsPerYear(),
        def.cashCosts, def.sizing.volTarget().notionalCapital()).delayFill(true).roundPositions(true).build()
        .calculate();
  }

  /** The portfolio's P&amp;L as the accounts compute it (instruments with a defective P&amp;L left out if asked). */
  PandlCurve portfolioPandl() {
    List<TimeSeries> gross = new ArrayList<>();
    List<TimeSeries> costs = new ArrayList<>();
    List<TimeSeries> net = new ArrayList<>();
    for (InstrumentCode code : def.instruments) {
      PandlCurve pc = pandl(code);
      if (def.accounts.leaveOutDefective() && DefaultAccounts.defect(pc) != null) {
        continue;
      }
      gross.add(pc.gross());
      costs.add(pc.costs());
      net.add(pc.net());
    }
    return new PandlCurve(DefaultAccounts.sumOnUnion(gross), DefaultAccounts.sumOnUnion(costs),
        DefaultAccounts.sumOnUnion(net), def.sizing.volTarget().notionalCapital());
  }

  /** Each instrument's latest optimal position, as {@link TradingSystem#optimalPositions()} gives them. */
  Map<InstrumentCode, OptimalPosition> optimalPositions() {
    Map<InstrumentCode, OptimalPosition> out = new LinkedHashMap<>();
    for (InstrumentTrack t : tracks) {
      double[] o = t.latestOptimal(Integer.MAX_VALUE);
      if (o == null || !Double.isFinite(o[2]) || !Double.isFinite(o[3]) || !Double.isFinite(o[4])) {
        continue;
      }
      LocalDateTime time = Timestamps.toDateTime(BusinessDays.midnight((int) o[0]));
      out.put(t.code, new OptimalPosition(t.code, time, o[1], o[2], o[3], Quantity.of(o[4]),
          def.portfolio.bufferTradeToEdge()));
    }
    return Collections.unmodifiableMap(out);
  }
}
