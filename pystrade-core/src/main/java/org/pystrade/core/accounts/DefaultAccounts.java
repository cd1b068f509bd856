package org.pystrade.core.accounts;

import java.util.ArrayList;
import java.util.List;
import org.pystrade.core.config.SystemConfig;
import org.pystrade.core.data.InstrumentCode;
import org.pystrade.core.portfolio.Portfolio;
import org.pystrade.core.series.Index;
import org.pystrade.core.series.TimeSeries;
import org.pystrade.core.system.Parallel;
import org.pystrade.core.system.StageKey;
import org.pystrade.core.system.TradingSystem;

/**
 * pysystemtrade's accounts with cash costs (SR costs are used when {@code use_SR_costs} is true).
 */
public class DefaultAccounts implements Accounts {

  private final TradingSystem system;

  /**
   * Creates the stage.
   *
   * @param system the system
   */
  public DefaultAccounts(TradingSystem system) {
    this.system = system;
  }

  @Override
  public TimeSeries bufferedPosition(InstrumentCode code, boolean roundPositions) {
    return system.memo().get(new StageKey("accounts", "bufferedPosition", code, roundPositions), () -> {
      Portfolio p = system.portfolio();
      TimeSeries optimal = p.notionalPosition(code);
      SystemConfig c = system.config();
      if (c.getString("buffer_method").equals("none")) {
        return roundPositions ? optimal.map(Math::rint) : optimal;
      }
      return Buffering.apply(optimal, p.upperBuffer(code), p.lowerBuffer(code),
          c.getBoolean("buffer_trade_to_edge"), roundPositions);
    });
  }

  @Override
  public PandlCurve pandlForInstrument(InstrumentCode code, boolean delayFill, boolean roundPositions) {
    return system.memo().get(new StageKey("accounts", "pandl", code, List.of(delayFill, roundPositions)), () -> {
      SystemConfig c = system.config();
      TimeSeries positions = bufferedPosition(code, roundPositions);
      TimeSeries price = system.rawData().dailyPrices(code).reindexPad(positions.times());
      return PandlCalculator.builder()
          .positions(positions)
          .price(price)
          .fx(system.positionSizing().fxRate(code))
          .pointSize(system.data().meta(code).pointSize())
          .costs(CostModel.of(system.data().meta(code)))
          .rollsPerYear(system.rawData().rollsPerYear(code))
          .multiplyRollCostsBy(c.getDouble("multiply_roll_costs_by"))
          .volNormaliseCosts(c.getBoolean("vol_normalise_currency_costs"))
          .delayFill(delayFill)
          .roundPositions(roundPositions)
          .capital(system.positionSizing().notionalCapital())
          .build()
          .calculate();
    });
  }

  @Override
  public PandlCurve portfolio() {
    return system.memo().get(new StageKey("accounts", "portfolio", null, null), () -> {
      // instruments in parallel (each curve is computed by one thread, gathered in instrument order)
      List<PandlCurve> curves = Parallel.map(system.instruments(), code -> pandlForInstrument(code));
      List<TimeSeries> gross = new ArrayList<>();
      List<TimeSeries> costs = new ArrayList<>();
      List<TimeSeries> net = new ArrayList<>();
      for (PandlCurve pc : curves) {
        gross.add(pc.gross());
        costs.add(pc.costs());
        net.add(pc.net());
      }
      return new PandlCurve(sumOnUnion(gross), sumOnUnion(costs), sumOnUnion(net),
          system.positionSizing().notionalCapital());
    });
  }

  /**
   * Sums series on the union of their indexes, skipping NaN (a row with no value sums to 0), as pandas'
   * {@code concat(axis=1).sum(axis=1)}.
   *
   * @param series the series
   * @return the sum
   */
  static TimeSeries sumOnUnion(List<TimeSeries> series) {
    long[] idx = new long[0];
    for (TimeSeries s : series) {
      idx = Index.union(idx, s.times());
    }
    double[] out = new double[idx.length];
    for (TimeSeries s : series) {
      double[] v = s.reindex(idx).values();
      for (int i = 0; i < idx.length; i++) {
        if (v[i] == v[i]) {
          out[i] += v[i];
        }
      }
    }
    return TimeSeries.of(idx, out);
  }
}
