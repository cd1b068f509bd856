package org.pystrade.benchmarks;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.pystrade.core.config.SystemConfig;
import org.pystrade.core.domain.InstrumentCode;
import org.pystrade.core.incremental.IncrementalSystem;
import org.pystrade.core.system.OptimalPosition;
import org.pystrade.core.system.TradingSystem;
import org.pystrade.data.SampleData;
import org.pystrade.data.SharedData;
import org.pystrade.data.csv.CsvFuturesSimData;

/**
 * One appended day of an incremental system ({@link IncrementalSystem}): the day's bars of every instrument read
 * from the data and appended, then the optimal positions read, as a production run does each day. Two systems: the
 * chapter-15 system on the sample data (6 instruments) and the chapter-15 rules with equal weights on the 226
 * instruments of {@code ../shared/data/pysystemtrade-futures} with multiple prices (as {@code bench} and {@link
 * ExportBenchmark}). The set-up computes the system on the data up to 250 business days before the data's last
 * day; each invocation appends the next day (single shots: the state moves on, so each day is measured once, after
 * the warm-up days).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 60, batchSize = 1)
@Measurement(iterations = 190, batchSize = 1)
@Fork(value = 1, jvmArgsAppend = {"-Xmx3g"})
public class IncrementalBenchmark {

  private static final int DAYS = 250;

  /** Which system: {@code chapter15} (sample data) or {@code 226} (the shared data's instruments). */
  @Param({"chapter15", "226"})
  public String system;

  private CsvFuturesSimData data;
  private IncrementalSystem incremental;
  private final List<LocalDate> days = new ArrayList<>();
  private int next;

  /** Computes the system up to the day before the first appended day. */
  @Setup(Level.Trial)
  public void setUp() {
    SystemConfig config = SystemConfig.fromYaml(SampleData.directory().resolve("configs/chapter15.yaml"));
    if (system.equals("chapter15")) {
      data = SampleData.open();
    } else {
      data = SharedData.openFuturesData().orElseThrow(() -> new IllegalStateException(SharedData.absentMessage()));
      List<String> names = new ArrayList<>();
      for (InstrumentCode c : data.instrumentsWithMultiplePrices()) {
        names.add(c.value());
      }
      config = config.without("instrument_weights").toBuilder().set("instruments", names).build();
    }
    TradingSystem definition = TradingSystem.fromYaml(config, data);
    LocalDate last = LocalDate.MIN;
    for (InstrumentCode c : definition.instruments()) {
      LocalDate d = definition.rawData().dailyPrices(c).date(definition.rawData().dailyPrices(c).size() - 1);
      last = d.isAfter(last) ? d : last;
    }
    for (LocalDate d = last; days.size() < DAYS; d = d.minusDays(1)) {
      if (d.getDayOfWeek() != DayOfWeek.SATURDAY && d.getDayOfWeek() != DayOfWeek.SUNDAY) {
        days.add(0, d);
      }
    }
    incremental = IncrementalSystem.start(definition.withData(data.asOf(days.get(0).minusDays(1))));
    if (!incremental.isStepped()) {
      throw new IllegalStateException("not stepped: " + incremental.recomputedBecause());
    }
  }

  /**
   * Appends the next day and reads the optimal positions.
   *
   * @return the positions, consumed by JMH
   */
  @Benchmark
  public Map<InstrumentCode, OptimalPosition> appendDay() {
    if (next == days.size()) {
      throw new IllegalStateException("more invocations than the " + DAYS + " days prepared");
    }
    incremental.append(data, days.get(next++));
    return incremental.optimalPositions();
  }
}
