package org.pystrade.core.portfolio;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.pystrade.core.calc.StageContext;
import org.pystrade.core.config.ConfigException;
import org.pystrade.core.domain.InstrumentCode;
import org.pystrade.core.series.Kernels;
import org.pystrade.core.series.SeriesFrame;
import org.pystrade.core.series.TimeSeries;
import org.pystrade.core.util.ArgChecker;

/**
 * The portfolio risk pysystemtrade's portfolio stage computes for its risk overlay and its dynamic optimisation:
 * each instrument's annualised percentage volatility (and that volatility shocked to its 99th percentile over ten
 * years), the correlations of instruments' returns over time, each contract's notional value as a proportion of
 * capital, portfolio weights from positions in contracts, and from these the expected risk of a portfolio, its sum of
 * absolute risks and its leverage, day by day. Every result is memoised in the system's context, so the portfolio
 * stage, the optimisation and the risk reports share one computation.
 *
 * <p>The arithmetic is pysystemtrade's: the covariance of two instruments is their volatilities times their
 * correlation ({@code diag(s) C diag(s)}, so {@code (s_i C_ij) s_j}); an instrument counts in a portfolio's risk only
 * if its weight is known and its column of the covariance has at least two known values (pysystemtrade's
 * {@code assets_with_data} of a correlation-shaped matrix: so a lone instrument with a volatility gives a risk of 0,
 * as pysystemtrade's own outputs show); the variance is {@code (w C) w} over those instruments.
 */
public final class RiskModel {

  /** pysystemtrade's {@code ROOT_BDAYS_INYEAR}: the square root of 256 business days. */
  private static final double ROOT_BDAYS_INYEAR = 16.0;
  /** The quantile of the shocked volatility ({@code shock_quantile}). */
  private static final double SHOCK_QUANTILE = 0.99;
  /** Business days in the shocked volatility's rolling window: {@code int(10 * 256)}. */
  private static final int SHOCK_WINDOW = 2560;
  /** The shocked volatility's minimum periods: {@code int(ceil(2 / 0.99))}. */
  private static final int SHOCK_MIN_PERIODS = (int) Math.ceil(2 / SHOCK_QUANTILE);
  /** Rows of the daily risk computed by one task. */
  private static final int CHUNK = 256;

  private final PortfolioInputs inputs;
  private final Portfolio portfolio;
  private final StageContext context;

  /**
   * Creates the model of a portfolio.
   *
   * @param inputs the portfolio stage's inputs (raw data, sizing, the correlation estimator)
   * @param portfolio the portfolio stage (its instruments and notional positions before risk scaling)
   */
  public RiskModel(PortfolioInputs inputs, Portfolio portfolio) {
    this.inputs = ArgChecker.notNull(inputs, "inputs");
    this.portfolio = ArgChecker.notNull(portfolio, "portfolio");
    this.context = inputs.context();
  }

  private <T> T memo(String method, Object arg, Supplier<T> f) {
    return context.memo("portfolioRisk", method, arg, null, f);
  }

  private List<String> names() {
    List<String> out = new ArrayList<>();
    for (InstrumentCode c : portfolio.instruments()) {
      out.add(c.value());
    }
    return out;
  }

  /**
   * The notional value of one contract as a proportion of capital (pysystemtrade's
   * {@code get_per_contract_value_as_proportion_of_capital}): FX rate (padded onto the price's index) times the
   * denominator price times the point size, over the notional capital.
   *
   * @param code the instrument
   * @return the value, on the denominator price's index
   */
  public TimeSeries perContractValue(InstrumentCode code) {
    return memo("perContractValue", code, () -> {
      TimeSeries price = inputs.rawData().dailyDenominatorPrice(code);
      double[] fx = inputs.sizing().fxRate(code).padValuesOn(price.timesView());
      double[] p = price.valuesView();
      double multiplier = context.data().meta(code).pointSize();
      double capital = inputs.sizing().notionalCapital();
      double[] out = new double[p.length];
      for (int i = 0; i < out.length; i++) {
        out[i] = fx[i] * p[i] * multiplier / capital;
      }
      return price.withValuesOwned(out);
    });
  }

  /**
   * Each instrument's annualised percentage volatility, a fraction ({@code 16 * daily percentage vol / 100}), on the
   * union of their indexes, forward-filled (pysystemtrade's {@code get_df_of_perc_vol}).
   *
   * @return one column per instrument
   */
  public SeriesFrame annualisedVolatility() {
    return memo("annualisedVol", null, () -> {
      Map<String, TimeSeries> m = new LinkedHashMap<>();
      for (InstrumentCode c : portfolio.instruments()) {
        m.put(c.value(), inputs.rawData().dailyPercentageVolatility(c).map(v -> ROOT_BDAYS_INYEAR * v / 100.0));
      }
      return SeriesFrame.concat(m).ffill();
    });
  }

  /**
   * The annualised volatilities shocked as pysystemtrade's {@code seriesOfStdevEstimates.shocked()}: upsampled to
   * business days (padded), the rolling 99th percentile over 2,560 business days (at least 3 values), back-filled,
   * back on the volatilities' index and forward-filled.
   *
   * @return one column per instrument
   */
  public SeriesFrame shockedVolatility() {
    return memo("shockedVol", null, () -> {
      SeriesFrame vol = annualisedVolatility();
      long[] t = vol.timesView();
      List<String> names = vol.names();
      double[][] cols = new double[names.size()][];
      // mapNested here and below: the risk overlay is reached by one instrument's worker while the others wait
      List<double[]> done = context.parallel().mapNested(names, name -> {
        TimeSeries daily = vol.column(name).resampleBusinessDayPad();
        double[] q = Kernels.bfill(Kernels.rollingQuantile(daily.valuesView(), SHOCK_WINDOW, SHOCK_MIN_PERIODS,
            SHOCK_QUANTILE));
        return Kernels.ffillInPlace(TimeSeries.ofOwned(daily.timesView(), q).valuesOn(t));
      });
      for (int c = 0; c < cols.length; c++) {
        cols[c] = done.get(c);
      }
      return SeriesFrame.ofOwned(t, names, cols);
    });
  }

  /**
   * The correlations of the instruments' daily percentage returns over time, from the system's
   * {@link InstrumentReturnsCorrelationEstimator} ({@code instrument_returns_correlation}).
   *
   * @return the correlations
   * @throws ConfigException if the system has no such estimator
   */
  public CorrelationsOverTime correlations() {
    return memo("returnsCorrelations", null, () -> {
      InstrumentReturnsCorrelationEstimator est = inputs.returnsCorrelations().orElseThrow(() -> new ConfigException(
          "the risk overlay and the dynamic optimisation need the correlations of instrument returns "
              + "(instrument_returns_correlation): add pystrade-optimisation or set an estimator on the system "
              + "builder"));
      Map<String, TimeSeries> m = new LinkedHashMap<>();
      for (InstrumentCode c : portfolio.instruments()) {
        m.put(c.value(), inputs.rawData().dailyPercentageReturns(c));
      }
      return est.estimate(SeriesFrame.concat(m), context.parallel());
    });
  }

  /**
   * Portfolio weights (notional exposure over capital) from positions in contracts, as pysystemtrade's
   * {@code get_portfolio_weights_from_contract_positions}: each position times its contract value padded onto the
   * position's index; the instruments joined on the union of their indexes and forward-filled.
   *
   * @param positions positions in contracts by instrument name
   * @return one column per instrument
   */
  public SeriesFrame weightsFromPositions(Map<String, TimeSeries> positions) {
    Map<String, TimeSeries> m = new LinkedHashMap<>();
    positions.forEach((name, pos) -> {
      double[] v = perContractValue(InstrumentCode.of(name)).padValuesOn(pos.timesView());
      double[] p = pos.valuesView();
      for (int i = 0; i < v.length; i++) {
        v[i] = p[i] * v[i];
      }
      m.put(name, pos.withValuesOwned(v));
    });
    return SeriesFrame.concat(m).ffill();
  }

  /**
   * The notional positions before risk scaling of every instrument (what pysystemtrade calls the original
   * positions).
   *
   * @return positions by instrument name, in the portfolio's order
   */
  public Map<String, TimeSeries> originalPositions() {
    List<InstrumentCode> codes = portfolio.instruments();
    // every instrument's position, forecasts and all, is computed here the first time (the overlay needs them all
    // before any instrument's position): on every thread, even from inside the accounts' loop over instruments
    List<TimeSeries> positions = context.parallel().mapNested(codes, portfolio::notionalPositionBeforeRiskScaling);
    Map<String, TimeSeries> m = new LinkedHashMap<>();
    for (int i = 0; i < codes.size(); i++) {
      m.put(codes.get(i).value(), positions.get(i));
    }
    return m;
  }

  /**
   * The weights of the original positions (pysystemtrade's {@code get_original_portfolio_weight_df}); its index is
   * the common index of the risk overlay and the optimisation.
   *
   * @return one column per instrument
   */
  public SeriesFrame originalWeights() {
    return memo("originalWeights", null, () -> weightsFromPositions(originalPositions()));
  }

  /**
   * The common index: the original weights' index.
   *
   * @return epoch seconds
   */
  public long[] commonIndex() {
    return originalWeights().timesView();
  }

  /**
   * Each instrument's contract value on the common index, forward- then back-filled (pysystemtrade's
   * {@code get_per_contract_value_as_proportion_of_capital_df}).
   *
   * @return one column per instrument
   */
  public SeriesFrame perContractValues() {
    return memo("perContractValues", null, () -> perContractValuesOn(commonIndex()));
  }

  /**
   * Each instrument's contract value on an index, forward- then back-filled.
   *
   * @param t the index
   * @return one column per instrument
   */
  public SeriesFrame perContractValuesOn(long[] t) {
    List<String> names = names();
    double[][] cols = new double[names.size()][];
    for (int c = 0; c < cols.length; c++) {
      cols[c] = Kernels.bfill(Kernels.ffillInPlace(perContractValue(InstrumentCode.of(names.get(c))).valuesOn(t)));
    }
    return SeriesFrame.ofOwned(t, names, cols);
  }

  /**
   * The original positions on the common index, forward-filled (pysystemtrade's
   * {@code get_position_contracts_as_df}): the optimisation's unrounded optimum.
   *
   * @return one column per instrument
   */
  public SeriesFrame originalPositionsOnCommonIndex() {
    return memo("originalPositionsCommon", null, () -> {
      long[] t = commonIndex();
      List<String> names = names();
      Map<String, TimeSeries> pos = originalPositions();
      double[][] cols = new double[names.size()][];
      for (int c = 0; c < cols.length; c++) {
        cols[c] = Kernels.ffillInPlace(pos.get(names.get(c)).valuesOn(t));
      }
      return SeriesFrame.ofOwned(t, names, cols);
    });
  }

  /**
   * Volatilities looked up by day as pysystemtrade's {@code get_stdev_on_date}: the first row before the first date,
   * else the row of that date (NaN for every instrument if the volatilities have no row on it, where pysystemtrade
   * fails). The columns are resolved once.
   */
  public static final class Volatilities {
    private final long[] t;
    private final double[][] cols;

    /**
     * Resolves the columns of some instruments.
     *
     * @param vol the volatility frame
     * @param names the instruments wanted, in order
     */
    public Volatilities(SeriesFrame vol, List<String> names) {
      this.t = vol.timesView();
      this.cols = new double[names.size()][];
      for (int i = 0; i < cols.length; i++) {
        cols[i] = vol.column(names.get(i)).valuesView();
      }
    }

    /**
     * The volatilities on a day.
     *
     * @param time the day
     * @return one per instrument
     */
    public double[] on(long time) {
      double[] out = new double[cols.length];
      int row = t.length == 0 ? -1 : time < t[0] ? 0 : Arrays.binarySearch(t, time);
      for (int i = 0; i < out.length; i++) {
        out[i] = row < 0 ? Double.NaN : cols[i][row];
      }
      return out;
    }
  }

  /**
   * The correlation matrix in force on a day for the given instruments: the estimate of the last period starting on
   * or before it, or the identity before the first period (pysystemtrade's fallback,
   * {@code create_boring_corr_matrix(offdiag=0.0)}).
   *
   * @param corr the correlations
   * @param names the instruments, in order
   * @param time the day
   * @return the matrix
   */
  public static double[][] correlationOn(CorrelationsOverTime corr, List<String> names, long time) {
    int n = names.size();
    double[][] out = new double[n][n];
    int p = corr.periodAt(time);
    if (p < 0) {
      for (int i = 0; i < n; i++) {
        out[i][i] = 1.0;
      }
      return out;
    }
    int[] at = new int[n];
    for (int i = 0; i < n; i++) {
      at[i] = corr.indexOf(names.get(i));
      ArgChecker.isTrue(at[i] >= 0, "no correlation estimate for {}", names.get(i));
    }
    for (int i = 0; i < n; i++) {
      for (int j = 0; j < n; j++) {
        out[i][j] = corr.get(p, at[i], at[j]);
      }
    }
    return out;
  }

  /**
   * The covariance of pysystemtrade's {@code covariance_from_stdev_and_correlation}: {@code (s_i C_ij) s_j}, NaN
   * where a volatility or correlation is missing.
   *
   * @param corr the correlation matrix
   * @param stdev the volatilities
   * @return the covariance
   */
  public static double[][] covariance(double[][] corr, double[] stdev) {
    // pysystemtrade multiplies full matrices, np.diag(s) @ C @ np.diag(s), so the zeros off the diagonal of diag(s)
    // meet every entry: 0 * NaN is NaN, and one missing correlation or volatility spreads along the products. A
    // missing correlation of two instruments thus makes the whole covariance missing (pysystemtrade's risk is then
    // 0), a missing volatility its row and column. This reproduces that spreading exactly.
    int n = stdev.length;
    // D @ C: entry (i, j) is s_i C_ij plus 0 * C_kj for every other k
    double[][] x = new double[n][n];
    for (int j = 0; j < n; j++) {
      int bad = 0;
      int badRow = -1;
      for (int k = 0; k < n; k++) {
        if (!Double.isFinite(corr[k][j])) {
          bad++;
          badRow = k;
        }
      }
      for (int i = 0; i < n; i++) {
        boolean spoiled = bad > 1 || (bad == 1 && badRow != i);
        x[i][j] = spoiled ? Double.NaN : stdev[i] * corr[i][j];
      }
    }
    // (D @ C) @ D: entry (i, j) is x_ij s_j plus x_ik * 0 for every other k
    double[][] out = new double[n][n];
    for (int i = 0; i < n; i++) {
      int bad = 0;
      int badCol = -1;
      for (int k = 0; k < n; k++) {
        if (!Double.isFinite(x[i][k])) {
          bad++;
          badCol = k;
        }
      }
      for (int j = 0; j < n; j++) {
        boolean spoiled = bad > 1 || (bad == 1 && badCol != j);
        out[i][j] = spoiled ? Double.NaN : x[i][j] * stdev[j];
      }
    }
    return out;
  }

  /**
   * Whether each asset of a covariance counts as having data (pysystemtrade's {@code assets_with_data} of a
   * correlation-shaped matrix): at least two known values in its column.
   *
   * @param cov the covariance
   * @return one flag per asset
   */
  public static boolean[] assetsWithData(double[][] cov) {
    int n = cov.length;
    boolean[] out = new boolean[n];
    for (int j = 0; j < n; j++) {
      int known = 0;
      for (int i = 0; i < n; i++) {
        if (cov[i][j] == cov[i][j]) {
          known++;
        }
      }
      out[j] = known >= 2;
    }
    return out;
  }

  /**
   * pysystemtrade's {@code portfolioWeights.portfolio_stdev}: the square root of {@code (w C) w} over the assets
   * with a known weight and data in the covariance (0 if none).
   *
   * @param weights the weights
   * @param cov the covariance
   * @return the standard deviation
   */
  public static double portfolioStdev(double[] weights, double[][] cov) {
    boolean[] data = assetsWithData(cov);
    int[] candidates = new int[weights.length];
    int n = 0;
    for (int i = 0; i < weights.length; i++) {
      if (data[i]) {
        candidates[n++] = i;
      }
    }
    return stdevOver(weights, candidates, n, (i, j) -> cov[i][j]);
  }

  /** A covariance entry. */
  @FunctionalInterface
  private interface Entry {
    double at(int i, int j);
  }

  /**
   * The square root of {@code (w C) w} over the candidates with a known weight, in their order: pysystemtrade's
   * {@code weights_np.dot(cov_np).dot(weights_np)} on the valid assets.
   */
  private static double stdevOver(double[] w, int[] candidates, int n, Entry cov) {
    int[] valid = new int[n];
    int k = withKnownWeight(w, candidates, n, valid);
    double variance = 0.0;
    for (int b = 0; b < k; b++) {
      int j = valid[b];
      double wc = 0.0;
      for (int a = 0; a < k; a++) {
        int i = valid[a];
        wc += w[i] * cov.at(i, j);
      }
      variance += wc * w[j];
    }
    return Math.sqrt(variance);
  }

  /** Writes the candidates with a known (non-NaN) weight into {@code valid}, in order, and returns their count. */
  private static int withKnownWeight(double[] w, int[] candidates, int n, int[] valid) {
    int k = 0;
    for (int a = 0; a < n; a++) {
      int i = candidates[a];
      if (w[i] == w[i]) {
        valid[k++] = i;
      }
    }
    return k;
  }

  /**
   * {@link #portfolioStdevKnownCorrelations} day after day: the correlations of the assets with a known weight and
   * volatility in the period in force are read into a dense matrix in their order, again only when the period or
   * those assets change (weekly periods, assets that rarely change), so that a day's risk is two loops over an
   * array; the same products summed in the same order, so the same bits.
   */
  static final class KnownCorrelations {

    private final CorrelationsOverTime corr;
    private final int[] at;
    private int period = Integer.MIN_VALUE;
    private int[] assets = new int[0];
    private double[] dense = new double[0];

    /**
     * A reader of some correlations.
     *
     * @param corr the correlations
     * @param at each asset's position in {@code corr}
     */
    KnownCorrelations(CorrelationsOverTime corr, int[] at) {
      this.corr = corr;
      this.at = at;
    }

    /**
     * As {@link #portfolioStdevKnownCorrelations}.
     *
     * @param w the weights
     * @param s the volatilities, none infinite
     * @param known the positions of the known volatilities
     * @param p the period in force, -1 for the identity
     * @return the standard deviation
     */
    double stdev(double[] w, double[] s, int[] known, int p) {
      if (known.length < 2) {
        return 0.0;
      }
      int[] valid = new int[known.length];
      int k = withKnownWeight(w, known, known.length, valid);
      if (p != period || !Arrays.equals(valid, 0, k, assets, 0, assets.length)) {
        read(p, Arrays.copyOf(valid, k));
      }
      double variance = 0.0;
      for (int b = 0; b < k; b++) {
        int j = valid[b];
        double sj = s[j];
        int column = b * k;
        double wc = 0.0;
        for (int a = 0; a < k; a++) {
          int i = valid[a];
          wc += w[i] * (s[i] * dense[column + a] * sj);
        }
        variance += wc * w[j];
      }
      return Math.sqrt(variance);
    }

    /**
     * Entry {@code (a, b)} of the assets' correlations at {@code dense[b * k + a]}; each read once, for both
     * entries (a correlation matrix is stored as a triangle: {@code get(p, i, j)} is {@code get(p, j, i)}).
     */
    private void read(int p, int[] valid) {
      int k = valid.length;
      if (dense.length < k * k) {
        dense = new double[k * k];
      }
      for (int b = 0; b < k; b++) {
        for (int a = 0; a <= b; a++) {
          double c = p < 0 ? (a == b ? 1.0 : 0.0) : corr.get(p, at[valid[a]], at[valid[b]]);
          dense[b * k + a] = c;
          dense[a * k + b] = c;
        }
      }
      period = p;
      assets = valid;
    }
  }

  /**
   * The expected annualised risk of some portfolio weights day by day (pysystemtrade's
   * {@code calc_portfolio_risk_series}), with normal or shocked volatilities.
   *
   * @param weights the weights, one column per instrument
   * @param shocked whether the volatilities are shocked
   * @return the risk on the weights' index
   */
  public TimeSeries portfolioRisk(SeriesFrame weights, boolean shocked) {
    return portfolioRisk(weights, shocked ? shockedVolatility() : annualisedVolatility(), correlations());
  }

  /**
   * The expected annualised risk of some portfolio weights day by day, given the volatilities and correlations.
   *
   * @param weights the weights, one column per instrument
   * @param vol the volatilities (at least the weights' columns)
   * @param corr the correlations (at least the weights' columns)
   * @return the risk on the weights' index
   */
  public TimeSeries portfolioRisk(SeriesFrame weights, SeriesFrame vol, CorrelationsOverTime corr) {
    long[] t = weights.timesView();
    List<String> names = weights.names();
    List<int[]> chunks = new ArrayList<>();
    for (int from = 0; from < t.length; from += CHUNK) {
      chunks.add(new int[] {from, Math.min(t.length, from + CHUNK)});
    }
    double[][] cols = new double[names.size()][];
    for (int c = 0; c < cols.length; c++) {
      cols[c] = weights.column(names.get(c)).valuesView();
    }
    int[] at = new int[names.size()];
    for (int i = 0; i < at.length; i++) {
      at[i] = corr.indexOf(names.get(i));
      ArgChecker.isTrue(at[i] >= 0, "no correlation estimate for {}", names.get(i));
    }
    Volatilities vols = new Volatilities(vol, names);
    List<double[]> parts = context.parallel().mapNested(chunks, range -> {
      double[] out = new double[range[1] - range[0]];
      double[] w = new double[names.size()];
      KnownCorrelations knownCorrelations = new KnownCorrelations(corr, at);
      for (int r = range[0]; r < range[1]; r++) {
        for (int c = 0; c < w.length; c++) {
          w[c] = cols[c][r];
        }
        double[] s = vols.on(t[r]);
        int p = corr.periodAt(t[r]);
        int[] known = knownVolatilities(s);
        if (known != null && (p < 0 || corr.allFinite(p))) {
          out[r - range[0]] = knownCorrelations.stdev(w, s, known, p);
        } else {
          out[r - range[0]] = portfolioStdev(w, covariance(correlationOn(corr, names, t[r]), s));
        }
      }
      return out;
    });
    double[] out = new double[t.length];
    for (int i = 0; i < chunks.size(); i++) {
      System.arraycopy(parts.get(i), 0, out, chunks.get(i)[0], parts.get(i).length);
    }
    return TimeSeries.ofOwned(t, out);
  }

  /**
   * Which assets have data in the covariance of known correlations (pysystemtrade's {@code assets_with_data} of
   * {@link #covariance}) without building it: with every correlation known and finite (or the identity before the
   * first period), those with a known volatility when at least two are known.
   *
   * @param s the volatilities
   * @param corr the correlations
   * @param period the period in force, -1 for the identity
   * @return one flag per asset, or null if a correlation is unknown or a volatility infinite (build the covariance)
   */
  public static boolean[] dataOfKnownCorrelations(double[] s, CorrelationsOverTime corr, int period) {
    if (period >= 0 && !corr.allFinite(period)) {
      return null;
    }
    int[] known = knownVolatilities(s);
    if (known == null) {
      return null;
    }
    boolean[] out = new boolean[s.length];
    if (known.length >= 2) {
      for (int i : known) {
        out[i] = true;
      }
    }
    return out;
  }

  /**
   * The positions of the known volatilities, or null if one is infinite (the general path then applies).
   *
   * @param s the volatilities
   * @return positions of the non-NaN volatilities
   */
  static int[] knownVolatilities(double[] s) {
    int[] out = new int[s.length];
    int k = 0;
    for (int i = 0; i < s.length; i++) {
      if (Double.isInfinite(s[i])) {
        return null;
      }
      if (s[i] == s[i]) {
        out[k++] = i;
      }
    }
    return java.util.Arrays.copyOf(out, k);
  }

  /**
   * {@link #portfolioStdev} of {@link #covariance} when every correlation is known and finite (or before the first
   * period: the identity), without building the covariance: a missing volatility then only spoils its own row and
   * column, so an asset has data when its volatility is known and at least one other's is too, and the products
   * are computed for the assets with a known weight only, in the same order.
   *
   * @param w the weights
   * @param s the volatilities, none infinite
   * @param known the positions of the known volatilities
   * @param corr the correlations
   * @param period the period in force, -1 for the identity
   * @param at each asset's position in {@code corr}
   * @return the standard deviation
   */
  static double portfolioStdevKnownCorrelations(double[] w, double[] s, int[] known, CorrelationsOverTime corr,
      int period, int[] at) {
    return new KnownCorrelations(corr, at).stdev(w, s, known, period);
  }

  /**
   * The sum of absolute annualised risks (pysystemtrade's {@code calc_sum_annualised_risk_given_portfolio_weights}):
   * each volatility (on the weights' dates exactly) times the absolute weight, summed over the known products in
   * column order (0 if none).
   *
   * @param weights the weights
   * @return the sum on the weights' index
   */
  public TimeSeries sumAbsRisk(SeriesFrame weights) {
    SeriesFrame vol = annualisedVolatility();
    long[] t = weights.timesView();
    double[] out = new double[t.length];
    for (String name : weights.names()) {
      double[] s = vol.column(name).valuesOn(t);
      double[] w = weights.column(name).valuesView();
      for (int r = 0; r < t.length; r++) {
        double x = s[r] * Math.abs(w[r]);
        if (x == x) {
          out[r] += x;
        }
      }
    }
    return TimeSeries.ofOwned(t, out);
  }

  /**
   * The leverage of some weights (pysystemtrade's {@code get_sum_leverage}): the sum of absolute known weights in
   * column order (0 if none).
   *
   * @param weights the weights
   * @return the leverage on the weights' index
   */
  public static TimeSeries leverage(SeriesFrame weights) {
    long[] t = weights.timesView();
    double[] out = new double[t.length];
    for (String name : weights.names()) {
      double[] w = weights.column(name).valuesView();
      for (int r = 0; r < t.length; r++) {
        double x = Math.abs(w[r]);
        if (x == x) {
          out[r] += x;
        }
      }
    }
    return TimeSeries.ofOwned(t, out);
  }

  /**
   * The risk overlay of the original positions (pysystemtrade's {@code get_risk_scalar} with its measures).
   *
   * @param params the limits
   * @return the overlay on the common index
   */
  public RiskOverlay overlay(RiskOverlayParams params) {
    return memo("overlay", params, () -> overlay(params, originalWeights()));
  }

  /**
   * The risk overlay of given weights (for positions computed elsewhere, e.g. a reference run's).
   *
   * @param params the limits
   * @param weights the original weights
   * @return the overlay on the weights' index
   */
  public RiskOverlay overlay(RiskOverlayParams params, SeriesFrame weights) {
    return RiskOverlay.of(params, portfolioRisk(weights, false), portfolioRisk(weights, true), sumAbsRisk(weights),
        leverage(weights));
  }
}
