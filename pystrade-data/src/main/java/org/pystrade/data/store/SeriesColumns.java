package org.pystrade.data.store;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.pystrade.core.data.ContractPrices;
import org.pystrade.core.data.MultiplePrices;
import org.pystrade.core.data.RollCalendar;
import org.pystrade.core.domain.ContractDate;
import org.pystrade.core.domain.FuturesContract;
import org.pystrade.core.series.TimeSeries;
import org.pystrade.core.series.Timestamps;
import org.pystrade.core.util.ArgChecker;

/**
 * A series as a store keeps it: strictly increasing timestamps (epoch seconds, naive, as {@link Timestamps}) and
 * one column of doubles per value column of its {@link SeriesKind}, in the kind's order; NaN for a missing value,
 * contract ids as {@code YYYYMMDD} numbers. The arrays are owned by the value: they are not copied in, and callers
 * must not change them (nor those they get out).
 *
 * @param times the timestamps
 * @param columns the value columns, each as long as {@code times}
 */
public record SeriesColumns(long[] times, double[][] columns) {

  /**
   * Checks the lengths and that times strictly increase.
   *
   * @param times the timestamps
   * @param columns the value columns, each as long as {@code times}
   */
  public SeriesColumns {
    ArgChecker.notNull(times, "times");
    ArgChecker.notNull(columns, "columns");
    for (double[] c : columns) {
      ArgChecker.isTrue(c != null && c.length == times.length, "every column must have {} values", times.length);
    }
    for (int i = 1; i < times.length; i++) {
      if (times[i] <= times[i - 1]) {
        throw new IllegalArgumentException("series times must increase, but " + Timestamps.format(times[i])
            + " follows " + Timestamps.format(times[i - 1]));
      }
    }
  }

  /**
   * An empty series of a kind.
   *
   * @param kind the kind
   * @return no rows, the kind's number of columns
   */
  public static SeriesColumns empty(SeriesKind kind) {
    double[][] c = new double[kind.columns().size()][];
    Arrays.fill(c, new double[0]);
    return new SeriesColumns(new long[0], c);
  }

  /**
   * One value column.
   *
   * @param series the series
   * @return its columns
   */
  public static SeriesColumns of(TimeSeries series) {
    return new SeriesColumns(series.timesView(), new double[][] {series.valuesView()});
  }

  /**
   * Multiple prices, in {@link SeriesKind#MULTIPLE_PRICES}' column order.
   *
   * @param prices the prices
   * @return the columns
   */
  public static SeriesColumns of(MultiplePrices prices) {
    return new SeriesColumns(prices.price().timesView(), new double[][] {prices.carry().valuesView(),
        prices.carryContract().valuesView(), prices.price().valuesView(), prices.priceContract().valuesView(),
        prices.forward().valuesView(), prices.forwardContract().valuesView()});
  }

  /**
   * Contract prices, in {@link SeriesKind#CONTRACT_PRICES}' column order.
   *
   * @param prices the prices
   * @return the columns
   */
  public static SeriesColumns of(ContractPrices prices) {
    return new SeriesColumns(prices.fin().timesView(), new double[][] {prices.open().valuesView(),
        prices.high().valuesView(), prices.low().valuesView(), prices.fin().valuesView(),
        prices.volume().valuesView()});
  }

  /**
   * A roll calendar: current, next and carry contract ids.
   *
   * @param calendar the calendar
   * @return the columns
   */
  public static SeriesColumns of(RollCalendar calendar) {
    int n = calendar.size();
    double[][] c = new double[3][n];
    for (int i = 0; i < n; i++) {
      c[0][i] = calendar.current(i).asDouble();
      c[1][i] = calendar.next(i).asDouble();
      c[2][i] = calendar.carry(i).asDouble();
    }
    return new SeriesColumns(calendar.times(), c);
  }

  /**
   * The number of rows.
   *
   * @return the length of {@link #times()}
   */
  public int size() {
    return times.length;
  }

  /**
   * The first column as a series.
   *
   * @return adjusted or FX prices
   */
  public TimeSeries toTimeSeries() {
    return TimeSeries.ofOwned(times, columns[0]);
  }

  /**
   * As multiple prices ({@link SeriesKind#MULTIPLE_PRICES}' columns).
   *
   * @return the prices
   */
  public MultiplePrices toMultiplePrices() {
    TimeSeries price = TimeSeries.ofOwned(times, columns[2]);
    return new MultiplePrices(price, price.withValuesOwned(columns[3]), price.withValuesOwned(columns[0]),
        price.withValuesOwned(columns[1]), price.withValuesOwned(columns[4]), price.withValuesOwned(columns[5]));
  }

  /**
   * As contract prices ({@link SeriesKind#CONTRACT_PRICES}' columns).
   *
   * @param contract the contract
   * @return the prices
   */
  public ContractPrices toContractPrices(FuturesContract contract) {
    TimeSeries fin = TimeSeries.ofOwned(times, columns[3]);
    return new ContractPrices(contract, fin.withValuesOwned(columns[0]), fin.withValuesOwned(columns[1]),
        fin.withValuesOwned(columns[2]), fin, fin.withValuesOwned(columns[4]));
  }

  /**
   * As a roll calendar.
   *
   * @return the calendar
   * @throws IllegalArgumentException if a contract id is missing or invalid
   */
  public RollCalendar toRollCalendar() {
    List<List<ContractDate>> c = new ArrayList<>();
    for (int k = 0; k < 3; k++) {
      List<ContractDate> dates = new ArrayList<>(times.length);
      for (double id : columns[k]) {
        dates.add(ContractDate.fromDouble(id));
      }
      c.add(dates);
    }
    return RollCalendar.of(times, c.get(0), c.get(1), c.get(2));
  }

  /**
   * This series followed by rows strictly after its last one.
   *
   * @param more the rows to append, with as many columns
   * @return the longer series
   * @throws IllegalArgumentException if the column counts differ or a new row is not after the last one
   */
  public SeriesColumns append(SeriesColumns more) {
    ArgChecker.isTrue(more.columns.length == columns.length, "cannot append {} columns to {}", more.columns.length,
        columns.length);
    int n = times.length;
    int m = more.times.length;
    if (m == 0) {
      return this;
    }
    ArgChecker.isTrue(n == 0 || more.times[0] > times[n - 1], "appended rows must follow the last row {} but start"
        + " at {}", n == 0 ? "" : Timestamps.format(times[n - 1]), Timestamps.format(more.times[0]));
    long[] t = Arrays.copyOf(times, n + m);
    System.arraycopy(more.times, 0, t, n, m);
    double[][] c = new double[columns.length][];
    for (int k = 0; k < columns.length; k++) {
      c[k] = Arrays.copyOf(columns[k], n + m);
      System.arraycopy(more.columns[k], 0, c[k], n, m);
    }
    return new SeriesColumns(t, c);
  }

  /**
   * Whether two series have the same times and the same values, bit for bit (NaN equal to NaN).
   *
   * @param o the other series
   * @return true if equal
   */
  public boolean sameAs(SeriesColumns o) {
    if (!Arrays.equals(times, o.times) || columns.length != o.columns.length) {
      return false;
    }
    for (int k = 0; k < columns.length; k++) {
      if (!Arrays.equals(columns[k], o.columns[k])) {
        return false;
      }
    }
    return true;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof SeriesColumns s && sameAs(s);
  }

  @Override
  public int hashCode() {
    return Arrays.hashCode(times);
  }

  @Override
  public String toString() {
    return "SeriesColumns[" + times.length + " rows, " + columns.length + " columns]";
  }
}
