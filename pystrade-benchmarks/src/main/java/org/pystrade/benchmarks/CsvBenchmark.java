package org.pystrade.benchmarks;

import java.nio.file.Path;
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
import org.pystrade.core.data.MultiplePrices;
import org.pystrade.core.domain.InstrumentCode;
import org.pystrade.core.series.TimeSeries;
import org.pystrade.data.SampleData;
import org.pystrade.data.csv.CsvFuturesSimData;

/**
 * Reading one instrument's gzipped CSV files through the public API of {@link CsvFuturesSimData} (a fresh instance
 * each time, so every call inflates and parses). The sample data folder is found as {@link SampleData} finds it:
 * the {@code pystrade.sample.dir} property, else {@code sample-data} in or above the working directory.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class CsvBenchmark {

  /** The sample instrument read. */
  @Param({"CORN", "US10"})
  public String instrument;

  private Path dir;
  private InstrumentCode code;

  /** Locates the sample data. */
  @Setup
  public void setUp() {
    dir = SampleData.directory();
    code = InstrumentCode.of(instrument);
  }

  /**
   * The adjusted prices file.
   *
   * @return the series, consumed by JMH
   */
  @Benchmark
  public TimeSeries adjustedPrices() {
    return CsvFuturesSimData.open(dir).adjustedPrices(code);
  }

  /**
   * The multiple prices file (six columns).
   *
   * @return the prices, consumed by JMH
   */
  @Benchmark
  public MultiplePrices multiplePrices() {
    return CsvFuturesSimData.open(dir).multiplePrices(code);
  }
}
