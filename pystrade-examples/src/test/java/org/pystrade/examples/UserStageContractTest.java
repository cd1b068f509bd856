package org.pystrade.examples;

import java.util.function.Function;
import org.pystrade.core.forecast.DefaultForecastScaleCap;
import org.pystrade.core.forecast.ForecastScaleCap;
import org.pystrade.core.forecast.ForecastScaleCapInputs;
import org.pystrade.core.testing.stages.ForecastScaleCapContract;

/**
 * A user's own stage checked by its contract from pystrade-core's test-jar: a forecast scale/cap stage that caps
 * forecasts at 15 instead of the config's cap must still satisfy everything a forecast scale/cap stage promises.
 */
class UserStageContractTest extends ForecastScaleCapContract {

  /** The user's stage: pysystemtrade's scaling and capping, with a tighter cap. */
  static final class TighterCap extends DefaultForecastScaleCap {
    TighterCap(ForecastScaleCapInputs inputs) {
      super(inputs);
    }

    @Override
    public double forecastCap() {
      return 15.0;
    }
  }

  @Override
  protected Function<ForecastScaleCapInputs, ForecastScaleCap> factory() {
    return TighterCap::new;
  }
}
