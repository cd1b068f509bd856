package org.pystrade.core.accounts;

import java.util.ArrayList;
import java.util.List;
import org.pystrade.core.calc.Parallel;
import org.pystrade.core.calc.StageKey;
import org.pystrade.core.config.SystemConfig;
import org.pystrade.core.data.DataException;
import org.pystrade.core.data.InstrumentCode;
import org.pystrade.core.data.InstrumentFailure;
import org.pystrade.core.pandl.Buffering;
import org.pystrade.core.pandl.CostModel;
import org.pystrade.core.pandl.PandlCalculator;
import org.pystrade.core.pandl.PandlCurve;
import org.pystrade.core.pandl.SrCostPandl;
import org.pystrade.core.pandl.SrCosts;
import org.pystrade.core.portfolio.Portfolio;
import org.pystrade.core.rules.RuleName;
import org.pystrade.core.series.Index;
import org.pystrade.core.series.TimeSeries;
import org.pystrade.core.series.Timestamps;
import org.pystrade.core.system.TradingSystem;

/**
 * pysystemtrade's accounts with cash costs (SR costs are used when {@code use_SR_costs} is true).
 */
public class DefaultAccounts implements Accounts {

  /**
   * Config key (pystrade's own): when true, instruments whose P&amp;L looks defective are left out of the portfolio
   * instead of summed into it as pysystemtrade sums them.
   */
  public static final String LEAVE_OUT_KEY = "leave_out_defective_instruments";

  private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(DefaultAccounts.class);

  private final TradingSystem system;
  private final SrCosts srCosts;

  /**
   * Creates the stage.
   *
   * @param system the system
   */
  public DefaultAccounts(TradingSystem system) {
    this.system = system;
    this.srCosts = new SrCosts(system);
  }

  /**
   * The Sharpe-ratio cost calculator of this system.
   *
   * @return the calculator
   */
  public SrCosts srCosts() {
    return srCosts;
  }

  @Override
  public TimeSeries bufferedPosition(InstrumentCode code, boolean roundPositions) {
    return system.memo().get(new StageKey("accounts", "bufferedPosition", code, roundPositions), () -> {
      Portfolio p = system.portfolio();
      TimeSeries optimal = p.notionalPosition(code);
      SystemConfig c = system.config();
      // buffer_method none buffers by 0.001 contracts, as in pysystemtrade
      return Buffering.apply(optimal, p.upperBuffer(code), p.lowerBuffer(code),
          c.getBoolean("buffer_trade_to_edge"), roundPositions);
    });
  }

  @Override
  public PandlCurve pandlForInstrument(InstrumentCode code, boolean delayFill, boolean roundPositions) {
    return system.memo().get(new StageKey("accounts", "pandl", code, List.of(delayFill, roundPositions)), () -> {
      SystemConfig c = system.config();
      TimeSeries positions = bufferedPosition(code, roundPositions);
      TimeSeries price = system.rawData().dailyPrices(code).reindexPad(positions);
      if (c.getBoolean("use_SR_costs")) {
        TimeSeries volScalar = system.positionSizing().volatilityScalar(code);
        TimeSeries scaling = system.portfolio().instrumentWeights().column(code.value())
            .times(system.portfolio().instrumentDiversificationMultiplier());
        // the average position at portfolio level (volatility scalar x instrument weight x IDM) is what the
        // turnover is measured against (pysystemtrade's instrument_turnover) and what the cost is scaled by
        TimeSeries averagePosition = scaling.reindexPad(volScalar).times(volScalar);
        double turnover = SrCosts.turnover(positions, averagePosition);
        double srCost = srCosts.holdingCost(code) + turnover * srCosts.costPerTrade(code);
        return SrCostPandl.calculate(positions, price, system.positionSizing().fxRate(code),
            system.data().meta(code).pointSize(), srCost, averagePosition,
            system.rawData().dailyReturnsVolatility(code), delayFill, roundPositions,
            system.positionSizing().notionalCapital());
      }
      return cashCostCalculator(system, code, positions)
          .delayFill(delayFill)
          .roundPositions(roundPositions)
          .build()
          .calculate();
    });
  }

  /**
   * A cash-cost P&amp;L calculator for some positions of an instrument, set up from the system as pysystemtrade sets
   * it up: the daily price on the positions' index, the instrument's FX rate, point size, costs and rolls, the
   * config's {@code multiply_roll_costs_by} and {@code vol_normalise_currency_costs}, the notional capital. Callers
   * choose the fill delay and rounding (and may override anything else).
   *
   * @param system the system
   * @param code the instrument
   * @param positions the positions held (before fill delay and rounding)
   * @return the prepared builder
   */
  public static PandlCalculator.Builder cashCostCalculator(TradingSystem system, InstrumentCode code,
      TimeSeries positions) {
    SystemConfig c = system.config();
    return PandlCalculator.builder()
        .positions(positions)
        .price(system.rawData().dailyPrices(code).reindexPad(positions))
        .fx(system.positionSizing().fxRate(code))
        .pointSize(system.data().meta(code).pointSize())
        .costs(CostModel.of(system.data().meta(code)))
        .rollsPerYear(system.rawData().rollsPerYear(code))
        .multiplyRollCostsBy(c.getDouble("multiply_roll_costs_by"))
        .volNormaliseCosts(c.getBoolean("vol_normalise_currency_costs"))
        .capital(system.positionSizing().notionalCapital());
  }

  @Override
  public PandlCurve pandlForInstrumentForecast(InstrumentCode code, RuleName rule) {
    return system.memo().get(new StageKey("accounts", "pandlForecast", code, rule),
        () -> forecastPandl(code, rule, null));
  }

  private PandlCurve forecastPandl(InstrumentCode code, RuleName rule, TimeSeries weight) {
    TimeSeries forecast = system.forecastScaleCap().cappedForecast(code, rule);
    TimeSeries price = system.rawData().dailyPrices(code).reindexPad(forecast);
    TimeSeries vol = system.rawData().dailyReturnsVolatility(code);
    double capital = system.positionSizing().notionalCapital();
    double riskTarget = system.config().getDouble("percentage_vol_target") / 100.0;
    double pointSize = system.data().meta(code).pointSize();
    double dailyCashVolTarget = capital * riskTarget / 16.0;
    TimeSeries averagePosition = vol.map(v -> dailyCashVolTarget / (v * pointSize));
    TimeSeries positions = averagePosition.reindexPad(forecast)
        .times(forecast.dividedBy(system.config().getDouble("average_absolute_forecast")));
    if (weight != null) {
      positions = positions.times(weight.reindexThenFfill(positions.timesView()));
      averagePosition = averagePosition.times(weight.reindexThenFfill(averagePosition.timesView()));
    }
    return SrCostPandl.calculate(positions, price, system.positionSizing().fxRate(code), pointSize,
        srCosts.forecastCost(code, rule), averagePosition, vol, true, false, capital);
  }

  @Override
  public PandlCurve pandlForTradingRule(RuleName rule) {
    return system.memo().get(new StageKey("accounts", "pandlRule", rule, null), () -> {
      List<InstrumentCode> codes = new ArrayList<>();
      for (InstrumentCode c : system.instruments()) {
        if (system.combine().ruleVariations(c).contains(rule)) {
          codes.add(c);
        }
      }
      List<TimeSeries> weights = new ArrayList<>();
      for (InstrumentCode c : codes) {
        weights.add(unnormalisedWeight(c, rule));
      }
      TimeSeries total = sumOnUnion(weights);
      List<TimeSeries> gross = new ArrayList<>();
      List<TimeSeries> costs = new ArrayList<>();
      List<TimeSeries> net = new ArrayList<>();
      for (int i = 0; i < codes.size(); i++) {
        TimeSeries w = weights.get(i);
        TimeSeries normalised = w.dividedBy(total.reindexThenFfill(w.timesView()));
        PandlCurve pc = forecastPandl(codes.get(i), rule, normalised);
        gross.add(pc.gross());
        costs.add(pc.costs());
        net.add(pc.net());
      }
      return new PandlCurve(sumOnUnion(gross), sumOnUnion(costs), sumOnUnion(net),
          system.positionSizing().notionalCapital());
    });
  }

  /** Instrument weight x IDM x forecast weight x FDM, forward then back filled on their union index. */
  private TimeSeries unnormalisedWeight(InstrumentCode code, RuleName rule) {
    java.util.Map<String, TimeSeries> parts = new java.util.LinkedHashMap<>();
    parts.put("idm", system.portfolio().instrumentDiversificationMultiplier());
    parts.put("fdm", system.combine().forecastDiversificationMultiplier(code));
    parts.put("iw", system.portfolio().instrumentWeights().column(code.value()));
    parts.put("fw", system.combine().forecastWeights(code).column(rule.value()));
    org.pystrade.core.series.SeriesFrame f = org.pystrade.core.series.SeriesFrame.concat(parts).ffill();
    long[] t = f.timesView();
    double[] out = new double[t.length];
    java.util.Arrays.fill(out, 1.0);
    for (String name : f.names()) {
      double[] col = org.pystrade.core.series.Kernels.bfill(f.column(name).values());
      for (int r = 0; r < t.length; r++) {
        if (col[r] == col[r]) {
          out[r] *= col[r];
        }
      }
    }
    return TimeSeries.ofOwned(t, out);
  }

  @Override
  public PandlCurve portfolio() {
    return portfolioResult().curve;
  }

  @Override
  public List<InstrumentFailure> portfolioFailures() {
    return portfolioResult().failures;
  }

  @Override
  public List<InstrumentFailure> portfolioWarnings() {
    return portfolioResult().warnings;
  }

  private PortfolioResult portfolioResult() {
    return system.memo().get(new StageKey("accounts", "portfolio", null, null), () -> {
      List<InstrumentCode> codes = system.instruments();
      boolean leaveOut = system.config().has(LEAVE_OUT_KEY) && system.config().getBoolean(LEAVE_OUT_KEY);
      List<Object> results = Parallel.map(codes, code -> {
        try {
          PandlCurve curve = pandlForInstrument(code);
          String problem = leaveOut ? defect(curve) : null;
          return problem == null ? curve : problem;
        } catch (DataException | IllegalArgumentException | ArithmeticException ex) {
          return ex.getMessage();
        }
      });
      List<TimeSeries> gross = new ArrayList<>();
      List<TimeSeries> costs = new ArrayList<>();
      List<TimeSeries> net = new ArrayList<>();
      List<InstrumentFailure> failures = new ArrayList<>();
      List<InstrumentFailure> warnings = new ArrayList<>();
      for (int i = 0; i < codes.size(); i++) {
        Object r = results.get(i);
        if (r instanceof PandlCurve) {
          PandlCurve pc = (PandlCurve) r;
          String suspicious = defect(pc);
          if (suspicious != null) {
            LOG.warn("instrument {} kept in the portfolio P&L as pysystemtrade keeps it ({}: true leaves it out), "
                + "but: {}", codes.get(i), LEAVE_OUT_KEY, suspicious);
            warnings.add(new InstrumentFailure(codes.get(i), suspicious));
          }
          gross.add(pc.gross());
          costs.add(pc.costs());
          net.add(pc.net());
        } else {
          LOG.warn("instrument {} left out of the portfolio P&L: {}", codes.get(i), r);
          failures.add(new InstrumentFailure(codes.get(i), String.valueOf(r)));
        }
      }
      PandlCurve curve = new PandlCurve(sumOnUnion(gross), sumOnUnion(costs), sumOnUnion(net),
          system.positionSizing().notionalCapital());
      return new PortfolioResult(curve, List.copyOf(failures), List.copyOf(warnings));
    });
  }

  /**
   * Why an instrument's P&amp;L looks defective, or null: an infinite value (a zero price or zero volatility in the
   * data), or a single day's net P&amp;L larger than the whole capital (under volatility targeting the mark of a
   * price spike, or of stale prices making the cost normalisation explode). pysystemtrade sums such an instrument
   * into the portfolio, and so does pystrade unless {@value #LEAVE_OUT_KEY} is true; either way it is reported.
   */
  private static String defect(PandlCurve curve) {
    TimeSeries net = curve.net();
    for (int i = 0; i < net.size(); i++) {
      if (Double.isInfinite(net.value(i))) {
        return "P&L is infinite on " + Timestamps.format(net.time(i))
            + " (a zero price or zero price volatility in the data)";
      }
    }
    for (int i = 0; i < net.size(); i++) {
      double v = net.value(i);
      if (Math.abs(v) > curve.capital()) {
        return String.format("P&L of %.4g on %s is more than the whole capital (%.4g): the data has a defect "
            + "(price spike, or stale prices making the cost normalisation explode)", v,
            Timestamps.format(net.time(i)), curve.capital());
      }
    }
    return null;
  }

  private static final class PortfolioResult {
    final PandlCurve curve;
    final List<InstrumentFailure> failures;
    final List<InstrumentFailure> warnings;

    PortfolioResult(PandlCurve curve, List<InstrumentFailure> failures, List<InstrumentFailure> warnings) {
      this.curve = curve;
      this.failures = failures;
      this.warnings = warnings;
    }
  }

  /**
   * Sums series on the union of their indexes, skipping NaN (a row with no value sums to 0), as pandas'
   * {@code concat(axis=1).sum(axis=1)}.
   *
   * @param series the series
   * @return the sum
   */
  static TimeSeries sumOnUnion(List<TimeSeries> series) {
    List<long[]> indexes = new ArrayList<>(series.size());
    for (TimeSeries s : series) {
      indexes.add(s.timesView());
    }
    long[] idx = Index.unionAll(indexes);
    double[] out = new double[idx.length];
    for (TimeSeries s : series) {
      Index.addSkippingNaN(idx, out, s);
    }
    return TimeSeries.ofOwned(idx, out);
  }
}
