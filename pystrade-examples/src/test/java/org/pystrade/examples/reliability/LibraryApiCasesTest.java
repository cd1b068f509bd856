package org.pystrade.examples.reliability;

import static org.pystrade.examples.reliability.Case.ApiExpectation.failures;
import static org.pystrade.examples.reliability.Case.ApiExpectation.throwing;
import static org.pystrade.examples.reliability.DataFileCasesTest.ADJ;
import static org.pystrade.examples.reliability.DataFileCasesTest.CFG;
import static org.pystrade.examples.reliability.DataFileCasesTest.FX;
import static org.pystrade.examples.reliability.DataFileCasesTest.MULT;

import java.util.ArrayList;
import java.util.List;
import org.pystrade.core.config.ConfigException;
import org.pystrade.core.data.DataException;

/**
 * The data and config defects through {@code TradingSystem.fromYaml(SystemConfig.fromYaml(file),
 * CsvFuturesSimData.open(dir))}: what {@code failures()}, {@code warnings()} and {@code configProblems()} hold, or
 * what the build or the first result throws.
 */
class LibraryApiCasesTest extends CaseSuite {

  private static Case api(String name) {
    return Case.of(Case.Group.LIBRARY_API, name);
  }

  @Override
  List<Case> cases() {
    return all();
  }

  static List<Case> all() {
    List<Case> c = new ArrayList<>();
    c.add(api("clean fixture").api(failures()));
    c.add(api("multiple prices PRICE 0 (keep)").mutate(f -> f.cell(MULT + "BBB.csv", 301, 3, "0"))
        .api(failures().warnings("BBB")).says("multiple_prices_csv/BBB.csv line 301", "PRICE is 0.0")
        .changes("BBB"));
    c.add(api("multiple prices PRICE 0, leave_out").mutate(f -> f.cell(MULT + "BBB.csv", 301, 3, "0"))
        .appending("data_defects: {non_positive_price: leave_out}\n")
        .api(failures("BBB")).says("PRICE is 0.0", "non_positive_price: leave_out").computed("AAA", "CCC", "DDD"));
    c.add(api("multiple prices PRICE 0, fail").mutate(f -> f.cell(MULT + "BBB.csv", 301, 3, "0"))
        .appending("data_defects: {non_positive_price: fail}\n")
        .api(throwing(DataException.class)).says("BBB", "multiple_prices_csv/BBB.csv line 301", "PRICE is 0.0",
            "data_defects.non_positive_price: fail"));
    c.add(api("adjusted price spike (keep)").mutate(f -> f.cell(ADJ + "BBB.csv", 301, 1, "0"))
        .api(failures().warnings("BBB")).says("adjusted_prices_csv/BBB.csv line 301", "adjusted_price_mismatch")
        .changes("BBB"));
    c.add(api("FX rate 0 (leave_out)").mutate(f -> f.cell(FX + "EURUSD.csv", 301, 1, "0"))
        .api(failures("BBB")).says("EURUSD.csv line 301", "non_positive_fx_rate: leave_out")
        .computed("AAA", "CCC", "DDD"));
    c.add(api("FX rate 0, fail").mutate(f -> f.cell(FX + "EURUSD.csv", 301, 1, "0"))
        .appending("data_defects: {non_positive_fx_rate: fail}\n")
        .api(throwing(DataException.class)).says("EURUSD.csv line 301", "non_positive_fx_rate: fail"));
    c.add(api("one-row adjusted prices (too_short: leave_out)").mutate(f -> f.lines(ADJ + "BBB.csv",
        l -> new ArrayList<>(l.subList(0, 2)))).api(failures("BBB"))
        .says("no valid subsystem position on any day", "too_short: leave_out").computed("AAA", "CCC", "DDD"));
    c.add(api("one-row adjusted prices, too_short: keep").mutate(f -> f.lines(ADJ + "BBB.csv",
        l -> new ArrayList<>(l.subList(0, 2)))).appending("data_defects: {too_short: keep}\n")
        .api(failures().warnings("BBB")).says("no valid subsystem position on any day").changes("BBB"));
    c.add(api("no spreadcosts.csv row (keep)").mutate(f -> f.lines(CFG + "spreadcosts.csv", l -> {
      l.removeIf(x -> x.startsWith("BBB,"));
      return l;
    })).api(failures().warnings("BBB")).says("no row for BBB").changes("BBB"));
    c.add(api("multiple prices file missing").mutate(f -> f.delete(MULT + "BBB.csv")).api(failures("BBB"))
        .says("no multiple prices file for instrument BBB").computed("AAA", "CCC", "DDD"));
    c.add(api("malformed adjusted prices line").mutate(f -> f.cell(ADJ + "BBB.csv", 301, 1, "1.2x5"))
        .api(failures("BBB")).says("adjusted_prices_csv/BBB.csv line 301", "'1.2x5'").computed("AAA", "CCC", "DDD"));
    c.add(api("instrumentconfig.csv missing").mutate(f -> f.delete(CFG + "instrumentconfig.csv"))
        .api(throwing(DataException.class)).says("no instrument of the system has usable data",
            "AAA, BBB, CCC, DDD: file not found", "instrumentconfig.csv"));
    c.add(api("unknown config key (strict)").appending("percentage_vol_targt: 25\n")
        .api(throwing(ConfigException.class)).says("unknown config key 'percentage_vol_targt'",
            "did you mean 'percentage_vol_target'?"));
    c.add(api("unknown config key, Builder.strict(false)").appending("percentage_vol_targt: 25\n")
        .api(failures().lenientProblems("percentage_vol_targt")).says("unknown config key 'percentage_vol_targt'"));
    c.add(api("forecast weights summing to 1.4").replacing(
        Fixture.FORECAST_WEIGHTS, "  ewmac8_32: 0.42\n  ewmac32_128: 0.42\n"
            + "  carry: 0.56\n").api(failures().problems("forecast_weights")).says("the weights sum to 1.4, not 1"));
    c.add(api("config value out of range").replacing("forecast_cap: 20.0", "forecast_cap: 0")
        .api(throwing(ConfigException.class)).says("config key 'forecast_cap' must be a number above zero"));
    c.add(api("data folder missing").mutate(f -> {
      for (String code : Fixture.INSTRUMENTS) {
        f.delete(ADJ + code + ".csv");
      }
      f.delete("data/adjusted_prices_csv");
    }).api(throwing(DataException.class)).says("no adjusted prices directory", "adjusted_prices_csv"));
    return c;
  }
}
