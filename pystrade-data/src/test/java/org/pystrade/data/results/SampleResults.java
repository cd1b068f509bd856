package org.pystrade.data.results;

import static org.assertj.core.api.Assertions.assertThat;

import org.pystrade.core.config.SystemConfig;
import org.pystrade.core.results.ResultFrame;
import org.pystrade.core.results.SystemResults;
import org.pystrade.core.system.TradingSystem;
import org.pystrade.data.SampleData;

/** The results of the chapter-15 system on the sample data, built once for the result-file tests. */
final class SampleResults {

  private static SystemResults results;

  private SampleResults() {
  }

  /** The results (computed on first use). */
  static synchronized SystemResults get() {
    if (results == null) {
      TradingSystem system = TradingSystem.fromYaml(
          SystemConfig.fromYaml(SampleData.directory().resolve("configs/chapter15.yaml")), SampleData.open());
      results = SystemResults.of(system);
      assertThat(system.instruments()).hasSizeGreaterThan(3);
    }
    return results;
  }

  /**
   * Whether two doubles are the same value as a file stores it: NaN is read back as null (NaN), anything else
   * bit for bit.
   */
  static boolean same(double read, double written) {
    return Double.doubleToLongBits(read) == Double.doubleToLongBits(written);
  }

  /** A description of a cell, for failure messages. */
  static String cell(ResultFrame frame, int row, int col) {
    return frame.name() + " row " + row + " (" + frame.dateTimes().get(row) + ") column "
        + frame.columnNames().get(col);
  }
}
