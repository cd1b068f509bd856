package org.pystrade.production;

import java.time.LocalDate;
import java.util.Optional;
import org.pystrade.core.data.FuturesSimData;
import org.pystrade.core.domain.InstrumentCode;
import org.pystrade.core.util.ArgChecker;
import org.pystrade.production.strategy.PricedContracts;

/** The contracts an instrument trades on a day. */
public interface ContractSource {

  /**
   * The priced and forward contracts of an instrument on a day.
   *
   * @param instrument the instrument
   * @param day the day
   * @return the contracts, or empty if unknown
   */
  Optional<PricedContracts> contractsAt(InstrumentCode instrument, LocalDate day);

  /**
   * The contracts of the data's multiple prices ({@link PricedContracts#at}).
   *
   * @param data the data
   * @return the source
   */
  static ContractSource of(FuturesSimData data) {
    ArgChecker.notNull(data, "data");
    return (instrument, day) -> PricedContracts.at(instrument, data.multiplePrices(instrument), day);
  }
}
