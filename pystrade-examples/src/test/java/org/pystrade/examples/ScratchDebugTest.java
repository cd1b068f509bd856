package org.pystrade.examples;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.pystrade.core.series.TimeSeries;
import org.pystrade.core.series.Timestamps;
import org.pystrade.data.SharedData;
import org.pystrade.examples.cli.GoldenComparison;

class ScratchDebugTest {
  @Test
  void dump() throws Exception {
    Path golden = SharedData.golden().get().resolve("chapter15_estimated");
    var m = Chapter15EstimatedParityTest.class.getDeclaredMethod("withGoldenForecastWeights");
    m.setAccessible(true);
    var f = Chapter15EstimatedParityTest.class.getDeclaredField("golden");
    f.setAccessible(true);
    f.set(null, golden);
    org.pystrade.core.system.TradingSystem s = (org.pystrade.core.system.TradingSystem) m.invoke(null);
    TimeSeries g = GoldenComparison.read(golden.resolve("idm.csv.gz")).get("idm");
    TimeSeries o = s.portfolio().instrumentDiversificationMultiplier();
    int shown = 0;
    double prev = 0;
    for (int i = 0; i < g.size(); i++) {
      double ov = o.valueAt(g.time(i));
      boolean change = Math.abs(ov - g.value(i)) > 1e-9 * Math.abs(g.value(i)) || (Timestamps.format(g.time(i)).compareTo("1984-09-10") > 0 && shown < 5);
      if (change && shown < 60) {
        System.err.println(Timestamps.format(g.time(i)) + " golden " + g.value(i) + " ours " + ov);
        shown++;
      }
      prev = g.value(i);
    }
    var cl = org.pystrade.optimisation.dm.InstrumentCorrelations.of(s);
    for (int p = 0; p < cl.periods().size(); p++) {
      System.err.println(Timestamps.format(cl.periods().get(p).periodStart() / 1000000) + " " + cl.matrices().get(p));
      if (p > 14) break;
    }
  }
}
