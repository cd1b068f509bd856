package org.pystrade.benchmarks;

import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.pystrade.core.data.FxRates;
import org.pystrade.core.pandl.CostModel;
import org.pystrade.core.pandl.PandlCalculator;
import org.pystrade.core.pandl.PandlCurve;
import org.pystrade.core.series.TimeSeries;

/**
 * One instrument's P&amp;L with cash costs ({@link PandlCalculator}): trades, simulated rolls, the volatility cost
 * deflator, FX and business-day sums, on {@code rows} days of positions.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class PandlBenchmark {

  /** Rows of daily data. */
  @Param({"10000"})
  public int rows;

  private TimeSeries positions;
  private TimeSeries price;

  /** Builds the inputs: a smooth position around zero traded every few days. */
  @Setup
  public void setUp() {
    price = BenchData.dailyPrice(rows, 3);
    double[] p = new double[rows];
    for (int i = 0; i < rows; i++) {
      p[i] = Math.rint(8 * Math.sin(i / 40.0));
    }
    positions = TimeSeries.of(price.timestamps(), p);
  }

  /**
   * The P&amp;L with costs, as the accounts stage computes it per instrument.
   *
   * @return the curve, consumed by JMH
   */
  @Benchmark
  public PandlCurve pandlWithCosts() {
    return PandlCalculator.builder()
        .positions(positions)
        .price(price)
        .fx(FxRates.unitSeries())
        .pointSize(50)
        .costs(new CostModel(0.25, 2.5, 0, 0))
        .rollsPerYear(4)
        .multiplyRollCostsBy(1.0)
        .volNormaliseCosts(true)
        .delayFill(true)
        .roundPositions(true)
        .capital(250_000)
        .build()
        .calculate();
  }
}
