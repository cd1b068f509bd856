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
import org.pystrade.core.series.Ewm;
import org.pystrade.core.series.Kernels;
import org.pystrade.core.series.TimeSeries;

/**
 * The series kernels behind the chapter-15 system, on 40 years of daily data ({@code rows} = 10,000) and, for
 * resampling, on hourly intraday data: exponentially weighted std (the volatility estimate), rolling quantile (the
 * robust volatility floor), business-day resampling (every price series goes through it).
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class KernelBenchmarks {

  /** Rows of daily data. */
  @Param({"10000"})
  public int rows;

  private double[] returns;
  private TimeSeries intraday;
  private final Ewm span35 = Ewm.span(35).withMinPeriods(10);
  private final Ewm span16 = Ewm.span(16).withMinPeriods(1);
  private final Ewm span64 = Ewm.span(64).withMinPeriods(1);
  private double[] price;

  /** Builds the inputs. */
  @Setup
  public void setUp() {
    returns = BenchData.returns(rows, 42);
    price = BenchData.dailyPrice(rows, 7).values();
    intraday = BenchData.intraday(rows / 4, 10, 7);
  }

  /**
   * pandas' {@code ewm(span=35, min_periods=10).std()}.
   *
   * @return the result, consumed by JMH
   */
  @Benchmark
  public double[] ewmStd() {
    return Kernels.ewmStd(returns, span35);
  }

  /**
   * pandas' {@code rolling(500, min_periods=100).quantile(0.05)}.
   *
   * @return the result, consumed by JMH
   */
  @Benchmark
  public double[] rollingQuantile() {
    return Kernels.rollingQuantile(returns, 500, 100, 0.05);
  }

  /**
   * pandas' {@code resample("1B").last()} of an hourly series.
   *
   * @return the result, consumed by JMH
   */
  @Benchmark
  public TimeSeries resampleBusinessDayLast() {
    return intraday.resampleBusinessDayLast();
  }

  /**
   * pandas' {@code resample("1B").mean()} of an hourly series.
   *
   * @return the result, consumed by JMH
   */
  @Benchmark
  public TimeSeries resampleBusinessDayMean() {
    return intraday.resampleBusinessDayMean();
  }

  /**
   * The two weighted means of {@code ewmac16_64} one after the other ({@link Kernels#ewmMean} twice).
   *
   * @return the means, consumed by JMH
   */
  @Benchmark
  public double[][] ewmacMeansApart() {
    return new double[][] {Kernels.ewmMean(price, span16), Kernels.ewmMean(price, span64)};
  }

  /**
   * The same two weighted means stepped together ({@link Kernels#ewmMeans}).
   *
   * @return the means, consumed by JMH
   */
  @Benchmark
  public double[][] ewmacMeansTogether() {
    return Kernels.ewmMeans(new double[][] {price, price}, new Ewm[] {span16, span64});
  }
}
