package org.pystrade.production.replay;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.StringJoiner;
import org.pystrade.core.config.SystemConfig;
import org.pystrade.core.data.FuturesSimData;
import org.pystrade.core.data.MultiplePrices;
import org.pystrade.core.domain.Currency;
import org.pystrade.core.domain.FuturesContract;
import org.pystrade.core.domain.InstrumentCode;
import org.pystrade.core.domain.Money;
import org.pystrade.core.domain.Quantity;
import org.pystrade.core.domain.trading.ExecutionReport;
import org.pystrade.core.domain.trading.FillRecord;
import org.pystrade.core.domain.trading.Strategy;
import org.pystrade.core.domain.trading.StrategyName;
import org.pystrade.core.domain.trading.TradingOrder;
import org.pystrade.core.series.TimeSeries;
import org.pystrade.core.series.Timestamps;
import org.pystrade.core.system.TradingSystem;
import org.pystrade.core.util.ArgChecker;
import org.pystrade.data.production.ProductionCapital;
import org.pystrade.data.production.ProductionStore;
import org.pystrade.data.production.WriteListener;
import org.pystrade.production.BrokerReconciliation;
import org.pystrade.production.ContractSource;
import org.pystrade.production.CycleInputs;
import org.pystrade.production.CycleReport;
import org.pystrade.production.DailyCycle;
import org.pystrade.production.Roll;
import org.pystrade.production.TradingDay;
import org.pystrade.production.execution.ExecutionAlgorithm;
import org.pystrade.production.strategy.FullHistoryPositions;
import org.pystrade.production.strategy.IncrementalPositions;
import org.pystrade.production.strategy.PositionSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The paper replay: the daily cycle ({@link DailyCycle}) for every business day of a period against the simulated
 * broker filling at each day's price, starting flat with the config's capital (fixed), one strategy
 * ({@value #STRATEGY_NAME}, weight 1), a fresh state store in {@code OUT/state}, rolls on the multiple prices' roll
 * dates ({@link RollSchedule}), reconciled with the broker at the end of each day ({@link BrokerReconciliation}: a
 * break makes the day incomplete). It writes {@code OUT/INSTRUMENT.csv} ({@code DATETIME, held_position, contract,
 * fills, buffered_position, pnl, backtest_pnl, roll}: the strategy's position after the day, the contract
 * positions, the day's fills, the backtest's buffered position, the day's gross P&amp;L of the replay and of the
 * backtest (delayfill off) in base currency, the day's roll) and {@code OUT/summary.txt}
 * ({@link ReplayResult#summary()}).
 *
 * <p>The strategy's positions come from the system run once on the whole data and read at each day
 * ({@link FullHistoryPositions}), or, with {@link Builder#rerunEachDay}, and always for a config that estimates
 * parameters, from the system as it stands on the data up to each day, as a production run computes it: kept up to
 * date by appending each day's bars ({@link IncrementalPositions}), which gives, bit for bit, the system rerun on the
 * data up to each day.
 */
public final class PaperReplay {

  /** The replayed strategy's name. */
  public static final String STRATEGY_NAME = "replay";

  private static final Logger LOG = LoggerFactory.getLogger(PaperReplay.class);

  private final SystemConfig config;
  private final FuturesSimData data;
  private final LocalDate from;
  private final LocalDate to;
  private final Path out;
  private final ExecutionAlgorithm algorithm;
  private final boolean rerunEachDay;
  private final RerunPositions rerunPositions;

  /** Where the positions of a replay rerun each day come from: the system, the data and the day before the first. */
  interface RerunPositions {
    PositionSource apply(TradingSystem system, FuturesSimData data, LocalDate dayBefore);
  }

  private PaperReplay(Builder b) {
    this.config = ArgChecker.notNull(b.config, "config");
    this.data = ArgChecker.notNull(b.data, "data");
    this.from = ArgChecker.notNull(b.from, "from");
    this.to = ArgChecker.notNull(b.to, "to");
    ArgChecker.isTrue(!to.isBefore(from), "the replay ends ({}) before it starts ({})", to, from);
    this.out = ArgChecker.notNull(b.out, "out");
    this.algorithm = ArgChecker.notNull(b.algorithm, "algorithm");
    this.rerunEachDay = b.rerunEachDay;
    this.rerunPositions = b.rerunPositions;
  }

  /**
   * A builder.
   *
   * @param config the strategy's config
   * @param data the data (the whole history; each day sees it up to that day)
   * @param from the first day
   * @param to the last day
   * @param out the output folder (must not hold a replay's state already)
   * @return the builder
   */
  public static Builder builder(SystemConfig config, FuturesSimData data, LocalDate from, LocalDate to, Path out) {
    return new Builder(config, data, from, to, out);
  }

  /** One instrument's record. */
  private static final class Track {
    private final InstrumentCode code;
    private final BufferedWriter writer;
    private final TimeSeries backtest;
    private final double pointSize;
    private final TimeSeries fx;
    private final TimeSeries backtestPnl;
    private Map<FuturesContract, Quantity> lastContracts = Map.of();
    private LocalDate lastDay;
    private double dayCash;
    private double dayCosts;
    private double dayGross;
    private int days;
    private int equal;
    private LocalDate firstMismatch;
    private int rolls;
    private int rollsKeeping;
    private int fills;
    private double gross;
    private double costs;
    private long held;

    Track(InstrumentCode code, BufferedWriter writer, TimeSeries backtest, double pointSize, TimeSeries fx,
        TimeSeries backtestPnl) {
      this.code = code;
      this.backtestPnl = backtestPnl;
      this.writer = writer;
      this.backtest = backtest;
      this.pointSize = pointSize;
      this.fx = fx;
    }
  }

  /**
   * Runs the replay.
   *
   * @return the comparison with the backtest
   * @throws IOException if the output cannot be written
   * @throws IllegalArgumentException if the output folder holds a replay's state already
   */
  public ReplayResult run() throws IOException {
    long start = System.nanoTime();
    Path stateFolder = out.resolve("state");
    ArgChecker.isTrue(!Files.exists(stateFolder.resolve(ProductionStore.FILE_NAME)),
        "{} holds a replay's state already: replay into an empty folder", out);
    Files.createDirectories(out);
    TradingSystem system = TradingSystem.fromYaml(config, data);
    boolean rerun = rerunEachDay || !FullHistoryPositions.estimatedParameters(config).isEmpty();
    PositionSource positions = rerun ? rerunPositions.apply(system, data, from.minusDays(1))
        : FullHistoryPositions.of(system);
    List<InstrumentCode> instruments = system.instruments();
    Currency base = system.context().baseCurrency();
    Money capital = Money.of(config.getDouble("notional_trading_capital"), base);
    SimulatedMarket market = SimulatedMarket.of(data, instruments, capital,
        from.atStartOfDay().toInstant(ZoneOffset.UTC), to);
    Map<InstrumentCode, MultiplePrices> multiple = new LinkedHashMap<>();
    instruments.forEach(code -> multiple.put(code, data.multiplePrices(code)));
    RollSchedule rolls = new RollSchedule(multiple, market.prices());
    StrategyName strategy = StrategyName.of(STRATEGY_NAME);
    Map<InstrumentCode, Track> tracks = new LinkedHashMap<>();
    int incomplete = 0;
    long cycleNanos = 0;
    int days = 0;
    try (ProductionStore store = ProductionStore.openIn(stateFolder, WriteListener.NONE)) {
      store.strategies().put(new Strategy(strategy, 1.0, config.source()));
      new ProductionCapital(store).setByHand(market.clock().instant(), capital, null, null, null);
      DailyCycle cycle = new DailyCycle(CycleInputs.builder(store, market.broker(), market.executionClock(),
          ContractSource.of(data)).strategy(strategy, positions).algorithm(algorithm).rolls(rolls)
          .reconciliation(new BrokerReconciliation(Duration.ofSeconds(5), market.clock())).build());
      for (InstrumentCode code : instruments) {
        BufferedWriter w = Files.newBufferedWriter(out.resolve(code.value() + ".csv"), StandardCharsets.UTF_8);
        w.write("DATETIME,held_position,contract,fills,buffered_position,pnl,backtest_pnl,roll\n");
        tracks.put(code, new Track(code, w, system.accounts().bufferedPosition(code, true),
            data.meta(code).pointSize(), system.positionSizing().fxRate(code),
            system.accounts().pandlForInstrument(code, false, true).gross()));
      }
      long setupDone = System.nanoTime();
      Duration setup = Duration.ofNanos(setupDone - start);
      for (LocalDate day = from; !day.isAfter(to); day = day.plusDays(1)) {
        if (day.getDayOfWeek() == DayOfWeek.SATURDAY || day.getDayOfWeek() == DayOfWeek.SUNDAY) {
          continue;
        }
        long t0 = System.nanoTime();
        CycleReport report = cycle.run(TradingDay.simulated(day));
        cycleNanos += System.nanoTime() - t0;
        days++;
        if (!report.complete()) {
          incomplete++;
        }
        record(store, strategy, report, tracks, day, market.prices());
      }
      List<InstrumentReplay> results = new ArrayList<>();
      for (Track t : tracks.values()) {
        t.writer.close();
        results.add(finish(system, t));
      }
      ReplayResult result = new ReplayResult(days, results, incomplete, rolls.unrollable(), setup,
          Duration.ofNanos(cycleNanos));
      Files.writeString(out.resolve("summary.txt"), result.summary(), StandardCharsets.UTF_8);
      LOG.info("replay of {} days: exact {}, {} ms per cycle", days, result.exact(),
          days == 0 ? 0 : cycleNanos / 1_000_000 / days);
      return result;
    } finally {
      for (Track t : tracks.values()) {
        t.writer.close();
      }
      market.broker().close();
    }
  }

  private void record(ProductionStore store, StrategyName strategy, CycleReport report,
      Map<InstrumentCode, Track> tracks, LocalDate day, ReplayPrices prices) throws IOException {
    Map<InstrumentCode, StringJoiner> fillText = new LinkedHashMap<>();
    Map<InstrumentCode, Long> strategyFilled = new LinkedHashMap<>();
    for (ExecutionReport r : report.execution().reports()) {
      if (r.filled().isZero()) {
        continue;
      }
      TradingOrder order = store.orders().get(r.brokerOrderId()).orElseThrow();
      Track t = tracks.get(order.instrument());
      if (t == null) {
        continue;
      }
      for (FillRecord f : store.fills().ofOrder(order.id())) {
        fillText.computeIfAbsent(order.instrument(), k -> new StringJoiner(" ")).add(String.format(Locale.ROOT,
            "%+d@%s:%s", f.quantity().longValueExact(), num(f.price()), order.contract().date().asId()));
        t.dayCosts += f.commission().amount();
        t.fills++;
      }
      long q = r.filled().longValueExact();
      t.dayCash -= q * r.midAtSubmission();
      t.dayCosts += Math.abs(q) * r.slippage() * t.pointSize;
      if (order.strategy().equals(strategy)) {
        strategyFilled.merge(order.instrument(), q, Long::sum);
      }
    }
    long end = Timestamps.of(day.atTime(LocalTime.MAX).withNano(0));
    for (Track t : tracks.values()) {
      long held = store.positions().instrumentPosition(strategy, t.code).longValueExact();
      Map<FuturesContract, Quantity> contracts = store.positions().contractPositions(t.code);
      StringJoiner rolled = new StringJoiner(" ");
      for (Roll roll : report.rolls()) {
        if (roll.from().instrument().equals(t.code)) {
          rolled.add(roll.from().date().asId() + ">" + roll.to().date().asId());
          t.rolls++;
          long inContracts = contracts.values().stream().mapToLong(Quantity::longValueExact).sum();
          if (!contracts.containsKey(roll.from()) && inContracts == held
              && held - t.held == strategyFilled.getOrDefault(t.code, 0L)) {
            t.rollsKeeping++;
          }
        }
      }
      t.held = held;
      markToMarket(t, contracts, day, prices);
      double bt = t.backtest.lastValidAtOrBefore(end);
      long backtest = Double.isNaN(bt) ? 0 : Math.round(bt);
      t.days++;
      if (backtest == held) {
        t.equal++;
      } else if (t.firstMismatch == null) {
        t.firstMismatch = day;
      }
      StringJoiner where = new StringJoiner(" ");
      contracts.entrySet().stream().sorted(Map.Entry.comparingByKey((a, b) -> a.date().asId()
          .compareTo(b.date().asId()))).forEach(e -> where.add(e.getKey().date().asId() + ":"
              + e.getValue().longValueExact()));
      double backtestPnl = t.backtestPnl.lastValidAtOrBefore(end);
      t.writer.write(day + " 23:00:00," + held + "," + where + "," + fillText.getOrDefault(t.code,
          new StringJoiner(" ")) + "," + backtest + String.format(Locale.ROOT, ",%.6f,%.6f,", t.dayGross,
          backtestPnl == backtestPnl ? backtestPnl : 0.0) + rolled + "\n");
    }
  }

  /**
   * Books the day's gross P&amp;L in base currency: the contract positions at the day's prices less those of the
   * day before at that day's prices, less what the day's fills paid at the mid, times the point size and the FX rate
   * at the start of the day (as the backtest converts each day's P&amp;L; on the first day of the FX rates, that
   * day's); the day's costs at the same rate.
   */
  private static void markToMarket(Track t, Map<FuturesContract, Quantity> contracts, LocalDate day,
      ReplayPrices prices) {
    double points = t.dayCash + value(contracts, day, prices) - (t.lastDay == null ? 0.0
        : value(t.lastContracts, t.lastDay, prices));
    double rate = t.fx.lastValidAtOrBefore(Timestamps.of(day));
    if (rate != rate) {
      // the first day of the FX rates has none before it: that day's own
      rate = t.fx.lastValidAtOrBefore(endOfDay(Timestamps.of(day)));
    }
    ArgChecker.isTrue(rate == rate, "no FX rate for {} by {}", t.code, day);
    t.dayGross = points * t.pointSize * rate;
    t.gross += t.dayGross;
    t.costs += t.dayCosts * rate;
    t.dayCash = 0;
    t.dayCosts = 0;
    t.lastContracts = contracts;
    t.lastDay = day;
  }

  private static double value(Map<FuturesContract, Quantity> contracts, LocalDate day, ReplayPrices prices) {
    double v = 0;
    for (Map.Entry<FuturesContract, Quantity> e : contracts.entrySet()) {
      if (e.getValue().isZero()) {
        continue;
      }
      OptionalDouble price = prices.lastPrice(e.getKey(), day);
      ArgChecker.isTrue(price.isPresent(), "no price of {} by {} to value the position", e.getKey(), day);
      v += e.getValue().value() * price.getAsDouble();
    }
    return v;
  }

  private InstrumentReplay finish(TradingSystem system, Track t) {
    return new InstrumentReplay(t.code, t.days, t.equal, Optional.ofNullable(t.firstMismatch), t.rolls,
        t.rollsKeeping, t.fills, t.gross, backtestGross(system, t.code, false), backtestGross(system, t.code, true),
        t.costs);
  }

  /** The backtest's gross P&amp;L (pystrade's accounts, in base currency) summed over the replayed days. */
  private double backtestGross(TradingSystem system, InstrumentCode code, boolean delayFill) {
    TimeSeries gross = system.accounts().pandlForInstrument(code, delayFill, true).gross();
    long first = Timestamps.of(from);
    long last = Timestamps.of(to.atTime(LocalTime.MAX).withNano(0));
    long[] times = gross.timesView();
    double[] values = gross.valuesView();
    double sum = 0;
    for (int i = 0; i < times.length; i++) {
      if (times[i] >= first && times[i] <= last && values[i] == values[i]) {
        sum += values[i];
      }
    }
    return sum;
  }

  /** The end of a timestamp's day: the backtest's positions and prices may stand at different times of a day. */
  private static long endOfDay(long timestamp) {
    return Timestamps.of(Timestamps.toDate(timestamp).atTime(LocalTime.MAX).withNano(0));
  }

  private static String num(double v) {
    return v == Math.rint(v) && Math.abs(v) < 1e15 ? Long.toString((long) v) : Double.toString(v);
  }

  /** Builds a replay. */
  public static final class Builder {
    private final SystemConfig config;
    private final FuturesSimData data;
    private final LocalDate from;
    private final LocalDate to;
    private final Path out;
    private ExecutionAlgorithm algorithm = ExecutionAlgorithm.market();
    private boolean rerunEachDay;
    private RerunPositions rerunPositions = IncrementalPositions::start;

    private Builder(SystemConfig config, FuturesSimData data, LocalDate from, LocalDate to, Path out) {
      this.config = config;
      this.data = data;
      this.from = from;
      this.to = to;
      this.out = out;
    }

    /**
     * Sets the execution algorithm (market by default).
     *
     * @param value the algorithm
     * @return this builder
     */
    public Builder algorithm(ExecutionAlgorithm value) {
      this.algorithm = value;
      return this;
    }

    /**
     * Reruns the system on the data up to each day instead of reading one run on the whole data (always so for a
     * config that estimates parameters).
     *
     * @param value whether to rerun
     * @return this builder
     */
    public Builder rerunEachDay(boolean value) {
      this.rerunEachDay = value;
      return this;
    }

    /**
     * Where a replay rerun each day takes its positions from ({@link IncrementalPositions} by default): for a test
     * comparing it with the system computed in full each day.
     *
     * @param value the source
     * @return this builder
     */
    Builder rerunPositions(RerunPositions value) {
      this.rerunPositions = value;
      return this;
    }

    /**
     * Builds the replay.
     *
     * @return the replay
     */
    public PaperReplay build() {
      return new PaperReplay(this);
    }
  }
}
