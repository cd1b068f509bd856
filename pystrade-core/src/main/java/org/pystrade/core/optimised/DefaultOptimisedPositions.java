package org.pystrade.core.optimised;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Supplier;
import org.pystrade.core.accounts.AccountsParams;
import org.pystrade.core.accounts.DefaultAccounts;
import org.pystrade.core.calc.StageContext;
import org.pystrade.core.data.InstrumentFailure;
import org.pystrade.core.data.InstrumentMeta;
import org.pystrade.core.domain.InstrumentCode;
import org.pystrade.core.domain.ReasonCode;
import org.pystrade.core.pandl.CostModel;
import org.pystrade.core.pandl.PandlCurve;
import org.pystrade.core.portfolio.CorrelationsOverTime;
import org.pystrade.core.portfolio.RiskModel;
import org.pystrade.core.series.Kernels;
import org.pystrade.core.series.SeriesFrame;
import org.pystrade.core.series.TimeSeries;
import org.pystrade.core.series.Timestamps;
import org.pystrade.core.util.ArgChecker;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * pysystemtrade's {@code optimisedPositions} stage, its accounts for optimised positions and its {@code risk}
 * stage. Each day's optimisation needs the previous day's positions, so the days run in order; what each day needs
 * (its covariance above all) is computed for blocks of days in parallel first. Results are independent of the
 * number of threads.
 *
 * <p>Each day's inputs are pysystemtrade's: the correlation in force (shrunk towards zero by
 * {@code shrink_instrument_returns_correlation}) and the annualised volatilities give the covariance; the unrounded
 * optimum is the notional position before risk scaling; the cost of a unit of weight is one contract's cost (slippage
 * and commission at the last price, in base currency at the last FX rate, times {@code cost_multiplier}) over the
 * last contract value and the capital, scaled by the price volatility of the day over the last one (180-day rolling
 * standard deviation of daily price changes; 10,000 before the prices start).
 */
public class DefaultOptimisedPositions implements OptimisedPositions {

  private static final Logger LOG = LoggerFactory.getLogger(DefaultOptimisedPositions.class);

  /** pysystemtrade's cost deflator before any price volatility: trading is priced out. */
  private static final double NO_DEFLATOR = 10000.0;
  /** Days of the cost deflator's rolling volatility. */
  private static final int DEFLATOR_WINDOW = 180;
  /** Days whose inputs are computed together (in parallel) before they are optimised in order. */
  private static final int BLOCK = 128;

  private final OptimisedInputs inputs;
  private final StageContext context;
  private final RiskModel model;

  /**
   * Creates the stage.
   *
   * @param inputs the portfolio, its inputs, the accounts and the parameters
   */
  public DefaultOptimisedPositions(OptimisedInputs inputs) {
    this.inputs = ArgChecker.notNull(inputs, "inputs");
    this.context = inputs.portfolioInputs().context();
    this.model = new RiskModel(inputs.portfolioInputs(), inputs.portfolio());
  }

  private <T> T memo(String method, Object arg, Supplier<T> f) {
    return context.memo("optimised", method, arg, null, f);
  }

  /**
   * The risk model the optimisation reads (shared with the portfolio stage through the system's memo).
   *
   * @return the model
   */
  public RiskModel riskModel() {
    return model;
  }

  @Override
  public SeriesFrame positions() {
    return memo("positions", null, () -> optimise(model.originalPositionsOnCommonIndex()));
  }

  /**
   * The optimised positions for given unrounded optimal positions (e.g. a reference run's), on their index.
   *
   * @param optimal the unrounded optimal positions, one column per instrument of the portfolio
   * @return whole contracts, one column per instrument
   */
  public SeriesFrame optimise(SeriesFrame optimal) {
    long[] t = optimal.timesView();
    List<String> names = optimal.names();
    int n = names.size();
    SeriesFrame pcv = model.perContractValuesOn(t).select(names);
    SeriesFrame vol = model.annualisedVolatility();
    CorrelationsOverTime corr = model.correlations();
    double[] perWeight = new double[n];
    double[][] deflator = new double[n][];
    boolean[] reduceOnly = new boolean[n];
    boolean[] leftOut = new boolean[n];
    for (int i = 0; i < n; i++) {
      InstrumentCode code = InstrumentCode.of(names.get(i));
      perWeight[i] = costPerNotionalWeight(code);
      deflator[i] = costDeflatorOn(code, t);
      reduceOnly[i] = inputs.params().reduceOnly().contains(code);
      leftOut[i] = inputs.params().leaveOutDefective() && costDefect(perWeight[i], deflator[i], t) != null;
    }
    double shrink = inputs.params().correlationShrinkage();
    RiskModel.Volatilities vols = new RiskModel.Volatilities(vol, names);
    int[] at = new int[n];
    for (int i = 0; i < n; i++) {
      at[i] = corr.indexOf(names.get(i));
      ArgChecker.isTrue(at[i] >= 0, "no correlation estimate for {}", names.get(i));
    }
    double[][] out = new double[n][t.length];
    double[] previous = new double[n];
    for (int from = 0; from < t.length; from += BLOCK) {
      List<Integer> days = new ArrayList<>();
      for (int r = from; r < Math.min(t.length, from + BLOCK); r++) {
        days.add(r);
      }
      List<GreedyOptimiser.Day> inputsOfDays = context.parallel().map(days, r -> {
        double[] optimalToday = new double[n];
        double[] pcvToday = new double[n];
        double[] costs = new double[n];
        for (int i = 0; i < n; i++) {
          // an instrument left out has no optimum: the optimisation gives it no position
          optimalToday[i] = leftOut[i] ? Double.NaN : optimal.get(r, i);
          pcvToday[i] = pcv.get(r, i);
          costs[i] = perWeight[i] * deflator[i][r];
        }
        double[] s = vols.on(t[r]);
        int p = corr.periodAt(t[r]);
        boolean[] hasData = RiskModel.dataOfKnownCorrelations(s, corr, p);
        double[][] cov;
        if (hasData != null) {
          cov = covarianceOfCandidates(hasData, optimalToday, pcvToday, s, corr, p, at, shrink);
        } else {
          cov = RiskModel.covariance(shrunk(RiskModel.correlationOn(corr, names, t[r]), shrink), s);
        }
        return new GreedyOptimiser.Day(optimalToday, pcvToday, cov, costs, new double[n], reduceOnly, hasData);
      });
      for (int d = 0; d < days.size(); d++) {
        int r = days.get(d);
        GreedyOptimiser.Day in = inputsOfDays.get(d);
        previous = GreedyOptimiser.optimise(new GreedyOptimiser.Day(in.optimalContracts(), in.perContractValue(),
            in.covariance(), in.costs(), previous, reduceOnly, in.hasData()), inputs.params().shadowCost(),
            inputs.params().trackingErrorBuffer());
        for (int i = 0; i < n; i++) {
          out[i][r] = previous[i];
        }
      }
    }
    return SeriesFrame.ofOwned(t, names, out);
  }

  /**
   * The covariance entries the optimisation reads, between instruments with data, an optimal weight and a contract
   * value, when every correlation is known: the shrunk correlation times both volatilities, as
   * {@link RiskModel#covariance} computes them (the others are left 0 and never read).
   */
  static double[][] covarianceOfCandidates(boolean[] hasData, double[] optimal, double[] pcv, double[] s,
      CorrelationsOverTime corr, int p, int[] at, double shrink) {
    int n = s.length;
    int[] cand = new int[n];
    int k = 0;
    for (int i = 0; i < n; i++) {
      if (hasData[i] && optimal[i] * pcv[i] == optimal[i] * pcv[i] && pcv[i] == pcv[i]) {
        cand[k++] = i;
      }
    }
    double[][] cov = new double[n][n];
    double keep = 1 - shrink;
    for (int a = 0; a < k; a++) {
      int i = cand[a];
      for (int b = 0; b < k; b++) {
        int j = cand[b];
        double raw = p < 0 ? (i == j ? 1.0 : 0.0) : corr.get(p, at[i], at[j]);
        double prior = i == j ? 1.0 : 0.0;
        double c = shrink == 0.0 ? raw : shrink == 1.0 ? prior : shrink * prior + keep * raw;
        cov[i][j] = s[i] * c * s[j];
      }
    }
    return cov;
  }

  /**
   * pysystemtrade's {@code shrink_to_offdiag(offdiag=0.0)}: the prior (1 on the diagonal, 0 off it) times the
   * shrinkage plus the correlation times one minus it; the correlation itself at 0, the prior at 1.
   */
  static double[][] shrunk(double[][] corr, double shrinkage) {
    if (shrinkage == 0.0) {
      return corr;
    }
    int n = corr.length;
    double[][] out = new double[n][n];
    double keep = 1 - shrinkage;
    for (int i = 0; i < n; i++) {
      for (int j = 0; j < n; j++) {
        double prior = i == j ? 1.0 : 0.0;
        out[i][j] = shrinkage == 1.0 ? prior : shrinkage * prior + keep * corr[i][j];
      }
    }
    return out;
  }

  /**
   * The cost of trading one unit of weight (notional exposure of one capital) at the last price, before the cost
   * deflator: {@code cost_multiplier} times one contract's cost in base currency, over the last contract value as a
   * proportion of capital, over the capital (pysystemtrade's
   * {@code get_cost_per_notional_weight_as_proportion_of_capital}).
   *
   * @param code the instrument
   * @return the cost, a proportion of capital
   */
  public double costPerNotionalWeight(InstrumentCode code) {
    return memo("costPerNotionalWeight", code, () -> {
      InstrumentMeta meta = context.data().meta(code);
      double lastPrice = context.data().adjustedPrices(code).lastValid();
      double fx = inputs.portfolioInputs().sizing().fxRate(code).lastValid();
      double perContract = fx * CostModel.of(meta).costOfTrade(1.0, lastPrice, meta.pointSize(), true);
      double value = model.perContractValue(code).lastValid();
      double capital = inputs.portfolioInputs().sizing().notionalCapital();
      return inputs.params().costMultiplier() * perContract / value / capital;
    });
  }

  /**
   * pysystemtrade's {@code calculate_cost_deflator} of the instrument's price on an index: the price upsampled to
   * business days (padded), its daily changes' 180-day rolling standard deviation (at least 3), forward-filled, over
   * its last value; then exactly on the index, forward-filled, 10,000 where still missing.
   */
  double[] costDeflatorOn(InstrumentCode code, long[] t) {
    TimeSeries price = context.data().adjustedPrices(code).resampleBusinessDayPad().ffill();
    double[] vol = Kernels.ffillInPlace(Kernels.rollingStd(Kernels.diff(price.valuesView()), DEFLATOR_WINDOW, 3));
    double last = vol.length == 0 ? Double.NaN : vol[vol.length - 1];
    for (int i = 0; i < vol.length; i++) {
      vol[i] = vol[i] / last;
    }
    double[] out = Kernels.ffillInPlace(TimeSeries.ofOwned(price.timesView(), vol).valuesOn(t));
    for (int i = 0; i < out.length; i++) {
      if (out[i] != out[i]) {
        out[i] = NO_DEFLATOR;
      }
    }
    return out;
  }

  /**
   * Why an instrument's trading cost is not finite, or null: pysystemtrade scales costs by the price volatility of
   * the day over the last one, so an instrument whose price is flat at the end of its data costs infinitely much to
   * trade, and every day the greedy algorithm runs its cost makes the objective NaN: pysystemtrade then keeps the
   * previous positions of every instrument.
   */
  static String costDefect(double perWeight, double[] deflator, long[] t) {
    if (!Double.isFinite(perWeight)) {
      return "the cost of trading it is " + perWeight + " per unit of weight (its last contract value or price is 0 "
          + "or missing)";
    }
    for (int r = 0; r < deflator.length; r++) {
      if (!Double.isFinite(deflator[r])) {
        return "the cost of trading it is infinite from " + Timestamps.format(t[r]) + ": its price is flat at the end "
            + "of its data, and costs are scaled by the price volatility of the day over the last one (0); on every "
            + "day the optimisation trades, the objective is then NaN and pysystemtrade keeps the previous "
            + "positions of every instrument";
      }
    }
    return null;
  }

  private Report report() {
    return memo("report", null, () -> {
      long[] t = model.commonIndex();
      List<InstrumentFailure> failures = new ArrayList<>();
      List<InstrumentFailure> warnings = new ArrayList<>();
      boolean leaveOut = inputs.params().leaveOutDefective();
      for (InstrumentCode code : inputs.portfolio().instruments()) {
        String why = costDefect(costPerNotionalWeight(code), costDeflatorOn(code, t), t);
        if (why != null) {
          InstrumentFailure f = new InstrumentFailure(code, ReasonCode.DEFECTIVE_RESULT, why);
          if (leaveOut) {
            LOG.warn("instrument {} left out of the dynamic optimisation: {}", code, why);
            failures.add(f);
          } else {
            LOG.warn("instrument {} kept in the dynamic optimisation as pysystemtrade keeps it ({}: true leaves it "
                + "out), but: {}", code, AccountsParams.LEAVE_OUT_KEY, why);
            warnings.add(f);
          }
        }
      }
      return new Report(failures, warnings);
    });
  }

  /** The defects found in the costs and in the optimised P&amp;L. */
  private record Report(List<InstrumentFailure> failures, List<InstrumentFailure> warnings) {
  }

  @Override
  public List<InstrumentFailure> failures() {
    List<InstrumentFailure> out = new ArrayList<>(report().failures());
    out.addAll(portfolioResult().failures());
    return List.copyOf(out);
  }

  @Override
  public List<InstrumentFailure> warnings() {
    List<InstrumentFailure> out = new ArrayList<>(report().warnings());
    out.addAll(portfolioResult().warnings());
    return List.copyOf(out);
  }

  @Override
  public PandlCurve pandl(InstrumentCode code) {
    return memo("pandl", code, () -> inputs.accounts().pandlForPositions(code, position(code), true, true));
  }

  @Override
  public PandlCurve portfolio() {
    return portfolioResult().curve();
  }

  /** The optimised portfolio's P&amp;L with the instruments it leaves out or keeps despite a defect. */
  private record PortfolioResult(PandlCurve curve, List<InstrumentFailure> failures,
      List<InstrumentFailure> warnings) {
  }

  private PortfolioResult portfolioResult() {
    return memo("portfolio", null, () -> {
      report();
      List<InstrumentCode> codes = inputs.portfolio().instruments();
      List<PandlCurve> curves = context.parallel().map(codes, this::pandl);
      List<TimeSeries> gross = new ArrayList<>();
      List<TimeSeries> costs = new ArrayList<>();
      List<TimeSeries> net = new ArrayList<>();
      List<InstrumentFailure> failures = new ArrayList<>();
      List<InstrumentFailure> warnings = new ArrayList<>();
      for (int i = 0; i < codes.size(); i++) {
        PandlCurve pc = curves.get(i);
        String why = DefaultAccounts.defect(pc);
        if (why != null) {
          InstrumentFailure f = new InstrumentFailure(codes.get(i), ReasonCode.DEFECTIVE_RESULT, "optimised " + why);
          if (inputs.params().leaveOutDefective()) {
            LOG.warn("instrument {} left out of the optimised portfolio P&L: {}", codes.get(i), why);
            failures.add(f);
            continue;
          }
          LOG.warn("instrument {} kept in the optimised portfolio P&L as pysystemtrade keeps it ({}: true leaves it "
              + "out), but: {}", codes.get(i), AccountsParams.LEAVE_OUT_KEY, why);
          warnings.add(f);
        }
        gross.add(pc.gross());
        costs.add(pc.costs());
        net.add(pc.net());
      }
      PandlCurve curve = new PandlCurve(DefaultAccounts.sumOnUnion(gross), DefaultAccounts.sumOnUnion(costs),
          DefaultAccounts.sumOnUnion(net), inputs.portfolioInputs().sizing().notionalCapital());
      return new PortfolioResult(curve, List.copyOf(failures), List.copyOf(warnings));
    });
  }

  @Override
  public TimeSeries riskOfOptimisedPositions() {
    return memo("riskOptimised", null, () -> riskOfPositions(positions()));
  }

  /**
   * The risk of positions in contracts on an index (the optimised positions' risk): each times its contract value
   * on that index.
   *
   * @param positions positions, one column per instrument
   * @return the risk on the positions' index
   */
  public TimeSeries riskOfPositions(SeriesFrame positions) {
    long[] t = positions.timesView();
    SeriesFrame pcv = model.perContractValuesOn(t);
    List<String> names = positions.names();
    double[][] w = new double[names.size()][t.length];
    for (int c = 0; c < names.size(); c++) {
      double[] p = positions.column(names.get(c)).valuesView();
      double[] v = pcv.column(names.get(c)).valuesView();
      for (int r = 0; r < t.length; r++) {
        w[c][r] = p[r] * v[r];
      }
    }
    return model.portfolioRisk(SeriesFrame.ofOwned(t, names, w), false);
  }

  @Override
  public TimeSeries riskOfRoundedBufferedPositions() {
    return memo("riskRoundedBuffered", null, () -> {
      Map<String, TimeSeries> m = new LinkedHashMap<>();
      for (InstrumentCode c : inputs.portfolio().instruments()) {
        m.put(c.value(), inputs.accounts().bufferedPosition(c, true));
      }
      return riskOfBufferedPositions(m);
    });
  }

  /**
   * The risk of rounded buffered positions as pysystemtrade's risk stage computes it: the positions joined on the
   * union of their indexes and forward-filled, rounded (half to even); with the contract values on the common index
   * aligned to the union of both indexes, sorted by instrument, both forward-filled and multiplied.
   *
   * @param buffered buffered positions by instrument name
   * @return the risk on the union index
   */
  public TimeSeries riskOfBufferedPositions(Map<String, TimeSeries> buffered) {
    SeriesFrame positions = SeriesFrame.concat(buffered).ffill();
    SeriesFrame pcv = model.perContractValues();
    long[] t = org.pystrade.core.series.Index.unionAll(List.of(positions.timesView(), pcv.timesView()));
    Map<String, TimeSeries> sorted = new TreeMap<>();
    for (String name : positions.names()) {
      double[] p = Kernels.ffillInPlace(positions.column(name).valuesOn(t));
      double[] v = Kernels.ffillInPlace(pcv.column(name).valuesOn(t));
      for (int r = 0; r < t.length; r++) {
        p[r] = Math.rint(p[r]) * v[r];
      }
      sorted.put(name, TimeSeries.ofOwned(t, p));
    }
    return model.portfolioRisk(SeriesFrame.concatOn(t, sorted), false);
  }

  @Override
  public TimeSeries riskOfOriginalPositions() {
    return memo("riskOriginal", null, () -> inputs.portfolio().riskOverlay()
        .map(o -> o.normalRisk())
        .orElseGet(() -> model.portfolioRisk(model.originalWeights(), false)));
  }
}
