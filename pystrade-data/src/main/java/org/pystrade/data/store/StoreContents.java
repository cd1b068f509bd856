package org.pystrade.data.store;

import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.pystrade.core.domain.FuturesContract;
import org.pystrade.core.domain.FxPair;
import org.pystrade.core.domain.InstrumentCode;
import org.pystrade.core.util.ArgChecker;

/**
 * What a store holds: the ids of its series of each kind, sorted, and which configuration tables it has.
 *
 * @param adjusted instruments with adjusted prices
 * @param multiple instruments with multiple prices
 * @param rollCalendars instruments with a roll calendar
 * @param contracts contracts with prices
 * @param fx FX pairs with prices
 * @param configTables the configuration tables present
 */
public record StoreContents(List<InstrumentCode> adjusted, List<InstrumentCode> multiple,
    List<InstrumentCode> rollCalendars, List<FuturesContract> contracts, List<FxPair> fx,
    Set<ConfigKind> configTables) {

  /**
   * Copies and sorts the lists.
   *
   * @param adjusted instruments with adjusted prices
   * @param multiple instruments with multiple prices
   * @param rollCalendars instruments with a roll calendar
   * @param contracts contracts with prices
   * @param fx FX pairs with prices
   * @param configTables the configuration tables present
   */
  public StoreContents {
    adjusted = sorted(adjusted);
    multiple = sorted(multiple);
    rollCalendars = sorted(rollCalendars);
    contracts = sorted(contracts);
    ArgChecker.notNull(fx, "fx");
    fx = fx.stream().sorted((a, b) -> a.code().compareTo(b.code())).toList();
    configTables = Set.copyOf(configTables);
  }

  private static <T extends Comparable<T>> List<T> sorted(List<T> list) {
    ArgChecker.notNull(list, "list");
    return List.copyOf(new TreeSet<>(list));
  }

  /**
   * The keys of every series, in order of kind and id.
   *
   * @return the keys
   */
  public List<SeriesKey> seriesKeys() {
    TreeSet<SeriesKey> keys = new TreeSet<>();
    adjusted.forEach(c -> keys.add(SeriesKey.adjusted(c)));
    multiple.forEach(c -> keys.add(SeriesKey.multiple(c)));
    rollCalendars.forEach(c -> keys.add(SeriesKey.rollCalendar(c)));
    contracts.forEach(c -> keys.add(SeriesKey.contract(c)));
    fx.forEach(p -> keys.add(SeriesKey.fx(p)));
    return List.copyOf(keys);
  }

  /**
   * Every instrument with any series, sorted.
   *
   * @return the instruments
   */
  public List<InstrumentCode> instruments() {
    TreeSet<InstrumentCode> all = new TreeSet<>(adjusted);
    all.addAll(multiple);
    all.addAll(rollCalendars);
    contracts.forEach(c -> all.add(c.instrument()));
    return List.copyOf(all);
  }
}
