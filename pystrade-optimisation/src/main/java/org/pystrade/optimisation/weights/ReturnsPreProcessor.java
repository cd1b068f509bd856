package org.pystrade.optimisation.weights;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.pystrade.core.config.ConfigException;
import org.pystrade.core.config.SystemConfig;
import org.pystrade.core.math.PairwiseSum;
import org.pystrade.core.series.SeriesFrame;
import org.pystrade.core.series.Timestamps;
import org.pystrade.core.util.ArgChecker;
import org.pystrade.optimisation.estimators.Resampling;
import org.pystrade.optimisation.estimators.TimedData;

/**
 * pysystemtrade's {@code returnsPreProcessor}: net returns for optimising one asset's weights. Gross returns are
 * those of every asset when pooled ({@code pool_gross_returns}, never with a single asset), else the asset's own,
 * optionally equalised to one average return ({@code equalise_gross}). Costs are annual Sharpe ratios of the asset's
 * columns: averaged across assets ({@code use_pooled_costs}), or cost per turnover of this asset times the average
 * turnover across assets ({@code use_pooled_turnover}), or the asset's own; times {@code cost_multiplier}. Each
 * gross column then moves by the daily cost Sharpe ratio times its own daily standard deviation, each asset's
 * returns are summed per {@code frequency} period, put on the common index and stacked (microsecond offsets).
 */
public final class ReturnsPreProcessor {

  private static final double ROOT_BDAYS_INYEAR = 16.0;

  private final Map<String, AssetReturns> returns;
  private final Map<String, Map<String, Double>> turnovers;
  private final Settings settings;

  /**
   * Pre-processing settings (keys of {@code forecast_weight_estimate}/{@code instrument_weight_estimate} and
   * {@code forecast_cost_estimates}).
   *
   * @param frequency resampling frequency ({@code "W"}, {@code "B"} or {@code "D"})
   * @param poolGrossReturns pool gross returns across assets
   * @param usePooledCosts average cost Sharpe ratios across assets
   * @param usePooledTurnover costs from this asset's cost per turnover times the average turnover
   * @param equaliseGross equalise average gross returns
   * @param costMultiplier multiplier of cost Sharpe ratios
   */
  public record Settings(String frequency, boolean poolGrossReturns, boolean usePooledCosts,
      boolean usePooledTurnover, boolean equaliseGross, double costMultiplier) {

    /**
     * Validates.
     *
     * @param frequency resampling frequency ({@code "W"}, {@code "B"} or {@code "D"})
     * @param poolGrossReturns pool gross returns across assets
     * @param usePooledCosts average cost Sharpe ratios across assets
     * @param usePooledTurnover costs from this asset's cost per turnover times the average turnover
     * @param equaliseGross equalise average gross returns
     * @param costMultiplier multiplier of cost Sharpe ratios
     */
    public Settings {
      ArgChecker.notBlank(frequency, "frequency");
    }

    /**
     * Reads the settings, pysystemtrade's defaults for absent keys.
     *
     * @param config the config
     * @param prefix the weight estimate block
     * @param costPrefix the cost estimate block, or null
     * @return the settings
     */
    public static Settings fromConfig(SystemConfig config, String prefix, String costPrefix) {
      String freq = config.has(prefix + ".frequency") ? config.getString(prefix + ".frequency") : "W";
      if (!List.of("W", "B", "D").contains(freq)) {
        throw new ConfigException("config key '" + prefix + ".frequency' must be W, B or D but was '" + freq + "'");
      }
      return new Settings(freq, bool(config, prefix + ".pool_gross_returns", true),
          costPrefix != null && bool(config, costPrefix + ".use_pooled_costs", false),
          costPrefix == null || bool(config, costPrefix + ".use_pooled_turnover", true),
          bool(config, prefix + ".equalise_gross", false), config.getDouble(prefix + ".cost_multiplier", 1.0));
    }

    private static boolean bool(SystemConfig c, String key, boolean dflt) {
      return c.has(key) ? c.getBoolean(key) : dflt;
    }
  }

  /**
   * Creates the pre-processor.
   *
   * @param returns returns by asset (instrument codes, or one entry for a single account curve)
   * @param turnovers turnover by column then asset (empty if unknown)
   * @param settings the settings
   */
  public ReturnsPreProcessor(Map<String, AssetReturns> returns, Map<String, Map<String, Double>> turnovers,
      Settings settings) {
    ArgChecker.notEmpty(returns, "returns");
    this.returns = new LinkedHashMap<>(returns);
    this.turnovers = ArgChecker.notNull(turnovers, "turnovers");
    this.settings = ArgChecker.notNull(settings, "settings");
  }

  private boolean singular() {
    return returns.size() == 1;
  }

  /**
   * Number of assets whose returns are stacked (pysystemtrade's {@code pooled_length}).
   *
   * @param asset the asset optimised
   * @return the number
   */
  public int pooledLength(String asset) {
    return grossAssets(asset).size();
  }

  private List<String> grossAssets(String asset) {
    if (settings.poolGrossReturns() && !singular()) {
      return new ArrayList<>(returns.keySet());
    }
    return List.of(asset);
  }

  /**
   * Cost Sharpe ratios of the asset's columns before the multiplier
   * ({@code get_dict_of_unadjusted_cost_SR_for_asset_name}).
   *
   * @param asset the asset
   * @return cost SR by column (negative: costs are losses)
   */
  public Map<String, Double> unadjustedCostSR(String asset) {
    AssetReturns mine = returns.get(asset);
    ArgChecker.notNull(mine, "returns of " + asset);
    Map<String, Double> out = new LinkedHashMap<>();
    boolean pooledCosts = settings.usePooledCosts() && !singular();
    boolean pooledTurnover = settings.usePooledTurnover() && !singular();
    if (pooledCosts) {
      for (String col : mine.names()) {
        double s = 0;
        for (AssetReturns r : returns.values()) {
          s += r.annualSR(col, true);
        }
        out.put(col, s / returns.size());
      }
    } else if (pooledTurnover) {
      for (String col : turnovers.keySet()) {
        Map<String, Double> byAsset = turnovers.get(col);
        double own = byAsset.get(asset);
        double cost = mine.annualSR(col, true);
        double perTurnover = own > 0 ? cost / own : Double.NaN;
        double[] all = byAsset.values().stream().mapToDouble(Double::doubleValue).toArray();
        out.put(col, perTurnover * PairwiseSum.nanMean(all));
      }
    } else {
      for (String col : mine.names()) {
        out.put(col, mine.annualSR(col, true));
      }
    }
    return out;
  }

  /**
   * The stacked net returns used to optimise the asset's weights ({@code get_net_returns}).
   *
   * @param asset the asset
   * @return the data (microsecond timestamps), one column per item
   */
  public TimedData netReturns(String asset) {
    List<String> assets = grossAssets(asset);
    Map<String, SeriesFrame> gross = new LinkedHashMap<>();
    for (String a : assets) {
      gross.put(a, returns.get(a).gross());
    }
    if (settings.equaliseGross()) {
      gross = equalised(gross);
    }
    Map<String, Double> costSR = unadjustedCostSR(asset);
    if (settings.costMultiplier() != 1.0) {
      costSR.replaceAll((k, v) -> v * settings.costMultiplier());
    }
    List<TimedData> items = new ArrayList<>();
    for (Map.Entry<String, SeriesFrame> e : gross.entrySet()) {
      SeriesFrame g = e.getValue();
      AssetReturns own = returns.get(e.getKey());
      double[][] cols = new double[g.names().size()][];
      for (int c = 0; c < cols.length; c++) {
        String name = g.names().get(c);
        double[] v = g.column(name).values();
        // the asset's own (computed once) unless its returns were equalised here
        double std = settings.equaliseGross() ? Stats.nanStd(v, 1) : own.grossStd(name);
        Double sr = costSR.get(name);
        // the cost SR is negative (costs are losses): net returns are gross returns less the cost
        double dailyCost = (sr / ROOT_BDAYS_INYEAR) * std;
        for (int i = 0; i < v.length; i++) {
          v[i] = v[i] + dailyCost;
        }
        cols[c] = v;
      }
      items.add(resampleSum(g.timestamps(), g.names(), cols, settings.frequency()));
    }
    return Resampling.stack(items);
  }

  private static Map<String, SeriesFrame> equalised(Map<String, SeriesFrame> gross) {
    List<String> columns = gross.values().iterator().next().names();
    // each column's average over every asset's values one after the other, then the average of those (numpy's
    // nanmean both times)
    double[] byColumn = new double[columns.size()];
    for (int k = 0; k < columns.size(); k++) {
      int n = 0;
      for (SeriesFrame f : gross.values()) {
        n += f.rowCount();
      }
      double[] all = new double[n];
      int at = 0;
      for (SeriesFrame f : gross.values()) {
        double[] v = f.column(columns.get(k)).valuesView();
        System.arraycopy(v, 0, all, at, v.length);
        at += v.length;
      }
      byColumn[k] = PairwiseSum.nanMean(all);
    }
    double target = PairwiseSum.nanMean(byColumn);
    Map<String, SeriesFrame> out = new LinkedHashMap<>();
    for (Map.Entry<String, SeriesFrame> e : gross.entrySet()) {
      SeriesFrame f = e.getValue();
      double[][] cols = new double[f.names().size()][];
      for (int c = 0; c < cols.length; c++) {
        double[] v = f.column(f.names().get(c)).values().clone();
        double adj = target - Stats.nanMean(v);
        for (int i = 0; i < v.length; i++) {
          v[i] += adj;
        }
        cols[c] = v;
      }
      out.put(e.getKey(), SeriesFrame.of(f.timestamps(), f.names(), cols));
    }
    return out;
  }

  /**
   * pandas' {@code resample(freq).sum()}: every period from the first row's to the last row's, a period without a
   * value (no row, or only missing values) sums to 0 (confirmed against pysystemtrade 1.80's weights).
   */
  static TimedData resampleSum(long[] times, List<String> names, double[][] cols, String frequency) {
    if (times.length == 0) {
      return new TimedData(new long[0], names, new double[names.size()][0]);
    }
    long first = label(Timestamps.epochDay(times[0]), frequency);
    long last = label(Timestamps.epochDay(times[times.length - 1]), frequency);
    List<Long> labels = new ArrayList<>();
    for (long d = first; d <= last; d = next(d, frequency)) {
      labels.add(d);
    }
    int n = labels.size();
    long[] out = new long[n];
    for (int i = 0; i < n; i++) {
      out[i] = labels.get(i) * Timestamps.SECONDS_PER_DAY * 1_000_000L;
    }
    double[][] sums = new double[cols.length][n];
    double[][] comp = new double[cols.length][n];
    int k = 0;
    for (int r = 0; r < times.length; r++) {
      long b = label(Timestamps.epochDay(times[r]), frequency);
      while (labels.get(k) < b) {
        k++;
      }
      for (int c = 0; c < cols.length; c++) {
        double v = cols[c][r];
        if (v == v) {
          // Kahan-compensated, in time order, as pandas' group sum
          double y = v - comp[c][k];
          double t = sums[c][k] + y;
          comp[c][k] = t - sums[c][k] - y;
          sums[c][k] = t;
        }
      }
    }
    return new TimedData(out, names, sums);
  }

  private static long label(long day, String frequency) {
    switch (frequency) {
      case "W":
        return day + (6 - Timestamps.dayOfWeek(day));
      case "B":
        return Timestamps.rollbackToBusinessDay(day);
      default:
        return day;
    }
  }

  private static long next(long day, String frequency) {
    switch (frequency) {
      case "W":
        return day + 7;
      case "B":
        return Timestamps.nextBusinessDay(day);
      default:
        return day + 1;
    }
  }
}
