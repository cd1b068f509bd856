package org.pystrade.benchmarks;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.pystrade.core.data.MultiplePrices;
import org.pystrade.core.domain.InstrumentCode;
import org.pystrade.data.SampleData;
import org.pystrade.data.SharedData;
import org.pystrade.data.csv.CsvFuturesSimData;
import org.pystrade.data.pipeline.PanamaStitch;

/**
 * Panama-stitching every instrument's multiple prices into adjusted prices (the pipeline's
 * {@link PanamaStitch}), the files already read: the 226 instruments of pysystemtrade's data in
 * {@code ../shared} when present, else the sample data. One thread; target 0.5 s for the 226.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class StitchBenchmark {

  private final List<MultiplePrices> all = new ArrayList<>();

  /** Reads every instrument's multiple prices. */
  @Setup
  public void setUp() {
    Path dir = SharedData.futuresData().orElse(SampleData.directory());
    CsvFuturesSimData data = CsvFuturesSimData.open(dir);
    for (InstrumentCode code : data.instrumentsWithMultiplePrices()) {
      all.add(data.multiplePrices(code));
    }
  }

  /**
   * Stitches every instrument.
   *
   * @return the number of adjusted prices, consumed by JMH
   */
  @Benchmark
  public long stitchAll() {
    long rows = 0;
    for (MultiplePrices m : all) {
      rows += PanamaStitch.stitch("bench", m).get().size();
    }
    return rows;
  }
}
