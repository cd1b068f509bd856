package org.pystrade.core.incremental;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.pystrade.core.accounts.DefaultAccounts;
import org.pystrade.core.data.CheckedSimData;
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
  /** Configured instruments left out for data that more bars may bring, with their last bars' times. */
  private final Map<InstrumentCode, long[]> waiting;

  private SteppedSystem(StepDefinition def, List<InstrumentTrack> tracks, PortfolioTrack portfolio,
      DefectPolicy policy, Map<InstrumentCode, long[]> waiting) {
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
    List<InstrumentTrack> tracks = system.context().parallel().map(def.instruments, code -> {
      InstrumentTrack t = new InstrumentTrack(def, code, data.meta(code), system.rawData().rollsPerYear(code),
          system.rawData().dailyPrices(code), system.rawData().dailyDenominatorPrice(code),
          system.rawData().dailyAnnualisedRoll(code), data.multiplePrices(code), data.adjustedPrices(code),
          system.positionSizing().fxRate(code));
      t.stepSignal(Integer.MIN_VALUE);
      return t;
    });
    for (InstrumentTrack t : tracks) {
      if (!cheap(def, t)) {
        throw new StepDefinition.NotSteppable("the rules of " + t.code + " may cost more than "
            + "forecast_post_ceiling_cost_SR: which rules it combines depends on their turnover over the whole "
            + "history");
      }
    }
    PortfolioTrack portfolio = new PortfolioTrack(def, tracks);
    portfolio.step();
    system.context().parallel().map(tracks, t -> {
      t.stepPosition(Integer.MIN_VALUE, portfolio, tracks.indexOf(t));
      return t;
    });
    Map<InstrumentCode, long[]> waiting = new LinkedHashMap<>();
    for (InstrumentFailure f : system.portfolio().failures()) {
      if (f.code() == ReasonCode.INSUFFICIENT_DATA || f.code() == ReasonCode.NO_FX_RATE) {
        waiting.put(f.instrument(), new long[] {lastTime(() -> data.adjustedPrices(f.instrument())),
            lastTime(() -> data.multiplePrices(f.instrument()).price())});
      }
    }
    return new SteppedSystem(def, List.copyOf(tracks), portfolio, data.policy(), waiting);
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
   * Whether every rule of an instrument is certainly cheap enough to keep in its forecast weights: its SR cost (the
   * turnover of its capped forecast times the cost of a trade, plus the holding cost) is at most {@code
   * forecast_post_ceiling_cost_SR} whatever the turnover, the turnover of a forecast capped at {@code [floor, cap]}
   * being at most {@code (cap - floor) / average_absolute_forecast * 256} a year. The default ceiling (999) keeps
   * every rule; a ceiling closer to the costs needs the turnover over the whole history, which is not stepped.
   */
  private static boolean cheap(StepDefinition def, InstrumentTrack t) {
    int from = Math.max(t.firstPriceDay(), t.lastPriceDay() - 300);
    double cpt = SrCosts.costPerTrade(t.meta(), slice(t.dailyPrices(), from), slice(t.dailyReturnsVolatility(),
        from));
    double maxTurnover = (def.scaleCap.forecastCap() - def.forecastFloor()) / def.costs.averageAbsoluteForecast()
        * 256 * 1.001;
    double holding = t.rollsPerYear() * 2.0 * cpt;
    return maxTurnover * cpt + holding <= def.combination.postCeilingCostSr();
  }

  private static TimeSeries slice(TimeSeries s, int fromDay) {
    return s.slice(BusinessDays.midnight(fromDay), Long.MAX_VALUE);
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
      if (last != null && (e.getValue().hasAdjustedAfter(last[0]) || e.getValue().hasMultipleAfter(last[1]))) {
        return Outcome.RECOMPUTE; // an instrument left out for too little data may now have enough
      }
      Integer column = columns.get(e.getKey());
      if (column != null) {
        tracks.get(column).checkFollows(e.getValue());
        if (defective(e.getValue())) {
          return Outcome.RECOMPUTE;
        }
      }
    }
    Map<InstrumentTrack, Integer> changed = new LinkedHashMap<>();
    for (Map.Entry<InstrumentCode, Bars> e : bars.entrySet()) {
      Integer column = columns.get(e.getKey());
      if (column == null) {
        continue;
      }
      InstrumentTrack t = tracks.get(column);
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
      if (t.anyNonZeroSubsystem() != nonZero || !cheap(def, t)) {
        // the raw instrument weights, or the rules combined, change over the whole history
        return Outcome.RECOMPUTE;
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

  /** The configured instruments left out for data more bars may bring, with the times of their last bars. */
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
