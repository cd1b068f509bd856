package org.pystrade.core.pandl;

import java.util.List;
import org.pystrade.core.config.ConfigException;
import org.pystrade.core.config.SystemConfig;
import org.pystrade.core.domain.Currency;
import org.pystrade.core.domain.Money;
import org.pystrade.core.util.ArgChecker;

/**
 * The capital a system trades and the risk it targets, read and checked once: the notional trading capital in the
 * base currency and the annualised volatility target in percent of it. Position sizing scales positions to it and
 * P&amp;L is expressed in percent of the capital.
 *
 * @param notionalCapital {@code notional_trading_capital}, base currency, positive
 * @param percentageVolTarget {@code percentage_vol_target}, percent a year (20 means 20%), positive
 * @param baseCurrency {@code base_currency}
 */
public record VolTarget(double notionalCapital, double percentageVolTarget, Currency baseCurrency) {

  /** pysystemtrade's annualisation factor of a daily volatility: the square root of 256 business days. */
  public static final double ROOT_BDAYS_INYEAR = 16.0;

  /** The config keys this record reads. */
  public static final List<String> KEYS = List.of("notional_trading_capital", "percentage_vol_target",
      "base_currency");

  /**
   * Validates.
   *
   * @param notionalCapital {@code notional_trading_capital}, base currency, positive
   * @param percentageVolTarget {@code percentage_vol_target}, percent a year (20 means 20%), positive
   * @param baseCurrency {@code base_currency}
   */
  public VolTarget {
    if (!(notionalCapital > 0) || Double.isInfinite(notionalCapital)) {
      throw new ConfigException("config key 'notional_trading_capital' must be > 0 but was " + notionalCapital);
    }
    if (!(percentageVolTarget > 0) || Double.isInfinite(percentageVolTarget)) {
      throw new ConfigException("config key 'percentage_vol_target' must be > 0 but was " + percentageVolTarget);
    }
    ArgChecker.notNull(baseCurrency, "base_currency");
  }

  /**
   * The target of a config.
   *
   * @param config the config
   * @return the target
   */
  public static VolTarget fromConfig(SystemConfig config) {
    String currency = config.getString("base_currency");
    Currency base;
    try {
      base = Currency.of(currency);
    } catch (IllegalArgumentException ex) {
      throw new ConfigException("config key 'base_currency' must be a currency code of three capital letters "
          + "(USD, EUR, GBP...) but was '" + currency + "'", ex);
    }
    return new VolTarget(config.getDouble("notional_trading_capital"), config.getDouble("percentage_vol_target"),
        base);
  }

  /**
   * The notional trading capital as an amount of money.
   *
   * @return the capital in the base currency
   */
  public Money capital() {
    return Money.of(notionalCapital, baseCurrency);
  }

  /**
   * The daily cash volatility target: capital x {@code percentage_vol_target} / 100 / 16, in pysystemtrade's
   * position-sizing order of operations.
   *
   * @return base currency per day
   */
  public double dailyCashVolTarget() {
    return notionalCapital * percentageVolTarget / 100.0 / ROOT_BDAYS_INYEAR;
  }
}
