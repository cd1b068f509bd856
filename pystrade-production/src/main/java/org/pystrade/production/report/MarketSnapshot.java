package org.pystrade.production.report;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.TreeMap;
import org.pystrade.core.domain.Currency;
import org.pystrade.core.domain.FuturesContract;
import org.pystrade.core.domain.InstrumentCode;
import org.pystrade.core.util.ArgChecker;

/**
 * The market as the reports see it on a day: facts per instrument, the correlations of their returns, the reference
 * system's diversification multiplier and risk target, and daily prices of contracts to value positions with.
 * {@link MarketSnapshots} makes one from a system and its data; it can also be set by hand.
 *
 * @param day the day
 * @param baseCurrency the base currency (of capital)
 * @param instruments facts by instrument
 * @param correlations correlations of instruments' returns (either order of a pair; missing = not known)
 * @param idm the reference system's instrument diversification multiplier (NaN if not known)
 * @param riskTarget the reference system's annualised risk target as a fraction (0.2 = 20%; NaN if not known)
 * @param marks daily prices of contracts by day
 */
public record MarketSnapshot(LocalDate day, Currency baseCurrency, Map<InstrumentCode, InstrumentFacts> instruments,
    Map<InstrumentCode, Map<InstrumentCode, Double>> correlations, double idm, double riskTarget,
    Map<FuturesContract, NavigableMap<LocalDate, Double>> marks) {

  /**
   * Checks the arguments and copies the maps.
   *
   * @param day the day
   * @param baseCurrency the base currency (of capital)
   * @param instruments facts by instrument
   * @param correlations correlations of instruments' returns (either order of a pair; missing = not known)
   * @param idm the reference system's instrument diversification multiplier (NaN if not known)
   * @param riskTarget the reference system's annualised risk target as a fraction (0.2 = 20%; NaN if not known)
   * @param marks daily prices of contracts by day
   */
  public MarketSnapshot {
    ArgChecker.notNull(day, "day");
    ArgChecker.notNull(baseCurrency, "baseCurrency");
    instruments = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(
        ArgChecker.notNull(instruments, "instruments")));
    instruments.forEach((k, v) -> ArgChecker.isTrue(k.equals(v.instrument()), "facts of {} filed under {}",
        v.instrument(), k));
    Map<InstrumentCode, Map<InstrumentCode, Double>> corr = new LinkedHashMap<>();
    ArgChecker.notNull(correlations, "correlations").forEach((k, v) -> corr.put(k, Map.copyOf(v)));
    correlations = Map.copyOf(corr);
    Map<FuturesContract, NavigableMap<LocalDate, Double>> m = new LinkedHashMap<>();
    ArgChecker.notNull(marks, "marks").forEach((k, v) -> m.put(k,
        java.util.Collections.unmodifiableNavigableMap(new TreeMap<>(v))));
    marks = Map.copyOf(m);
  }

  /**
   * The facts of an instrument.
   *
   * @param instrument the instrument
   * @return its facts, empty if the snapshot does not cover it
   */
  public Optional<InstrumentFacts> facts(InstrumentCode instrument) {
    return Optional.ofNullable(instruments.get(instrument));
  }

  /**
   * A contract's price at the end of a day: its last price on or before the day.
   *
   * @param contract the contract
   * @param when the day
   * @return the price, empty if none is known by then
   */
  public OptionalDouble mark(FuturesContract contract, LocalDate when) {
    NavigableMap<LocalDate, Double> prices = marks.get(contract);
    Map.Entry<LocalDate, Double> e = prices == null ? null : prices.floorEntry(when);
    return e == null ? OptionalDouble.empty() : OptionalDouble.of(e.getValue());
  }

  /**
   * The correlation of two instruments' returns.
   *
   * @param a one instrument
   * @param b another
   * @return 1 for an instrument with itself, NaN if not known
   */
  public double correlation(InstrumentCode a, InstrumentCode b) {
    if (a.equals(b)) {
      return 1.0;
    }
    Double v = correlations.getOrDefault(a, Map.of()).get(b);
    if (v == null) {
      v = correlations.getOrDefault(b, Map.of()).get(a);
    }
    return v == null ? Double.NaN : v;
  }
}
