package org.pystrade.production.replay;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.OptionalDouble;
import java.util.TreeMap;
import org.pystrade.broker.sim.SeriesPriceSource;
import org.pystrade.core.data.ContractPrices;
import org.pystrade.core.data.FuturesSimData;
import org.pystrade.core.data.MultiplePrices;
import org.pystrade.core.domain.ContractDate;
import org.pystrade.core.domain.Currency;
import org.pystrade.core.domain.FuturesContract;
import org.pystrade.core.domain.FxPair;
import org.pystrade.core.domain.InstrumentCode;
import org.pystrade.core.series.TimeSeries;
import org.pystrade.core.series.Timestamps;
import org.pystrade.core.util.ArgChecker;

/**
 * Each contract's daily price, from the multiple prices: on each business day, the last price in whichever
 * column ({@code PRICE}, {@code FORWARD}, {@code CARRY}) holds that contract, as pysystemtrade's daily prices take
 * the last price of each business day (a Saturday or Sunday row counts to the Friday before it); a weekday without a price (a holiday, up to a week) has the last price before it, as
 * the backtest's business-day prices do. The simulated broker's source quotes each day's price from the start of the day and
 * trades it at 23:00 ({@link org.pystrade.production.TradingDay#simulated}), so that an order sent during the day
 * has the day's price as its mid at submission and fills at it, plus the simulated slippage.
 */
public final class ReplayPrices {

  /** The longest gap, in days, between two prices that is taken for holidays and filled. */
  private static final int MAX_HOLIDAY_GAP = 7;
  /** How many days after the period the prices are kept. */
  private static final int AFTER_PERIOD_DAYS = 21;

  private final Map<FuturesContract, NavigableMap<LocalDate, Double>> daily;
  private final Map<FxPair, TimeSeries> fx;

  private ReplayPrices(Map<FuturesContract, NavigableMap<LocalDate, Double>> daily, Map<FxPair, TimeSeries> fx) {
    this.daily = daily;
    this.fx = fx;
  }

  /**
   * The daily prices of instruments' contracts over a period and their FX rates to a base currency. The period is
   * widened by a week before its start (its first days have the prices before a holiday) and three weeks after its
   * end (the roll schedule sees the prices of a roll just after the period where they are).
   *
   * @param data the data
   * @param instruments the instruments
   * @param base the base currency
   * @param from the first day wanted
   * @param to the last day wanted
   * @return the prices
   */
  public static ReplayPrices of(FuturesSimData data, List<InstrumentCode> instruments, Currency base,
      LocalDate from, LocalDate to) {
    ArgChecker.notNull(data, "data");
    ArgChecker.notNull(instruments, "instruments");
    ArgChecker.notNull(base, "base");
    ArgChecker.notNull(from, "from");
    ArgChecker.notNull(to, "to");
    long first = Timestamps.of(from.minusDays(MAX_HOLIDAY_GAP));
    // three weeks after the period: a Sunday row counts to the Friday before, and a roll just after the period is
    // looked for on the days before it with prices of both contracts (up to ten), which must not move it inside
    long last = Timestamps.of(to.plusDays(AFTER_PERIOD_DAYS));
    Map<FuturesContract, NavigableMap<LocalDate, Double>> daily = new HashMap<>();
    Map<FxPair, TimeSeries> fx = new HashMap<>();
    Map<FuturesContract, Map<LocalDate, Long>> stamped = new HashMap<>();
    for (InstrumentCode code : instruments) {
      MultiplePrices mp = data.multiplePrices(code);
      add(daily, stamped, code, mp.price(), mp.priceContract(), first, last);
      add(daily, stamped, code, mp.forward(), mp.forwardContract(), first, last);
      add(daily, stamped, code, mp.carry(), mp.carryContract(), first, last);
      Currency currency = data.meta(code).currency();
      if (!currency.equals(base)) {
        fx.computeIfAbsent(FxPair.of(currency, base), p -> data.fxRate(currency, base));
      }
    }
    daily.values().forEach(ReplayPrices::fillHolidays);
    return new ReplayPrices(daily, fx);
  }

  /**
   * A weekday without a price between two days with one (an exchange holiday) gets the last price: the backtest's
   * daily prices are on business days, forward filled, so it trades there at that price.
   */
  private static void fillHolidays(NavigableMap<LocalDate, Double> prices) {
    Map<LocalDate, Double> fills = new HashMap<>();
    Map.Entry<LocalDate, Double> previous = null;
    for (Map.Entry<LocalDate, Double> e : prices.entrySet()) {
      if (previous != null && previous.getKey().plusDays(MAX_HOLIDAY_GAP).isAfter(e.getKey())) {
        for (LocalDate d = previous.getKey().plusDays(1); d.isBefore(e.getKey()); d = d.plusDays(1)) {
          if (d.getDayOfWeek() != DayOfWeek.SATURDAY && d.getDayOfWeek() != DayOfWeek.SUNDAY) {
            fills.put(d, previous.getValue());
          }
        }
      }
      previous = e;
    }
    prices.putAll(fills);
  }

  /**
   * Puts each row's price into its business day's bucket as the backtest's daily prices do (pandas'
   * {@code resample("1B").last()}: a Saturday or Sunday row falls into the Friday before it): the latest row of a
   * bucket holding the contract wins; of rows at the same time, the column added first ({@code PRICE}, then
   * {@code FORWARD}, then {@code CARRY}).
   */
  private static void add(Map<FuturesContract, NavigableMap<LocalDate, Double>> daily,
      Map<FuturesContract, Map<LocalDate, Long>> stamped, InstrumentCode code, TimeSeries prices,
      TimeSeries contracts, long first, long last) {
    long[] t = prices.timesView();
    double[] p = prices.valuesView();
    double[] c = contracts.valuesView();
    int start = Arrays.binarySearch(t, first);
    for (int i = start < 0 ? -start - 1 : start; i < t.length && t[i] < last; i++) {
      if (p[i] != p[i] || c[i] != c[i]) {
        continue;
      }
      FuturesContract contract = FuturesContract.of(code, ContractDate.fromDouble(c[i]));
      LocalDate day = businessDayBucket(Timestamps.toDate(t[i]));
      Map<LocalDate, Long> times = stamped.computeIfAbsent(contract, k -> new HashMap<>());
      Long before = times.get(day);
      if (before == null || t[i] > before) {
        daily.computeIfAbsent(contract, k -> new TreeMap<>()).put(day, p[i]);
        times.put(day, t[i]);
      }
    }
  }

  /**
   * The business day whose bucket holds a day: the day itself, or the Friday before a Saturday or Sunday.
   *
   * @param day a day
   * @return its business day
   */
  public static LocalDate businessDayBucket(LocalDate day) {
    return switch (day.getDayOfWeek()) {
      case SATURDAY -> day.minusDays(1);
      case SUNDAY -> day.minusDays(2);
      default -> day;
    };
  }

  /**
   * A contract's price on a day.
   *
   * @param contract the contract
   * @param day the day
   * @return the price, or empty if the multiple prices have none that day
   */
  public OptionalDouble price(FuturesContract contract, LocalDate day) {
    NavigableMap<LocalDate, Double> m = daily.get(contract);
    Double v = m == null ? null : m.get(day);
    return v == null ? OptionalDouble.empty() : OptionalDouble.of(v);
  }

  /**
   * A contract's last price at or before a day.
   *
   * @param contract the contract
   * @param day the day
   * @return the price, or empty if there is none by then
   */
  public OptionalDouble lastPrice(FuturesContract contract, LocalDate day) {
    NavigableMap<LocalDate, Double> m = daily.get(contract);
    Map.Entry<LocalDate, Double> e = m == null ? null : m.floorEntry(day);
    return e == null ? OptionalDouble.empty() : OptionalDouble.of(e.getValue());
  }

  /**
   * The simulated broker's price source: each day's price at 00:00 (the quote) and at 23:00 (the trade), and the FX
   * rates.
   *
   * @return the source
   */
  public SeriesPriceSource priceSource() {
    Map<FuturesContract, ContractPrices> contracts = new HashMap<>();
    for (Map.Entry<FuturesContract, NavigableMap<LocalDate, Double>> e : daily.entrySet()) {
      int n = e.getValue().size();
      long[] times = new long[2 * n];
      double[] values = new double[2 * n];
      int i = 0;
      for (Map.Entry<LocalDate, Double> d : e.getValue().entrySet()) {
        times[i] = Timestamps.of(d.getKey());
        times[i + 1] = Timestamps.of(d.getKey().atTime(LocalTime.of(23, 0)));
        values[i] = d.getValue();
        values[i + 1] = d.getValue();
        i += 2;
      }
      contracts.put(e.getKey(), ContractPrices.ofFinal(e.getKey(), TimeSeries.of(times, values)));
    }
    return SeriesPriceSource.of(contracts, fx);
  }
}
