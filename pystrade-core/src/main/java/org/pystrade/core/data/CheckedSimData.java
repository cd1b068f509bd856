package org.pystrade.core.data;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;
import org.pystrade.core.domain.Currency;
import org.pystrade.core.domain.InstrumentCode;
import org.pystrade.core.domain.ReasonCode;
import org.pystrade.core.series.TimeSeries;
import org.pystrade.core.util.ArgChecker;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Market data as a system reads it: the underlying data, with every instrument's {@link DataDefect}s found on first
 * use and handled as a {@link DefectPolicy} says. Each check runs once per instrument (prices when the adjusted or
 * multiple prices are first read, the FX rate when the instrument's rate is first read, the source's own defects
 * when its metadata is first read).
 *
 * <ul>
 *   <li>{@link DefectAction#KEEP}: the data is returned as it is and the defect logged once as a warning and kept
 *       in {@link #defects()}: the system reports it with the numbers it affects.</li>
 *   <li>{@link DefectAction#LEAVE_OUT}: reading the instrument's affected data throws a {@link DataException} with
 *       the kind's reason code and the defect's place and detail, every time: the system leaves the instrument out
 *       with that reason, as it does for an unreadable file.</li>
 *   <li>{@link DefectAction#FAIL}: as leave out, and the defect is in {@link #fatal()}: the system refuses its
 *       results, naming it.</li>
 * </ul>
 * A defect found by a stage (an instrument with no valid position on any day) is handled the same way through
 * {@link #report(DataDefect)}. Instances are thread-safe.
 */
public final class CheckedSimData implements FuturesSimData {

  private static final Logger LOG = LoggerFactory.getLogger(CheckedSimData.class);

  private final FuturesSimData data;
  private final DefectPolicy policy;
  private final Currency baseCurrency;
  private final Map<InstrumentCode, Once<List<DataDefect>>> priceChecks = new ConcurrentHashMap<>();
  private final Map<InstrumentCode, Once<List<DataDefect>>> sourceChecks = new ConcurrentHashMap<>();
  private final Map<InstrumentCode, Once<CheckedRate>> fxChecks = new ConcurrentHashMap<>();
  private final Map<RateKey, Once<List<DataDefect>>> fxRateChecks = new ConcurrentHashMap<>();
  private final Map<String, DataDefect> found = new ConcurrentHashMap<>();

  private CheckedSimData(FuturesSimData data, DefectPolicy policy, Currency baseCurrency) {
    this.data = ArgChecker.notNull(data, "data");
    this.policy = ArgChecker.notNull(policy, "policy");
    this.baseCurrency = ArgChecker.notNull(baseCurrency, "baseCurrency");
  }

  /**
   * Checked data over a source.
   *
   * @param data the source
   * @param policy what to do with each kind of defect
   * @param baseCurrency the currency FX rates are checked into
   * @return the checked data
   */
  public static CheckedSimData of(FuturesSimData data, DefectPolicy policy, Currency baseCurrency) {
    return new CheckedSimData(data, policy, baseCurrency);
  }

  /**
   * The data checked.
   *
   * @return the underlying data
   */
  public FuturesSimData source() {
    return data;
  }

  /**
   * The policy applied.
   *
   * @return the policy
   */
  public DefectPolicy policy() {
    return policy;
  }

  /**
   * The defects found so far (whatever their action), sorted by instrument and kind.
   *
   * @return the defects
   */
  public List<DataDefect> defects() {
    List<DataDefect> out = new ArrayList<>(found.values());
    out.sort(Comparator.comparing((DataDefect d) -> d.instrument().value()).thenComparing(DataDefect::kind)
        .thenComparing(DataDefect::message));
    return List.copyOf(out);
  }

  /**
   * The defects found so far whose action is {@link DefectAction#FAIL}.
   *
   * @return the fatal defects, sorted
   */
  public List<DataDefect> fatal() {
    return defects().stream().filter(d -> policy.action(d.kind()) == DefectAction.FAIL).toList();
  }

  /**
   * Handles a defect found outside the data (by a stage): records it, and unless the policy keeps it, throws.
   *
   * @param defect the defect
   * @throws DataException with the kind's reason code if the policy leaves the instrument out or fails
   */
  public void report(DataDefect defect) {
    ArgChecker.notNull(defect, "defect");
    enforce(List.of(defect));
  }

  /**
   * The message of a defect as the system reports it: the instrument, the place, the detail and the action taken.
   *
   * @param defect the defect
   * @return the message
   */
  public String describe(DataDefect defect) {
    DataDefect.Kind kind = defect.kind();
    String key = DefectPolicy.SECTION + "." + kind.configKey();
    switch (policy.action(kind)) {
      case KEEP:
        return defect.message() + "; kept and computed as pysystemtrade computes it, which affects "
            + kind.affects() + " (" + key + ": leave_out leaves the instrument out)";
      case LEAVE_OUT:
        return defect.message() + " (" + key + ": leave_out; keep computes with it as pysystemtrade does)";
      default:
        return defect.message() + " (" + key + ": fail)";
    }
  }

  private void enforce(List<DataDefect> defects) {
    DataDefect refusing = null;
    for (DataDefect d : defects) {
      String id = d.instrument().value() + "|" + d.kind() + "|" + d.message();
      if (found.putIfAbsent(id, d) == null && policy.action(d.kind()) == DefectAction.KEEP) {
        LOG.warn("data defect of {}: {}", d.instrument(), describe(d));
      }
      if (refusing == null && policy.action(d.kind()) != DefectAction.KEEP) {
        refusing = d;
      }
    }
    if (refusing != null) {
      throw new DataException(refusing.kind().code(), "data defect: " + describe(refusing));
    }
  }

  /** Runs one of an instrument's checks, once (the first caller's {@code check} counts), and enforces its defects. */
  private void check(Map<InstrumentCode, Once<List<DataDefect>>> checks, InstrumentCode instrument,
      Supplier<List<DataDefect>> check) {
    List<DataDefect> defects = checks.computeIfAbsent(instrument, k -> new Once<>(check)).get();
    if (!defects.isEmpty()) {
      enforce(defects);
    }
  }

  private void checkPriceDefects(InstrumentCode instrument) {
    check(priceChecks, instrument, () -> {
      MultiplePrices multiple;
      try {
        multiple = data.multiplePrices(instrument);
      } catch (DataException ex) {
        multiple = null; // reported when the multiple prices are read
      }
      return DataChecks.prices(data, instrument, data.adjustedPrices(instrument), multiple);
    });
  }

  private void checkSource(InstrumentCode instrument) {
    check(sourceChecks, instrument, () -> List.copyOf(data.sourceDefects(instrument)));
  }

  @Override
  public List<InstrumentCode> instruments() {
    return data.instruments();
  }

  @Override
  public TimeSeries adjustedPrices(InstrumentCode instrument) {
    TimeSeries s = data.adjustedPrices(instrument);
    checkPriceDefects(instrument);
    return s;
  }

  @Override
  public MultiplePrices multiplePrices(InstrumentCode instrument) {
    MultiplePrices mp = data.multiplePrices(instrument);
    checkPriceDefects(instrument);
    return mp;
  }

  /**
   * The source's daily prices, their defects handled as when the prices are read: the defects the source found in
   * the rows count as this object's check of them (they are what that check finds, {@link DailyPrices#derive}).
   */
  @Override
  public Optional<DailyPrices> daily(InstrumentCode instrument) {
    Optional<DailyPrices> daily = data.daily(instrument);
    if (daily.isPresent()) {
      check(priceChecks, instrument, daily.get()::defects);
    }
    return daily;
  }

  /** Checks readability only, as the underlying data does: defects are checked when the prices are read. */
  @Override
  public void checkPrices(InstrumentCode instrument) {
    data.checkPrices(instrument);
  }

  @Override
  public InstrumentMeta meta(InstrumentCode instrument) {
    InstrumentMeta meta = data.meta(instrument);
    checkSource(instrument);
    return meta;
  }

  @Override
  public TimeSeries fxRate(Currency currency, Currency base) {
    return data.fxRate(currency, base);
  }

  /** The rate as the underlying data gives it, checked once per instrument for values that cannot be a rate. */
  @Override
  public TimeSeries fxRateForInstrument(InstrumentCode instrument, Currency base) {
    if (!base.equals(baseCurrency)) {
      return data.fxRateForInstrument(instrument, base);
    }
    CheckedRate checked = fxChecks.computeIfAbsent(instrument, k -> new Once<>(() -> {
      TimeSeries rate = data.fxRateForInstrument(instrument, base);
      Currency currency = data.meta(instrument).currency();
      if (rate.firstValidIndex() < 0) {
        // no value at all: every position would be NaN, silently (as a missing FX file leaves the instrument out)
        String where = rate.size() == 0 ? "" : data.locateFx(currency, base, rate.time(0));
        throw new DataException(ReasonCode.NO_FX_RATE, "no FX rate " + currency + base + " for instrument "
            + instrument + ": " + (where.isEmpty() ? "" : where + ": ") + "the rate has no value on any day ("
            + (rate.size() == 0 ? "no row" : rate.size() + (rate.size() == 1 ? " row" : " rows") + ", all empty")
            + ")");
      }
      // checked once per rate (the instruments of a currency share it), each instrument's defects its own
      List<DataDefect> defects = fxRateChecks.computeIfAbsent(new RateKey(currency, rate),
          key -> new Once<>(() -> DataChecks.fx(data, instrument, currency, base, rate))).get();
      List<DataDefect> own = new ArrayList<>(defects.size());
      for (DataDefect d : defects) {
        own.add(d.instrument().equals(instrument) ? d
            : new DataDefect(instrument, d.kind(), d.location(), d.detail()));
      }
      return new CheckedRate(rate, List.copyOf(own));
    })).get();
    if (!checked.defects().isEmpty()) {
      enforce(checked.defects());
    }
    return checked.rate();
  }

  @Override
  public String locate(InstrumentCode instrument, PriceData series, long time) {
    return data.locate(instrument, series, time);
  }

  @Override
  public String locateFx(Currency currency, Currency base, long time) {
    return data.locateFx(currency, base, time);
  }

  @Override
  public List<DataDefect> sourceDefects(InstrumentCode instrument) {
    return data.sourceDefects(instrument);
  }

  /** The window of the underlying data, checked with the same policy (defects outside the window do not count). */
  @Override
  public FuturesSimData asOf(LocalDateTime end) {
    return new CheckedSimData(data.asOf(end), policy, baseCurrency);
  }

  /** The window of the underlying data, checked with the same policy (defects outside the window do not count). */
  @Override
  public FuturesSimData from(LocalDateTime start) {
    return new CheckedSimData(data.from(start), policy, baseCurrency);
  }

  /** The updated underlying data, checked with the same policy. */
  @Override
  public FuturesSimData withUpdate(DataUpdate update) {
    return new CheckedSimData(data.withUpdate(update), policy, baseCurrency);
  }

  @Override
  public String toString() {
    return data.toString();
  }

  /** An FX rate and its defects. */
  private record CheckedRate(TimeSeries rate, List<DataDefect> defects) {
  }

  /** A currency's rate, the very series (compared by identity: a series of equal values is checked again). */
  private record RateKey(Currency currency, TimeSeries rate) {

    @Override
    public boolean equals(Object o) {
      return o instanceof RateKey k && k.currency.equals(currency) && k.rate == rate;
    }

    @Override
    public int hashCode() {
      return currency.hashCode() * 31 + System.identityHashCode(rate);
    }
  }

  /** A value computed once; a {@link DataException} is kept and thrown again to every caller. */
  private static final class Once<T> {
    private Supplier<T> supplier;
    private T value;
    private DataException failure;

    Once(Supplier<T> supplier) {
      this.supplier = supplier;
    }

    synchronized T get() {
      if (supplier != null) {
        try {
          value = supplier.get();
        } catch (DataException ex) {
          failure = ex;
        }
        supplier = null;
      }
      if (failure != null) {
        throw new DataException(failure.code(), failure.getMessage(), failure);
      }
      return value;
    }
  }
}
