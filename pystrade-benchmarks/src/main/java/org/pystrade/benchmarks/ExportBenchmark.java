package org.pystrade.benchmarks;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;
import org.pystrade.core.config.SystemConfig;
import org.pystrade.core.domain.InstrumentCode;
import org.pystrade.core.results.ResultWriter;
import org.pystrade.core.results.SystemResults;
import org.pystrade.core.system.TradingSystem;
import org.pystrade.data.SampleData;
import org.pystrade.data.SharedData;
import org.pystrade.data.arrow.ArrowResultWriter;
import org.pystrade.data.csv.CsvFuturesSimData;
import org.pystrade.data.parquet.ParquetResultWriter;

/**
 * Exporting the results of the whole-universe system (the chapter-15 rules with equal weights on every instrument
 * of {@code ../shared/data/pysystemtrade-futures} with multiple prices, 226 of them; as {@code bench}) once the
 * backtest has run: making the result frames ({@link SystemResults#of}) and writing them as Parquet or Arrow IPC
 * files. The system is computed once, in the set-up; each operation writes every file again into one folder.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgsAppend = {"--add-opens=java.base/java.nio=ALL-UNNAMED", "-Xmx3g"})
public class ExportBenchmark {

  private TradingSystem system;
  private SystemResults results;
  private ParquetResultWriter parquet;
  private ArrowResultWriter arrow;
  private Path dir;

  /**
   * Builds and computes the system, and starts the writers.
   *
   * @throws IOException if the temporary folder cannot be made
   */
  @Setup(Level.Trial)
  public void setUp() throws IOException {
    CsvFuturesSimData data = SharedData.openFuturesData()
        .orElseThrow(() -> new IllegalStateException(SharedData.absentMessage()));
    List<String> names = new ArrayList<>();
    for (InstrumentCode c : data.instrumentsWithMultiplePrices()) {
      names.add(c.value());
    }
    SystemConfig config = SystemConfig.fromYaml(SampleData.directory().resolve("configs/chapter15.yaml"))
        .without("instrument_weights").toBuilder().set("instruments", names).build();
    system = TradingSystem.fromYaml(config, data);
    system.accounts().portfolio();
    results = SystemResults.of(system);
    parquet = ParquetResultWriter.open();
    arrow = ArrowResultWriter.open();
    dir = Files.createTempDirectory("pystrade-export-bench");
  }

  /**
   * Closes the writers and deletes the files.
   *
   * @throws IOException if a file cannot be deleted
   */
  @TearDown(Level.Trial)
  public void tearDown() throws IOException {
    parquet.close();
    arrow.close();
    try (Stream<Path> files = Files.walk(dir)) {
      for (Path p : files.sorted(Comparator.reverseOrder()).toList()) {
        Files.delete(p);
      }
    }
  }

  /**
   * The result frames of the computed system.
   *
   * @return the results, consumed by JMH
   */
  @Benchmark
  public SystemResults frames() {
    return SystemResults.of(system);
  }

  /**
   * Every frame as a Parquet file.
   *
   * @return the files, consumed by JMH
   * @throws IOException if writing fails
   */
  @Benchmark
  public List<Path> parquet() throws IOException {
    return parquet.writeAll(results, dir);
  }

  /**
   * Every frame as an Arrow IPC file.
   *
   * @return the files, consumed by JMH
   * @throws IOException if writing fails
   */
  @Benchmark
  public List<Path> arrow() throws IOException {
    return arrow.writeAll(results, dir);
  }
}
