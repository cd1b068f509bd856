package org.pystrade.core.accounts;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.pystrade.core.calc.Parallel;
import org.pystrade.core.calc.StageContext;
import org.pystrade.core.config.ConfigException;
import org.pystrade.core.data.DataException;
import org.pystrade.core.data.InstrumentFailure;
import org.pystrade.core.domain.InstrumentCode;
import org.pystrade.core.domain.ReasonCode;
import org.pystrade.core.pandl.Buffering;
import org.pystrade.core.pandl.PandlCurve;
import org.pystrade.core.pandl.SrCostPandl;
import org.pystrade.core.pandl.SrCosts;
import org.pystrade.core.portfolio.Portfolio;
import org.pystrade.core.rules.RuleException;
import org.pystrade.core.rules.RuleName;
import org.pystrade.core.series.Index;
import org.pystrade.core.series.Kernels;
import org.pystrade.core.series.SeriesFrame;
import org.pystrade.core.series.TimeSeries;
import org.pystrade.core.series.Timestamps;
import org.pystrade.core.util.ArgChecker;
import org.pystrade.core.util.Suggestions;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * pysystemtrade's accounts with cash costs (SR costs are used when {@code use_SR_costs} is true). Every result goes
 * through the overridable methods it depends on: an instrument's P&amp;L is computed from its
 * {@link #bufferedPosition}, which is computed from the portfolio stage's notional position and buffers; the
 * portfolio P&amp;L sums {@link #pandlForInstrument}.
 */
public class DefaultAccounts implements Accounts {

  private static final Logger LOG = LoggerFactory.getLogger(DefaultAccounts.class);
  /** The fewest rows of a sum worth a thread of their own. */
  private static final int MIN_ROWS_PER_PART = 2_000;

  private final AccountsInputs inputs;
  private final StageContext context;
  private final SrCosts srCosts;
  private final AccountsParams params;

  /**
   * Creates the stage.
   *
   * @param inputs the context, the stages beneath, the cost calculations and the parameters
   */
  public DefaultAccounts(AccountsInputs inputs) {
    this.inputs = ArgChecker.notNull(inputs, "inputs");
    this.context = inputs.context();
    this.srCosts = inputs.costs();
    this.params = inputs.params();
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
    return context.memo("accounts", "bufferedPosition", code, roundPositions, () -> {
      Portfolio p = inputs.portfolio();
      TimeSeries optimal = p.notionalPosition(code);
      // buffer_method none buffers by 0.001 contracts, as in pysystemtrade
      return Buffering.apply(optimal, p.upperBuffer(code), p.lowerBuffer(code), params.bufferTradeToEdge(),
          roundPositions);
    });
  }

  @Override
  public PandlCurve pandlForInstrument(InstrumentCode code, boolean delayFill, boolean roundPositions) {
    return context.memo("accounts", "pandl", code, List.of(delayFill, roundPositions),
        () -> pandlForPositions(code, bufferedPosition(code, roundPositions), delayFill, roundPositions));
  }

  @Override
  public PandlCurve pandlForPositions(InstrumentCode code, TimeSeries positions, boolean delayFill,
      boolean roundPositions) {
    if (params.useSrCosts()) {
      TimeSeries price = inputs.rawData().dailyPrices(code).reindexPad(positions);
      // the average position at portfolio level is what the turnover is measured against (pysystemtrade's
      // instrument_turnover) and what the cost is scaled by
      TimeSeries averagePosition = averagePositionAtPortfolioLevel(code);
      double turnover = SrCosts.turnover(positions, averagePosition);
      double srCost = srCosts.holdingCost(code) + turnover * srCosts.costPerTrade(code);
      return SrCostPandl.calculate(positions, price, inputs.sizing().fxRate(code),
          context.data().meta(code).pointSize(), srCost, averagePosition,
          inputs.rawData().dailyReturnsVolatility(code), delayFill, roundPositions,
          inputs.sizing().notionalCapital());
    }
    return inputs.cashCosts().calculator(code, positions)
        .fx(inputs.sizing().fxRate(code))
        .capital(inputs.sizing().notionalCapital())
        .delayFill(delayFill)
        .roundPositions(roundPositions)
        .build()
        .calculate();
  }

  /**
   * The average position at portfolio level (pysystemtrade's
   * {@code get_average_position_for_instrument_at_portfolio_level}): the volatility scalar times the instrument
   * weight times the IDM, these forward filled to the scalar's days.
   *
   * @param code the instrument
   * @return contracts
   */
  public TimeSeries averagePositionAtPortfolioLevel(InstrumentCode code) {
    return context.memo("accounts", "averagePosition", code, null, () -> {
      TimeSeries volScalar = inputs.sizing().volatilityScalar(code);
      TimeSeries scaling = inputs.portfolio().instrumentWeights().column(code.value())
          .times(inputs.portfolio().instrumentDiversificationMultiplier());
      return scaling.reindexPad(volScalar).times(volScalar);
    });
  }

  @Override
  public double instrumentTurnover(InstrumentCode code) {
    return SrCosts.turnover(bufferedPosition(code, true), averagePositionAtPortfolioLevel(code));
  }

  @Override
  public double subsystemTurnover(InstrumentCode code) {
    return SrCosts.turnover(inputs.sizing().subsystemPosition(code), inputs.sizing().volatilityScalar(code));
  }

  @Override
  public double totalPortfolioLevelTurnover() {
    double total = 0;
    for (InstrumentCode code : inputs.portfolio().instruments()) {
      double t = SrCosts.turnover(bufferedPosition(code, true), inputs.sizing().volatilityScalar(code));
      if (t == t) {
        total += t;
      }
    }
    return total;
  }

  @Override
  public PandlCurve pandlForInstrumentForecast(InstrumentCode code, RuleName rule) {
    return inputs.forecastPandl().pandl(code, rule, inputs.sizing().fxRate(code), inputs.sizing().notionalCapital());
  }

  @Override
  public PandlCurve pandlForTradingRule(RuleName rule) {
    return context.memo("accounts", "pandlRule", rule, null, () -> {
      List<InstrumentCode> codes = new ArrayList<>();
      Set<String> traded = new TreeSet<>();
      for (InstrumentCode c : inputs.portfolio().instruments()) {
        List<RuleName> rules = inputs.combine().ruleVariations(c);
        rules.forEach(r -> traded.add(r.value()));
        if (rules.contains(rule)) {
          codes.add(c);
        }
      }
      if (codes.isEmpty()) {
        throw new IllegalArgumentException("no instrument of the portfolio trades rule '" + rule + "'"
            + Suggestions.hint(rule.value(), traded) + "; the rules traded are " + traded);
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
        InstrumentCode c = codes.get(i);
        PandlCurve pc = inputs.forecastPandl().pandl(c, rule, normalised, inputs.sizing().fxRate(c),
            inputs.sizing().notionalCapital());
        gross.add(pc.gross());
        costs.add(pc.costs());
        net.add(pc.net());
      }
      return new PandlCurve(sumOnUnion(gross), sumOnUnion(costs), sumOnUnion(net),
          inputs.sizing().notionalCapital());
    });
  }

  /** Instrument weight x IDM x forecast weight x FDM, forward then back filled on their union index. */
  private TimeSeries unnormalisedWeight(InstrumentCode code, RuleName rule) {
    Map<String, TimeSeries> parts = new LinkedHashMap<>();
    parts.put("idm", inputs.portfolio().instrumentDiversificationMultiplier());
    parts.put("fdm", inputs.combine().forecastDiversificationMultiplier(code));
    parts.put("iw", inputs.portfolio().instrumentWeights().column(code.value()));
    // the daily forecast weights are not memoised by the combination stage (read once there); every rule of the
    // instrument reads them here, so they are kept for the accounts (measured: recomputing them per rule was a
    // fifth of a 226-instrument report's time)
    SeriesFrame weights = context.memo("accounts", "forecastWeights", code, null,
        () -> inputs.combine().forecastWeights(code));
    parts.put("fw", weights.column(rule.value()));
    SeriesFrame f = SeriesFrame.concat(parts).ffill();
    long[] t = f.timesView();
    double[] out = new double[t.length];
    Arrays.fill(out, 1.0);
    for (String name : f.names()) {
      double[] col = Kernels.bfill(f.column(name).values());
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
    return context.memo("accounts", "portfolio", null, null, () -> {
      List<InstrumentCode> codes = inputs.portfolio().instruments();
      boolean leaveOut = params.leaveOutDefective();
      List<Object> results = context.parallel().map(codes, code -> {
        try {
          PandlCurve curve = pandlForInstrument(code);
          String problem = leaveOut ? defect(curve) : null;
          return problem == null ? curve : new InstrumentFailure(code, ReasonCode.DEFECTIVE_RESULT, problem);
        } catch (DataException ex) {
          return InstrumentFailure.of(code, ex);
        } catch (ConfigException | RuleException ex) {
          throw ex;
        } catch (RuntimeException ex) {
          throw new IllegalStateException("computing the P&L of " + code + " failed (not a data problem: a bug in "
              + "a stage or rule): " + ex, ex);
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
                + "but: {}", codes.get(i), AccountsParams.LEAVE_OUT_KEY, suspicious);
            warnings.add(new InstrumentFailure(codes.get(i), ReasonCode.DEFECTIVE_RESULT, suspicious));
          }
          gross.add(pc.gross());
          costs.add(pc.costs());
          net.add(pc.net());
        } else {
          InstrumentFailure f = (InstrumentFailure) r;
          LOG.warn("instrument {} left out of the portfolio P&L: {}", codes.get(i), f.reason());
          failures.add(f);
        }
      }
      List<TimeSeries> sums = sumsOnUnion(List.of(gross, costs, net), context.parallel());
      PandlCurve curve = new PandlCurve(sums.get(0), sums.get(1), sums.get(2), inputs.sizing().notionalCapital());
      return new PortfolioResult(curve, List.copyOf(failures), List.copyOf(warnings));
    });
  }

  /**
   * Why an instrument's P&amp;L looks defective, or null: an infinite value (a zero price or zero volatility in the
   * data), or a single day's net P&amp;L larger than the whole capital (under volatility targeting the mark of a
   * price spike, or of stale prices making the cost normalisation explode). pysystemtrade sums such an instrument
   * into the portfolio, and so does pystrade unless {@value AccountsParams#LEAVE_OUT_KEY} is true; either way it is reported.
   *
   * @param curve an instrument's P&amp;L
   * @return why it looks defective, null if it does not
   */
  public static String defect(PandlCurve curve) {
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
  public static TimeSeries sumOnUnion(List<TimeSeries> series) {
    return sumsOnUnion(List.of(series), Parallel.sequential()).get(0);
  }

  /**
   * {@link #sumOnUnion} of each list, the rows of each sum shared among the threads of {@code parallel} (each row
   * still adds the series in their order: the same bits on any number of threads).
   *
   * @param lists the lists of series to sum
   * @param parallel the threads
   * @return one sum per list, in order
   */
  public static List<TimeSeries> sumsOnUnion(List<List<TimeSeries>> lists, Parallel parallel) {
    List<long[]> unions = new ArrayList<>(lists.size());
    List<double[]> sums = new ArrayList<>(lists.size());
    List<int[]> parts = new ArrayList<>();
    for (int l = 0; l < lists.size(); l++) {
      List<long[]> indexes = new ArrayList<>(lists.get(l).size());
      for (TimeSeries s : lists.get(l)) {
        indexes.add(s.timesView());
      }
      long[] idx = Index.unionAll(indexes);
      unions.add(idx);
      sums.add(new double[idx.length]);
      int chunks = Math.max(1, Math.min(parallel.threads(), idx.length / MIN_ROWS_PER_PART));
      for (int c = 0; c < chunks; c++) {
        parts.add(new int[] {l, (int) ((long) idx.length * c / chunks), (int) ((long) idx.length * (c + 1) / chunks)});
      }
    }
    parallel.map(parts, part -> {
      long[] idx = unions.get(part[0]);
      double[] out = sums.get(part[0]);
      for (TimeSeries s : lists.get(part[0])) {
        Index.addSkippingNaN(idx, out, s, part[1], part[2]);
      }
      return null;
    });
    List<TimeSeries> out = new ArrayList<>(lists.size());
    for (int l = 0; l < lists.size(); l++) {
      out.add(TimeSeries.ofOwned(unions.get(l), sums.get(l)));
    }
    return out;
  }
}
