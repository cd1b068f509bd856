package org.pystrade.data.pipeline;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.TreeMap;
import org.pystrade.core.data.ContractPrices;
import org.pystrade.core.data.DataException;
import org.pystrade.core.data.FuturesSimData;
import org.pystrade.core.data.MultiplePrices;
import org.pystrade.core.domain.ContractDate;
import org.pystrade.core.domain.FuturesContract;
import org.pystrade.core.domain.InstrumentCode;
import org.pystrade.core.domain.ReasonCode;
import org.pystrade.core.series.TimeSeries;
import org.pystrade.core.util.ArgChecker;
import org.pystrade.data.store.DataStore;

/**
 * Reads an instrument's stored state: multiple and adjusted prices from any {@link FuturesSimData}, per-contract
 * prices from a folder of {@code INSTRUMENT_YYYYMMDD.csv[.gz]} files when there is one; or everything from a
 * {@link DataStore}.
 */
public final class InstrumentStates {

  private InstrumentStates() {
  }

  /**
   * Reads an instrument's state.
   *
   * @param data the store's prices
   * @param contractFolder the folder of per-contract prices, or null if the store has none
   * @param instrument the instrument
   * @return the state, or a refusal naming what could not be read
   */
  public static Outcome<InstrumentState> read(FuturesSimData data, Path contractFolder, InstrumentCode instrument) {
    ArgChecker.notNull(data, "data");
    ArgChecker.notNull(instrument, "instrument");
    MultiplePrices multiple;
    TimeSeries adjusted;
    try {
      multiple = data.multiplePrices(instrument);
      adjusted = data.adjustedPrices(instrument);
    } catch (DataException ex) {
      return unreadable(instrument, ex);
    }
    Map<ContractDate, ContractPrices> contracts = new TreeMap<>();
    List<Problem> problems = new ArrayList<>();
    if (contractFolder != null && Files.isDirectory(contractFolder)) {
      String prefix = instrument.value() + "_";
      try (DirectoryStream<Path> dir = Files.newDirectoryStream(contractFolder, prefix + "*.csv*")) {
        for (Path p : dir) {
          String name = p.getFileName().toString();
          String rest = name.substring(prefix.length());
          if (!rest.matches("[0-9]{8}\\.csv(\\.gz)?")) {
            continue;
          }
          var date = Contracts.date(Integer.parseInt(rest.substring(0, 8)));
          if (date.isEmpty()) {
            continue;
          }
          if (contracts.containsKey(date.get()) && name.endsWith(".gz")) {
            continue;
          }
          Outcome<ContractPrices> read = PysystemtradeCsv.readContractPrices(
              FuturesContract.of(instrument, date.get()), p);
          problems.addAll(read.problems());
          read.value().ifPresent(v -> contracts.put(date.get(), v));
        }
      } catch (IOException ex) {
        return Outcome.refused(List.of(Problem.error(Check.IO, contractFolder.toString(), "cannot list: " + ex)));
      }
    }
    if (problems.stream().anyMatch(Problem::isError)) {
      return Outcome.refused(problems);
    }
    return Outcome.of(InstrumentState.of(instrument, contracts, multiple, adjusted), problems);
  }

  /**
   * Reads an instrument's state from a store: its multiple and adjusted prices and the stored prices of the
   * contracts an update needs, those it adds bars to and those its multiple prices hold on their last row (the
   * others keep their history in the store, or in the multiple prices when the store has none).
   *
   * @param store the store
   * @param instrument the instrument
   * @param contracts the contracts with new bars, or null to read every contract the store has of the instrument
   * @return the state, or a refusal naming what could not be read
   */
  public static Outcome<InstrumentState> read(DataStore store, InstrumentCode instrument,
      Collection<ContractDate> contracts) {
    ArgChecker.notNull(store, "store");
    ArgChecker.notNull(instrument, "instrument");
    MultiplePrices multiple;
    TimeSeries adjusted;
    Map<ContractDate, ContractPrices> prices = new TreeMap<>();
    try {
      multiple = store.multiplePrices(instrument);
      adjusted = store.adjustedPrices(instrument);
      Set<ContractDate> wanted = new TreeSet<>();
      if (contracts == null) {
        store.contents().contracts().stream().filter(c -> c.instrument().equals(instrument))
            .forEach(c -> wanted.add(c.date()));
      } else {
        wanted.addAll(contracts);
        int last = multiple.size() - 1;
        if (last >= 0) {
          wanted.add(multiple.priceContractAt(last));
          wanted.add(multiple.carryContractAt(last));
          multiple.forwardContractAt(last).ifPresent(wanted::add);
        }
      }
      for (ContractDate c : wanted) {
        try {
          prices.put(c, store.contractPrices(FuturesContract.of(instrument, c)));
        } catch (DataException ex) {
          if (ex.code() != ReasonCode.MISSING_DATA) {
            throw ex;
          }
        }
      }
    } catch (DataException ex) {
      return unreadable(instrument, ex);
    }
    return Outcome.of(InstrumentState.of(instrument, prices, multiple, adjusted), List.of());
  }

  /** A refusal for a series that could not be read: missing, or unreadable. */
  private static Outcome<InstrumentState> unreadable(InstrumentCode instrument, DataException ex) {
    return Outcome.refused(List.of(Problem.error(Check.MISSING_CONTRACT.code() == ex.code() ? Check.MISSING_CONTRACT
        : Check.IO, instrument.value(), ex.getMessage())));
  }
}
