package org.pystrade.production.report;

import java.util.Optional;
import org.pystrade.core.domain.FuturesContract;
import org.pystrade.core.series.TimeSeries;

/**
 * Daily traded volumes of futures contracts (pysystemtrade's {@code VOLUME} column of a contract's prices), for the
 * roll and liquidity reports. The sample data has none; a price store or a broker's history can supply them.
 */
@FunctionalInterface
public interface ContractVolumes {

  /** No volumes known. */
  ContractVolumes NONE = contract -> Optional.empty();

  /**
   * A contract's daily volumes, in contracts.
   *
   * @param contract the contract
   * @return the volumes (NaN where missing), empty if none are known
   */
  Optional<TimeSeries> daily(FuturesContract contract);
}
