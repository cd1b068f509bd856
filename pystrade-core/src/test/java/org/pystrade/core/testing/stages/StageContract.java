package org.pystrade.core.testing.stages;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.BiFunction;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.pystrade.core.data.DataException;
import org.pystrade.core.data.InstrumentFailure;
import org.pystrade.core.domain.InstrumentCode;
import org.pystrade.core.series.TimeSeries;
import org.pystrade.core.system.TradingSystem;

/**
 * What every stage must satisfy, whichever stage it is: the checks shared by the contracts of the seven stage
 * interfaces ({@link RawDataContract}, {@link RulesContract}, {@link ForecastScaleCapContract},
 * {@link ForecastCombineContract}, {@link PositionSizingContract}, {@link PortfolioContract},
 * {@link AccountsContract}). A test extends one of those, not this class.
 *
 * <p>Each contract builds systems from its {@link #fixture()} with the stage under test in place of the default one,
 * and checks that every public method of the stage, for every instrument of the fixture:
 * <ul>
 *   <li>returns a result, never null; a series on strictly increasing timestamps, without infinite values;</li>
 *   <li>returns the same result when asked again, from another system built the same way, and from 8 threads
 *   asking a new system at once;</li>
 *   <li>throws an exception naming an instrument the system does not have, and a
 *   {@link DataException} naming a configured instrument whose data is missing (not a NullPointerException);</li>
 * </ul>
 * and that the rest of the system still computes with the stage: the portfolio holds the fixture's instruments, the
 * instrument without data is reported as left out, and the portfolio P&amp;L is a finite, non-empty curve. The
 * stage's own contract adds the invariants its interface documents.
 *
 * <p>The fixture's systems are built once per test class (JUnit's per-class test instance lifecycle), except where
 * a check needs a new one.
 *
 * <p>Usage, e.g. for a forecast scale/cap stage {@code MyScaleCap} with a constructor taking the stage's inputs (the
 * {@link #fixture()} hook may also be overridden):
 * <pre>{@code
 * class MyScaleCapTest extends ForecastScaleCapContract {
 *   @Override
 *   protected Function<ForecastScaleCapInputs, ForecastScaleCap> factory() {
 *     return MyScaleCap::new;
 *   }
 * }
 * }</pre>
 *
 * @param <I> the inputs the stage is made from, e.g. {@code ForecastScaleCapInputs}
 * @param <S> the stage interface, e.g. {@code ForecastScaleCap}
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
public abstract class StageContract<I, S> {

  private static final int THREADS = 8;

  private final BiFunction<TradingSystem.Builder, Function<I, S>, TradingSystem.Builder> install;
  private final Function<TradingSystem, S> stageOf;
  private TradingSystem system;

  /**
   * Only the stage contracts of this package extend this class.
   *
   * @param install puts a factory of the stage on a builder, e.g. {@code TradingSystem.Builder::rawData}
   * @param stageOf the stage of a system, e.g. {@code TradingSystem::rawData}
   */
  StageContract(BiFunction<TradingSystem.Builder, Function<I, S>, TradingSystem.Builder> install,
      Function<TradingSystem, S> stageOf) {
    this.install = install;
    this.stageOf = stageOf;
  }

  /**
   * The stage under test, as the system builder takes it: the method a test implements.
   *
   * @return the factory, e.g. {@code MyScaleCap::new}
   */
  protected abstract Function<I, S> factory();

  /**
   * The data and config the contract's systems are built from; override to check the stage on data or a config of
   * one's own.
   *
   * @return the fixture, by default {@link StageFixture#standard()}
   */
  protected StageFixture fixture() {
    return StageFixture.standard();
  }

  /** The stage under test in a system. */
  final S stage(TradingSystem s) {
    return stageOf.apply(s);
  }

  /** The stage's public methods asked for one instrument, named with their arguments. */
  abstract List<StageCall> instrumentCalls(TradingSystem system, InstrumentCode code);

  /** The stage's public methods that take no instrument. */
  List<StageCall> systemCalls(TradingSystem system) {
    return List.of();
  }

  /**
   * The system of the fixture with the stage under test, built once for the test class.
   *
   * @return the system
   */
  protected final synchronized TradingSystem system() {
    if (system == null) {
      system = newSystem();
    }
    return system;
  }

  /**
   * A new system of the fixture with the stage under test, nothing computed yet.
   *
   * @return the system
   */
  protected final TradingSystem newSystem() {
    return install.apply(fixture().builder(), factory()).build();
  }

  /** Every call of the stage: those without instrument, then those of each instrument of the fixture. */
  final List<StageCall> allCalls(TradingSystem s) {
    List<StageCall> out = new ArrayList<>(systemCalls(s));
    for (InstrumentCode code : fixture().instruments()) {
      out.addAll(instrumentCalls(s, code));
    }
    return out;
  }

  private static Map<String, Object> computeAll(List<StageCall> calls) {
    Map<String, Object> out = new LinkedHashMap<>();
    for (StageCall c : calls) {
      out.put(c.name(), c.get());
    }
    return out;
  }

  /**
   * The stage's factory makes the system's stage.
   */
  @Test
  public void theSystemIsBuiltWithTheStage() {
    assertThat(stage(system())).as("the stage the factory made").isNotNull();
  }

  /**
   * Every public method returns a well-formed result for every instrument of the fixture: not null; a series (each
   * column of a frame, each curve of a P&amp;L) on strictly increasing timestamps, with values and none infinite; a
   * number finite.
   */
  @Test
  public void everyMethodReturnsAWellFormedResult() {
    for (StageCall c : allCalls(system())) {
      SeriesChecks.assertWellFormed(c.name(), c.get());
    }
  }

  /**
   * Results are deterministic: equal when asked again, and equal on a second system built the same way.
   */
  @Test
  public void resultsAreDeterministic() {
    Map<String, Object> first = computeAll(allCalls(system()));
    Map<String, Object> again = computeAll(allCalls(system()));
    Map<String, Object> otherSystem = computeAll(allCalls(newSystem()));
    first.forEach((name, value) -> {
      assertThat(again.get(name)).as(name + " asked again").isEqualTo(value);
      assertThat(otherSystem.get(name)).as(name + " on a second system built the same way").isEqualTo(value);
    });
  }

  /**
   * Results are the same when 8 threads ask a new system for all of them at once (each thread in another order) as
   * when one thread asks: the stage is safe under the system's concurrent use.
   *
   * @throws Exception if a thread fails or is interrupted
   */
  @Test
  public void resultsAreTheSameFromEightThreadsAtOnce() throws Exception {
    Map<String, Object> expected = computeAll(allCalls(newSystem()));
    List<StageCall> calls = allCalls(newSystem());
    CyclicBarrier start = new CyclicBarrier(THREADS);
    ExecutorService pool = Executors.newFixedThreadPool(THREADS);
    try {
      List<Future<Map<String, Object>>> futures = new ArrayList<>();
      for (int t = 0; t < THREADS; t++) {
        int offset = t * calls.size() / THREADS;
        futures.add(pool.submit(() -> {
          start.await(30, TimeUnit.SECONDS);
          List<StageCall> rotated = new ArrayList<>(calls.subList(offset, calls.size()));
          rotated.addAll(calls.subList(0, offset));
          return computeAll(rotated);
        }));
      }
      for (int t = 0; t < THREADS; t++) {
        Map<String, Object> got = futures.get(t).get(60, TimeUnit.SECONDS);
        for (Map.Entry<String, Object> e : expected.entrySet()) {
          assertThat(got.get(e.getKey())).as(e.getKey() + " on thread " + t).isEqualTo(e.getValue());
        }
      }
    } finally {
      pool.shutdownNow();
    }
  }

  /**
   * Every method asked for an instrument the system does not have (neither configured nor in the data) throws an
   * exception whose message names the instrument, not a NullPointerException.
   */
  @Test
  public void anInstrumentNotInTheSystemGivesAnExceptionNamingIt() {
    InstrumentCode unknown = fixture().unknownInstrument();
    assertEachThrowsNaming(instrumentCalls(system(), unknown), unknown.value());
  }

  /** Each call throws an exception, not a NullPointerException, whose message (or a cause's) names something. */
  static void assertEachThrowsNaming(List<StageCall> calls, String name) {
    for (StageCall c : calls) {
      Throwable thrown = catchThrowable(c::get);
      assertThat(thrown).as(c.name() + " must throw").isNotNull().isNotInstanceOf(NullPointerException.class);
      assertThat(messages(thrown)).as(c.name() + ": the exception must name " + name).contains(name);
    }
  }

  /**
   * Every method that reads market data, asked for a configured instrument whose data is missing, throws a
   * {@link DataException} naming the instrument (not a NullPointerException or another bug-like exception): the
   * system can then leave the instrument out and report it.
   */
  @Test
  public void anInstrumentWithoutDataGivesADataExceptionNamingIt() {
    InstrumentCode missing = fixture().missingDataInstrument();
    for (StageCall c : instrumentCalls(system(), missing)) {
      if (!c.readsData()) {
        continue;
      }
      Throwable thrown = catchThrowable(c::get);
      assertThat(thrown).as(c.name() + " must throw a DataException").isInstanceOf(DataException.class);
      assertThat(messages(thrown)).as(c.name() + ": the exception must name the instrument").contains(
          missing.value());
    }
  }

  /**
   * The system still computes with the stage: its portfolio holds every instrument of the fixture, reports the
   * instrument without data as left out, and its P&amp;L is a non-empty curve of finite values.
   */
  @Test
  public void theSystemStillComputesItsPortfolio() {
    TradingSystem s = system();
    assertThat(s.instruments()).as("the portfolio's instruments").containsExactlyElementsOf(fixture().instruments());
    assertThat(s.failures()).extracting(InstrumentFailure::instrument).as("the instruments left out")
        .containsExactly(fixture().missingDataInstrument());
    TimeSeries net = s.accounts().portfolio().net();
    assertThat(net.size()).as("portfolio P&L rows").isPositive();
    for (int i = 0; i < net.size(); i++) {
      assertThat(net.value(i)).as("portfolio net P&L row " + i).isFinite();
    }
  }

  /** The messages of an exception and its causes. */
  static String messages(Throwable t) {
    StringBuilder sb = new StringBuilder();
    for (Throwable c = t; c != null; c = c.getCause()) {
      sb.append(c.getMessage()).append(" | ");
    }
    return sb.toString();
  }
}
