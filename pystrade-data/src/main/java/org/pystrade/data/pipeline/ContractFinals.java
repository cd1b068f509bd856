package org.pystrade.data.pipeline;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Optional;
import java.util.TreeMap;
import org.pystrade.core.data.ContractPrices;
import org.pystrade.core.data.MultiplePrices;
import org.pystrade.core.domain.ContractDate;
import org.pystrade.core.domain.InstrumentCode;
import org.pystrade.core.series.TimeSeries;
import org.pystrade.core.series.Timestamps;
import org.pystrade.core.util.ArgChecker;

/**
 * The final prices of an instrument's contracts, by contract date: pysystemtrade's
 * {@code dictFuturesContractFinalPrices}, the input of roll calendars and multiple prices. A series may hold NaN
 * (a bar without a final price), which the steps treat as pysystemtrade does (no price that day).
 */
public final class ContractFinals {

  private final InstrumentCode instrument;
  private final NavigableMap<ContractDate, TimeSeries> byContract;
  private final int[] sortedIds;

  private ContractFinals(InstrumentCode instrument, NavigableMap<ContractDate, TimeSeries> byContract) {
    this.instrument = instrument;
    this.byContract = Collections.unmodifiableNavigableMap(byContract);
    this.sortedIds = byContract.keySet().stream().mapToInt(ContractDate::asInt).toArray();
  }

  /**
   * Final prices by contract.
   *
   * @param instrument the instrument
   * @param finals each contract's final prices
   * @return the set
   */
  public static ContractFinals of(InstrumentCode instrument, Map<ContractDate, TimeSeries> finals) {
    ArgChecker.notNull(instrument, "instrument");
    ArgChecker.notNull(finals, "finals");
    NavigableMap<ContractDate, TimeSeries> copy = new TreeMap<>();
    finals.forEach((k, v) -> copy.put(ArgChecker.notNull(k, "contract"), ArgChecker.notNull(v, "prices")));
    return new ContractFinals(instrument, copy);
  }

  /**
   * The final prices of contracts' bars ({@code FINAL}).
   *
   * @param instrument the instrument
   * @param prices the contracts' bars, all of this instrument
   * @return the set
   */
  public static ContractFinals ofPrices(InstrumentCode instrument, Collection<ContractPrices> prices) {
    ArgChecker.notNull(prices, "prices");
    NavigableMap<ContractDate, TimeSeries> map = new TreeMap<>();
    for (ContractPrices p : prices) {
      ArgChecker.isTrue(p.contract().instrument().equals(instrument), "contract {} is not of instrument {}",
          p.contract(), instrument);
      map.put(p.contract().date(), p.fin());
    }
    return new ContractFinals(instrument, map);
  }

  /**
   * The per-contract prices that multiple prices imply: each row prices its {@code PRICE}, {@code FORWARD} and
   * {@code CARRY} contracts at its time (a NaN price or a missing contract id gives nothing). When two columns of a
   * row name the same contract with different prices, the first of PRICE, FORWARD, CARRY is kept and the
   * disagreement reported.
   *
   * @param instrument the instrument
   * @param multiple its multiple prices
   * @return the prices, with warnings for disagreements and invalid contract ids
   */
  public static Outcome<ContractFinals> derivedFrom(InstrumentCode instrument, MultiplePrices multiple) {
    return derivedFrom(instrument, multiple, null);
  }

  /**
   * The per-contract prices that multiple prices imply, as {@link #derivedFrom(InstrumentCode, MultiplePrices)},
   * for some contracts only: each one's series is the same as in the whole set. A daily update needs the few
   * contracts the last row names and those with new bars, not the hundreds of its history (measured: deriving them
   * all was a third of the CPU of a daily update of 226 instruments).
   *
   * @param instrument the instrument
   * @param multiple its multiple prices
   * @param contracts the contracts wanted
   * @return the prices of those of the contracts that the multiple prices price, with warnings for disagreements
   *     on them
   */
  public static Outcome<ContractFinals> derivedFrom(InstrumentCode instrument, MultiplePrices multiple,
      Collection<ContractDate> contracts) {
    ArgChecker.notNull(instrument, "instrument");
    ArgChecker.notNull(multiple, "multiple");
    double[] wanted = contracts == null ? null : contracts.stream().mapToDouble(ContractDate::asInt).toArray();
    List<Problem> problems = new ArrayList<>();
    TreeMap<Integer, Builder> builders = new TreeMap<>();
    double[][] prices = {multiple.price().valuesView(), multiple.forward().valuesView(),
        multiple.carry().valuesView()};
    double[][] ids = {multiple.priceContract().valuesView(), multiple.forwardContract().valuesView(),
        multiple.carryContract().valuesView()};
    String[] names = {"PRICE", "FORWARD", "CARRY"};
    long[] times = multiple.price().timesView();
    // a column names the same contract for months on end: the date is checked and its builder found once per run
    // (measured: parsing the id on every row was a third of a daily update's CPU)
    double[] lastId = {Double.NaN, Double.NaN, Double.NaN};
    Builder[] lastBuilder = new Builder[3];
    for (int row = 0; row < times.length; row++) {
      for (int c = 0; c < 3; c++) {
        double p = prices[c][row];
        double id = ids[c][row];
        if (p != p || id != id) {
          continue;
        }
        Builder b;
        if (id == lastId[c]) {
          b = lastBuilder[c];
          if (b == null) {
            continue;
          }
        } else if (wanted != null && !contains(wanted, id)) {
          lastId[c] = id;
          lastBuilder[c] = null;
          continue;
        } else {
          Optional<ContractDate> date = Contracts.date(id);
          if (date.isEmpty()) {
            problems.add(Problem.warning(Check.BAD_CONTRACT_ID, instrument.value(), names[c] + "_CONTRACT "
                + id + " at " + Timestamps.format(times[row]) + " is not a contract date"));
            continue;
          }
          b = builders.computeIfAbsent(date.get().asInt(), k -> new Builder(k));
          lastId[c] = id;
          lastBuilder[c] = b;
        }
        int n = b.size;
        if (n > 0 && b.times[n - 1] == times[row]) {
          if (Double.compare(b.values[n - 1], p) != 0) {
            problems.add(Problem.warning(Check.INCONSISTENT, instrument.value() + "/" + ContractDate.of(b.id).asId(),
                "at " + Timestamps.format(times[row]) + " " + names[c] + " gives " + p + " but an earlier column "
                + b.values[n - 1] + "; the first is kept"));
          }
          continue;
        }
        b.add(times[row], p);
      }
    }
    NavigableMap<ContractDate, TimeSeries> map = new TreeMap<>();
    builders.forEach((id, b) -> map.put(ContractDate.of(id), b.build()));
    return Outcome.of(new ContractFinals(instrument, map), problems);
  }

  private static boolean contains(double[] ids, double id) {
    for (double w : ids) {
      if (w == id) {
        return true;
      }
    }
    return false;
  }

  /**
   * The instrument.
   *
   * @return the instrument
   */
  public InstrumentCode instrument() {
    return instrument;
  }

  /**
   * The prices by contract, in contract order.
   *
   * @return an unmodifiable view
   */
  public NavigableMap<ContractDate, TimeSeries> byContract() {
    return byContract;
  }

  /**
   * Whether a contract has prices (a series, possibly empty).
   *
   * @param id the contract date as a {@code YYYYMMDD} number
   * @return true if present
   */
  public boolean contains(int id) {
    return java.util.Arrays.binarySearch(sortedIds, id) >= 0;
  }

  /**
   * A contract's prices.
   *
   * @param id the contract date as a {@code YYYYMMDD} number
   * @return its prices, or empty if it has none
   */
  public Optional<TimeSeries> get(int id) {
    if (!contains(id)) {
      return Optional.empty();
    }
    return Optional.ofNullable(byContract.get(ContractDate.of(id)));
  }

  /**
   * The contract dates as numbers, sorted.
   *
   * @return a copy
   */
  public int[] sortedIds() {
    return sortedIds.clone();
  }

  /**
   * The number of contracts.
   *
   * @return how many contracts have prices
   */
  public int size() {
    return sortedIds.length;
  }

  /**
   * This set with one contract's prices replaced (or added).
   *
   * @param contract the contract
   * @param prices its prices
   * @return a new set
   */
  public ContractFinals with(ContractDate contract, TimeSeries prices) {
    NavigableMap<ContractDate, TimeSeries> copy = new TreeMap<>(byContract);
    copy.put(ArgChecker.notNull(contract, "contract"), ArgChecker.notNull(prices, "prices"));
    return new ContractFinals(instrument, copy);
  }

  /**
   * This set with stored contract prices in place of the ones implied (a contract's stored bars replace what the
   * multiple prices imply for it; contracts with no stored bars keep theirs).
   *
   * @param stored stored prices by contract, of this instrument
   * @return a new set
   */
  public ContractFinals withStored(Map<ContractDate, ContractPrices> stored) {
    ArgChecker.notNull(stored, "stored");
    NavigableMap<ContractDate, TimeSeries> copy = new TreeMap<>(byContract);
    stored.forEach((c, p) -> copy.put(c, p.fin()));
    return new ContractFinals(instrument, copy);
  }

  @Override
  public String toString() {
    return "ContractFinals[" + instrument + ", " + sortedIds.length + " contracts]";
  }

  /** Appends rows in time order. */
  private static final class Builder {
    final int id;
    long[] times = new long[16];
    double[] values = new double[16];
    int size;

    Builder(int id) {
      this.id = id;
    }

    void add(long t, double v) {
      if (size == times.length) {
        times = java.util.Arrays.copyOf(times, size * 2);
        values = java.util.Arrays.copyOf(values, size * 2);
      }
      times[size] = t;
      values[size] = v;
      size++;
    }

    TimeSeries build() {
      return TimeSeries.ofOwned(java.util.Arrays.copyOf(times, size), java.util.Arrays.copyOf(values, size));
    }
  }
}
