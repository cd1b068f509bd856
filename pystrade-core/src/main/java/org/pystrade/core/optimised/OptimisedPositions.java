package org.pystrade.core.optimised;

import java.util.List;
import org.pystrade.core.data.InstrumentFailure;
import org.pystrade.core.domain.InstrumentCode;
import org.pystrade.core.pandl.PandlCurve;
import org.pystrade.core.series.SeriesFrame;
import org.pystrade.core.series.TimeSeries;

/**
 * The optimised-positions stage (pysystemtrade's {@code optimisedPositions}, its accounts for optimised positions
 * and its {@code risk} stage): whole-contract positions optimised day by day for a small account, their P&amp;L, and
 * the portfolio risk of optimised, rounded-buffered and original positions.
 */
public interface OptimisedPositions {

  /**
   * The optimised positions of every instrument (pysystemtrade's {@code get_optimised_position_df}).
   *
   * @return whole contracts, one column per instrument, on the portfolio's common index
   */
  SeriesFrame positions();

  /**
   * The optimised position of one instrument.
   *
   * @param code the instrument
   * @return whole contracts
   */
  default TimeSeries position(InstrumentCode code) {
    return positions().column(code.value());
  }

  /**
   * The P&amp;L of an instrument's optimised position (pysystemtrade's {@code pandl_for_optimised_instrument}), fills
   * a day late.
   *
   * @param code the instrument
   * @return gross, costs and net in base currency
   */
  PandlCurve pandl(InstrumentCode code);

  /**
   * The P&amp;L of the optimised portfolio (pysystemtrade's {@code optimised_portfolio}): the instruments' P&amp;L
   * summed.
   *
   * @return gross, costs and net in base currency
   */
  PandlCurve portfolio();

  /**
   * The expected risk of the optimised positions (pysystemtrade's
   * {@code risk.get_portfolio_risk_for_optimised_positions}).
   *
   * @return annualised risk, a fraction
   */
  TimeSeries riskOfOptimisedPositions();

  /**
   * The expected risk of the buffered, rounded original positions (pysystemtrade's
   * {@code risk.get_portfolio_risk_for_original_positions_rounded_buffered}).
   *
   * @return annualised risk, a fraction
   */
  TimeSeries riskOfRoundedBufferedPositions();

  /**
   * The expected risk of the original positions (pysystemtrade's {@code risk.get_portfolio_risk_for_original_positions}).
   *
   * @return annualised risk, a fraction
   */
  TimeSeries riskOfOriginalPositions();

  /**
   * The instruments left out of the optimisation or of the optimised portfolio's P&amp;L with
   * {@code leave_out_defective_instruments}, each with why. The default has none.
   *
   * @return the failures
   */
  default List<InstrumentFailure> failures() {
    return List.of();
  }

  /**
   * The instruments kept, as pysystemtrade keeps them, although their trading cost or optimised P&amp;L looks
   * defective, each with why. The default has none.
   *
   * @return the warnings
   */
  default List<InstrumentFailure> warnings() {
    return List.of();
  }
}
