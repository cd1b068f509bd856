package org.pystrade.core.rawdata;

import java.util.List;
import org.pystrade.core.config.ConfigException;
import org.pystrade.core.config.SystemConfig;
import org.pystrade.core.util.ArgChecker;

/**
 * How the raw-data stage measures an instrument's daily volatility: pysystemtrade's {@code volatility_calculation}
 * block, read and checked once. Which fields a function uses is pysystemtrade's: {@code simple_ewvol_calc} and
 * {@code simple_vol_calc} ignore {@code vol_abs_min} and {@code backfill}; only {@code mixed_vol_calc} reads the slow
 * volatility; only {@code robust_vol_calc} reads the floor.
 *
 * @param function the volatility function
 * @param input the raw-data series whose volatility is measured ({@code name_returns_attr_in_rawdata})
 * @param multiplier {@code multiplier_to_get_daily_vol}, applied last
 * @param days the span (exponentially weighted) or window (rolling) in business days
 * @param minPeriods observations before the first value
 * @param volAbsMin the absolute floor
 * @param backfill whether the warm-up is back filled
 * @param slowVolYears the slow volatility's span in years ({@code mixed_vol_calc})
 * @param proportionOfSlowVol the slow volatility's weight ({@code mixed_vol_calc})
 * @param volFloor whether the volatility is floored at a rolling quantile ({@code robust_vol_calc})
 * @param floorMinQuant the floor's quantile
 * @param floorMinPeriods the floor's minimum observations
 * @param floorDays the floor's window in business days
 */
public record VolatilityParams(VolFunction function, ReturnsInput input, double multiplier, double days,
    int minPeriods, double volAbsMin, boolean backfill, double slowVolYears, double proportionOfSlowVol,
    boolean volFloor, double floorMinQuant, int floorMinPeriods, int floorDays) {

  private static final String P = "volatility_calculation.";

  /** The config keys this record reads. */
  public static final List<String> KEYS = List.of(P + "func", P + "name_returns_attr_in_rawdata",
      P + "multiplier_to_get_daily_vol", P + "days", P + "min_periods", P + "vol_abs_min", P + "backfill",
      P + "slow_vol_years", P + "proportion_of_slow_vol", P + "vol_floor", P + "floor_min_quant",
      P + "floor_min_periods", P + "floor_days");

  /** The volatility functions of pysystemtrade's {@code sysquant.estimators.vol} that pystrade knows. */
  public enum VolFunction {
    /** {@code mixed_vol_calc}: a blend of the robust volatility and its slow average (pysystemtrade's default). */
    MIXED("mixed_vol_calc"),
    /** {@code robust_vol_calc}: an exponentially weighted standard deviation floored at a rolling quantile. */
    ROBUST("robust_vol_calc"),
    /** {@code simple_ewvol_calc}: an exponentially weighted standard deviation. */
    SIMPLE_EW("simple_ewvol_calc"),
    /** {@code simple_vol_calc}: a rolling standard deviation. */
    SIMPLE("simple_vol_calc");

    private final String pythonName;

    VolFunction(String pythonName) {
      this.pythonName = pythonName;
    }

    /**
     * The function's name in {@code sysquant.estimators.vol}.
     *
     * @return e.g. {@code mixed_vol_calc}
     */
    public String pythonName() {
      return pythonName;
    }

    static VolFunction parse(String func) {
      String shortName = func.substring(func.lastIndexOf('.') + 1);
      for (VolFunction f : values()) {
        if (f.pythonName.equals(shortName)) {
          return f;
        }
      }
      StringBuilder known = new StringBuilder();
      for (VolFunction f : values()) {
        known.append(known.length() == 0 ? "" : ", ").append("sysquant.estimators.vol.").append(f.pythonName);
      }
      throw new ConfigException("config key '" + P + "func' names an unknown volatility function '" + func
          + "'; known: " + known);
    }
  }

  /** The raw-data series a volatility can be measured on ({@code name_returns_attr_in_rawdata}). */
  public enum ReturnsInput {
    /** {@code daily_returns}: daily price changes (the default). */
    DAILY_RETURNS("daily_returns"),
    /** {@code get_daily_percentage_returns}: daily percentage returns. */
    DAILY_PERCENTAGE_RETURNS("get_daily_percentage_returns"),
    /** {@code get_daily_prices}: the daily price itself. */
    DAILY_PRICES("get_daily_prices"),
    /** {@code daily_denominator_price}: the current contract's daily price. */
    DAILY_DENOMINATOR_PRICE("daily_denominator_price"),
    /** {@code daily_annualised_roll}: the daily annualised roll. */
    DAILY_ANNUALISED_ROLL("daily_annualised_roll");

    private final String pythonName;

    ReturnsInput(String pythonName) {
      this.pythonName = pythonName;
    }

    /**
     * The rawdata method's name in pysystemtrade.
     *
     * @return e.g. {@code daily_returns}
     */
    public String pythonName() {
      return pythonName;
    }

    /** The rawdata series computed from the volatility itself: pysystemtrade recurses without end on them. */
    private static final List<String> RECURSIVE = List.of("daily_returns_volatility",
        "annualised_returns_volatility", "get_daily_percentage_volatility", "get_daily_vol_normalised_returns",
        "get_cumulative_daily_vol_normalised_returns", "raw_carry", "smoothed_carry", "median_carry_for_asset_class",
        "normalised_price_for_asset_class");

    static ReturnsInput parse(String attr) {
      for (ReturnsInput r : values()) {
        if (r.pythonName.equals(attr)) {
          return r;
        }
      }
      StringBuilder supported = new StringBuilder();
      for (ReturnsInput r : values()) {
        supported.append(supported.length() == 0 ? "" : ", ").append(r.pythonName);
      }
      if (RECURSIVE.contains(attr)) {
        throw new ConfigException("config key '" + P + "name_returns_attr_in_rawdata' names '" + attr
            + "', which is computed from the volatility itself (pysystemtrade recurses without end); use one of "
            + supported);
      }
      throw new ConfigException("config key '" + P + "name_returns_attr_in_rawdata' names '" + attr
          + "', which pystrade does not support; supported: " + supported);
    }
  }

  /**
   * Validates.
   *
   * @param function the volatility function
   * @param input the raw-data series whose volatility is measured ({@code name_returns_attr_in_rawdata})
   * @param multiplier {@code multiplier_to_get_daily_vol}, applied last
   * @param days the span (exponentially weighted) or window (rolling) in business days
   * @param minPeriods observations before the first value
   * @param volAbsMin the absolute floor
   * @param backfill whether the warm-up is back filled
   * @param slowVolYears the slow volatility's span in years ({@code mixed_vol_calc})
   * @param proportionOfSlowVol the slow volatility's weight ({@code mixed_vol_calc})
   * @param volFloor whether the volatility is floored at a rolling quantile ({@code robust_vol_calc})
   * @param floorMinQuant the floor's quantile
   * @param floorMinPeriods the floor's minimum observations
   * @param floorDays the floor's window in business days
   */
  public VolatilityParams {
    ArgChecker.notNull(function, "function");
    ArgChecker.notNull(input, "input");
    if (function == VolFunction.SIMPLE) {
      // pandas' rolling window: a whole number of rows, at least min_periods
      if (days != Math.rint(days) || days < 1 || days > Integer.MAX_VALUE) {
        throw new ConfigException("config key '" + P + "days' must be a whole number of days, at least 1, for "
            + "sysquant.estimators.vol.simple_vol_calc (a rolling window) but was " + days);
      }
      if (minPeriods > days) {
        throw new ConfigException("config key '" + P + "min_periods' must be <= 'days' for "
            + "sysquant.estimators.vol.simple_vol_calc but was " + minPeriods + " > " + (int) days);
      }
    }
  }

  /**
   * The parameters of a config ({@code volatility_calculation} over pysystemtrade's defaults).
   *
   * @param config the config
   * @return the parameters
   * @throws ConfigException naming the key of a missing, mistyped or unsupported value
   */
  public static VolatilityParams fromConfig(SystemConfig config) {
    return new VolatilityParams(VolFunction.parse(config.getString(P + "func")),
        ReturnsInput.parse(config.has(P + "name_returns_attr_in_rawdata")
            ? config.getString(P + "name_returns_attr_in_rawdata") : "daily_returns"),
        config.getDouble(P + "multiplier_to_get_daily_vol", 1.0), config.getDouble(P + "days", 35),
        config.getInt(P + "min_periods", 10), config.getDouble(P + "vol_abs_min", 1e-10),
        config.getBoolean(P + "backfill", false), config.getDouble(P + "slow_vol_years", 20),
        config.getDouble(P + "proportion_of_slow_vol", 0.3), config.getBoolean(P + "vol_floor", true),
        config.getDouble(P + "floor_min_quant", 0.05), config.getInt(P + "floor_min_periods", 100),
        config.getInt(P + "floor_days", 500));
  }
}
