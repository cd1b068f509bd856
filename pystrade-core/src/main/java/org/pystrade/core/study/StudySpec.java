package org.pystrade.core.study;

import java.io.IOException;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.pystrade.core.accounts.AccountStats;
import org.pystrade.core.config.ConfigException;
import org.pystrade.core.config.YamlDocument;
import org.pystrade.core.util.ArgChecker;
import org.pystrade.core.util.Suggestions;

/**
 * What a study runs: a grid of config values (each dotted config key mapped to its values; the variations are their
 * cross product, the last key varying fastest), seeded random instrument samples (each grid point is run on each
 * sample), and the statistics to collect. Read from a study file:
 * <pre>
 * grid:
 *   percentage_vol_target: [15, 20, 25]
 *   trading_rules.ewmac16_64.other_args.Lfast: [8, 16]
 * instrument_samples: {count: 10, size: 4, seed: 42, from: [CORN, US10, SOFR, MXP, V2X, EUROSTX]}
 * bootstrap: {count: 20, block_days: 20, seed: 7}
 * stats: [sharpe, ann_mean, ann_std, costs, turnover, instrument_sharpe, instrument_turnover]
 * </pre>
 * {@code bootstrap} runs every grid point and sample on that many block-bootstrap resamples of the price history
 * ({@link BootstrapSimData}) instead of the real one.
 * {@code from} defaults to the base config's instruments. Statistics are pysystemtrade's {@code stats()} names
 * ({@link AccountStats#NAMES}) of the portfolio's net P&amp;L in % of capital, {@code costs} (annual costs, % of
 * capital), {@code turnover} (the portfolio's annual turnover, pysystemtrade's
 * {@code total_portfolio_level_turnover}), {@code instrument_sharpe} (each instrument's net Sharpe ratio) and
 * {@code instrument_turnover} (each instrument's annual turnover, pysystemtrade's {@code instrument_turnover}).
 *
 * @param grid dotted config key to its values, in order
 * @param samples the instrument samples, or null for the config's own instruments
 * @param bootstrap the resamples of the price history, or null for the real history
 * @param stats the statistics to collect, in order
 */
public record StudySpec(Map<String, List<Object>> grid, InstrumentSamples samples, Bootstrap bootstrap,
    List<String> stats) {

  /** The statistic of annual costs in % of capital. */
  public static final String COSTS = "costs";
  /** The statistic of each instrument's net Sharpe ratio. */
  public static final String INSTRUMENT_SHARPE = "instrument_sharpe";
  /**
   * The statistic of the portfolio's annual turnover (pysystemtrade's {@code total_portfolio_level_turnover}: each
   * instrument's held position's changes over the position a forecast of +10 would hold with the whole capital,
   * summed).
   */
  public static final String TURNOVER = "turnover";
  /**
   * The statistic of each instrument's annual turnover (pysystemtrade's {@code instrument_turnover}: its held
   * position's changes over its average position at portfolio level).
   */
  public static final String INSTRUMENT_TURNOVER = "instrument_turnover";

  /**
   * Checks and copies the parts.
   *
   * @param grid dotted config key to its values, in order
   * @param samples the instrument samples, or null for the config's own instruments
   * @param bootstrap the resamples of the price history, or null for the real history
   * @param stats the statistics to collect, in order
   */
  public StudySpec {
    ArgChecker.notNull(grid, "grid");
    ArgChecker.notEmpty(stats, "stats");
    Map<String, List<Object>> copy = new LinkedHashMap<>();
    grid.forEach((k, v) -> {
      ArgChecker.notBlank(k, "grid key");
      ArgChecker.isTrue(v != null && !v.isEmpty(), "grid key '{}' has no values", k);
      copy.put(k, Collections.unmodifiableList(new ArrayList<>(v)));
    });
    grid = Collections.unmodifiableMap(copy);
    for (String s : stats) {
      ArgChecker.isTrue(isStatistic(s), "unknown statistic '{}'{}: one of {} or {}", s,
          Suggestions.hint(s, allStatistics()), AccountStats.NAMES, List.of(COSTS, TURNOVER, INSTRUMENT_SHARPE,
          INSTRUMENT_TURNOVER));
    }
    ArgChecker.isTrue(new LinkedHashSet<>(stats).size() == stats.size(), "a statistic is named twice in {}", stats);
    stats = List.copyOf(stats);
  }

  /**
   * Seeded random instrument samples.
   *
   * @param count how many samples
   * @param size instruments in each
   * @param seed the random seed (the same seed gives the same samples, on any machine)
   * @param from the instruments sampled from, empty for the base config's instruments
   */
  public record InstrumentSamples(int count, int size, long seed, List<String> from) {

    /**
     * Checks the parts.
     *
     * @param count how many samples
     * @param size instruments in each
     * @param seed the random seed
     * @param from the instruments sampled from, empty for the base config's instruments
     */
    public InstrumentSamples {
      ArgChecker.positive(count, "count");
      ArgChecker.positive(size, "size");
      ArgChecker.notNull(from, "from");
      from = List.copyOf(from);
      ArgChecker.isTrue(from.isEmpty() || size <= from.size(), "a sample of {} instruments from {} instruments",
          size, from.size());
    }
  }

  /**
   * The columns of a study's results table, one row per variation: {@code variation}, the grid's keys,
   * {@code instruments}, {@code resample} (with a bootstrap), the statistics, {@code left_out}, {@code error} (see
   * {@link StudyRow#values}).
   *
   * @return the column names, in order
   */
  public List<String> columns() {
    List<String> h = new ArrayList<>();
    h.add("variation");
    h.addAll(grid.keySet());
    h.add("instruments");
    if (bootstrap != null) {
      h.add("resample");
    }
    h.addAll(stats);
    h.add("left_out");
    h.add("error");
    return h;
  }

  /**
   * Block-bootstrap resamples of the price history.
   *
   * @param count how many resamples
   * @param blockDays business days in a block
   * @param seed the seed (resample {@code r} draws with {@link #seedOf(int)})
   */
  public record Bootstrap(int count, int blockDays, long seed) {

    /**
     * Checks the parts.
     *
     * @param count how many resamples
     * @param blockDays business days in a block
     * @param seed the seed
     */
    public Bootstrap {
      ArgChecker.positive(count, "count");
      ArgChecker.positive(blockDays, "blockDays");
    }

    /**
     * The seed of one resample.
     *
     * @param resample the resample's number, from 0
     * @return its seed
     */
    public long seedOf(int resample) {
      return seed * 1_000_003L + resample;
    }
  }

  /**
   * Whether a name is a statistic a study collects.
   *
   * @param name the name
   * @return true for pysystemtrade's stats names, {@link #COSTS}, {@link #TURNOVER}, {@link #INSTRUMENT_SHARPE}
   *     and {@link #INSTRUMENT_TURNOVER}
   */
  public static boolean isStatistic(String name) {
    return allStatistics().contains(name);
  }

  private static Set<String> allStatistics() {
    Set<String> all = new LinkedHashSet<>(AccountStats.NAMES);
    all.addAll(List.of(COSTS, TURNOVER, INSTRUMENT_SHARPE, INSTRUMENT_TURNOVER));
    return all;
  }

  /**
   * Whether a statistic has a value per instrument (a row keeps them as {@code NAME.INSTRUMENT} entries; a table as
   * one text cell {@code INSTRUMENT=VALUE;...}).
   *
   * @param name the statistic
   * @return true for {@link #INSTRUMENT_SHARPE} and {@link #INSTRUMENT_TURNOVER}
   */
  public static boolean isPerInstrument(String name) {
    return INSTRUMENT_SHARPE.equals(name) || INSTRUMENT_TURNOVER.equals(name);
  }

  /**
   * The variations, numbered from 0: the grid's cross product (the last key varying fastest), each on every
   * instrument sample when there are samples, each on every bootstrap resample when there is a bootstrap.
   *
   * @param configInstruments the base config's instruments (sampled from when the samples name none)
   * @return the variations
   */
  public List<Variation> variations(List<String> configInstruments) {
    ArgChecker.notNull(configInstruments, "configInstruments");
    List<List<String>> sampled = new ArrayList<>();
    if (samples == null) {
      sampled.add(List.of());
    } else {
      List<String> from = samples.from().isEmpty() ? configInstruments : samples.from();
      ArgChecker.isTrue(samples.size() <= from.size(), "instrument samples of {} from {} instruments",
          samples.size(), from.size());
      Random random = new Random(samples.seed());
      for (int s = 0; s < samples.count(); s++) {
        List<String> pool = new ArrayList<>(from);
        // a partial Fisher-Yates shuffle: the first `size` of the pool, in the pool's order
        for (int i = 0; i < samples.size(); i++) {
          Collections.swap(pool, i, i + random.nextInt(pool.size() - i));
        }
        List<String> pick = new ArrayList<>(pool.subList(0, samples.size()));
        pick.sort(Comparator.comparingInt(from::indexOf));
        sampled.add(pick);
      }
    }
    List<String> keys = new ArrayList<>(grid.keySet());
    int points = 1;
    for (List<Object> v : grid.values()) {
      points = Math.multiplyExact(points, v.size());
    }
    List<Variation> out = new ArrayList<>();
    for (int p = 0; p < points; p++) {
      Map<String, Object> settings = new LinkedHashMap<>();
      int rest = p;
      for (int k = keys.size() - 1; k >= 0; k--) {
        List<Object> values = grid.get(keys.get(k));
        settings.put(keys.get(k), values.get(rest % values.size()));
        rest /= values.size();
      }
      Map<String, Object> ordered = new LinkedHashMap<>();
      keys.forEach(k -> ordered.put(k, settings.get(k)));
      for (List<String> sample : sampled) {
        if (bootstrap == null) {
          out.add(new Variation(out.size(), ordered, sample, -1));
        } else {
          for (int r = 0; r < bootstrap.count(); r++) {
            out.add(new Variation(out.size(), ordered, sample, r));
          }
        }
      }
    }
    return out;
  }

  /**
   * Reads a study file.
   *
   * @param file the YAML file
   * @return the study
   * @throws ConfigException naming the file and what is wrong in it
   */
  public static StudySpec fromYaml(Path file) {
    ArgChecker.notNull(file, "file");
    String text;
    try {
      text = Files.readString(file, StandardCharsets.UTF_8);
    } catch (IOException ex) {
      throw new ConfigException("cannot read study file " + file + ": " + ex.getMessage(), ex);
    }
    return fromYaml(text, file.toString());
  }

  /**
   * Reads a study from YAML text.
   *
   * @param yaml the text
   * @param source the name used in messages
   * @return the study
   * @throws ConfigException naming the source and what is wrong in it
   */
  public static StudySpec fromYaml(String yaml, String source) {
    Object root = YamlDocument.load(yaml, "study file " + source);
    if (!(root instanceof Map<?, ?> map)) {
      throw new ConfigException("study file " + source + " must be a mapping with grid:, instrument_samples: and "
          + "stats:");
    }
    Set<String> known = Set.of("grid", "instrument_samples", "bootstrap", "stats");
    for (Object k : map.keySet()) {
      if (!known.contains(String.valueOf(k))) {
        throw new ConfigException("study file " + source + ": unknown key '" + k + "' (known: grid, "
            + "instrument_samples, bootstrap, stats)");
      }
    }
    try {
      Map<String, List<Object>> grid = new LinkedHashMap<>();
      if (map.get("grid") instanceof Map<?, ?> g) {
        g.forEach((k, v) -> grid.put(String.valueOf(k), v instanceof List<?> l ? new ArrayList<>(l) : List.of(v)));
      } else if (map.get("grid") != null) {
        throw new ConfigException("study file " + source + ": grid must map dotted config keys to lists of values");
      }
      InstrumentSamples samples = null;
      if (map.get("instrument_samples") instanceof Map<?, ?> s) {
        for (Object k : s.keySet()) {
          if (!Set.of("count", "size", "seed", "from").contains(String.valueOf(k))) {
            throw new ConfigException("study file " + source + ": unknown key 'instrument_samples." + k
                + "' (known: count, size, seed, from)");
          }
        }
        List<String> from = new ArrayList<>();
        if (s.get("from") instanceof List<?> l) {
          l.forEach(x -> from.add(String.valueOf(x)));
        }
        samples = new InstrumentSamples(integer(s, "count", "instrument_samples", source),
            integer(s, "size", "instrument_samples", source),
            s.get("seed") == null ? 0L : seed(s.get("seed"), "instrument_samples", source), from);
      } else if (map.get("instrument_samples") != null) {
        throw new ConfigException("study file " + source + ": instrument_samples must be a mapping with count, "
            + "size, seed and from");
      }
      Bootstrap bootstrap = null;
      if (map.get("bootstrap") instanceof Map<?, ?> b) {
        for (Object k : b.keySet()) {
          if (!Set.of("count", "block_days", "seed").contains(String.valueOf(k))) {
            throw new ConfigException("study file " + source + ": unknown key 'bootstrap." + k
                + "' (known: count, block_days, seed)");
          }
        }
        bootstrap = new Bootstrap(integer(b, "count", "bootstrap", source), b.get("block_days") == null ? 20
            : integer(b, "block_days", "bootstrap", source), b.get("seed") == null ? 0L : seed(b.get("seed"),
            "bootstrap", source));
      } else if (map.get("bootstrap") != null) {
        throw new ConfigException("study file " + source + ": bootstrap must be a mapping with count, block_days and "
            + "seed");
      }
      List<String> stats = new ArrayList<>();
      if (map.get("stats") instanceof List<?> l) {
        l.forEach(x -> stats.add(String.valueOf(x)));
      } else {
        stats.addAll(List.of("sharpe", "ann_mean", "ann_std", COSTS));
      }
      return new StudySpec(grid, samples, bootstrap, stats);
    } catch (IllegalArgumentException ex) {
      throw new ConfigException("study file " + source + ": " + ex.getMessage(), ex);
    }
  }

  private static long seed(Object v, String section, String source) {
    if (!(v instanceof BigInteger i) || i.bitLength() > 63) {
      throw new ConfigException("study file " + source + ": " + section + ".seed must be a whole number but was " + v);
    }
    return i.longValue();
  }

  private static int integer(Map<?, ?> map, String key, String section, String source) {
    Object v = map.get(key);
    if (!(v instanceof BigInteger i) || i.bitLength() > 31) {
      throw new ConfigException("study file " + source + ": " + section + "." + key + " must be a whole number but "
          + "was " + v);
    }
    return i.intValue();
  }
}
