package org.pystrade.examples.reliability;

import static org.pystrade.examples.reliability.Case.ERROR;
import static org.pystrade.examples.reliability.Case.OK;
import static org.pystrade.examples.reliability.Case.PARTIAL;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.zip.GZIPOutputStream;

/** Missing, empty, malformed or oddly encoded files of the data folder. */
class DataFileCasesTest extends CaseSuite {

  static final String ADJ = "data/adjusted_prices_csv/";
  static final String MULT = "data/multiple_prices_csv/";
  static final String FX = "data/fx_prices_csv/";
  static final String CFG = "data/csvconfig/";

  private static Case data(String name) {
    return Case.of(Case.Group.DATA_FILES, name);
  }

  @Override
  List<Case> cases() {
    return all();
  }

  static List<Case> all() {
    List<Case> c = new ArrayList<>();
    // ---- missing files and folders
    c.add(data("adjusted prices file missing").mutate(f -> f.delete(ADJ + "BBB.csv"))
        .exit(PARTIAL).says("left out BBB: unknown instrument BBB: no adjusted prices file BBB.csv[.gz] in",
            "adjusted_prices_csv; known instruments: [AAA, CCC, DDD]")
        .computed("AAA", "CCC", "DDD"));
    c.add(data("multiple prices file missing").mutate(f -> f.delete(MULT + "BBB.csv"))
        .exit(PARTIAL).says("left out BBB: no multiple prices file for instrument BBB: looked for",
            "multiple_prices_csv/BBB.csv and .csv.gz; instruments with multiple prices: [AAA, CCC, DDD]")
        .computed("AAA", "CCC", "DDD"));
    c.add(data("FX file of the instrument's currency missing").mutate(f -> f.delete(FX + "EURUSD.csv"))
        .exit(PARTIAL).says("left out BBB", "no FX rate EURUSD for instrument BBB: no FX rate for currency EUR: no "
            + "file EURUSD.csv[.gz] or USDEUR.csv[.gz]")
        .computed("AAA", "CCC", "DDD"));
    c.add(data("inverse FX file missing (USDJPY)").mutate(f -> f.delete(FX + "USDJPY.csv"))
        .exit(PARTIAL).says("left out CCC", "no FX rate for currency JPY: no file JPYUSD.csv[.gz] or USDJPY.csv[.gz]")
        .computed("AAA", "BBB", "DDD"));
    c.add(data("whole fx_prices_csv folder missing").mutate(f -> {
      f.delete(FX + "EURUSD.csv");
      f.delete(FX + "USDJPY.csv");
      f.delete("data/fx_prices_csv");
    }).exit(PARTIAL).says("left out BBB", "left out CCC", "no FX rate for currency EUR", "no FX rate for currency JPY")
        .computed("AAA", "DDD"));
    c.add(data("whole multiple_prices_csv folder missing").mutate(f -> {
      for (String code : Fixture.INSTRUMENTS) {
        f.delete(MULT + code + ".csv");
      }
      f.delete("data/multiple_prices_csv");
    }).exit(ERROR).says("no instrument of the system has usable data",
        "AAA: no multiple prices file for instrument AAA", "DDD: no multiple prices file for instrument DDD"));
    c.add(data("csvconfig/instrumentconfig.csv missing").mutate(f -> f.delete(CFG + "instrumentconfig.csv"))
        .exit(ERROR).says("no instrument of the system has usable data", "AAA, BBB, CCC, DDD: file not found",
            "csvconfig/instrumentconfig.csv"));
    c.add(data("instrument not in instrumentconfig.csv").mutate(f -> f.lines(CFG + "instrumentconfig.csv", l -> {
      l.removeIf(x -> x.startsWith("BBB,"));
      return l;
    })).exit(PARTIAL).says("left out BBB: unknown instrument BBB: not in",
        "instrumentconfig.csv; configured instruments: [AAA, CCC, DDD, ZZZ]").computed("AAA", "CCC", "DDD"));
    c.add(data("instrument twice in instrumentconfig.csv").mutate(f -> f.lines(CFG + "instrumentconfig.csv", l -> {
      l.add(l.get(2));
      return l;
    })).exit(PARTIAL).says("left out BBB", "instrumentconfig.csv", "appears on lines 3 and 7")
        .computed("AAA", "CCC", "DDD"));
    c.add(data("spreadcosts.csv and rollconfig.csv missing").mutate(f -> {
      f.delete(CFG + "spreadcosts.csv");
      f.delete(CFG + "rollconfig.csv");
    }).exit(PARTIAL).says("warning AAA", "spreadcosts.csv", "0 is used").changes("AAA", "BBB", "CCC", "DDD"));
    // ---- empty or headless files
    c.add(data("adjusted prices file empty (0 bytes)").mutate(f -> f.write(ADJ + "BBB.csv", ""))
        .exit(PARTIAL).says("left out BBB", "BBB.csv", "empty file").computed("AAA", "CCC", "DDD"));
    c.add(data("adjusted prices file with the header only").mutate(f -> f.write(ADJ + "BBB.csv", "DATETIME,price\n"))
        .exit(PARTIAL).says("left out BBB", "instrument BBB has no valid adjusted prices (no row)")
        .computed("AAA", "CCC", "DDD"));
    c.add(data("multiple prices file with the header only").mutate(f -> f.lines(MULT + "BBB.csv",
        l -> new ArrayList<>(l.subList(0, 1))))
        .exit(PARTIAL).says("left out BBB", "the multiple prices have no PRICE value (no row)",
            "data_defects.too_short").computed("AAA", "CCC", "DDD"));
    c.add(data("FX file empty").mutate(f -> f.write(FX + "EURUSD.csv", ""))
        .exit(PARTIAL).says("left out BBB", "empty file or missing header line", "EURUSD.csv")
        .computed("AAA", "CCC", "DDD"));
    c.add(data("instrumentconfig.csv empty").mutate(f -> f.write(CFG + "instrumentconfig.csv", ""))
        .exit(ERROR).says("AAA, BBB, CCC, DDD: empty file or missing header line", "instrumentconfig.csv"));
    // ---- headers
    c.add(data("adjusted prices: wrong header (DATE,price)").mutate(f -> f.line(ADJ + "BBB.csv", 1,
        l -> "DATE,price")).exit(PARTIAL).says("left out BBB", "missing column DATETIME", "BBB.csv")
        .computed("AAA", "CCC", "DDD"));
    c.add(data("multiple prices: column FORWARD_CONTRACT missing").mutate(f -> f.lines(MULT + "BBB.csv", l -> {
      l.replaceAll(x -> x.substring(0, x.lastIndexOf(',')));
      return l;
    })).exit(PARTIAL).says("left out BBB", "missing column FORWARD_CONTRACT", "BBB.csv")
        .computed("AAA", "CCC", "DDD"));
    c.add(data("adjusted prices: an extra column").mutate(f -> f.lines(ADJ + "BBB.csv", l -> {
      l.replaceAll(x -> x + (x.startsWith("DATETIME") ? ",volume" : ",1"));
      return l;
    })).exit(PARTIAL).says("left out BBB", "adjusted_prices_csv/BBB.csv must have 2 columns (DATETIME and the price) "
        + "but has columns DATETIME and [price, volume]").computed("AAA", "CCC", "DDD"));
    c.add(data("multiple prices: an extra column").mutate(f -> f.lines(MULT + "BBB.csv", l -> {
      l.replaceAll(x -> x + (x.startsWith("DATETIME") ? ",VOLUME" : ",1"));
      return l;
    })).exit(OK));
    c.add(data("multiple prices: columns in another order").mutate(f -> f.lines(MULT + "BBB.csv", l -> {
      l.replaceAll(x -> {
        String[] p = x.split(",", -1);
        return String.join(",", p[0], p[3], p[4], p[1], p[2], p[5], p[6]);
      });
      return l;
    })).exit(OK));
    c.add(data("instrumentconfig.csv without the Currency column").mutate(f -> f.lines(CFG + "instrumentconfig.csv",
        l -> {
          l.replaceAll(x -> x.replaceFirst(",(USD|EUR|JPY|Currency),", ","));
          return l;
        })).exit(ERROR).says("AAA, BBB, CCC, DDD: missing column Currency in header of",
            "instrumentconfig.csv (line 1)"));
    c.add(data("FX file: wrong column name (RATE)").mutate(f -> f.line(FX + "EURUSD.csv", 1, l -> "DATETIME,RATE"))
        .exit(PARTIAL).says("left out BBB", "missing column PRICE in header of", "EURUSD.csv (line 1)")
        .computed("AAA", "CCC", "DDD"));
    c.add(data("instrumentconfig.csv: an unterminated quote").mutate(f -> f.line(CFG + "instrumentconfig.csv", 3,
        l -> l.replace("\"Test future BBB\"", "\"Test future BBB"))).exit(ERROR)
        .says("AAA, BBB, CCC, DDD: ", "instrumentconfig.csv line 3: unterminated quote in 'BBB,\"Test future BBB,10"));
    c.add(data("spreadcosts.csv: unparsable value").mutate(f -> f.cell(CFG + "spreadcosts.csv", 3, 1, "half"))
        .exit(PARTIAL).says("left out BBB", "spreadcosts.csv line 3: unparsable number 'half' in column SpreadCost")
        .computed("AAA", "CCC", "DDD"));
    c.add(data("rollconfig.csv: an invalid roll cycle").mutate(f -> f.cell(CFG + "rollconfig.csv", 3, 1, "HMUZA"))
        .exit(PARTIAL).says("left out BBB", "rollconfig.csv line 3 (BBB): invalid roll configuration: roll cycle "
            + "'HMUZA' has 'A', which is not a futures month letter (FGHJKMNQUVXZ)")
        .computed("AAA", "CCC", "DDD"));
    c.add(data("rollconfig.csv: RollOffsetDays not a whole number").mutate(f -> f.cell(CFG + "rollconfig.csv", 3, 2,
        "-5.5")).exit(PARTIAL).says("left out BBB", "rollconfig.csv line 3 (BBB)",
        "RollOffsetDays must be a whole number of days but was -5.5").computed("AAA", "CCC", "DDD"));
    // ---- rows
    c.add(data("adjusted prices: a row with too many cells").mutate(f -> f.line(ADJ + "BBB.csv", 301, l -> l + ",7"))
        .exit(PARTIAL).says("left out BBB", "BBB.csv line 301", "expected 2 columns but found 3")
        .computed("AAA", "CCC", "DDD"));
    c.add(data("multiple prices: a row with too few cells").mutate(f -> f.line(MULT + "BBB.csv", 301,
        l -> l.substring(0, l.lastIndexOf(',')))).exit(PARTIAL)
        .says("left out BBB", "BBB.csv line 301", "expected 7 columns but found 6")
        .computed("AAA", "CCC", "DDD"));
    c.add(data("instrumentconfig.csv: a row with too few cells").mutate(f -> f.line(CFG + "instrumentconfig.csv", 3,
        l -> l.substring(0, l.lastIndexOf(','))))
        .exit(ERROR).says("AAA, BBB, CCC, DDD: ", "instrumentconfig.csv line 3: expected 9 columns but found 8"));
    c.add(data("adjusted prices: unparsable number").mutate(f -> f.cell(ADJ + "BBB.csv", 301, 1, "12.5x"))
        .exit(PARTIAL).says("left out BBB", "BBB.csv line 301: unparsable number '12.5x'")
        .computed("AAA", "CCC", "DDD"));
    c.add(data("multiple prices: unparsable PRICE").mutate(f -> f.cell(MULT + "BBB.csv", 301, 3, "abc"))
        .exit(PARTIAL).says("left out BBB", "BBB.csv line 301", "'abc'").computed("AAA", "CCC", "DDD"));
    c.add(data("multiple prices: unparsable contract id").mutate(f -> f.cell(MULT + "BBB.csv", 301, 4, "2017O300"))
        .exit(PARTIAL).says("left out BBB", "BBB.csv line 301", "'2017O300'").computed("AAA", "CCC", "DDD"));
    c.add(data("FX: unparsable rate").mutate(f -> f.cell(FX + "EURUSD.csv", 301, 1, "1.1.2"))
        .exit(PARTIAL).says("left out BBB", "EURUSD.csv line 301", "'1.1.2'").computed("AAA", "CCC", "DDD"));
    c.add(data("instrumentconfig.csv: unparsable Pointsize").mutate(f -> f.cell(CFG + "instrumentconfig.csv", 3, 2,
        "ten")).exit(PARTIAL).says("left out BBB", "instrumentconfig.csv line 3", "'ten'", "Pointsize")
        .computed("AAA", "CCC", "DDD"));
    c.add(data("adjusted prices: unparsable date").mutate(f -> f.cell(ADJ + "BBB.csv", 301, 0, "2017-02-30 23:00:00"))
        .exit(PARTIAL).says("left out BBB", "BBB.csv line 301", "'2017-02-30 23:00:00'")
        .computed("AAA", "CCC", "DDD"));
    c.add(data("multiple prices: empty date").mutate(f -> f.cell(MULT + "BBB.csv", 301, 0, ""))
        .exit(PARTIAL).says("left out BBB", "BBB.csv line 301: unparsable date-time ''")
        .computed("AAA", "CCC", "DDD"));
    c.add(data("blank lines between rows").mutate(f -> f.lines(ADJ + "BBB.csv", l -> {
      l.add(300, "");
      l.add(100, "");
      return l;
    }).lines(MULT + "BBB.csv", l -> {
      l.add(200, "");
      return l;
    })).exit(OK));
    c.add(data("CRLF line endings").mutate(f -> {
      for (String file : List.of(ADJ + "BBB.csv", MULT + "BBB.csv", FX + "EURUSD.csv", CFG + "instrumentconfig.csv")) {
        f.write(file, f.read(file).replace("\n", "\r\n"));
      }
    }).exit(OK));
    c.add(data("UTF-8 byte order mark").mutate(f -> {
      for (String file : List.of(ADJ + "BBB.csv", MULT + "BBB.csv", FX + "EURUSD.csv", CFG + "instrumentconfig.csv")) {
        f.write(file, "\uFEFF" + f.read(file));
      }
    }).exit(OK));
    c.add(data("no newline at the end of the file").mutate(f -> f.write(ADJ + "BBB.csv",
        f.read(ADJ + "BBB.csv").stripTrailing())).exit(OK));
    // ---- compression and file kinds
    c.add(data("gzipped files (NAME.csv.gz)").mutate(f -> {
      f.gzip(ADJ + "BBB.csv");
      f.gzip(MULT + "BBB.csv");
      f.gzip(FX + "EURUSD.csv");
    }).exit(OK));
    c.add(data("truncated gzip").mutate(f -> {
      f.gzip(ADJ + "BBB.csv");
      byte[] gz = bytes(f, ADJ + "BBB.csv.gz");
      f.writeBytes(ADJ + "BBB.csv.gz", java.util.Arrays.copyOf(gz, gz.length / 2));
    }).exit(PARTIAL).says("left out BBB", "corrupt gzip file", "BBB.csv.gz: truncated").computed("AAA", "CCC", "DDD"));
    c.add(data("plain text named .csv.gz").mutate(f -> {
      f.write(ADJ + "BBB.csv.gz", f.read(ADJ + "BBB.csv"));
      f.delete(ADJ + "BBB.csv");
    }).exit(OK).note("read as the plain text it is"));
    c.add(data("both NAME.csv and NAME.csv.gz").mutate(f -> {
      f.writeBytes(ADJ + "BBB.csv.gz", gzip("DATETIME,price\n2016-01-04 23:00:00,1\n"));
    }).exit(OK).logs("both", "BBB.csv"));
    c.add(data("a folder where the adjusted prices file should be").mutate(f -> {
      f.delete(ADJ + "BBB.csv");
      mkdir(f, ADJ + "BBB.csv");
    }).exit(PARTIAL).says("left out BBB", "adjusted_prices_csv/BBB.csv is a folder, not a data file")
        .computed("AAA", "CCC", "DDD"));
    c.add(data("a folder where the multiple prices file should be").mutate(f -> {
      f.delete(MULT + "BBB.csv");
      mkdir(f, MULT + "BBB.csv");
    }).exit(PARTIAL).says("left out BBB", "multiple_prices_csv/BBB.csv is a folder, not a data file")
        .computed("AAA", "CCC", "DDD"));
    c.add(data("a folder where instrumentconfig.csv should be").mutate(f -> {
      f.delete(CFG + "instrumentconfig.csv");
      mkdir(f, CFG + "instrumentconfig.csv");
    }).exit(ERROR).says("AAA, BBB, CCC, DDD: ", "csvconfig/instrumentconfig.csv is a folder, not a CSV file"));
    c.add(data("unreadable adjusted prices file").skipIf(Case::readsEverything,
        "run as root: every file is readable").mutate(f -> chmod(f, ADJ + "BBB.csv", "-w-------"))
        .exit(PARTIAL).says("left out BBB", "adjusted_prices_csv/BBB.csv").computed("AAA", "CCC", "DDD"));
    // ---- number and timestamp forms: what pandas' C parser reads, and nothing more
    c.add(data("adjusted prices: a Java float suffix (973.0d)").mutate(f -> f.line(ADJ + "BBB.csv", 301,
        l -> l + "d")).exit(PARTIAL).says("left out BBB", "BBB.csv line 301: unparsable number '", "d'")
        .computed("AAA", "CCC", "DDD"));
    c.add(data("adjusted prices: a hexadecimal number (0x1.7p9)").mutate(f -> f.cell(ADJ + "BBB.csv", 301, 1,
        "0x1.7p9")).exit(PARTIAL).says("left out BBB", "BBB.csv line 301: unparsable number '0x1.7p9'")
        .computed("AAA", "CCC", "DDD"));
    c.add(data("adjusted prices: digits grouped with underscores (1_838.25)").mutate(f -> f.cell(ADJ + "BBB.csv", 301,
        1, "1_838.25")).exit(PARTIAL).says("left out BBB", "BBB.csv line 301: unparsable number '1_838.25'")
        .computed("AAA", "CCC", "DDD"));
    c.add(data("adjusted prices: an exponent past 308 (1e999)").mutate(f -> f.cell(ADJ + "BBB.csv", 301, 1,
        "1e999")).exit(PARTIAL).says("left out BBB", "BBB.csv line 301: unparsable number '1e999'")
        .computed("AAA", "CCC", "DDD"));
    c.add(data("multiple prices: Infinity as a contract id").mutate(f -> f.cell(MULT + "BBB.csv", 301, 4,
        "Infinity")).exit(PARTIAL).says("left out BBB", "BBB.csv line 301: PRICE_CONTRACT Infinity is not a contract "
            + "id (an eight-digit YYYYMMDD number, month 01-12").computed("AAA", "CCC", "DDD"));
    c.add(data("multiple prices: contract id of month 13").mutate(f -> f.cell(MULT + "BBB.csv", 301, 6,
        "20171300")).exit(PARTIAL).says("left out BBB", "BBB.csv line 301: FORWARD_CONTRACT 20171300 is not a "
            + "contract id").computed("AAA", "CCC", "DDD"));
    c.add(data("adjusted prices: white space around a number").mutate(f -> f.line(ADJ + "BBB.csv", 301,
        l -> l.replace(",", ", ") + " ")).exit(OK).note("pandas skips white space around a number, as pystrade"));
    c.add(data("adjusted prices: a date without its time").mutate(f -> f.line(ADJ + "BBB.csv", 301,
        l -> l.replace(" 23:00:00", ""))).exit(PARTIAL).says("left out BBB", "BBB.csv line 301: unparsable date-time "
            + "'2017-02-24'", "%Y-%m-%d %H:%M:%S").computed("AAA", "CCC", "DDD"));
    c.add(data("adjusted prices: text after the time (23:00:00garbage)").mutate(f -> f.line(ADJ + "BBB.csv", 301,
        l -> l.replace(" 23:00:00", " 23:00:00garbage"))).exit(PARTIAL)
        .says("left out BBB", "BBB.csv line 301: unparsable date-time '2017-02-24 23:00:00garbage'")
        .computed("AAA", "CCC", "DDD"));
    c.add(data("adjusted prices: a time zone offset (+05:00)").mutate(f -> f.line(ADJ + "BBB.csv", 301,
        l -> l.replace(" 23:00:00", " 23:00:00+05:00"))).exit(PARTIAL)
        .says("left out BBB", "BBB.csv line 301: unparsable date-time '2017-02-24 23:00:00+05:00'")
        .computed("AAA", "CCC", "DDD"));
    c.add(data("multiple prices: the ISO T between date and time").mutate(f -> f.line(MULT + "BBB.csv", 301,
        l -> l.replace(" 23:00:00", "T23:00:00"))).exit(PARTIAL)
        .says("left out BBB", "BBB.csv line 301: unparsable date-time '2017-02-24T23:00:00'")
        .computed("AAA", "CCC", "DDD"));
    c.add(data("FX: a year past pandas' nanosecond range (2300)").mutate(f -> f.line(FX + "EURUSD.csv", 301,
        l -> "2300" + l.substring(4))).exit(PARTIAL).says("left out BBB", "EURUSD.csv line 301", "'2300-")
        .computed("AAA", "CCC", "DDD"));
    c.add(data("instrumentconfig.csv: a hexadecimal Pointsize").mutate(f -> f.cell(CFG + "instrumentconfig.csv", 3,
        2, "0xA")).exit(PARTIAL).says("left out BBB", "instrumentconfig.csv line 3", "'0xA'", "Pointsize")
        .computed("AAA", "CCC", "DDD"));
    // ---- row order
    c.add(data("adjusted prices: two rows swapped").mutate(f -> f.lines(ADJ + "BBB.csv", l -> {
      Collections.swap(l, 300, 301);
      return l;
    })).exit(OK).logs("BBB.csv line 302: ", "is earlier than", "on line 301; rows sorted by time"));
    c.add(data("multiple prices: two rows swapped").mutate(f -> f.lines(MULT + "BBB.csv", l -> {
      Collections.swap(l, 300, 301);
      return l;
    })).exit(PARTIAL).says("left out BBB", "BBB.csv line 302", "rows out of time order")
        .computed("AAA", "CCC", "DDD"));
    c.add(data("FX: two rows swapped").mutate(f -> f.lines(FX + "EURUSD.csv", l -> {
      Collections.swap(l, 300, 301);
      return l;
    })).exit(OK).logs("EURUSD.csv line 302: ", "is earlier than", "on line 301; rows sorted by time"));
    c.add(data("adjusted prices: a row repeated with the same value").mutate(f -> f.lines(ADJ + "BBB.csv", l -> {
      l.add(301, l.get(300));
      return l;
    })).exit(OK).logs("BBB.csv line 302: timestamp", "repeats line 301; 1 repeated timestamp merged"));
    c.add(data("adjusted prices: a timestamp repeated with another value").mutate(f -> f.lines(ADJ + "BBB.csv",
        l -> {
          String[] p = l.get(300).split(",");
          l.add(301, p[0] + "," + (Double.parseDouble(p[1]) + 1));
          return l;
        })).exit(PARTIAL).logs("BBB.csv line 302: timestamp", "repeats line 301; 1 repeated timestamp merged")
        .says("warning BBB", "adjusted_prices_csv/BBB.csv line 301", "adjusted_price_mismatch").changes("BBB")
        .note("the last value is kept, as pandas' groupby().last() keeps it; it then disagrees with the contract "
            + "price"));
    c.add(data("multiple prices: a row repeated with the same values").mutate(f -> f.lines(MULT + "BBB.csv", l -> {
      l.add(301, l.get(300));
      return l;
    })).exit(OK));
    c.add(data("multiple prices: a timestamp repeated with other values").mutate(f -> f.lines(MULT + "BBB.csv",
        l -> {
          l.add(301, l.get(300).replaceFirst(",([0-9.]+),", ",1.5,"));
          return l;
        })).exit(PARTIAL).says("left out BBB", "multiple_prices_csv/BBB.csv line 302: timestamp 2017-02-24 23:00:00 "
            + "repeats line 301 with a different CARRY (1.5 vs 1838.25)").computed("AAA", "CCC", "DDD"));
    c.add(data("FX: a timestamp repeated with another rate").mutate(f -> f.lines(FX + "EURUSD.csv", l -> {
      l.add(301, l.get(300).split(",")[0] + ",9.99");
      return l;
    })).exit(PARTIAL).says("left out BBB", "EURUSD.csv line 302: timestamp 2017-02-24 repeats line 301 with a "
        + "different PRICE (9.99 vs").computed("AAA", "CCC", "DDD"));
    // ---- missing values
    c.add(data("adjusted prices: an empty cell").mutate(f -> f.cell(ADJ + "BBB.csv", 301, 1, ""))
        .exit(OK).differs("BBB"));
    c.add(data("adjusted prices: NaN").mutate(f -> f.cell(ADJ + "BBB.csv", 301, 1, "NaN"))
        .exit(OK).differs("BBB"));
    c.add(data("multiple prices: empty CARRY").mutate(f -> f.cell(MULT + "BBB.csv", 301, 1, ""))
        .exit(OK).differs("BBB"));
    c.add(data("multiple prices: empty PRICE").mutate(f -> f.cell(MULT + "BBB.csv", 301, 3, ""))
        .exit(OK).differs("BBB"));
    c.add(data("FX: an empty rate").mutate(f -> f.cell(FX + "EURUSD.csv", 301, 1, ""))
        .exit(OK).differs("BBB"));
    c.add(data("unknown currency code in instrumentconfig.csv").mutate(f -> f.cell(CFG + "instrumentconfig.csv", 3,
        3, "EUX")).exit(PARTIAL).says("left out BBB", "no FX rate for currency EUX").computed("AAA", "CCC", "DDD"));
    Case.pysystemtrade(c,
        "multiple prices: Infinity as a contract id", "computes the carry from the id's digits: inf gives NaN carry",
        "multiple prices: contract id of month 13", "computes the carry from the digits: a year and a month of 13/12",
        "spreadcosts.csv: unparsable value", "pandas reads the column as text: every instrument's cost fails",
        "instrumentconfig.csv: unparsable Pointsize", "pandas reads the column as text: every instrument fails",
        "adjusted prices: a hexadecimal number (0x1.7p9)", "pandas reads the column as text; the system fails",
        "adjusted prices: a date without its time", "stops: pd.to_datetime(format='%Y-%m-%d %H:%M:%S') raises",
        "adjusted prices file missing", "logs \"Can't find adjusted price file\", reads empty prices, then stops: "
            + "\"No adjusted daily prices for BBB\"",
        "adjusted prices file with the header only", "stops: \"No adjusted daily prices for BBB\"",
        "multiple prices file missing", "logs \"Can't find multiple price file\" and reads empty multiple prices",
        "FX file of the instrument's currency missing", "logs \"Can't find currency price file\" and reads an empty "
            + "rate",
        "adjusted prices: wrong header (DATE,price)", "stops: pd_readcsv's df['DATETIME'] raises KeyError",
        "adjusted prices: an extra column", "stops: setting the columns to ['price'] fails (length mismatch)",
        "adjusted prices: unparsable date", "stops: pd.to_datetime(format='%Y-%m-%d %H:%M:%S') raises",
        "multiple prices: columns in another order", "reads the columns by name, as pystrade",
        "blank lines between rows", "pandas skips blank lines, as pystrade",
        "CRLF line endings", "pandas reads them, as pystrade",
        "gzipped files (NAME.csv.gz)", "reads NAME.csv only: a gzipped file is not found",
        "adjusted prices: two rows swapped", "groupby(level=0).last() sorts the rows, as pystrade",
        "multiple prices: two rows swapped", "reads the rows in file order (not sorted)",
        "FX: two rows swapped", "sort_index() sorts the rows, as pystrade",
        "adjusted prices: a timestamp repeated with another value", "groupby(level=0).last() keeps the last "
            + "non-NaN value, silently",
        "FX: a timestamp repeated with another rate", "sort_index() keeps both rows; aligning the rate with the "
            + "prices later fails",
        "adjusted prices: an empty cell", "NaN, as pystrade",
        "multiple prices: empty PRICE", "NaN, as pystrade");
    return c;
  }

  static byte[] bytes(Fixture f, String relative) {
    try {
      return Files.readAllBytes(f.path(relative));
    } catch (IOException ex) {
      throw new UncheckedIOException(ex);
    }
  }

  static byte[] gzip(String text) {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (GZIPOutputStream out = new GZIPOutputStream(bytes)) {
      out.write(text.getBytes(StandardCharsets.UTF_8));
    } catch (IOException ex) {
      throw new UncheckedIOException(ex);
    }
    return bytes.toByteArray();
  }

  static void mkdir(Fixture f, String relative) {
    try {
      Files.createDirectories(f.path(relative));
    } catch (IOException ex) {
      throw new UncheckedIOException(ex);
    }
  }

  static void chmod(Fixture f, String relative, String permissions) {
    try {
      Files.setPosixFilePermissions(f.path(relative), PosixFilePermissions.fromString(permissions));
    } catch (IOException ex) {
      throw new UncheckedIOException(ex);
    }
  }
}
