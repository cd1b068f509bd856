package org.pystrade.production.control;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import org.pystrade.broker.api.Broker;
import org.pystrade.broker.api.ConnectionInfo;
import org.pystrade.core.config.SystemConfig;
import org.pystrade.core.data.FuturesSimData;
import org.pystrade.core.domain.InstrumentCode;
import org.pystrade.core.domain.Money;
import org.pystrade.core.domain.Result;
import org.pystrade.core.domain.trading.CapitalEntry;
import org.pystrade.core.domain.trading.CapitalMode;
import org.pystrade.core.domain.trading.Strategy;
import org.pystrade.core.series.Timestamps;
import org.pystrade.core.system.TradingSystem;
import org.pystrade.core.util.ArgChecker;
import org.pystrade.data.production.ProductionStore;
import org.pystrade.production.ContractSource;
import org.pystrade.production.CycleInputs;
import org.pystrade.production.TradingDay;
import org.pystrade.production.execution.BrokerCalls;
import org.pystrade.production.execution.ExecutionAlgorithm;
import org.pystrade.production.execution.ExecutionClock;
import org.pystrade.production.replay.SimulatedMarket;
import org.pystrade.production.strategy.AsOfPositions;

/**
 * The cycle of the strategies registered in the store, each system rerun on the data up to the day with the
 * strategy's allocated capital, against the simulated broker (at the data's last day's prices) or a live broker
 * (now, on today's date).
 */
public final class StrategyCycleSetup implements DailyCycleProcess.CycleSetup {

  private final Supplier<FuturesSimData> data;
  private final Optional<Supplier<Broker>> liveBroker;
  private final ExecutionAlgorithm algorithm;
  private final CapitalMode capitalMode;
  private FuturesSimData opened;
  private List<TradingSystem> systems;
  private List<Strategy> strategies;
  private volatile java.util.Map<String, Long> lastTimes = java.util.Map.of();

  private StrategyCycleSetup(Supplier<FuturesSimData> data, Optional<Supplier<Broker>> liveBroker,
      ExecutionAlgorithm algorithm, CapitalMode capitalMode) {
    this.data = ArgChecker.notNull(data, "data");
    this.liveBroker = liveBroker;
    this.algorithm = ArgChecker.notNull(algorithm, "algorithm");
    this.capitalMode = ArgChecker.notNull(capitalMode, "capitalMode");
  }

  /**
   * Paper trading against the simulated broker on the data's last day.
   *
   * @param data opens the price data (at each run, so that new prices are seen)
   * @param algorithm how broker orders are worked
   * @param capitalMode how the total capital follows the account value
   * @return the setup
   */
  public static StrategyCycleSetup simulated(Supplier<FuturesSimData> data, ExecutionAlgorithm algorithm,
      CapitalMode capitalMode) {
    return new StrategyCycleSetup(data, Optional.empty(), algorithm, capitalMode);
  }

  /**
   * Trading with a live broker (such as IB Gateway, paper or live account) on today's date.
   *
   * @param data opens the price data
   * @param broker makes the broker (connected by the setup, closed after the cycle)
   * @param algorithm how broker orders are worked
   * @param capitalMode how the total capital follows the account value
   * @return the setup
   */
  public static StrategyCycleSetup live(Supplier<FuturesSimData> data, Supplier<Broker> broker,
      ExecutionAlgorithm algorithm, CapitalMode capitalMode) {
    return new StrategyCycleSetup(data, Optional.of(broker), algorithm, capitalMode);
  }

  @Override
  public LocalDate tradingDay(ProcessContext context) {
    load(context.store());
    if (liveBroker.isPresent()) {
      return context.day();
    }
    ArgChecker.isTrue(!lastTimes.isEmpty(), "the data has no prices of {}", instruments());
    return Timestamps.toDate(java.util.Collections.max(lastTimes.values()));
  }

  private void load(ProductionStore store) {
    strategies = store.strategies().all();
    ArgChecker.isTrue(!strategies.isEmpty(), "the state has no strategy");
    opened = data.get();
    systems = new ArrayList<>();
    for (Strategy s : strategies) {
      SystemConfig config = SystemConfig.fromYaml(java.nio.file.Path.of(s.config()));
      Optional<Money> capital = store.capital().latestStrategyCapital(s.name());
      if (capital.isPresent()) {
        config = config.toBuilder().set("notional_trading_capital", capital.get().amount()).build();
      }
      systems.add(TradingSystem.fromYaml(config, opened));
    }
    java.util.Map<String, Long> times = new java.util.TreeMap<>();
    for (InstrumentCode code : instruments()) {
      long[] t = opened.multiplePrices(code).price().timesView();
      if (t.length > 0) {
        times.put(code.toString(), t[t.length - 1]);
      }
    }
    lastTimes = java.util.Map.copyOf(times);
  }

  private List<InstrumentCode> instruments() {
    List<InstrumentCode> out = new ArrayList<>();
    systems.forEach(s -> s.configuredInstruments().stream().filter(c -> !out.contains(c)).forEach(out::add));
    return out;
  }

  @Override
  public DailyCycleProcess.PreparedCycle prepare(ProcessContext context, LocalDate day) {
    if (systems == null) {
      load(context.store());
    }
    ProductionStore store = context.store();
    Broker broker;
    ExecutionClock clock;
    TradingDay tradingDay;
    if (liveBroker.isEmpty()) {
      Money cash = store.capital().latestTotal().map(CapitalEntry::totalCapital).orElseGet(() -> Money.of(
          systems.get(0).config().getDouble("notional_trading_capital"), systems.get(0).context().baseCurrency()));
      SimulatedMarket market = SimulatedMarket.of(opened, instruments(), cash,
          day.atStartOfDay().toInstant(ZoneOffset.UTC), day);
      broker = market.broker();
      clock = market.executionClock();
      tradingDay = TradingDay.simulated(day);
    } else {
      broker = liveBroker.get().get();
      Result<ConnectionInfo> info = BrokerCalls.await(broker.connect(), Duration.ofSeconds(30));
      if (!info.isOk()) {
        broker.close();
        throw new IllegalStateException("cannot connect to the broker: " + info.failure());
      }
      clock = ExecutionClock.system(java.time.Clock.systemUTC());
      Instant now = Instant.now();
      tradingDay = new TradingDay(day, now, now.plus(Duration.ofMinutes(10)), now.plus(Duration.ofMinutes(15)));
    }
    CycleInputs.Builder inputs = CycleInputs.builder(store, broker, clock, ContractSource.of(opened))
        .algorithm(algorithm).capital(capitalMode, 0.1);
    for (int i = 0; i < strategies.size(); i++) {
      inputs.strategy(strategies.get(i).name(), new AsOfPositions(systems.get(i), opened));
    }
    Broker toClose = broker;
    return new DailyCycleProcess.PreparedCycle(inputs.build(), tradingDay, toClose::close);
  }

  /**
   * The last price time of each configured instrument in the data last opened (for the data-age metric).
   *
   * @return instrument to epoch seconds, empty before the first run
   */
  public java.util.Map<String, Long> lastPriceTimes() {
    return lastTimes;
  }
}
