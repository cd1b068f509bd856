package org.pystrade.benchmarks;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.pystrade.core.data.ContractPrices;
import org.pystrade.core.data.DataException;
import org.pystrade.core.data.MultiplePrices;
import org.pystrade.core.domain.ContractDate;
import org.pystrade.core.domain.FuturesContract;
import org.pystrade.core.domain.FxPair;
import org.pystrade.core.domain.InstrumentCode;
import org.pystrade.core.series.TimeSeries;
import org.pystrade.data.pipeline.ContractFinals;
import org.pystrade.data.pipeline.PysystemtradeCsv;
import org.pystrade.data.store.DataStore;
import org.pystrade.data.store.StoreUpdate;
import org.pystrade.data.stores.DataStores;

/**
 * Prepares the daily-update benchmark ({@code scripts/bench-daily-update.sh}): copies a store into another with
 * each instrument's multiple and adjusted prices one day short, and writes that last day's bars of the contracts
 * its multiple prices hold then (as pysystemtrade's contract prices, {@code INSTRUMENT_YYYYMMDD.csv}) into a folder:
 * what {@code pystrade.jar data update --source DIR --data STORE} takes in a day.
 *
 * <p>Usage: {@code DailyUpdateSetup FROM_STORE TO_STORE NEW_BARS_DIR}.
 */
public final class DailyUpdateSetup {

  private DailyUpdateSetup() {
  }

  /**
   * Runs the setup.
   *
   * @param args the source store, the store to fill and the folder of new bars
   * @throws IOException if a file cannot be written
   */
  public static void main(String[] args) throws IOException {
    if (args.length != 3) {
      throw new IllegalArgumentException("usage: DailyUpdateSetup FROM_STORE TO_STORE NEW_BARS_DIR");
    }
    Path bars = Files.createDirectories(Path.of(args[2]));
    int instruments = 0;
    int files = 0;
    try (DataStore from = DataStores.open(args[0]); DataStore to = DataStores.open(args[1])) {
      StoreUpdate.Builder config = StoreUpdate.builder().instrumentConfig(from.instrumentConfig())
          .rollConfig(from.rollConfig()).spreadCosts(from.spreadCosts());
      for (FxPair pair : from.contents().fx()) {
        config.fxPrices(pair, from.fxPrices(pair));
      }
      to.apply(config.build());
      for (InstrumentCode code : from.contents().multiple()) {
        MultiplePrices full;
        TimeSeries adjusted;
        try {
          full = from.multiplePrices(code);
          adjusted = from.adjustedPrices(code);
        } catch (DataException ex) {
          continue;
        }
        if (full.size() < 3) {
          continue;
        }
        long cut = full.price().time(full.size() - 2);
        MultiplePrices head = full.slice(Long.MIN_VALUE, cut);
        to.apply(StoreUpdate.builder().multiplePrices(code, head)
            .adjustedPrices(code, adjusted.slice(Long.MIN_VALUE, cut)).build());
        ContractFinals finals = ContractFinals.derivedFrom(code, full).get();
        int last = head.size() - 1;
        List<ContractDate> current = new java.util.ArrayList<>(List.of(head.priceContractAt(last),
            head.carryContractAt(last)));
        head.forwardContractAt(last).ifPresent(current::add);
        for (ContractDate c : new java.util.TreeSet<>(current)) {
          TimeSeries after = finals.get(c.asInt()).map(s -> s.slice(cut + 1, Long.MAX_VALUE))
              .orElse(TimeSeries.empty());
          if (after.size() == 0) {
            continue;
          }
          ContractPrices p = ContractPrices.ofFinal(FuturesContract.of(code, c), after);
          Files.writeString(bars.resolve(PysystemtradeCsv.contractFileName(p.contract())),
              PysystemtradeCsv.contractPrices(p));
          files++;
        }
        instruments++;
      }
    }
    System.out.println("copied " + instruments + " instruments one day short into " + args[1] + "; " + files
        + " contract files of new bars in " + bars);
  }
}
