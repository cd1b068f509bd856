package org.pystrade.report;

import org.pystrade.core.config.SystemConfig;
import org.pystrade.core.system.TradingSystem;
import org.pystrade.data.SampleData;

/** The chapter-15 systems of the sample data (six instruments), built once per test run. */
final class TestSystems {

  private static TradingSystem fixed;
  private static TradingSystem estimated;

  private TestSystems() {
  }

  /** The fixed-weight chapter-15 system, computed. */
  static synchronized TradingSystem fixed() {
    if (fixed == null) {
      fixed = build("chapter15.yaml");
    }
    return fixed;
  }

  /** The estimated chapter-15 system (scalars, forecast weights, FDM, instrument weights, IDM), computed. */
  static synchronized TradingSystem estimated() {
    if (estimated == null) {
      estimated = build("chapter15_estimated.yaml");
    }
    return estimated;
  }

  private static TradingSystem build(String config) {
    TradingSystem system = TradingSystem.fromYaml(
        SystemConfig.fromYaml(SampleData.directory().resolve("configs").resolve(config)), SampleData.open());
    system.accounts().portfolio();
    return system;
  }
}
