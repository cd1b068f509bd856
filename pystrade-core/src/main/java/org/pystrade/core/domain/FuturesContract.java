package org.pystrade.core.domain;

import org.pystrade.core.util.ArgChecker;

/**
 * One futures contract: an instrument and a contract date, identified as pysystemtrade prints it,
 * {@code instrument_code/YYYYMMDD} ({@code "SOFR/20231200"}). Contracts order by instrument, then by date.
 *
 * @param instrument the instrument
 * @param date the contract's date
 */
public record FuturesContract(InstrumentCode instrument, ContractDate date) implements Comparable<FuturesContract> {

  /**
   * Checks that both parts are given.
   *
   * @param instrument the instrument
   * @param date the contract's date
   */
  public FuturesContract {
    ArgChecker.notNull(instrument, "instrument");
    ArgChecker.notNull(date, "date");
  }

  /**
   * Obtains a contract.
   *
   * @param instrument the instrument
   * @param date the contract date
   * @return the contract
   */
  public static FuturesContract of(InstrumentCode instrument, ContractDate date) {
    return new FuturesContract(instrument, date);
  }

  /**
   * Obtains a contract from its instrument code and date as pysystemtrade writes them.
   *
   * @param instrument the instrument code ({@code "SOFR"})
   * @param yyyymmdd the contract date ({@code "20231200"}, see {@link ContractDate#of(String)})
   * @return the contract
   */
  public static FuturesContract of(String instrument, String yyyymmdd) {
    return new FuturesContract(InstrumentCode.of(instrument), ContractDate.of(yyyymmdd));
  }

  /**
   * Parses a contract identifier as {@link #id()} writes it. The date is what follows the last {@code '/'}.
   *
   * @param id the identifier, {@code "SOFR/20231200"}
   * @return the contract
   */
  public static FuturesContract parse(String id) {
    ArgChecker.notNull(id, "futures contract id");
    int slash = id.lastIndexOf('/');
    ArgChecker.isTrue(slash > 0, "futures contract id must be INSTRUMENT/YYYYMMDD but was '{}'", id);
    return of(id.substring(0, slash), id.substring(slash + 1));
  }

  /**
   * The identifier, as pysystemtrade prints a contract.
   *
   * @return {@code instrument/YYYYMMDD}, for example {@code "SOFR/20231200"}
   */
  public String id() {
    return instrument.value() + '/' + date.asId();
  }

  @Override
  public int compareTo(FuturesContract o) {
    int c = instrument.compareTo(o.instrument);
    return c != 0 ? c : date.compareTo(o.date);
  }

  /**
   * The identifier.
   *
   * @return the same as {@link #id()}
   */
  @Override
  public String toString() {
    return id();
  }

  // equals and hashCode written out: the generated ones bootstrap method handles on first use (start-up time)

  @Override
  public boolean equals(Object obj) {
    return this == obj || (obj instanceof FuturesContract && instrument.equals(((FuturesContract) obj).instrument)
        && date.equals(((FuturesContract) obj).date));
  }

  @Override
  public int hashCode() {
    return 31 * instrument.hashCode() + date.hashCode();
  }
}
