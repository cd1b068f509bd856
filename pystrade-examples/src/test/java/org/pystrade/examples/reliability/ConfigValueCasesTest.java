package org.pystrade.examples.reliability;

import static org.pystrade.examples.reliability.Case.ERROR;
import static org.pystrade.examples.reliability.Case.OK;

import java.util.ArrayList;
import java.util.List;

/** Numbers out of their range, weights, rule arguments, data_defects values. */
class ConfigValueCasesTest extends CaseSuite {

  private static Case value(String name) {
    return Case.of(Case.Group.CONFIG_VALUES, name);
  }

  /** A top-level key of the fixture's config set to another value. */
  private static Case set(String key, String old, String value) {
    return value(key + ": " + value).replacing(key + ": " + old + "\n", key + ": " + value + "\n");
  }

  /** The config's forecast weights replaced by other lines. */
  private static Case forecastWeights(String name, String lines) {
    return value(name).replacing(Fixture.FORECAST_WEIGHTS, lines);
  }

  /** The config's instrument weights replaced by other lines. */
  private static Case instrumentWeights(String name, String lines) {
    return value(name).replacing(Fixture.INSTRUMENT_WEIGHTS, lines);
  }

  private static final String ABOVE_ZERO = "a number above zero";
  private static final String NON_NEGATIVE = "a number of zero or more";

  /** A top-level key set to a value out of its range: a config error naming the key, the range and the value. */
  private static Case refused(String key, String old, String value, String range) {
    return set(key, old, value).exit(ERROR).says("config key '" + key + "' must be " + range + " but was " + value);
  }

  @Override
  List<Case> cases() {
    return all();
  }

  static List<Case> all() {
    List<Case> c = new ArrayList<>();
    c.add(refused("forecast_div_multiplier", "1.2", "0", ABOVE_ZERO).says("config.yaml"));
    c.add(refused("forecast_div_multiplier", "1.2", ".nan", ABOVE_ZERO));
    c.add(refused("instrument_div_multiplier", "1.5", ".nan", ABOVE_ZERO));
    c.add(refused("instrument_div_multiplier", "1.5", "-1.89", ABOVE_ZERO));
    c.add(refused("notional_trading_capital", "1000000", ".inf", ABOVE_ZERO));
    c.add(refused("notional_trading_capital", "1000000", "0", ABOVE_ZERO));
    c.add(refused("percentage_vol_target", "20.0", "-20", ABOVE_ZERO));
    c.add(refused("percentage_vol_target", "20.0", "0", ABOVE_ZERO));
    c.add(refused("forecast_cap", "20.0", "0", ABOVE_ZERO));
    c.add(refused("buffer_size", "0.1", "-0.1", NON_NEGATIVE));
    c.add(set("base_currency", "USD", "XYZ").exit(ERROR).says("no instrument of the system has usable data",
        "no FX rate USDXYZ for instrument AAA", "no FX rate for currency XYZ"));
    c.add(set("base_currency", "USD", "usd").exit(ERROR)
        .says("config key 'base_currency' must be a currency code of three capital letters (USD, EUR, GBP...) but "
            + "was 'usd'"));
    c.add(value("volatility_calculation.days: 0").appending("volatility_calculation:\n  days: 0\n")
        .exit(ERROR)
        .says("config key 'volatility_calculation.days' must be a number of at least 1 but was 0"));
    c.add(value("instrument_weight_ewma_span: 0").appending("instrument_weight_ewma_span: 0\n")
        .exit(ERROR)
        .says("config key 'instrument_weight_ewma_span' must be a number of at least 1 but was 0"));
    c.add(value("volatility_calculation.proportion_of_slow_vol: 1.5").appending(
        "volatility_calculation:\n  proportion_of_slow_vol: 1.5\n").exit(ERROR)
        .says("config key 'volatility_calculation.proportion_of_slow_vol' must be a number from 0 to 1 "
            + "but was 1.5"));
    c.add(value("forecast scalar negative").replacing("forecast_scalar: 30",
        "forecast_scalar: -30").exit(ERROR)
        .says("config key 'trading_rules.carry.forecast_scalar' must be a number above zero but was -30"));
    c.add(value("forecast scalar 0").replacing("forecast_scalar: 30", "forecast_scalar: 0")
        .exit(ERROR).says("config key 'trading_rules.carry.forecast_scalar' must be a number above zero but was 0"));
    c.add(value("forecast weight negative").replacing("  carry: 0.4\n", "  carry: -0.4\n")
        .exit(ERROR)
        .says("config key 'forecast_weights.carry' must be a number of zero or more but was -0.4"));
    c.add(value("instrument weight negative").replacing("  DDD: 0.2\n", "  DDD: -0.2\n")
        .exit(ERROR)
        .says("config key 'instrument_weights.DDD' must be a number of zero or more but was -0.2"));
    c.add(forecastWeights("forecast weights summing to 1.4", "  ewmac8_32: 0.42\n  ewmac32_128: 0.42\n"
            + "  carry: 0.56\n").exit(OK).says("warning config key 'forecast_weights': the weights sum to 1.4, not 1"));
    c.add(instrumentWeights("instrument weights summing to 1.4", "  AAA: 0.42\n  BBB: 0.35\n  CCC: 0.35\n  DDD: 0.28\n")
        .exit(OK).says("the weights sum to 1.4, not 1").tolerance(1e-14));
    c.add(instrumentWeights("instrument weights summing to 2 (each doubled)",
        "  AAA: 0.6\n  BBB: 0.5\n  CCC: 0.5\n  DDD: 0.4\n")
        .exit(OK).says("warning config key 'instrument_weights': the weights sum to 2, not 1"));
    c.add(value("forecast_weights: {}").replacing(
        "forecast_weights:\n" + Fixture.FORECAST_WEIGHTS, "forecast_weights: {}\n")
        .exit(ERROR).says("config key 'forecast_weights' gives no rule a weight above zero (it is empty)"));
    c.add(forecastWeights("forecast weights all zero", "  ewmac8_32: 0\n  ewmac32_128: 0\n  carry: 0\n")
        .exit(ERROR).says("config key 'forecast_weights' gives no rule a weight above zero"));
    c.add(instrumentWeights("instrument weights all zero", "  AAA: 0\n  BBB: 0\n  CCC: 0\n  DDD: 0\n")
        .exit(ERROR).says("config key 'instrument_weights' gives no instrument a weight above zero"));
    c.add(value("instrument_weights: {}").replacing(
        "instrument_weights:\n" + Fixture.INSTRUMENT_WEIGHTS, "instrument_weights: {}\n")
        .exit(ERROR).says("the system has no instruments: the config's instrument_weights or instruments name none"));
    c.add(value("Lfast: 0").replacing("{Lfast: 8, Lslow: 32}", "{Lfast: 0, Lslow: 32}")
        .exit(ERROR).says("trading_rules.ewmac8_32", "Lfast", "at least 1 but was 0"));
    c.add(value("Lfast a word").replacing("{Lfast: 8, Lslow: 32}", "{Lfast: eight, Lslow: 32}")
        .exit(ERROR)
        .says("trading_rules.ewmac8_32", "argument 'Lfast' must be a number of at least 1 but was 'eight'"));
    c.add(value("smooth_days: .nan").replacing("{smooth_days: 90}", "{smooth_days: .nan}")
        .exit(ERROR)
        .says("trading_rules.carry", "argument 'smooth_days' must be a number of at least 1 but was NaN"));
    c.add(value("data_defects: an action that does not exist").appending(
        "data_defects: {non_positive_price: drop}\n").exit(ERROR)
        .says("data_defects.non_positive_price", "'drop'", "fail, leave_out, keep"));
    c.add(value("data_defects: an action in upper case").appending(
        "data_defects: {too_short: KEEP}\n").exit(ERROR)
        .says("config key 'data_defects.too_short' must be one of fail, leave_out, keep but was 'KEEP'"));
    c.add(value("use_forecast_scale_estimates: a word").appending(
        "use_forecast_scale_estimates: sometimes\n").exit(ERROR)
        .says("config key 'use_forecast_scale_estimates' must be true or false but was 'sometimes'"));
    Case.pysystemtrade(c,
        "forecast weights summing to 1.4", "normalises them to sum to 1, without a word",
        "instrument weights summing to 1.4", "normalises them to sum to 1, without a word",
        "instrument weights summing to 2 (each doubled)", "normalises them to sum to 1, without a word");
    return c;
  }
}
