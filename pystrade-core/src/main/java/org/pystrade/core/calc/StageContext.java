package org.pystrade.core.calc;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Supplier;
import org.pystrade.core.data.CheckedSimData;
import org.pystrade.core.data.DataException;
import org.pystrade.core.data.DefectPolicy;
import org.pystrade.core.data.FuturesSimData;
import org.pystrade.core.domain.Currency;
import org.pystrade.core.domain.InstrumentCode;
import org.pystrade.core.series.TimeSeries;
import org.pystrade.core.util.ArgChecker;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What every stage of one system shares besides the stages beneath it: the memo of results, the parallelism, the
 * market data and the universe (the configured instruments and the base currency). One context per system; stages
 * receive it by constructor.
 *
 * <p>The universe answers which instruments can take part in an estimate pooled across instruments (forecast
 * scalars, turnover, forecast weights, forecast correlations): those whose data can be read and whose own inputs to
 * the estimate can be computed ({@link #pool}). An instrument whose data fails is left out of the pools of the
 * others, so that one bad instrument costs only itself (the system reports it as left out), never the estimates of
 * every instrument it would have been pooled with.
 */
public final class StageContext {

  private static final Logger LOG = LoggerFactory.getLogger(StageContext.class);

  private final Memo memo;
  private final Parallel parallel;
  private final CheckedSimData data;
  private final List<InstrumentCode> configuredInstruments;
  private final Currency baseCurrency;

  /**
   * Creates a context with a new, empty memo and the default {@link DefectPolicy}.
   *
   * @param data the market data
   * @param configuredInstruments the instruments the system is configured with (some may lack data)
   * @param baseCurrency the currency P&amp;L and capital are in
   * @param parallel the parallelism of per-instrument work
   */
  public StageContext(FuturesSimData data, List<InstrumentCode> configuredInstruments, Currency baseCurrency,
      Parallel parallel) {
    this(data, configuredInstruments, baseCurrency, parallel, DefectPolicy.defaults());
  }

  /**
   * Creates a context with a new, empty memo.
   *
   * @param data the market data
   * @param configuredInstruments the instruments the system is configured with (some may lack data)
   * @param baseCurrency the currency P&amp;L and capital are in
   * @param parallel the parallelism of per-instrument work
   * @param defectPolicy what to do with each kind of data defect (see {@link CheckedSimData})
   */
  public StageContext(FuturesSimData data, List<InstrumentCode> configuredInstruments, Currency baseCurrency,
      Parallel parallel, DefectPolicy defectPolicy) {
    ArgChecker.notNull(data, "data");
    this.configuredInstruments = List.copyOf(ArgChecker.notEmpty(configuredInstruments, "configuredInstruments"));
    this.baseCurrency = ArgChecker.notNull(baseCurrency, "baseCurrency");
    this.data = CheckedSimData.of(data, ArgChecker.notNull(defectPolicy, "defectPolicy"), baseCurrency);
    this.parallel = ArgChecker.notNull(parallel, "parallel");
    this.memo = new Memo();
  }

  /**
   * A memoised result: computed once per key, whatever the number of threads asking.
   *
   * @param stage the stage (or component) name
   * @param method the method name
   * @param a the first argument (an instrument, a rule...), or null
   * @param b the second argument, or null
   * @param compute the computation
   * @param <T> the result type
   * @return the result
   */
  public <T> T memo(String stage, String method, Object a, Object b, Supplier<T> compute) {
    return memo.get(new StageKey(stage, method, a, b), compute);
  }

  /**
   * A memoised result kept as {@code retention} says: {@link Retention#KEEP} for the life of the system, as
   * {@link #memo(String, String, Object, Object, Supplier)} does; {@link Retention#IN_USE} only while something else
   * refers to it, computed again (to the same bits) if asked for after it was let go.
   *
   * @param stage the stage (or component) name
   * @param method the method name
   * @param a the first argument (an instrument, a rule...), or null
   * @param b the second argument, or null
   * @param retention how long the result is kept
   * @param compute the computation
   * @param <T> the result type
   * @return the result
   */
  public <T> T memo(String stage, String method, Object a, Object b, Retention retention, Supplier<T> compute) {
    return memo.get(new StageKey(stage, method, a, b), ArgChecker.notNull(retention, "retention"), compute);
  }

  /**
   * Releases a kept result once the last consumer that the system's own computation has for it has read it: from now
   * on it is kept only while in use ({@link Retention#IN_USE}), and computed again, to the same bits, if asked for
   * after the garbage collector has taken it (an export, a report). Only the stage that memoised the result releases
   * it, on being told by its consumer that it is done (as the forecast stage is by the combination). A result not
   * memoised, still being computed, or failed is left as it is.
   *
   * @param stage the stage (or component) name, as memoised
   * @param method the method name, as memoised
   * @param a the first argument, or null
   * @param b the second argument, or null
   */
  public void release(String stage, String method, Object a, Object b) {
    memo.release(new StageKey(stage, method, a, b));
  }

  /**
   * The parallelism of per-instrument work.
   *
   * @return the parallelism
   */
  public Parallel parallel() {
    return parallel;
  }

  /**
   * The market data as the stages read it: checked for data defects, each handled as the system's
   * {@link DefectPolicy} says (see {@link CheckedSimData}).
   *
   * @return the checked data
   */
  public CheckedSimData data() {
    return data;
  }

  /**
   * The currency of capital and P&amp;L.
   *
   * @return the base currency
   */
  public Currency baseCurrency() {
    return baseCurrency;
  }

  /**
   * The instruments the config names, sorted, before any is left out for bad or missing data.
   *
   * @return the configured instruments
   */
  public List<InstrumentCode> configuredInstruments() {
    return configuredInstruments;
  }

  /**
   * The FX rate translating an instrument's currency into the base currency, at the data's own timestamps.
   *
   * @param code the instrument
   * @return base currency per unit of instrument currency
   * @throws DataException naming the currency and instrument if no rate is available
   */
  public TimeSeries fxRate(InstrumentCode code) {
    return memo("context", "fxRate", code, null, () -> data.fxRateForInstrument(code, baseCurrency));
  }

  /**
   * The configured instruments whose configuration can be read (instrument configuration, FX rate into the base
   * currency), in configured order.
   *
   * @return the instruments with a readable configuration and FX rate
   */
  public List<InstrumentCode> instrumentsWithSetup() {
    return memo("context", "instrumentsWithSetup", null, null, () -> {
      // on every thread: the first pool of an estimate asks for it from inside the instruments' own parallel loop,
      // whose other workers wait for it
      List<Boolean> ok = parallel.mapNested(configuredInstruments, code -> {
        try {
          data.meta(code);
          data.fxRateForInstrument(code, baseCurrency);
          return true;
        } catch (DataException ex) {
          LOG.debug("{}: {}", code, ex.getMessage());
          return false;
        }
      });
      List<InstrumentCode> out = new ArrayList<>();
      for (int i = 0; i < configuredInstruments.size(); i++) {
        if (ok.get(i)) {
          out.add(configuredInstruments.get(i));
        }
      }
      return List.copyOf(out);
    });
  }

  /**
   * The configured instruments whose market data and configuration can all be read (adjusted and multiple prices,
   * instrument configuration, FX rate into the base currency), in configured order. This computes no stage.
   *
   * @return the instruments with readable data
   */
  public List<InstrumentCode> instrumentsWithData() {
    return memo("context", "instrumentsWithData", null, null, () -> {
      List<InstrumentCode> setUp = instrumentsWithSetup();
      List<Boolean> ok = parallel.map(setUp, code -> {
        try {
          data.checkPrices(code);
          return true;
        } catch (DataException ex) {
          return false;
        }
      });
      List<InstrumentCode> out = new ArrayList<>();
      for (int i = 0; i < setUp.size(); i++) {
        if (ok.get(i)) {
          out.add(setUp.get(i));
        }
      }
      return List.copyOf(out);
    });
  }

  /**
   * The candidates to pool in an estimate, in their order: those whose data can be read (an instrument with
   * unreadable data is left out of every pool, so that the others get what a system configured without it would
   * give them) and whose inputs to this estimate can be computed (a computation failing for one instrument leaves
   * it out of this pool only).
   *
   * @param candidates the instruments that would be pooled
   * @param self the instrument the estimate is for, or null for an estimate shared by all: always kept, so that its
   *     own failure surfaces as its own
   * @param probe computes what the pooled estimate needs of one instrument (results are memoised by the stages),
   *     throwing {@link DataException} if it cannot
   * @return the instruments to pool
   */
  public List<InstrumentCode> pool(List<InstrumentCode> candidates, InstrumentCode self,
      Consumer<InstrumentCode> probe) {
    Set<InstrumentCode> readable = new HashSet<>(instrumentsWithSetup());
    // the probes compute (and memoise) the pooled instruments' inputs, reading their files: in parallel even inside
    // the instruments' own parallel loop, whose other workers would mostly wait for these same inputs
    List<Boolean> usable = parallel.mapNested(candidates, c -> {
      if (c.equals(self)) {
        return true;
      }
      if (!readable.contains(c)) {
        LOG.debug("{} left out of a pooled estimate: its data cannot be read", c);
        return false;
      }
      try {
        probe.accept(c);
        // after the probe, which has usually just read the price files: a data source then knows them readable
        data.checkPrices(c);
        return true;
      } catch (DataException ex) {
        LOG.debug("{} left out of a pooled estimate: {}", c, ex.getMessage());
        return false;
      }
    });
    List<InstrumentCode> out = new ArrayList<>(candidates.size());
    for (int i = 0; i < candidates.size(); i++) {
      if (usable.get(i)) {
        out.add(candidates.get(i));
      }
    }
    return out;
  }
}
