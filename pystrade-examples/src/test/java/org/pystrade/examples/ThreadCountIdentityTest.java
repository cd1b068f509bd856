package org.pystrade.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.assertj.core.api.Assertions;
import org.junit.jupiter.api.Test;
import org.pystrade.core.config.SystemConfig;
import org.pystrade.core.domain.InstrumentCode;
import org.pystrade.core.results.ResultColumns;
import org.pystrade.core.series.TimeSeries;
import org.pystrade.core.system.TradingSystem;
import org.pystrade.data.SampleData;

/**
 * The chapter-15 system on the sample data gives the same bits whatever {@code pystrade.threads}: every exported
 * column (per instrument, portfolio, instrument weights, IDM) of a run on one thread equals, timestamp for
 * timestamp and bit for bit, that of runs on several threads.
 */
class ThreadCountIdentityTest {

  private static final String PROPERTY = "pystrade.threads";

  @Test
  void everyExportedColumnIsBitIdenticalWhateverTheThreadCount() {
    checkThreadCounts("configs/chapter15.yaml", new int[] {2, 3, 8});
  }

  @Test
  void theEstimatedSystemToo() {
    // estimated scalars, forecast weights (periods fitted in parallel, even inside the instruments' loop), FDM,
    // instrument weights and IDM
    checkThreadCounts("configs/chapter15_estimated.yaml", new int[] {2, 5});
  }

  @Test
  void theRiskOverlayAndTheOptimisationToo() {
    // the risk overlay (every instrument's position, the returns correlations' pairs and periods and the days'
    // portfolio risk spread over the threads from inside the accounts' loop) and the dynamic optimisation
    checkThreadCounts("configs/chapter15_risk_overlay.yaml", new int[] {2, 3});
  }

  private static void checkThreadCounts(String config, int[] counts) {
    Map<String, TimeSeries> single = exportWithThreads(config, 1);
    assertThat(single).hasSizeGreaterThan(60);
    assertThat(single.values()).allSatisfy(s -> assertThat(s.size()).isPositive());
    for (int threads : counts) {
      Map<String, TimeSeries> multi = exportWithThreads(config, threads);
      assertThat(multi.keySet()).as("columns with %d threads", threads).containsExactlyElementsOf(single.keySet());
      for (Map.Entry<String, TimeSeries> e : single.entrySet()) {
        assertBitIdentical(e.getKey() + " with " + threads + " threads", e.getValue(), multi.get(e.getKey()));
      }
    }
  }

  @Test
  void theComparisonSeesADifferenceOfOneBit() {
    TimeSeries a = TimeSeries.of(new long[] {0, 86_400}, new double[] {1.0, 0.0});
    TimeSeries b = TimeSeries.of(new long[] {0, 86_400}, new double[] {Math.nextUp(1.0), 0.0});
    TimeSeries c = TimeSeries.of(new long[] {0, 86_400}, new double[] {1.0, -0.0});
    Assertions.assertThatThrownBy(() -> assertBitIdentical("b", a, b))
        .isInstanceOf(AssertionError.class);
    Assertions.assertThatThrownBy(() -> assertBitIdentical("c", a, c))
        .isInstanceOf(AssertionError.class);
  }

  private static Map<String, TimeSeries> exportWithThreads(String config, int threads) {
    String before = System.getProperty(PROPERTY);
    System.setProperty(PROPERTY, Integer.toString(threads));
    try {
      TradingSystem system = TradingSystem.fromYaml(
          SystemConfig.fromYaml(SampleData.directory().resolve(config)), SampleData.open());
      ResultColumns exporter = new ResultColumns(system);
      Map<String, TimeSeries> all = new LinkedHashMap<>();
      // the portfolio first, so that its parallel map is what computes the instruments' P&L
      exporter.portfolio().forEach((k, v) -> all.put("portfolio." + k, v));
      List<InstrumentCode> instruments = system.instruments();
      for (InstrumentCode code : instruments) {
        exporter.instrument(code).forEach((k, v) -> all.put(code + "." + k, v));
      }
      system.portfolio().instrumentWeights().toMap().forEach((k, v) -> all.put("weight." + k, v));
      all.put("idm", system.portfolio().instrumentDiversificationMultiplier());
      if (system.portfolio().riskOverlay().isPresent()) {
        exporter.riskOverlay().forEach((k, v) -> all.put("risk." + k, v));
      }
      if (ResultColumns.optimises(system)) {
        exporter.optimisedPortfolio().forEach((k, v) -> all.put("optimised." + k, v));
        exporter.optimisedPositions().forEach((k, v) -> all.put("optimised.position." + k, v));
        exporter.riskStage().forEach((k, v) -> all.put("riskStage." + k, v));
      }
      for (InstrumentCode code : instruments) {
        system.combine().forecastWeights(code).toMap().forEach((k, v) -> all.put(code + ".fw." + k, v));
        all.put(code + ".fdm", system.combine().forecastDiversificationMultiplier(code));
      }
      return all;
    } finally {
      if (before == null) {
        System.clearProperty(PROPERTY);
      } else {
        System.setProperty(PROPERTY, before);
      }
    }
  }

  private static void assertBitIdentical(String what, TimeSeries expected, TimeSeries actual) {
    assertThat(actual).as(what).isNotNull();
    assertThat(actual.size()).as("rows of %s", what).isEqualTo(expected.size());
    for (int i = 0; i < expected.size(); i++) {
      if (expected.time(i) != actual.time(i)
          || Double.doubleToRawLongBits(expected.value(i)) != Double.doubleToRawLongBits(actual.value(i))) {
        throw new AssertionError(what + " differs at row " + i + ": " + expected.time(i) + "=" + expected.value(i)
            + " vs " + actual.time(i) + "=" + actual.value(i));
      }
    }
  }
}
