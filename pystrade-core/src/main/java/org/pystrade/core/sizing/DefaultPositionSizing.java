package org.pystrade.core.sizing;

import org.pystrade.core.config.ConfigException;
import org.pystrade.core.config.SystemConfig;
import org.pystrade.core.data.InstrumentCode;
import org.pystrade.core.series.Index;
import org.pystrade.core.series.TimeSeries;
import org.pystrade.core.calc.StageKey;
import org.pystrade.core.system.TradingSystem;

/**
 * pysystemtrade's volatility-targeting position sizing with fixed capital.
 */
public class DefaultPositionSizing implements PositionSizing {

  private static final double ROOT_BDAYS_INYEAR = 16.0;

  private final TradingSystem system;

  /**
   * Creates the stage.
   *
   * @param system the system
   */
  public DefaultPositionSizing(TradingSystem system) {
    this.system = system;
  }

  private <T> T memo(String method, Object arg, java.util.function.Supplier<T> f) {
    return system.memo().get(new StageKey("positionSize", method, arg, null), f);
  }

  @Override
  public double notionalCapital() {
    double capital = system.config().getDouble("notional_trading_capital");
    if (!(capital > 0)) {
      throw new ConfigException("config key 'notional_trading_capital' must be > 0 but was " + capital);
    }
    return capital;
  }

  @Override
  public double dailyCashVolTarget() {
    double pct = system.config().getDouble("percentage_vol_target");
    if (!(pct > 0)) {
      throw new ConfigException("config key 'percentage_vol_target' must be > 0 but was " + pct);
    }
    return notionalCapital() * pct / 100.0 / ROOT_BDAYS_INYEAR;
  }

  @Override
  public TimeSeries fxRate(InstrumentCode code) {
    return memo("fxRate", code,
        () -> system.data().fxRateForInstrument(code, system.config().getString("base_currency")));
  }

  @Override
  public TimeSeries blockValue(InstrumentCode code) {
    double pointSize = system.data().meta(code).pointSize();
    return system.rawData().dailyDenominatorPrice(code).ffill().times(pointSize * 0.01);
  }

  @Override
  public TimeSeries instrumentCurrencyVol(InstrumentCode code) {
    TimeSeries block = blockValue(code);
    TimeSeries percVol = system.rawData().dailyPercentageVolatility(code);
    long[] inner = Index.intersection(block.timesView(), percVol.timesView());
    return block.reindex(inner).ffill().times(percVol.reindex(inner));
  }

  @Override
  public TimeSeries instrumentValueVol(InstrumentCode code) {
    TimeSeries ccyVol = instrumentCurrencyVol(code);
    TimeSeries fx = fxRate(code).reindexPad(ccyVol);
    return ccyVol.ffill().times(fx);
  }

  @Override
  public TimeSeries volatilityScalar(InstrumentCode code) {
    return memo("volatilityScalar", code, () -> {
      double target = dailyCashVolTarget();
      return instrumentValueVol(code).map(v -> target / v);
    });
  }

  @Override
  public TimeSeries subsystemPosition(InstrumentCode code) {
    return memo("subsystemPosition", code, () -> {
      SystemConfig c = system.config();
      double avgAbsForecast = c.getDouble("average_absolute_forecast");
      TimeSeries forecast = system.combine().combinedForecast(code);
      TimeSeries vs = volatilityScalar(code).reindexPad(forecast);
      TimeSeries pos = vs.times(forecast).dividedBy(avgAbsForecast);
      if (c.getStringList("long_only_instruments").contains(code.value())) {
        pos = pos.map(v -> v < 0 ? 0.0 : v);
      }
      return pos;
    });
  }
}
