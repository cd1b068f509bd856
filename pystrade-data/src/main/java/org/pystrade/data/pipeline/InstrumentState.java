package org.pystrade.data.pipeline;

import java.util.Collections;
import java.util.Map;
import java.util.NavigableMap;
import java.util.TreeMap;
import org.pystrade.core.data.ContractPrices;
import org.pystrade.core.data.MultiplePrices;
import org.pystrade.core.domain.ContractDate;
import org.pystrade.core.domain.InstrumentCode;
import org.pystrade.core.series.TimeSeries;
import org.pystrade.core.util.ArgChecker;

/**
 * Everything the price pipeline keeps for one instrument: its contracts' prices, multiple prices and adjusted
 * prices. A store without per-contract prices (pysystemtrade's bundled CSV data) gives an empty map; a contract
 * without stored bars then takes its history from the multiple prices ({@link ContractFinals#derivedFrom}).
 *
 * @param instrument the instrument
 * @param contractPrices the contracts' stored bars, by contract date (possibly empty)
 * @param multiple the multiple prices
 * @param adjusted the back-adjusted prices
 */
public record InstrumentState(InstrumentCode instrument, NavigableMap<ContractDate, ContractPrices> contractPrices,
    MultiplePrices multiple, TimeSeries adjusted) {

  /**
   * Checks the parts and copies the map.
   *
   * @param instrument the instrument
   * @param contractPrices the contracts' stored bars, by contract date (possibly empty)
   * @param multiple the multiple prices
   * @param adjusted the back-adjusted prices
   */
  public InstrumentState {
    ArgChecker.notNull(instrument, "instrument");
    ArgChecker.notNull(contractPrices, "contractPrices");
    ArgChecker.notNull(multiple, "multiple");
    ArgChecker.notNull(adjusted, "adjusted");
    contractPrices = Collections.unmodifiableNavigableMap(new TreeMap<>(contractPrices));
  }

  /**
   * Obtains a state.
   *
   * @param instrument the instrument
   * @param contractPrices the contracts' bars
   * @param multiple the multiple prices
   * @param adjusted the adjusted prices
   * @return the state
   */
  public static InstrumentState of(InstrumentCode instrument, Map<ContractDate, ContractPrices> contractPrices,
      MultiplePrices multiple, TimeSeries adjusted) {
    return new InstrumentState(instrument, new TreeMap<>(contractPrices), multiple, adjusted);
  }
}
