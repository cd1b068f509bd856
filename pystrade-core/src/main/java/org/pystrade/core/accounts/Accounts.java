package org.pystrade.core.accounts;

import java.util.List;
import org.pystrade.core.data.InstrumentFailure;
import org.pystrade.core.domain.InstrumentCode;
import org.pystrade.core.pandl.PandlCurve;
import org.pystrade.core.rules.RuleName;
import org.pystrade.core.series.TimeSeries;

/**
 * The accounts stage: buffered positions, instrument and portfolio P&amp;L with costs.
 */
public interface Accounts {

  /**
   * The position actually held: the notional position kept inside its buffer ({@code buffer_trade_to_edge} moves it
   * to the nearest edge, else to the optimum), optionally rounded to whole contracts. Starts at 0.
   *
   * @param code the instrument
   * @param roundPositions whether to round positions and buffers
   * @return contracts
   */
  TimeSeries bufferedPosition(InstrumentCode code, boolean roundPositions);

  /**
   * Instrument P&amp;L with fills delayed a day and whole contracts (pysystemtrade's defaults).
   *
   * @param code the instrument
   * @return gross, costs and net in base currency
   */
  default PandlCurve pandlForInstrument(InstrumentCode code) {
    return pandlForInstrument(code, true, true);
  }

  /**
   * Instrument P&amp;L.
   *
   * @param code the instrument
   * @param delayFill whether fills happen the day after the position is decided
   * @param roundPositions whether positions are whole contracts
   * @return gross, costs and net in base currency
   */
  PandlCurve pandlForInstrument(InstrumentCode code, boolean delayFill, boolean roundPositions);

  /**
   * P&amp;L of an instrument held in given positions (pysystemtrade's
   * {@code _pandl_for_instrument_with_positions}), with the system's costs: what the optimised positions' P&amp;L is.
   *
   * @param code the instrument
   * @param positions the positions held, contracts
   * @param delayFill whether trades fill a day late
   * @param roundPositions whether positions are rounded to whole contracts
   * @return gross, costs and net P&amp;L in base currency
   */
  PandlCurve pandlForPositions(InstrumentCode code, TimeSeries positions, boolean delayFill, boolean roundPositions);

  /**
   * P&amp;L of trading one rule's capped forecast alone on an instrument (pysystemtrade's
   * {@code pandl_for_instrument_forecast}): the position is the forecast over {@code average_absolute_forecast} times
   * the position that would use the whole volatility target of the notional capital, fills delayed a day,
   * unrounded, costs as the forecast's Sharpe-ratio cost (turnover and holding).
   *
   * @param code the instrument
   * @param rule the rule variation
   * @return gross, costs and net in base currency; percentages are of the notional capital
   */
  PandlCurve pandlForInstrumentForecast(InstrumentCode code, RuleName rule);

  /**
   * P&amp;L of a trading rule across the portfolio (pysystemtrade's {@code pandl_for_trading_rule}): the sum over
   * instruments of {@link #pandlForInstrumentForecast}, each weighted by its share of the rule's risk (instrument
   * weight x IDM x forecast weight x FDM, normalised across instruments).
   *
   * @param rule the rule variation
   * @return gross, costs and net in base currency
   * @throws IllegalArgumentException if no instrument of the portfolio trades the rule (naming the nearest one)
   */
  PandlCurve pandlForTradingRule(RuleName rule);

  /**
   * Annual turnover of an instrument's held position (pysystemtrade's {@code instrument_turnover}): the mean absolute
   * daily change of the rounded {@link #bufferedPosition} over the average position at portfolio level (volatility
   * scalar x instrument weight x IDM, that is the position a forecast of +10 would hold), times 256. The average
   * position is smoothed as pysystemtrade's {@code turnover(x, y)} smooths it (an EWMA with a 250-day centre of mass).
   *
   * @param code the instrument
   * @return round trips of an average position a year (a position bought and sold back counts 2); NaN when the
   *     position never changes from a defined value
   */
  double instrumentTurnover(InstrumentCode code);

  /**
   * Annual turnover of an instrument's subsystem position (pysystemtrade's {@code subsystem_turnover}): the
   * subsystem position's changes over the volatility scalar (the subsystem position of a forecast of +10).
   *
   * @param code the instrument
   * @return the annual turnover of the subsystem
   */
  double subsystemTurnover(InstrumentCode code);

  /**
   * The portfolio's annual turnover (pysystemtrade's {@code total_portfolio_level_turnover}): for each instrument of
   * the portfolio, the rounded buffered position's changes over the volatility scalar (so each is the instrument's
   * share of the whole capital's turnover), summed ignoring NaN.
   *
   * @return the annual turnover of the portfolio
   */
  double totalPortfolioLevelTurnover();

  /**
   * Portfolio P&amp;L: the sum of the instruments' curves. Instruments whose P&amp;L cannot be computed are left out
   * and reported by {@link #portfolioFailures()}; instruments whose P&amp;L looks defective (infinite, or a day's
   * P&amp;L larger than the whole capital) are summed, as pysystemtrade sums them, and reported by
   * {@link #portfolioWarnings()} (or left out with the config's {@code leave_out_defective_instruments: True}).
   *
   * @return gross, costs and net in base currency
   */
  PandlCurve portfolio();

  /**
   * The instruments left out of {@link #portfolio()}, with reasons (computing the portfolio if needed).
   *
   * @return the failures, empty if none
   */
  List<InstrumentFailure> portfolioFailures();

  /**
   * The instruments whose P&amp;L looks defective (infinite on some day, or a single day's P&amp;L larger than the
   * whole capital: a zero price or volatility, a price spike, or stale prices making the cost normalisation
   * explode), with the reason: summed into {@link #portfolio()} as pysystemtrade sums them, unless the config's
   * {@code leave_out_defective_instruments} is true (then they are also in {@link #portfolioFailures()}).
   *
   * @return the warnings, empty if none (the default)
   */
  default List<InstrumentFailure> portfolioWarnings() {
    return List.of();
  }
}
