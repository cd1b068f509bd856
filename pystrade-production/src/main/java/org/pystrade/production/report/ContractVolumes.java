package org.pystrade.production.report;

import java.util.Optional;
import org.pystrade.core.domain.FuturesContract;
import org.pystrade.core.series.TimeSeries;

/**
 * Daily traded volumes of futures contracts (pysystemtrade's {@code VOLUME} column of a contract's prices), for the
 * roll and liquidity reports. The sample data has none; a price store ({@link #of}) or a broker's history can
 * supply them.
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

  /**
   * The volumes a price store holds: the {@code VOLUME} column of each contract's prices (pysystemtrade's
   * per-contract prices, as the price pipeline writes them); none for a contract the store has no prices of.
   *
   * @param store the price store
   * @return the volumes
   */
  static ContractVolumes of(org.pystrade.data.store.DataStore store) {
    org.pystrade.core.util.ArgChecker.notNull(store, "store");
    return contract -> {
      try {
        return Optional.of(store.contractPrices(contract).volume());
      } catch (org.pystrade.core.data.DataException ex) {
        if (ex.code() == org.pystrade.core.domain.ReasonCode.MISSING_DATA) {
          return Optional.empty();
        }
        throw ex;
      }
    };
  }
}
