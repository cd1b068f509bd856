package org.pystrade.core.study;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import org.pystrade.core.accounts.AccountStats;
import org.pystrade.core.calc.Parallel;
import org.pystrade.core.config.SystemConfig;
import org.pystrade.core.data.FuturesSimData;
import org.pystrade.core.data.InstrumentFailure;
import org.pystrade.core.domain.InstrumentCode;
import org.pystrade.core.pandl.PandlCurve;
import org.pystrade.core.system.EstimatorsProvider;
import org.pystrade.core.system.TradingSystem;
import org.pystrade.core.util.ArgChecker;

/**
 * Runs a study's variations over one data source, on a pool of threads: one variation per thread at a time, each
 * system computed sequentially inside (the cores are used across variations, where there is no shared work to wait
 * on). Every variation is built from its own config ({@link Variation#applyTo}) exactly as a system of that config
 * alone, so that its numbers are the same bit for bit; the data source (and what it has parsed) is shared.
 *
 * <p>Rows go to the sink as variations finish, from the pool's threads one at a time (the sink need not be
 * thread-safe); a variation whose system throws is a row with the error. Variations whose ids are in {@code done}
 * are skipped, which resumes an interrupted study.
 */
public final class StudyRunner {

  /** What a study reports as it goes. */
  @FunctionalInterface
  public interface Progress {
    /**
     * Called after each variation.
     *
     * @param done variations finished in this run
     * @param total variations to run in this run
     */
    void update(int done, int total);
  }

  private final SystemConfig base;
  private final FuturesSimData data;
  private final int threads;
  private final boolean strict;
  private final EstimatorsProvider estimators;
  /** The base config's instruments, found once (building a system logs its config warnings). */
  private List<String> configInstruments;

  private StudyRunner(Builder b) {
    this.base = ArgChecker.notNull(b.base, "base config");
    this.data = ArgChecker.notNull(b.data, "data");
    this.threads = b.threads;
    this.strict = b.strict;
    this.estimators = b.estimators;
  }

  /**
   * A builder.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * The base config's instruments, which instrument samples draw from when the study names none.
   *
   * @return the configured instruments
   */
  public List<String> configInstruments() {
    synchronized (this) {
      if (configInstruments == null) {
        List<String> out = new ArrayList<>();
        for (InstrumentCode c : system(base).configuredInstruments()) {
          out.add(c.value());
        }
        configInstruments = List.copyOf(out);
      }
      return configInstruments;
    }
  }

  /**
   * Runs a study.
   *
   * @param study the study
   * @param done ids of variations already run (skipped)
   * @param sink receives each row as its variation finishes, one at a time
   * @param progress told after each variation
   * @return the rows of this run, in variation order
   */
  public List<StudyRow> run(StudySpec study, Collection<Integer> done, Consumer<StudyRow> sink,
      Progress progress) {
    ArgChecker.notNull(study, "study");
    ArgChecker.notNull(done, "done");
    ArgChecker.notNull(sink, "sink");
    ArgChecker.notNull(progress, "progress");
    Set<Integer> skip = new HashSet<>(done);
    List<Variation> todo = new ArrayList<>();
    for (Variation v : study.variations(study.samples() == null ? List.of() : configInstrumentsIfNeeded(study))) {
      if (!skip.contains(v.id())) {
        todo.add(v);
      }
    }
    ExecutorService pool = Executors.newFixedThreadPool(Math.max(1, Math.min(threads, todo.size())), r -> {
      Thread t = new Thread(r, "pystrade-study");
      t.setDaemon(true);
      return t;
    });
    AtomicInteger finished = new AtomicInteger();
    Object lock = new Object();
    try {
      List<Future<StudyRow>> futures = new ArrayList<>();
      for (Variation v : todo) {
        futures.add(pool.submit(() -> {
          StudyRow row = runOne(study, v);
          synchronized (lock) {
            sink.accept(row);
            progress.update(finished.incrementAndGet(), todo.size());
          }
          return row;
        }));
      }
      List<StudyRow> rows = new ArrayList<>();
      for (Future<StudyRow> f : futures) {
        rows.add(f.get());
      }
      return rows;
    } catch (InterruptedException ex) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("study interrupted after " + finished.get() + " variations", ex);
    } catch (ExecutionException ex) {
      // runOne catches what a system throws: this is a failing sink or progress listener
      Throwable cause = ex.getCause();
      if (cause instanceof RuntimeException r) {
        throw r;
      }
      throw new IllegalStateException(cause);
    } finally {
      pool.shutdownNow();
    }
  }

  private List<String> configInstrumentsIfNeeded(StudySpec study) {
    return study.samples().from().isEmpty() ? configInstruments() : List.of();
  }

  /**
   * Runs one variation alone.
   *
   * @param study the study (its statistics)
   * @param v the variation
   * @return its row, with the error if its system threw
   */
  public StudyRow runOne(StudySpec study, Variation v) {
    try {
      FuturesSimData variationData = v.resample() < 0 || study.bootstrap() == null ? data
          : new BootstrapSimData(data, study.bootstrap().seedOf(v.resample()), study.bootstrap().blockDays());
      TradingSystem system = system(v.applyTo(base), variationData);
      PandlCurve portfolio = system.accounts().portfolio();
      Map<String, Double> portfolioStats = AccountStats.of(portfolio.netPercent()).toMap();
      Map<String, Double> stats = new LinkedHashMap<>();
      List<String> instruments = new ArrayList<>();
      for (InstrumentCode c : system.instruments()) {
        instruments.add(c.value());
      }
      for (String s : study.stats()) {
        if (StudySpec.COSTS.equals(s)) {
          stats.put(s, AccountStats.of(portfolio.costsPercent()).annMean());
        } else if (StudySpec.TURNOVER.equals(s)) {
          stats.put(s, system.accounts().totalPortfolioLevelTurnover());
        } else if (StudySpec.INSTRUMENT_SHARPE.equals(s)) {
          for (InstrumentCode c : system.instruments()) {
            stats.put(s + "." + c.value(),
                AccountStats.of(system.accounts().pandlForInstrument(c).netPercent()).sharpe());
          }
        } else if (StudySpec.INSTRUMENT_TURNOVER.equals(s)) {
          for (InstrumentCode c : system.instruments()) {
            stats.put(s + "." + c.value(), system.accounts().instrumentTurnover(c));
          }
        } else {
          stats.put(s, portfolioStats.get(s));
        }
      }
      Map<String, String> leftOut = new LinkedHashMap<>();
      for (InstrumentFailure f : system.failures()) {
        leftOut.put(f.instrument().value(), f.reason());
      }
      return new StudyRow(v, stats, instruments, leftOut, "");
    } catch (RuntimeException ex) {
      String message = ex.getMessage() == null ? ex.getClass().getSimpleName() : ex.getMessage();
      return new StudyRow(v, Map.of(), List.of(), Map.of(), message);
    }
  }

  private TradingSystem system(SystemConfig config) {
    return system(config, data);
  }

  private TradingSystem system(SystemConfig config, FuturesSimData variationData) {
    TradingSystem.Builder b = TradingSystem.builder().config(config).data(variationData).parallel(Parallel.sequential())
        .strict(strict);
    if (estimators != null) {
      b.estimators(estimators);
    }
    return b.build();
  }

  /** Builds a {@link StudyRunner}. */
  public static final class Builder {
    private SystemConfig base;
    private FuturesSimData data;
    private int threads = Runtime.getRuntime().availableProcessors();
    private boolean strict = true;
    private EstimatorsProvider estimators;

    private Builder() {
    }

    /**
     * The base config every variation changes.
     *
     * @param value the config
     * @return this
     */
    public Builder config(SystemConfig value) {
      base = ArgChecker.notNull(value, "config");
      return this;
    }

    /**
     * The data every variation reads (shared: parsed once).
     *
     * @param value the data
     * @return this
     */
    public Builder data(FuturesSimData value) {
      data = ArgChecker.notNull(value, "data");
      return this;
    }

    /**
     * How many variations run at once (default: the available processors).
     *
     * @param value at least 1
     * @return this
     */
    public Builder threads(int value) {
      threads = ArgChecker.positive(value, "threads");
      return this;
    }

    /**
     * Whether unknown and unsupported config keys are errors (default true), as {@link TradingSystem.Builder#strict}.
     *
     * @param value false to ignore them with a warning
     * @return this
     */
    public Builder strict(boolean value) {
      strict = value;
      return this;
    }

    /**
     * The estimators of estimated configs (default: those {@link TradingSystem} finds itself).
     *
     * @param value the provider
     * @return this
     */
    public Builder estimators(EstimatorsProvider value) {
      estimators = ArgChecker.notNull(value, "estimators");
      return this;
    }

    /**
     * Builds the runner.
     *
     * @return the runner
     */
    public StudyRunner build() {
      return new StudyRunner(this);
    }
  }
}
