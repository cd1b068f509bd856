package org.pystrade.broker.sim;

import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Map;
import org.pystrade.broker.config.BrokerConfigTable;
import org.pystrade.broker.config.InstrumentCosts;
import org.pystrade.core.data.ContractPrices;
import org.pystrade.core.domain.FuturesContract;
import org.pystrade.core.domain.FxPair;
import org.pystrade.core.series.TimeSeries;

/** Daily prices of two contracts and EURUSD over 60 days from 2025-01-01, and sample-data's costs. */
final class SimFixtures {

  static final LocalDate START = LocalDate.of(2025, 1, 1);
  static final FuturesContract SOFR = FuturesContract.of("SOFR", "20250300");
  static final FuturesContract EUROSTX = FuturesContract.of("EUROSTX", "20250300");

  private SimFixtures() {
  }

  static Instant day(int i) {
    return START.plusDays(i).atStartOfDay().toInstant(ZoneOffset.UTC);
  }

  /** SOFR at 95.000 + 0.01 * day; EUROSTX at 4000 + day; EURUSD at 1.05 + 0.001 * day. */
  static SeriesPriceSource prices() {
    int n = 60;
    LocalDate[] dates = new LocalDate[n];
    double[] sofr = new double[n];
    double[] stx = new double[n];
    double[] eur = new double[n];
    for (int i = 0; i < n; i++) {
      dates[i] = START.plusDays(i);
      sofr[i] = 95.0 + 0.01 * i;
      stx[i] = 4000 + i;
      eur[i] = 1.05 + 0.001 * i;
    }
    return SeriesPriceSource.of(
        Map.of(SOFR, ContractPrices.ofFinal(SOFR, TimeSeries.ofDates(dates, sofr)),
            EUROSTX, ContractPrices.ofFinal(EUROSTX, TimeSeries.ofDates(dates, stx))),
        Map.of(FxPair.of("EURUSD"), TimeSeries.ofDates(dates, eur)));
  }

  static InstrumentCosts costs() {
    return InstrumentCosts.read(Path.of("..", "sample-data", "csvconfig")).value();
  }

  static SimulatedBroker broker(SimSettings settings, ManualClock clock) {
    return new SimulatedBroker(settings, BrokerConfigTable.bundled(), costs(), prices(), clock);
  }
}
