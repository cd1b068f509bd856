package org.pystrade.core.sizing;

import java.util.function.Supplier;
import org.pystrade.core.calc.StageContext;
import org.pystrade.core.combination.ForecastCombine;
import org.pystrade.core.domain.InstrumentCode;
import org.pystrade.core.pandl.VolTarget;
import org.pystrade.core.rawdata.RawData;
import org.pystrade.core.series.Index;
import org.pystrade.core.series.TimeSeries;
import org.pystrade.core.util.ArgChecker;

/**
 * pysystemtrade's volatility-targeting position sizing with fixed capital. Every result goes through the
 * overridable methods it depends on: the subsystem position is the {@link #volatilityScalar} times the combined
 * forecast, the volatility scalar is the {@link #dailyCashVolTarget} over the {@link #instrumentValueVol}, and so
 * on down to the {@link #blockValue} and the {@link #fxRate}.
 */
public class DefaultPositionSizing implements PositionSizing {

  private final StageContext context;
  private final RawData rawData;
  private final ForecastCombine combine;
  private final SizingParams params;

  /**
   * Creates the stage.
   *
   * @param inputs the context, the raw-data and combination stages and the parameters
   */
  public DefaultPositionSizing(PositionSizingInputs inputs) {
    ArgChecker.notNull(inputs, "inputs");
    this.context = inputs.context();
    this.rawData = inputs.rawData();
    this.combine = inputs.combine();
    this.params = inputs.params();
  }

  private <T> T memo(String method, Object arg, Supplier<T> f) {
    return context.memo("positionSize", method, arg, null, f);
  }

  @Override
  public double notionalCapital() {
    return params.volTarget().notionalCapital();
  }

  @Override
  public double dailyCashVolTarget() {
    // VolTarget.dailyCashVolTarget's arithmetic, through the overridable notional capital
    return notionalCapital() * params.volTarget().percentageVolTarget() / 100.0 / VolTarget.ROOT_BDAYS_INYEAR;
  }

  @Override
  public TimeSeries fxRate(InstrumentCode code) {
    return context.fxRate(code);
  }

  @Override
  public TimeSeries blockValue(InstrumentCode code) {
    double pointSize = context.data().meta(code).pointSize();
    return rawData.dailyDenominatorPrice(code).ffill().times(pointSize * 0.01);
  }

  @Override
  public TimeSeries instrumentCurrencyVol(InstrumentCode code) {
    TimeSeries block = blockValue(code);
    TimeSeries percVol = rawData.dailyPercentageVolatility(code);
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
      TimeSeries forecast = combine.combinedForecast(code);
      TimeSeries vs = volatilityScalar(code).reindexPad(forecast);
      TimeSeries pos = vs.times(forecast).dividedBy(params.averageAbsoluteForecast());
      if (params.longOnlyInstruments().contains(code)) {
        pos = pos.map(v -> v < 0 ? 0.0 : v);
      }
      return pos;
    });
  }
}
