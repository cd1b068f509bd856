package org.pystrade.optimisation.scalar;

import org.pystrade.core.math.NumpyReductions;
import org.pystrade.core.series.Kernels;
import org.pystrade.core.series.SeriesFrame;
import org.pystrade.core.series.TimeSeries;
import org.pystrade.core.util.ArgChecker;

/**
 * The forecast scalar calculation of pysystemtrade's {@code sysquant.estimators.forecast_scalar.forecast_scalar}
 * on a cross-section of raw forecasts.
 */
public final class ForecastScalars {

  private ForecastScalars() {
  }

  /**
   * Estimates the scalar over time. Zero forecasts count as missing. With one column the average is the absolute
   * forecast; with several it is the cross-sectional median of the forward-filled absolute forecasts (NaN where no
   * instrument has one). The time-series average is a rolling mean of {@code window} rows needing
   * {@code minPeriods} non-missing values; the scalar is {@code target / average}, back-filled when asked.
   *
   * @param crossSection raw forecasts, one column per instrument, on their union index (NaN = missing)
   * @param params the parameters
   * @return the scalar on the cross-section's index (NaN before the first estimate unless back-filled)
   */
  public static TimeSeries estimate(SeriesFrame crossSection, ForecastScalarParams params) {
    ArgChecker.notNull(crossSection, "crossSection");
    ArgChecker.notNull(params, "params");
    int rows = crossSection.rowCount();
    int cols = crossSection.names().size();
    double[] avg = new double[rows];
    if (cols == 1) {
      for (int r = 0; r < rows; r++) {
        double v = crossSection.get(r, 0);
        avg[r] = v == 0.0 ? Double.NaN : Math.abs(v);
      }
    } else {
      double[][] filled = new double[cols][];
      for (int c = 0; c < cols; c++) {
        double[] x = crossSection.column(crossSection.names().get(c)).values();
        for (int r = 0; r < rows; r++) {
          if (x[r] == 0.0) {
            x[r] = Double.NaN;
          }
        }
        filled[c] = Kernels.ffill(x);
      }
      double[] buf = new double[cols];
      for (int r = 0; r < rows; r++) {
        int n = 0;
        for (int c = 0; c < cols; c++) {
          double v = filled[c][r];
          if (v == v) {
            buf[n++] = Math.abs(v);
          }
        }
        avg[r] = NumpyReductions.median(buf, n);
      }
    }
    double[] mean = Kernels.rollingMean(avg, params.window(), params.minPeriods());
    double[] scalar = new double[rows];
    for (int r = 0; r < rows; r++) {
      scalar[r] = params.targetAbsForecast() / mean[r];
    }
    if (params.backfill()) {
      scalar = Kernels.bfill(scalar);
    }
    return TimeSeries.of(crossSection.timestamps(), scalar);
  }
}
