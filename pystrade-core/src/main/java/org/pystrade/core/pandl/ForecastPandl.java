package org.pystrade.core.pandl;

import org.pystrade.core.calc.StageContext;
import org.pystrade.core.domain.InstrumentCode;
import org.pystrade.core.forecast.ForecastScaleCap;
import org.pystrade.core.rawdata.RawData;
import org.pystrade.core.rules.RuleName;
import org.pystrade.core.series.TimeSeries;
import org.pystrade.core.util.ArgChecker;

/**
 * The P&amp;L of trading one rule's capped forecast alone on an instrument (pysystemtrade's
 * {@code pandl_for_instrument_forecast}): the position is the forecast over {@code average_absolute_forecast} times
 * the position that would use the whole volatility target of the notional capital, fills delayed a day,
 * unrounded, costs as the forecast's Sharpe-ratio cost (turnover and holding). Forecast weights are estimated from
 * it, and the accounts report it per rule; it depends only on the forecasts, the raw data and the costs, so it sits
 * beneath the forecast combination.
 */
public final class ForecastPandl {

  private final StageContext context;
  private final RawData rawData;
  private final ForecastScaleCap scaleCap;
  private final SrCosts costs;
  private final VolTarget volTarget;

  /**
   * Creates the calculator.
   *
   * @param context the system's context
   * @param rawData the raw-data stage (prices and volatility)
   * @param scaleCap the forecast scaling stage (capped forecasts)
   * @param costs the Sharpe-ratio costs
   * @param volTarget the capital and volatility target
   */
  public ForecastPandl(StageContext context, RawData rawData, ForecastScaleCap scaleCap, SrCosts costs,
      VolTarget volTarget) {
    this.context = ArgChecker.notNull(context, "context");
    this.rawData = ArgChecker.notNull(rawData, "rawData");
    this.scaleCap = ArgChecker.notNull(scaleCap, "scaleCap");
    this.costs = ArgChecker.notNull(costs, "costs");
    this.volTarget = ArgChecker.notNull(volTarget, "volTarget");
  }

  /**
   * The P&amp;L of a rule's forecast on an instrument (memoised).
   *
   * @param code the instrument
   * @param rule the rule variation
   * @return gross, costs and net in base currency; percentages are of the notional capital
   */
  public PandlCurve pandl(InstrumentCode code, RuleName rule) {
    return context.memo("accounts", "pandlForecast", code, rule,
        () -> pandl(code, rule, null, context.fxRate(code), volTarget.notionalCapital()));
  }

  /**
   * The P&amp;L of a rule's forecast on an instrument with the FX rate and capital a position sizing stage gives
   * (pysystemtrade reads both from its {@code positionSize} stage): the memoised {@link #pandl(InstrumentCode,
   * RuleName)} when they are the system's own, else computed.
   *
   * @param code the instrument
   * @param rule the rule variation
   * @param fx the FX rate into the base currency
   * @param capital the notional capital
   * @return gross, costs and net in base currency
   */
  public PandlCurve pandl(InstrumentCode code, RuleName rule, TimeSeries fx, double capital) {
    if (fx == context.fxRate(code) && capital == volTarget.notionalCapital()) {
      return pandl(code, rule);
    }
    return pandl(code, rule, null, fx, capital);
  }

  /**
   * The P&amp;L of a rule's forecast on an instrument with the positions scaled by a weight (pysystemtrade's
   * weighted forecast P&amp;L of {@code pandl_for_trading_rule}); not memoised.
   *
   * @param code the instrument
   * @param rule the rule variation
   * @param weight the weight over time (forward filled onto the positions), or null for none
   * @param fx the FX rate into the base currency
   * @param capital the notional capital
   * @return gross, costs and net in base currency
   */
  public PandlCurve pandl(InstrumentCode code, RuleName rule, TimeSeries weight, TimeSeries fx, double capital) {
    TimeSeries forecast = scaleCap.cappedForecast(code, rule);
    TimeSeries price = rawData.dailyPrices(code).reindexPad(forecast);
    TimeSeries vol = rawData.dailyReturnsVolatility(code);
    // pysystemtrade's order of operations here (capital x (percentage / 100) / 16), which is not always the same
    // double as the position sizing's capital x percentage / 100 / 16
    double riskTarget = volTarget.percentageVolTarget() / 100.0;
    double pointSize = context.data().meta(code).pointSize();
    double dailyCashVolTarget = capital * riskTarget / VolTarget.ROOT_BDAYS_INYEAR;
    TimeSeries averagePosition = vol.map(v -> dailyCashVolTarget / (v * pointSize));
    TimeSeries positions = averagePosition.reindexPad(forecast)
        .times(forecast.dividedBy(costs.params().averageAbsoluteForecast()));
    if (weight != null) {
      positions = positions.times(weight.reindexThenFfill(positions.timesView()));
      averagePosition = averagePosition.times(weight.reindexThenFfill(averagePosition.timesView()));
    }
    return SrCostPandl.calculate(positions, price, fx, pointSize, costs.forecastCost(code, rule),
        averagePosition, vol, true, false, capital);
  }
}
