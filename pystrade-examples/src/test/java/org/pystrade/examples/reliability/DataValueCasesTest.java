package org.pystrade.examples.reliability;

import static org.pystrade.examples.reliability.Case.ERROR;
import static org.pystrade.examples.reliability.Case.OK;
import static org.pystrade.examples.reliability.Case.PARTIAL;
import static org.pystrade.examples.reliability.DataFileCasesTest.ADJ;
import static org.pystrade.examples.reliability.DataFileCasesTest.CFG;
import static org.pystrade.examples.reliability.DataFileCasesTest.FX;
import static org.pystrade.examples.reliability.DataFileCasesTest.MULT;

import java.util.ArrayList;
import java.util.List;

/** Readable files holding values that cannot be right, with the data_defects actions that matter. */
class DataValueCasesTest extends CaseSuite {

  /** The line every one-day defect is put on: a row in the middle of a contract (2017-02-24), not a roll. */
  static final int LINE = 301;

  private static Case value(String name) {
    return Case.of(Case.Group.DATA_VALUES, name);
  }

  @Override
  List<Case> cases() {
    return all();
  }

  /** Sets the adjusted price of BBB on {@link #LINE}. */
  private static Case adjusted(String name, String v) {
    return value(name).mutate(f -> f.cell(ADJ + "BBB.csv", LINE, 1, v));
  }

  /** Sets a column of BBB's multiple prices on {@link #LINE} (1 CARRY, 3 PRICE, 5 FORWARD). */
  private static Case multiple(String name, int column, String v) {
    return value(name).mutate(f -> f.cell(MULT + "BBB.csv", LINE, column, v));
  }

  /** Sets the EURUSD rate on {@link #LINE}. */
  private static Case eurusd(String name, String v) {
    return value(name).mutate(f -> f.cell(FX + "EURUSD.csv", LINE, 1, v));
  }

  static List<Case> all() {
    List<Case> c = new ArrayList<>();
    // ---- adjusted prices
    c.add(adjusted("adjusted price 0 on one day", "0").exit(PARTIAL)
        .says("warning BBB", "adjusted_prices_csv/BBB.csv line 301", "to 0.0", "with no roll between",
            "data_defects.adjusted_price_mismatch").changes("BBB"));
    c.add(adjusted("adjusted price -5 on one day", "-5").exit(PARTIAL)
        .says("warning BBB", "adjusted_prices_csv/BBB.csv line 301", "to -5.0").changes("BBB"));
    c.add(adjusted("adjusted price spike, adjusted_price_mismatch: leave_out", "0")
        .appending("data_defects: {adjusted_price_mismatch: leave_out}\n").exit(PARTIAL)
        .says("left out BBB", "adjusted_prices_csv/BBB.csv line 301", "adjusted_price_mismatch: leave_out")
        .computed("AAA", "CCC", "DDD"));
    c.add(adjusted("adjusted price spike, adjusted_price_mismatch: fail", "0")
        .appending("data_defects: {adjusted_price_mismatch: fail}\n").exit(ERROR)
        .says("BBB", "adjusted_prices_csv/BBB.csv line 301", "adjusted_price_mismatch: fail"));
    c.add(adjusted("adjusted price spike with --allow-partial", "0").options("--allow-partial").exit(OK)
        .says("warning BBB", "adjusted_prices_csv/BBB.csv line 301").changes("BBB"));
    c.add(adjusted("adjusted price infinite (inf)", "inf").exit(PARTIAL)
        .says("warning BBB", "adjusted_prices_csv/BBB.csv line 301", "adjusted price is Infinity",
            "data_defects.non_positive_price").changes("BBB"));
    c.add(value("adjusted price and contract price both 100 times too high on one day")
        .mutate(f -> f.line(ADJ + "BBB.csv", LINE, l -> times(l, 1, 100)))
        .mutate(f -> f.line(MULT + "BBB.csv", LINE, l -> times(l, 3, 100)))
        .exit(PARTIAL).says("warning BBB").changes("BBB"));
    // ---- multiple prices
    c.add(multiple("multiple prices PRICE 0", 3, "0").exit(PARTIAL)
        .says("warning BBB", "multiple_prices_csv/BBB.csv line 301", "PRICE is 0.0", "carry",
            "data_defects.non_positive_price").changes("BBB"));
    c.add(multiple("multiple prices PRICE 0, non_positive_price: leave_out", 3, "0")
        .appending("data_defects: {non_positive_price: leave_out}\n").exit(PARTIAL)
        .says("left out BBB", "multiple_prices_csv/BBB.csv line 301", "PRICE is 0.0").computed("AAA", "CCC", "DDD"));
    c.add(multiple("multiple prices PRICE 0, non_positive_price: fail", 3, "0")
        .appending("data_defects: {non_positive_price: fail}\n").exit(ERROR)
        .says("BBB", "multiple_prices_csv/BBB.csv line 301", "PRICE is 0.0", "non_positive_price: fail"));
    c.add(multiple("multiple prices CARRY negative", 1, "-3.5").exit(PARTIAL)
        .says("warning BBB", "multiple_prices_csv/BBB.csv line 301", "CARRY is -3.5").changes("BBB"));
    c.add(multiple("multiple prices FORWARD infinite (inf)", 5, "inf").exit(PARTIAL)
        .says("warning BBB", "multiple_prices_csv/BBB.csv line 301", "FORWARD is Infinity").changes("BBB"));
    c.add(multiple("multiple prices PRICE negative on many days", 3, "-1")
        .mutate(f -> f.cell(MULT + "BBB.csv", 401, 3, "-2")).exit(PARTIAL)
        .says("warning BBB", "line 301", "PRICE is -1.0", "2 such rows").changes("BBB"));
    // ---- FX
    c.add(eurusd("FX rate 0", "0").exit(PARTIAL)
        .says("left out BBB", "fx_prices_csv/EURUSD.csv line 301", "is 0.0", "non_positive_fx_rate: leave_out")
        .computed("AAA", "CCC", "DDD"));
    c.add(eurusd("FX rate 0, non_positive_fx_rate: keep", "0")
        .appending("data_defects: {non_positive_fx_rate: keep}\n").exit(PARTIAL)
        .says("warning BBB", "fx_prices_csv/EURUSD.csv line 301", "positions").changes("BBB"));
    c.add(eurusd("FX rate 0, non_positive_fx_rate: fail", "0")
        .appending("data_defects: {non_positive_fx_rate: fail}\n").exit(ERROR)
        .says("BBB", "fx_prices_csv/EURUSD.csv line 301", "non_positive_fx_rate: fail"));
    c.add(eurusd("FX rate negative", "-1.1").exit(PARTIAL)
        .says("left out BBB", "fx_prices_csv/EURUSD.csv line 301", "is -1.1").computed("AAA", "CCC", "DDD"));
    c.add(eurusd("FX rate infinite (inf)", "inf").exit(PARTIAL)
        .says("left out BBB", "fx_prices_csv/EURUSD.csv line 301", "is Infinity").computed("AAA", "CCC", "DDD"));
    c.add(value("inverse FX rate 0 (USDJPY: JPY's value infinite)").mutate(f -> f.cell(FX + "USDJPY.csv", LINE, 1,
        "0")).exit(PARTIAL).says("left out CCC", "fx_prices_csv/USDJPY.csv line 301").computed("AAA", "BBB", "DDD"));
    c.add(eurusd("FX rate 0 with --allow-partial", "0").options("--allow-partial").exit(OK)
        .says("left out BBB", "EURUSD.csv line 301").computed("AAA", "CCC", "DDD"));
    c.add(value("FX file with every rate empty").mutate(f -> f.lines(FX + "EURUSD.csv", l -> {
      l.replaceAll(x -> x.startsWith("DATETIME") ? x : x.split(",")[0] + ",");
      return l;
    })).exit(PARTIAL).says("left out BBB", "no FX rate EURUSD for instrument BBB", "fx_prices_csv/EURUSD.csv line 2",
        "the rate has no value on any day (800 rows, all empty)").computed("AAA", "CCC", "DDD"));
    c.add(value("FX file with the header only").mutate(f -> f.write(FX + "EURUSD.csv", "DATETIME,PRICE\n"))
        .exit(PARTIAL)
        .says("left out BBB", "no FX rate EURUSD for instrument BBB", "the rate has no value on any day (no row)")
        .computed("AAA", "CCC", "DDD"));
    // ---- too short
    c.add(value("one-row adjusted prices file").mutate(f -> f.lines(ADJ + "BBB.csv",
        l -> new ArrayList<>(l.subList(0, 2)))).exit(PARTIAL)
        .says("left out BBB", "no valid subsystem position on any day", "1 row with a value",
            "data_defects.too_short: leave_out").computed("AAA", "CCC", "DDD"));
    c.add(value("one-row adjusted prices file, too_short: keep").mutate(f -> f.lines(ADJ + "BBB.csv",
        l -> new ArrayList<>(l.subList(0, 2)))).appending("data_defects: {too_short: keep}\n")
        .exit(PARTIAL).says("warning BBB", "no valid subsystem position on any day").changes("BBB").reweighted());
    c.add(value("one-row adjusted prices file, too_short: fail").mutate(f -> f.lines(ADJ + "BBB.csv",
        l -> new ArrayList<>(l.subList(0, 2)))).appending("data_defects: {too_short: fail}\n")
        .exit(ERROR).says("BBB", "no valid subsystem position on any day", "too_short: fail"));
    c.add(value("5-row price files").mutate(f -> f.lines(ADJ + "BBB.csv", l -> new ArrayList<>(l.subList(0, 6))))
        .mutate(f -> f.lines(MULT + "BBB.csv", l -> new ArrayList<>(l.subList(0, 6)))).exit(PARTIAL)
        .says("left out BBB", "5 rows with a value").computed("AAA", "CCC", "DDD"));
    c.add(value("adjusted prices all empty").mutate(f -> f.lines(ADJ + "BBB.csv", l -> {
      l.replaceAll(x -> x.startsWith("DATETIME") ? x : x.split(",")[0] + ",");
      return l;
    })).exit(PARTIAL).says("left out BBB", "no valid adjusted prices").computed("AAA", "CCC", "DDD"));
    c.add(value("multiple prices PRICE all empty").mutate(f -> f.lines(MULT + "BBB.csv", l -> {
      l.replaceAll(x -> {
        String[] p = x.split(",", -1);
        if (!x.startsWith("DATETIME")) {
          p[3] = "";
        }
        return String.join(",", p);
      });
      return l;
    })).exit(PARTIAL).says("left out BBB", "the multiple prices have no PRICE value (800 rows, all empty)",
        "no contract price").computed("AAA", "CCC", "DDD"));
    // ---- costs
    c.add(value("no spreadcosts.csv").mutate(f -> f.delete(CFG + "spreadcosts.csv")).exit(PARTIAL)
        .says("warning AAA", "warning DDD", "spreadcosts.csv", "the file does not exist, so 0 is used",
            "data_defects.missing_spread_cost").changes("AAA", "BBB", "CCC", "DDD"));
    c.add(value("no spreadcosts.csv row for the instrument").mutate(f -> f.lines(CFG + "spreadcosts.csv", l -> {
      l.removeIf(x -> x.startsWith("BBB,"));
      return l;
    })).exit(PARTIAL).says("warning BBB", "no row for BBB, so 0 is used").changes("BBB"));
    c.add(value("empty spread cost").mutate(f -> f.cell(CFG + "spreadcosts.csv", 3, 1, "")).exit(PARTIAL)
        .says("warning BBB", "spreadcosts.csv line 3", "empty SpreadCost for BBB").changes("BBB"));
    c.add(value("empty spread cost, missing_spread_cost: leave_out").mutate(f -> f.cell(CFG + "spreadcosts.csv", 3, 1,
        "")).appending("data_defects: {missing_spread_cost: leave_out}\n").exit(PARTIAL)
        .says("left out BBB", "spreadcosts.csv line 3").computed("AAA", "CCC", "DDD"));
    c.add(value("empty spread cost, missing_spread_cost: fail").mutate(f -> f.cell(CFG + "spreadcosts.csv", 3, 1,
        "")).appending("data_defects: {missing_spread_cost: fail}\n").exit(ERROR)
        .says("BBB", "spreadcosts.csv line 3", "missing_spread_cost: fail"));
    c.add(value("negative spread cost").mutate(f -> f.cell(CFG + "spreadcosts.csv", 3, 1, "-0.5")).exit(PARTIAL)
        .says("left out BBB", "spreadcosts.csv line 3", "SpreadCost must be zero or positive", "-0.5")
        .computed("AAA", "CCC", "DDD"));
    c.add(value("empty PerBlock commission").mutate(f -> f.cell(CFG + "instrumentconfig.csv", 3, 5, "")).exit(PARTIAL)
        .says("warning BBB", "instrumentconfig.csv line 3 (BBB): empty PerBlock, so a commission of 0 is used",
            "data_defects.missing_commission").changes("BBB"));
    c.add(value("empty PerBlock commission, missing_commission: leave_out").mutate(f -> f.cell(CFG
        + "instrumentconfig.csv", 3, 5, "")).appending("data_defects: {missing_commission: leave_out}\n")
        .exit(PARTIAL).says("left out BBB", "empty PerBlock", "missing_commission: leave_out")
        .computed("AAA", "CCC", "DDD"));
    c.add(value("no commission columns in instrumentconfig.csv").mutate(f -> f.lines(CFG + "instrumentconfig.csv",
        l -> {
          l.replaceAll(x -> {
            String[] p = x.split(",", -1);
            return String.join(",", p[0], p[1], p[2], p[3], p[4], p[8]);
          });
          return l;
        })).exit(PARTIAL).says("warning AAA", "warning DDD", "no PerBlock column, no Percentage column, no PerTrade "
        + "column, so a commission of 0 is used").changes("AAA", "BBB", "CCC", "DDD"));
    c.add(value("negative PerBlock commission").mutate(f -> f.cell(CFG + "instrumentconfig.csv", 3, 5, "-1.5"))
        .exit(PARTIAL).says("left out BBB", "instrumentconfig.csv line 3").computed("AAA", "CCC", "DDD"));
    // ---- instrument configuration
    c.add(value("empty Pointsize").mutate(f -> f.cell(CFG + "instrumentconfig.csv", 3, 2, "")).exit(PARTIAL)
        .says("left out BBB", "instrumentconfig.csv line 3 (BBB): empty Pointsize").computed("AAA", "CCC", "DDD"));
    c.add(value("Pointsize 0").mutate(f -> f.cell(CFG + "instrumentconfig.csv", 3, 2, "0")).exit(PARTIAL)
        .says("left out BBB", "instrumentconfig.csv line 3").computed("AAA", "CCC", "DDD"));
    c.add(value("Pointsize negative").mutate(f -> f.cell(CFG + "instrumentconfig.csv", 3, 2, "-10")).exit(PARTIAL)
        .says("left out BBB", "instrumentconfig.csv line 3").computed("AAA", "CCC", "DDD"));
    c.add(value("empty Currency").mutate(f -> f.cell(CFG + "instrumentconfig.csv", 3, 3, "")).exit(PARTIAL)
        .says("left out BBB", "instrumentconfig.csv line 3").computed("AAA", "CCC", "DDD"));
    c.add(value("Currency in lower case (eur)").mutate(f -> f.cell(CFG + "instrumentconfig.csv", 3, 3, "eur"))
        .exit(PARTIAL).says("left out BBB", "eur").computed("AAA", "CCC", "DDD"));
    c.add(value("Currency not a currency code (EURO)").mutate(f -> f.cell(CFG + "instrumentconfig.csv", 3, 3, "EURO"))
        .exit(PARTIAL).says("left out BBB", "EURO").computed("AAA", "CCC", "DDD"));
    Case.pysystemtrade(c,
        "adjusted price 0 on one day", "computes with it, without a word",
        "adjusted price infinite (inf)", "computes with it, without a word",
        "multiple prices PRICE 0", "computes with it, without a word",
        "multiple prices CARRY negative", "computes with it, without a word",
        "FX rate 0", "computes with it: positions infinite where the rate is 0, without a word",
        "FX rate 0, non_positive_fx_rate: keep", "computes with it: positions infinite where the rate is 0, without "
            + "a word",
        "one-row adjusted prices file", "keeps the instrument, all NaN; the others' weights are renormalised "
            + "without it",
        "one-row adjusted prices file, too_short: keep", "keeps the instrument, all NaN; the others' weights are "
            + "renormalised without it",
        "adjusted prices all empty", "keeps the instrument, all NaN",
        "no spreadcosts.csv", "uses 0, without a word",
        "no spreadcosts.csv row for the instrument", "uses 0, without a word",
        "empty spread cost", "uses 0, without a word");
    return c;
  }

  /** A CSV line with one numeric cell multiplied. */
  private static String times(String line, int column, double factor) {
    String[] p = line.split(",", -1);
    p[column] = String.valueOf(Double.parseDouble(p[column]) * factor);
    return String.join(",", p);
  }
}
