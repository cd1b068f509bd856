package org.pystrade.core.portfolio;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.pystrade.core.calc.StageContext;
import org.pystrade.core.config.ConfigException;
import org.pystrade.core.domain.InstrumentCode;
import org.pystrade.core.pandl.Buffering;
import org.pystrade.core.pandl.CashCosts;
import org.pystrade.core.pandl.PandlCurve;
import org.pystrade.core.series.SeriesFrame;
import org.pystrade.core.series.TimeSeries;
import org.pystrade.core.sizing.PositionSizing;
import org.pystrade.core.util.ArgChecker;

/**
 * Subsystem P&amp;L as pysystemtrade's {@code accounts.pandl_for_subsystem} (cash costs): the subsystem position
 * buffered at subsystem level (buffer = |volatility scalar| x {@code buffer_size} for the forecast method, without
 * instrument weight or IDM) and rounded to whole contracts (pysystemtrade does not pass its {@code roundpositions}
 * argument on to the buffering), filled a day late, with the instrument's cash costs and roll trades at full size
 * (pysystemtrade leaves
 * {@code multiply_roll_costs_by} out here).
 */
public final class SubsystemPandl {

  /** The buffer of an unknown {@code buffer_method} (pysystemtrade's {@code EPSILON_POSITION}), in contracts. */
  private static final double NO_BUFFER = 0.001;

  private final StageContext context;
  private final PositionSizing sizing;
  private final CashCosts cashCosts;
  private final PortfolioParams params;

  /**
   * Creates the calculator.
   *
   * @param context the system's context
   * @param sizing the position sizing stage (subsystem positions, volatility scalars, FX, capital)
   * @param cashCosts the cash-cost set-up
   * @param params the portfolio parameters (buffering)
   */
  public SubsystemPandl(StageContext context, PositionSizing sizing, CashCosts cashCosts, PortfolioParams params) {
    this.context = ArgChecker.notNull(context, "context");
    this.sizing = ArgChecker.notNull(sizing, "sizing");
    this.cashCosts = ArgChecker.notNull(cashCosts, "cashCosts");
    this.params = ArgChecker.notNull(params, "params");
  }

  /**
   * The buffered subsystem position.
   *
   * @param code the instrument
   * @param round whether to round to whole contracts
   * @return contracts
   */
  public TimeSeries bufferedSubsystemPosition(InstrumentCode code, boolean round) {
    return context.memo("optimisation", "bufferedSubsystemPosition", code, round, () -> {
      TimeSeries optimal = sizing.subsystemPosition(code);
      String method = params.bufferMethod();
      long[] idx = optimal.timestamps();
      TimeSeries buffer;
      switch (method) {
        case "none":
          return round ? optimal.map(Math::rint) : optimal;
        case "forecast":
          buffer = sizing.volatilityScalar(code).reindexThenFfill(idx).abs().times(params.bufferSize());
          break;
        case "position":
          buffer = optimal.abs().times(params.bufferSize());
          break;
        default:
          // as pysystemtrade's calculate_buffers (and DefaultPortfolio.buffer): not buffering, by a tiny constant
          buffer = TimeSeries.constant(idx, NO_BUFFER);
          break;
      }
      TimeSeries upper = optimal.ffill().plus(buffer.ffill());
      TimeSeries lower = optimal.ffill().minus(buffer.ffill());
      return Buffering.apply(optimal, upper, lower, params.bufferTradeToEdge(), round);
    });
  }

  /**
   * The subsystem P&amp;L curve (fill delayed one day, positions unrounded).
   *
   * @param code the instrument
   * @return gross, costs and net in base currency per business day
   */
  public PandlCurve pandl(InstrumentCode code) {
    return context.memo("optimisation", "subsystemPandl", code, null, () -> {
      // pysystemtrade asks for the buffered subsystem position with its default roundpositions=True here
      TimeSeries positions = bufferedSubsystemPosition(code, true);
      return cashCosts.calculator(code, positions)
          .fx(sizing.fxRate(code))
          .capital(sizing.notionalCapital())
          // pysystemtrade's subsystem P&L does not pass multiply_roll_costs_by: the calculator's default 1.0 applies
          .multiplyRollCostsBy(1.0)
          .delayFill(true)
          .roundPositions(false)
          .build()
          .calculate();
    });
  }

  /**
   * Net subsystem P&amp;L of several instruments on the union of their indexes (NaN where an instrument has no
   * row), as pysystemtrade's {@code pandl_across_subsystems().to_frame()}.
   *
   * @param codes the instruments
   * @return one column per instrument, currency
   */
  public SeriesFrame acrossSubsystems(List<InstrumentCode> codes) {
    // on every thread even inside another map: the portfolio's estimates (IDM, instrument weights) ask for every
    // subsystem's P&L from one instrument's worker while the others wait for them
    List<PandlCurve> curves = context.parallel().mapNested(codes, this::pandl);
    Map<String, TimeSeries> m = new LinkedHashMap<>();
    for (int i = 0; i < codes.size(); i++) {
      m.put(codes.get(i).value(), curves.get(i).net());
    }
    return SeriesFrame.concat(m);
  }
}
