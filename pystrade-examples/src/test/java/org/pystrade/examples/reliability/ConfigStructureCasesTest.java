package org.pystrade.examples.reliability;

import static org.pystrade.examples.reliability.Case.ERROR;
import static org.pystrade.examples.reliability.Case.OK;
import static org.pystrade.examples.reliability.Case.PARTIAL;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/** The YAML file itself, its keys and its rules. */
class ConfigStructureCasesTest extends CaseSuite {

  private static Case config(String name) {
    return Case.of(Case.Group.CONFIG_STRUCTURE, name);
  }

  @Override
  List<Case> cases() {
    return all();
  }

  static List<Case> all() {
    List<Case> c = new ArrayList<>();
    // ---- the file
    c.add(config("empty file").mutate(f -> f.write("config.yaml", "")).exit(ERROR)
        .says("instrument AAA has no trading rule to combine: the config has no trading_rules (is it empty, or only "
            + "comments?)"));
    c.add(config("comments only").mutate(f -> f.write("config.yaml", "# nothing yet\n# still nothing\n"))
        .exit(ERROR).says("no trading_rules", "only comments"));
    c.add(config("a list, not a mapping").mutate(f -> f.write("config.yaml", "- ewmac\n- carry\n")).exit(ERROR)
        .says("config.yaml must be a YAML mapping of keys to values but is a list"));
    c.add(config("a single value, not a mapping").mutate(f -> f.write("config.yaml", "chapter15\n")).exit(ERROR)
        .says("config.yaml must be a YAML mapping of keys to values but is a single value"));
    c.add(config("not UTF-8 (Latin-1)").mutate(f -> f.writeBytes("config.yaml",
        (Fixture.CONFIG + "# caf\u00e9\n").getBytes(StandardCharsets.ISO_8859_1))).exit(ERROR)
        .says("config.yaml is not valid UTF-8", "line 34"));
    c.add(config("a folder as config").mutate(f -> {
      f.delete("config.yaml");
      DataFileCasesTest.mkdir(f, "config.yaml");
    }).exit(ERROR).says("config.yaml is a folder"));
    c.add(config("config file missing").mutate(f -> f.delete("config.yaml")).exit(ERROR)
        .says("config file not found", "config.yaml"));
    c.add(config("YAML syntax error: unclosed bracket").replacing("{Lfast: 8, Lslow: 32}",
        "{Lfast: 8, Lslow: 32").exit(ERROR)
        .says("invalid YAML in", "config.yaml at line 7, column 20"));
    c.add(config("YAML syntax error: bad indentation").replacing("  carry: 0.4\n",
        "    carry: 0.4\n").exit(ERROR)
        .says("invalid YAML in", "config.yaml at line 22", "mapping values are not allowed here"));
    c.add(config("YAML syntax error: a tab for indentation").replacing("  DDD: 0.2\n",
        "\tDDD: 0.2\n").exit(ERROR)
        .says("invalid YAML in", "config.yaml at line 31, column 1", "Do not use \\t(TAB) for indentation"));
    c.add(config("duplicate key").appending("forecast_cap: 15.0\n").exit(ERROR)
        .says("config.yaml gives the key 'forecast_cap' twice (again at line 34)", "the last value is used",
            "strict: false"));
    c.add(config("duplicate key inside a mapping").replacing("  DDD: 0.2\n", "  DDD: 0.2\n  AAA: 0.1\n")
        .exit(ERROR).says("config.yaml gives the key 'AAA' twice (again at line 32)"));
    c.add(config("duplicate key, --lenient").appending("forecast_cap: 20.0\n").options("--lenient").exit(OK)
        .says("warning config ", "config.yaml gives the key 'forecast_cap' twice (again at line 34)",
            "the last value is used", "(--lenient or strict: false)"));
    // ---- keys
    c.add(config("unknown key (typo)").replacing("percentage_vol_target",
        "percentage_vol_targt").exit(ERROR).says("unknown config key 'percentage_vol_targt'",
        "did you mean 'percentage_vol_target'?"));
    c.add(config("unknown key, --lenient").appending("percentage_vol_targt: 25\n")
        .options("--lenient").exit(OK).says("warning unknown config key 'percentage_vol_targt'", "--lenient"));
    c.add(config("unknown key, strict: false").appending("strict: false\npercentage_vol_targt: 25\n")
        .exit(OK).says("warning unknown config key 'percentage_vol_targt'", "ignored (--lenient or strict: false)"));
    c.add(config("unknown nested key (typo in a rule)").replacing("    forecast_scalar: 30\n",
        "    forecast_scalr: 30\n").exit(ERROR).says("trading_rules.carry.forecast_scalr"));
    c.add(config("unsupported key (forecast_mapping)").appending("forecast_mapping: {carry: {a_param: 1.0}}\n")
        .exit(ERROR).says("config key 'forecast_mapping' changes pysystemtrade's backtest but pystrade does not "
            + "implement it yet"));
    c.add(config("wrong type: a word for a number").replacing("percentage_vol_target: 20.0",
        "percentage_vol_target: twenty").exit(ERROR).says("percentage_vol_target", "'twenty'"));
    c.add(config("wrong type: a mapping for a number").replacing("forecast_cap: 20.0",
        "forecast_cap: {max: 20}").exit(ERROR)
        .says("config key 'forecast_cap' must be a number but was {\"max\":20}"));
    c.add(config("wrong type: instrument_weights a list").replacing(
        "instrument_weights:\n" + Fixture.INSTRUMENT_WEIGHTS,
        "instrument_weights: [AAA, BBB, CCC, DDD]\n").exit(ERROR)
        .says("config key 'instrument_weights' must be a mapping of names to numbers but was [\"AAA\""));
    // ---- instruments
    c.add(config("instrument_weights names an instrument without data").replacing("  DDD: 0.2\n",
        "  DDD: 0.2\n  EEE: 0.1\n").exit(PARTIAL).says("left out EEE", "unknown instrument EEE"));
    c.add(config("instrument_weights names a configured instrument without prices").replacing(
        "  DDD: 0.2\n", "  DDD: 0.2\n  ZZZ: 0.1\n").exit(PARTIAL)
        .says("left out ZZZ: unknown instrument ZZZ: no adjusted prices file ZZZ.csv[.gz]"));
    c.add(config("instrument_weights names no instrument with data").replacing(
        "instrument_weights:\n" + Fixture.INSTRUMENT_WEIGHTS,
        "instrument_weights:\n  XXX: 0.5\n  YYY: 0.5\n").exit(ERROR)
        .says("none of the instruments the config names has price data: [XXX, YYY]; instruments with data: [AAA, "
            + "BBB, CCC, DDD]"));
    // ---- rules
    c.add(config("forecast_weights names an unknown rule").replacing("  carry: 0.4\n",
        "  carry: 0.3\n  ewmac4_16: 0.1\n").exit(ERROR)
        .says("forecast weights for AAA name rule 'ewmac4_16' which is not in trading_rules [ewmac8_32, ewmac32_128, "
            + "carry]"));
    c.add(config("a rule without a forecast weight").replacing("  ewmac32_128: 0.3\n", "")
        .exit(OK).configChangesNumbers("warning config key 'forecast_weights': the weights sum to 0.7, not 1"));
    c.add(config("rule with an unknown function").replacing("systems.provided.rules.carry.carry",
        "systems.provided.rules.carry.cary").exit(ERROR)
        .says("trading rule 'carry' (config key 'trading_rules.carry.function') uses an unknown trading rule "
            + "function 'systems.provided.rules.carry.cary' (did you mean 'systems.provided.rules.carry.carry'?)"));
    c.add(config("rule with an unknown data source").replacing("rawdata.raw_carry",
        "rawdata.raw_cary").exit(ERROR)
        .says("trading rule 'carry' reads unknown data 'rawdata.raw_cary' (did you mean 'rawdata.raw_carry'?)"));
    c.add(config("rule without a required argument").replacing("{Lfast: 8, Lslow: 32}",
        "{Lfast: 8}").exit(ERROR)
        .says("rule 'ewmac8_32' (function systems.provided.rules.ewmac.ewmac) needs the argument 'Lslow'"));
    c.add(config("rule with an unexpected argument (typo)").replacing("{Lfast: 8, Lslow: 32}",
        "{Lfast: 8, Lslwo: 32}").exit(ERROR)
        .says("rule 'ewmac8_32'", "got an unexpected argument 'Lslwo' (did you mean 'Lslow'?)"));
    c.add(config("rule without a function").replacing(
        "    function: systems.provided.rules.carry.carry\n", "").exit(ERROR)
        .says("config key 'trading_rules.carry.function' is required and must name a rule function"));
    c.add(config("no trading_rules at all").mutate(f -> f.write("config.yaml", Fixture.CONFIG.substring(
        Fixture.CONFIG.indexOf("forecast_cap")).replace("forecast_weights:\n" + Fixture.FORECAST_WEIGHTS, "")))
        .exit(ERROR).says("no trading rule", "no trading_rules"));
    c.add(config("rule given too few data sources").replacing(
        "    data: [rawdata.get_daily_prices, rawdata.daily_returns_volatility]\n    other_args: {Lfast: 8, Lslow: 32}",
        "    data: [rawdata.get_daily_prices]\n    other_args: {Lfast: 8, Lslow: 32}").exit(ERROR)
        .says("config key 'trading_rules.ewmac8_32': rule 'ewmac8_32' (function systems.provided.rules.ewmac.ewmac) "
            + "needs data inputs [price, vol] but 1 was given"));
    c.add(config("start_date not a date").appending("start_date: 2017-13-01\n").exit(ERROR)
        .says("config key 'start_date' must be a date such as 2020-03-19 but was '2017-13-01'"));
    // ---- data_defects section
    c.add(config("data_defects not a mapping").appending("data_defects: keep\n").exit(ERROR)
        .says("data_defects", "must be a mapping"));
    c.add(config("data_defects: unknown kind").appending("data_defects: {non_positive_prices: keep}\n")
        .exit(ERROR).says("unknown config key 'data_defects.non_positive_prices' (did you mean "
            + "'data_defects.non_positive_price'?)"));
    Case.pysystemtrade(c,
        "duplicate key", "PyYAML keeps the last value, without a word",
        "duplicate key inside a mapping", "PyYAML keeps the last value, without a word",
        "duplicate key, --lenient", "PyYAML keeps the last value, without a word",
        "unknown key (typo)", "ignores it, without a word: the default is used",
        "unknown nested key (typo in a rule)", "ignores it, without a word",
        "unsupported key (forecast_mapping)", "applies it",
        "instrument_weights names an instrument without data", "stops: \"No adjusted daily prices for EEE\"",
        "a rule without a forecast weight", "normalises the weights to sum to 1, without a word");
    return c;
  }
}
