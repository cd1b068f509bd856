package org.pystrade.data.pipeline;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.pystrade.core.data.MultiplePrices;
import org.pystrade.core.domain.RollParameters;
import org.pystrade.core.series.Index;
import org.pystrade.core.series.TimeSeries;
import org.pystrade.core.series.Timestamps;
import org.pystrade.core.util.ArgChecker;

/**
 * Extending multiple and adjusted prices with new contract prices without rebuilding them, and rolling them, as
 * pysystemtrade's production does ({@code update_multiple_adjusted_prices}, {@code update_multiple_prices_on_roll}).
 *
 * <h2>New prices, no roll</h2>
 * The contracts of the last row of the multiple prices (held, carry, forward) are current. Each column is merged
 * with the whole price history of its current contract ({@link PriceMerges}, pysystemtrade's
 * {@code merge_data_series_with_label_column}): from the time after which the stored and new contract labels agree,
 * stored prices are kept and NaN or missing ones filled from the contract's prices; new times are added. The three
 * columns are put back on the union of their times, contract ids forward-filled. The adjusted prices then get the
 * {@code PRICE} of the rows at and after their last time (NaN dropped), merged keeping the stored values
 * ({@code update_with_multiple_prices_no_roll}): with no roll since, the held contract's adjusted price is its price.
 * If the held contract changed in those rows, the update is refused ({@link Check#ROLL_NOT_REGISTERED}).
 *
 * <h2>A roll</h2>
 * Trailing rows without any price are dropped. The held contract's and the forward contract's last prices are taken
 * from the last row, or inferred from another column when NaN (the last price of that column plus the rolling
 * median of the last five offsets between the two since their contracts last changed); if one was inferred, a row
 * with both is added one second after the last. Then a row one second later holds the old forward contract (its
 * price: the forward price), with the next held contract after it as forward and its carry contract, their prices
 * those of the contracts at the last time (NaN if none). The adjusted prices are the Panama stitch of the rolled
 * multiple prices: the whole history shifted by the roll gap, the forward minus the held price of the last row
 * before the roll.
 */
public final class IncrementalUpdates {

  private IncrementalUpdates() {
  }

  /**
   * Multiple and adjusted prices, updated together.
   *
   * @param multiple the multiple prices
   * @param adjusted the back-adjusted prices
   */
  public record Prices(MultiplePrices multiple, TimeSeries adjusted) {
    /**
     * Checks both are given.
     *
     * @param multiple the multiple prices
     * @param adjusted the back-adjusted prices
     */
    public Prices {
      ArgChecker.notNull(multiple, "multiple");
      ArgChecker.notNull(adjusted, "adjusted");
    }
  }

  /**
   * Updates multiple prices with the current contracts' prices (no roll).
   *
   * @param existing the stored multiple prices, not empty
   * @param finals the contracts' final prices (those of the current contracts are used)
   * @return the updated multiple prices, with warnings (a column whose labels disagree on the last day is left as it
   *     was)
   */
  public static Outcome<MultiplePrices> updateMultiple(MultiplePrices existing, ContractFinals finals) {
    ArgChecker.notNull(existing, "existing");
    ArgChecker.notNull(finals, "finals");
    String where = finals.instrument().value();
    if (existing.size() == 0) {
      return Outcome.refused(List.of(Problem.error(Check.EMPTY, where, "no stored multiple prices to update")));
    }
    TimeSeries[][] columns = {{existing.price(), existing.priceContract()}, {existing.carry(),
        existing.carryContract()}, {existing.forward(), existing.forwardContract()}};
    String[] names = {"PRICE", "CARRY", "FORWARD"};
    List<Problem> problems = new ArrayList<>();
    PriceMerges.Labelled[] merged = new PriceMerges.Labelled[3];
    int last = existing.size() - 1;
    for (int c = 0; c < 3; c++) {
      double id = columns[c][1].value(last);
      PriceMerges.Labelled stored = new PriceMerges.Labelled(columns[c][0].timesView(), columns[c][0].valuesView(),
          columns[c][1].valuesView());
      Optional<TimeSeries> prices = id == id ? finals.get((int) id) : Optional.empty();
      if (prices.isEmpty()) {
        merged[c] = stored;
        continue;
      }
      double[] labels = new double[prices.get().size()];
      Arrays.fill(labels, id);
      PriceMerges.Labelled fresh = new PriceMerges.Labelled(prices.get().timesView(), prices.get().valuesView(),
          labels);
      Outcome<PriceMerges.Labelled> m = PriceMerges.mergeWithLabels(where + " " + names[c] + " " + (long) id,
          stored, fresh);
      problems.addAll(m.problems());
      if (m.isRefused()) {
        return Outcome.refused(problems);
      }
      merged[c] = m.get();
    }
    long[] idx = Index.union(merged[0].times(), merged[1].times(), merged[2].times());
    TimeSeries[] out = new TimeSeries[6];
    for (int c = 0; c < 3; c++) {
      if (Arrays.equals(merged[c].times(), idx)) {
        // the usual case, every column on the same times: nothing to align (a reindex of the whole history cost a
        // fifth of a daily update)
        out[2 * c] = TimeSeries.ofOwned(idx, merged[c].values());
        out[2 * c + 1] = TimeSeries.ofOwned(idx, merged[c].labels()).ffill();
        continue;
      }
      TimeSeries values = TimeSeries.ofOwned(merged[c].times(), merged[c].values());
      TimeSeries labels = TimeSeries.ofOwned(merged[c].times(), merged[c].labels());
      out[2 * c] = TimeSeries.ofOwned(idx, values.valuesOn(idx));
      out[2 * c + 1] = TimeSeries.ofOwned(idx, labels.valuesOn(idx)).ffill();
    }
    return Outcome.of(new MultiplePrices(out[0], out[1], out[2], out[3], out[4], out[5]), problems);
  }

  /**
   * Extends adjusted prices with updated multiple prices when no roll has happened since their last time.
   *
   * @param where the instrument, for problems
   * @param existing the stored adjusted prices, not empty
   * @param updated the updated multiple prices
   * @return the adjusted prices, or a refusal when the held contract changed after their last time
   */
  public static Outcome<TimeSeries> updateAdjusted(String where, TimeSeries existing, MultiplePrices updated) {
    ArgChecker.notNull(existing, "existing");
    ArgChecker.notNull(updated, "updated");
    if (existing.isEmpty()) {
      return Outcome.refused(List.of(Problem.error(Check.EMPTY, where, "no stored adjusted prices to extend")));
    }
    long lastAdjusted = existing.time(existing.size() - 1);
    long[] t = updated.price().timesView();
    double[] pc = updated.priceContract().valuesView();
    int upTo = Arrays.binarySearch(t, lastAdjusted);
    int lastAtOrBefore = upTo >= 0 ? upTo : -upTo - 2;
    if (lastAtOrBefore < 0) {
      return Outcome.refused(List.of(Problem.error(Check.EMPTY, where, "the multiple prices start after the last "
          + "adjusted price (" + Timestamps.format(lastAdjusted) + ")")));
    }
    double heldThen = pc[lastAtOrBefore];
    int from = upTo >= 0 ? upTo : -upTo - 1;
    List<Long> times = new ArrayList<>();
    List<Double> values = new ArrayList<>();
    double[] price = updated.price().valuesView();
    for (int i = from; i < t.length; i++) {
      if (Double.compare(pc[i], heldThen) != 0) {
        return Outcome.refused(List.of(Problem.error(Check.ROLL_NOT_REGISTERED, where, "the held contract changes "
            + "from " + (long) heldThen + " to " + (pc[i] == pc[i] ? Long.toString((long) pc[i]) : "(none)") + " at "
            + Timestamps.format(t[i]) + ", after the last adjusted price (" + Timestamps.format(lastAdjusted)
            + "), but the adjusted prices were not rolled")));
      }
      if (price[i] == price[i]) {
        times.add(t[i]);
        values.add(price[i]);
      }
    }
    TimeSeries fresh = TimeSeries.of(times.stream().mapToLong(Long::longValue).toArray(),
        values.stream().mapToDouble(Double::doubleValue).toArray());
    return PriceMerges.fullMerge(where + " adjusted", existing, fresh);
  }

  /**
   * Updates multiple prices and then adjusted prices with new contract prices, no roll.
   *
   * @param existing the stored multiple and adjusted prices
   * @param finals the contracts' final prices
   * @return both updated, or a refusal
   */
  public static Outcome<Prices> update(Prices existing, ContractFinals finals) {
    ArgChecker.notNull(existing, "existing");
    Outcome<MultiplePrices> multiple = updateMultiple(existing.multiple(), finals);
    if (multiple.isRefused()) {
      return Outcome.refused(multiple.problems());
    }
    Outcome<TimeSeries> adjusted = updateAdjusted(finals.instrument().value(), existing.adjusted(), multiple.get());
    if (adjusted.isRefused()) {
      return Outcome.<Prices>refused(adjusted.problems()).after(multiple.problems());
    }
    return Outcome.of(new Prices(multiple.get(), adjusted.get()), List.of()).after(adjusted.problems())
        .after(multiple.problems());
  }

  // ------------------------------------------------------------------ roll

  /**
   * Rolls an instrument's stored state: {@link #roll(MultiplePrices, RollParameters, ContractFinals)} with the
   * contract prices its multiple prices imply, its stored contract prices in their place where it has them.
   *
   * @param state the stored state
   * @param parameters the instrument's roll parameters
   * @return the rolled multiple and adjusted prices, or a refusal
   */
  public static Outcome<Prices> roll(InstrumentState state, RollParameters parameters) {
    ArgChecker.notNull(state, "state");
    ContractFinals finals = ContractFinals.derivedFrom(state.instrument(), state.multiple()).get()
        .withStored(state.contractPrices());
    return roll(state.multiple(), parameters, finals);
  }

  /**
   * Rolls multiple prices to the next held contract and restitches the adjusted prices.
   *
   * @param multiple the current multiple prices
   * @param parameters the instrument's roll parameters (for the next held and the carry contracts)
   * @param finals the contracts' final prices (for the new forward and carry prices)
   * @return the rolled multiple and adjusted prices, or a refusal when a needed price cannot be found or inferred
   */
  public static Outcome<Prices> roll(MultiplePrices multiple, RollParameters parameters, ContractFinals finals) {
    ArgChecker.notNull(multiple, "multiple");
    ArgChecker.notNull(parameters, "parameters");
    ArgChecker.notNull(finals, "finals");
    String where = finals.instrument().value();
    Rows rows = Rows.of(multiple);
    rows.dropTrailingNaN();
    if (rows.size() == 0) {
      return Outcome.refused(List.of(Problem.error(Check.EMPTY, where, "no multiple prices with a price to roll")));
    }
    List<Problem> problems = new ArrayList<>();
    int last = rows.size() - 1;
    double oldForwardId = rows.col[FORWARD_CONTRACT][last];
    if (oldForwardId != oldForwardId) {
      return Outcome.refused(List.of(Problem.error(Check.MISSING_CONTRACT, where, "the last row has no forward "
          + "contract to roll to")));
    }
    double[] priceOrInferred = latest(rows, PRICE, where, problems);
    double[] forwardOrInferred = latest(rows, FORWARD, where, problems);
    if (priceOrInferred == null || forwardOrInferred == null) {
      return Outcome.refused(problems);
    }
    int newPrice = (int) oldForwardId;
    int newForward = Contracts.next(parameters.holdCycle(), newPrice);
    int newCarry = Contracts.carry(parameters, newPrice);
    if (Contracts.date(newForward).isEmpty() || Contracts.date(newCarry).isEmpty()) {
      return Outcome.refused(problems, Problem.error(Check.BAD_CONTRACT_ID, where, "the contracts after " + newPrice
          + " (" + newForward + ", " + newCarry + ") are not valid dates"));
    }
    long lastTime = rows.times[last];
    double forwardPrice = finals.get(newForward).map(s -> s.valueAt(lastTime)).orElse(Double.NaN);
    double carryPrice = finals.get(newCarry).map(s -> s.valueAt(lastTime)).orElse(Double.NaN);
    if (priceOrInferred[1] != 0 || forwardOrInferred[1] != 0) {
      rows.add(Double.NaN, priceOrInferred[0], Double.NaN, Double.NaN, forwardOrInferred[0], Double.NaN);
    }
    rows.add(carryPrice, forwardOrInferred[0], newCarry, newPrice, forwardPrice, newForward);
    MultiplePrices rolled = rows.build();
    problems.add(Problem.warning(Check.NOTE, where, "rolled from " + (long) multiple.priceContract()
        .value(multiple.size() - 1) + " to " + newPrice + " at " + Timestamps.format(rolled.price().time(
        rolled.size() - 1)) + "; forward " + newForward + ", carry " + newCarry));
    Outcome<TimeSeries> adjusted = PanamaStitch.stitch(where, rolled);
    if (adjusted.isRefused()) {
      return Outcome.<Prices>refused(adjusted.problems()).after(problems);
    }
    return Outcome.of(new Prices(rolled, adjusted.get()), problems);
  }

  private static final int CARRY = 0;
  private static final int PRICE = 2;
  private static final int FORWARD = 4;
  private static final int FORWARD_CONTRACT = 5;

  /** The last price of a column {value, inferred ? 1 : 0}, or null (with an error) when it cannot be inferred. */
  private static double[] latest(Rows rows, int col, String where, List<Problem> problems) {
    int last = rows.size() - 1;
    double v = rows.col[col][last];
    if (v == v) {
      return new double[] {v, 0};
    }
    int[] preferences = col == PRICE ? new int[] {FORWARD, CARRY} : col == FORWARD ? new int[] {PRICE, CARRY}
        : new int[] {PRICE, FORWARD};
    for (int from : preferences) {
      double inferred = infer(rows, col, from);
      if (inferred == inferred) {
        problems.add(Problem.warning(Check.NOTE, where, name(col) + " price " + inferred + " inferred from "
            + name(from) + " for the roll"));
        return new double[] {inferred, 1};
      }
    }
    problems.add(Problem.error(Check.ROLL_WITHOUT_PRICES, where, "the last " + name(col) + " price is missing "
        + "and cannot be inferred from another column: cannot roll"));
    return null;
  }

  private static String name(int col) {
    return col == PRICE ? "PRICE" : col == FORWARD ? "FORWARD" : "CARRY";
  }

  /** pysystemtrade's {@code infer_latest_price}. */
  private static double infer(Rows rows, int col, int from) {
    int last = rows.size() - 1;
    double[] find = rows.col[col];
    double[] use = rows.col[from];
    double[] findId = rows.col[col + 1];
    double[] useId = rows.col[from + 1];
    if (use[last] != use[last]) {
      return Double.NaN;
    }
    double finalFind = findId[last];
    double finalUse = useId[last];
    int first = last + 1;
    for (int i = last; i >= 1; i--) {
      if (Double.compare(findId[i], finalFind) == 0 && Double.compare(useId[i], finalUse) == 0) {
        first = i;
      } else {
        break;
      }
    }
    if (first > last) {
      return Double.NaN;
    }
    List<Double> offsets = new ArrayList<>();
    for (int i = first; i <= last; i++) {
      if (find[i] == find[i] && use[i] == use[i]) {
        offsets.add(find[i] - use[i]);
      }
    }
    if (offsets.isEmpty()) {
      return Double.NaN;
    }
    List<Double> window = new ArrayList<>(offsets.subList(Math.max(0, offsets.size() - 5), offsets.size()));
    window.sort(null);
    int k = window.size();
    double median = k % 2 == 1 ? window.get(k / 2) : (window.get(k / 2 - 1) + window.get(k / 2)) / 2.0;
    return use[last] + median;
  }

  /** Multiple prices as growable rows, columns in file order CARRY, CARRY_CONTRACT, PRICE, ... */
  private static final class Rows {
    long[] times;
    double[][] col = new double[6][];
    int size;

    static Rows of(MultiplePrices m) {
      Rows r = new Rows();
      int n = m.size();
      r.times = Arrays.copyOf(m.price().timesView(), n + 2);
      TimeSeries[] cols = {m.carry(), m.carryContract(), m.price(), m.priceContract(), m.forward(),
          m.forwardContract()};
      for (int c = 0; c < 6; c++) {
        r.col[c] = Arrays.copyOf(cols[c].valuesView(), n + 2);
      }
      r.size = n;
      return r;
    }

    int size() {
      return size;
    }

    void dropTrailingNaN() {
      while (size > 0 && col[0][size - 1] != col[0][size - 1] && col[2][size - 1] != col[2][size - 1]
          && col[4][size - 1] != col[4][size - 1]) {
        size--;
      }
    }

    /** A row one second after the last; missing contract ids are forward-filled. */
    void add(double carry, double price, double carryId, double priceId, double forward, double forwardId) {
      times[size] = times[size - 1] + 1;
      double[] v = {carry, carryId, price, priceId, forward, forwardId};
      for (int c = 0; c < 6; c++) {
        col[c][size] = (c % 2 == 1 && v[c] != v[c]) ? col[c][size - 1] : v[c];
      }
      size++;
    }

    MultiplePrices build() {
      TimeSeries price = TimeSeries.ofOwned(Arrays.copyOf(times, size), Arrays.copyOf(col[2], size));
      return new MultiplePrices(price, price.withValuesOwned(Arrays.copyOf(col[3], size)),
          price.withValuesOwned(Arrays.copyOf(col[0], size)), price.withValuesOwned(Arrays.copyOf(col[1], size)),
          price.withValuesOwned(Arrays.copyOf(col[4], size)), price.withValuesOwned(Arrays.copyOf(col[5], size)));
    }
  }
}
