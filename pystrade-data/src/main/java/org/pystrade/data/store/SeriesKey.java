package org.pystrade.data.store;

import org.pystrade.core.domain.FuturesContract;
import org.pystrade.core.domain.FxPair;
import org.pystrade.core.domain.InstrumentCode;
import org.pystrade.core.util.ArgChecker;

/**
 * Names one series of a store: its kind and its id, the instrument code ({@code CORN}), the contract as
 * {@link FuturesContract#id()} ({@code CORN/20231200}) or the FX pair code ({@code EURUSD}).
 *
 * @param kind the kind of series
 * @param id the id
 */
public record SeriesKey(SeriesKind kind, String id) implements Comparable<SeriesKey> {

  /**
   * Checks both parts.
   *
   * @param kind the kind of series
   * @param id the id
   */
  public SeriesKey {
    ArgChecker.notNull(kind, "kind");
    ArgChecker.notBlank(id, "id");
  }

  /**
   * The adjusted prices of an instrument.
   *
   * @param instrument the instrument
   * @return the key
   */
  public static SeriesKey adjusted(InstrumentCode instrument) {
    return new SeriesKey(SeriesKind.ADJUSTED_PRICES, instrument.value());
  }

  /**
   * The multiple prices of an instrument.
   *
   * @param instrument the instrument
   * @return the key
   */
  public static SeriesKey multiple(InstrumentCode instrument) {
    return new SeriesKey(SeriesKind.MULTIPLE_PRICES, instrument.value());
  }

  /**
   * The roll calendar of an instrument.
   *
   * @param instrument the instrument
   * @return the key
   */
  public static SeriesKey rollCalendar(InstrumentCode instrument) {
    return new SeriesKey(SeriesKind.ROLL_CALENDAR, instrument.value());
  }

  /**
   * The prices of a contract.
   *
   * @param contract the contract
   * @return the key
   */
  public static SeriesKey contract(FuturesContract contract) {
    return new SeriesKey(SeriesKind.CONTRACT_PRICES, contract.id());
  }

  /**
   * The prices of an FX pair.
   *
   * @param pair the pair
   * @return the key
   */
  public static SeriesKey fx(FxPair pair) {
    return new SeriesKey(SeriesKind.FX_PRICES, pair.code());
  }

  /**
   * The instrument of an instrument's series or of a contract's prices.
   *
   * @return the instrument
   * @throws IllegalArgumentException for FX prices
   */
  public InstrumentCode instrument() {
    ArgChecker.isTrue(kind != SeriesKind.FX_PRICES, "FX prices {} have no instrument", id);
    return kind == SeriesKind.CONTRACT_PRICES ? contract().instrument() : InstrumentCode.of(id);
  }

  /**
   * The contract of contract prices.
   *
   * @return the contract
   * @throws IllegalArgumentException for another kind
   */
  public FuturesContract contract() {
    ArgChecker.isTrue(kind == SeriesKind.CONTRACT_PRICES, "{} {} is not a contract's prices", kind.label(), id);
    return FuturesContract.parse(id);
  }

  /**
   * The pair of FX prices.
   *
   * @return the pair
   * @throws IllegalArgumentException for another kind
   */
  public FxPair fxPair() {
    ArgChecker.isTrue(kind == SeriesKind.FX_PRICES, "{} {} is not FX prices", kind.label(), id);
    return FxPair.of(id);
  }

  @Override
  public int compareTo(SeriesKey o) {
    int c = kind.compareTo(o.kind);
    return c != 0 ? c : id.compareTo(o.id);
  }

  @Override
  public String toString() {
    return kind.label() + " " + id;
  }
}
