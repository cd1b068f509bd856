package org.pystrade.examples.reliability;

import static org.pystrade.examples.reliability.Case.ERROR;
import static org.pystrade.examples.reliability.Case.MISMATCH;
import static org.pystrade.examples.reliability.Case.OK;
import static org.pystrade.examples.reliability.Case.PARTIAL;
import static org.pystrade.examples.reliability.Case.USAGE;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Function;

/** Options, paths and compare's golden folders. */
class CommandLineCasesTest extends CaseSuite {

  private static Case cli(String name) {
    return Case.of(Case.Group.COMMAND_LINE, name);
  }

  @Override
  List<Case> cases() {
    return all();
  }

  /** {@code command --config C --data D --cache none --progress none} and more. */
  static List<String> line(String command, Case.Paths p, String... more) {
    List<String> args = new ArrayList<>(List.of(command, "--config", p.fixture().config().toString(), "--data",
        p.fixture().data().toString(), "--cache", "none", "--progress", "none"));
    args.addAll(Arrays.asList(more));
    return args;
  }

  /** A command line of fixed words ({@code DATA}, {@code CONFIG}, {@code OUT}, {@code WORK} replaced by paths). */
  static Function<Case.Paths, List<String>> words(String... words) {
    return p -> {
      List<String> args = new ArrayList<>();
      for (String w : words) {
        args.add(w.replace("DATA", p.fixture().data().toString()).replace("CONFIG", p.fixture().config().toString())
            .replace("OUT", p.out().toString()).replace("WORK", p.work().toString()));
      }
      return args;
    };
  }

  /** compare against a copy of the clean export, edited first. */
  static Function<Case.Paths, List<String>> compare(GoldenEdit edit, String... more) {
    return p -> {
      Path golden = Reference.copyExport(p.work().resolve("golden"));
      try {
        edit.apply(golden);
      } catch (IOException ex) {
        throw new UncheckedIOException(ex);
      }
      List<String> args = line("compare", p, "--golden", golden.toString());
      args.addAll(Arrays.asList(more));
      return args;
    };
  }

  /** An edit of a golden folder. */
  interface GoldenEdit {
    void apply(Path golden) throws IOException;
  }

  private static void writeFile(Path file, String text) {
    try {
      Files.createDirectories(file.getParent());
      Files.writeString(file, text);
    } catch (IOException ex) {
      throw new UncheckedIOException(ex);
    }
  }

  static List<Case> all() {
    List<Case> c = new ArrayList<>();
    // ---- parsing
    c.add(cli("unknown command").command(words("backtets")).exit(USAGE).says("unknown command 'backtets'",
        "backtest"));
    c.add(cli("unknown option").command(p -> line("backtest", p, "--instrument", "AAA")).exit(USAGE)
        .says("error: Unknown options: '--instrument', 'AAA'", "Possible solutions: --instruments"));
    c.add(cli("no command").command(words()).exit(USAGE).says("error: no command given: backtest, export, compare or "
        + "bench"));
    c.add(cli("missing required option (export without --out)").command(p -> line("export", p)).exit(USAGE)
        .says("error: Missing required option: '--out=DIR'"));
    c.add(cli("option without its value").command(words("backtest", "--config")).exit(USAGE)
        .says("error: Missing required parameter for option '--config' (FILE.yaml)"));
    c.add(cli("stray argument").command(p -> line("backtest", p, "extra")).exit(USAGE)
        .says("error: Unmatched argument at index 9: 'extra'"));
    c.add(cli("--tol abc").command(compare(g -> { }, "--tol", "abc")).exit(USAGE)
        .says("--tol: 'abc' is not a number"));
    c.add(cli("--tol negative").command(compare(g -> { }, "--tol", "-1e-9")).exit(USAGE)
        .says("--tol: '-1e-9' is negative"));
    c.add(cli("--tol NaN").command(compare(g -> { }, "--tol", "NaN")).exit(USAGE).says("--tol: 'NaN' is not a number"));
    c.add(cli("--detail maybe").command(p -> line("backtest", p, "--detail", "maybe")).exit(USAGE)
        .says("--detail takes true or false, or nothing, but was followed by 'maybe'"));
    c.add(cli("--progress loud").command(p -> line("backtest", p, "--progress", "loud")).exit(USAGE)
        .says("--progress must be bar, log or none but was 'loud'"));
    c.add(cli("option given twice").command(p -> line("backtest", p, "--data", p.fixture().data().toString()))
        .exit(USAGE).says("error: option '--data' (STORE) should be specified only once"));
    // ---- instruments
    c.add(cli("--instruments names an unknown instrument").options("--instruments", "AAA,BBX").exit(ERROR)
        .says("--instruments names BBX (did you mean 'BBB'?)"));
    c.add(cli("--instruments names an instrument twice").options("--instruments", "AAA,AAA").exit(USAGE)
        .says("--instruments names AAA twice"));
    c.add(cli("--instruments empty").options("--instruments", "").exit(USAGE).says("--instruments"));
    c.add(cli("--instruments a subset").options("--instruments", "AAA,CCC").exit(OK).configured("AAA", "CCC")
        .computed("AAA", "CCC"));
    c.add(cli("--instruments with spaces").options("--instruments", " AAA , CCC ").exit(OK).configured("AAA", "CCC")
        .computed("AAA", "CCC"));
    // ---- paths
    c.add(cli("--data missing").command(words("backtest", "--config", "CONFIG", "--data", "WORK/nowhere", "--cache",
        "none")).exit(ERROR).says("data folder", "nowhere", "not found"));
    c.add(cli("--data a file").command(words("backtest", "--config", "CONFIG", "--data", "CONFIG", "--cache", "none"))
        .exit(ERROR).says("data folder", "config.yaml is a file, not a folder"));
    c.add(cli("--data without adjusted_prices_csv").mutate(f -> {
      for (String code : Fixture.INSTRUMENTS) {
        f.delete(DataFileCasesTest.ADJ + code + ".csv");
      }
      f.delete("data/adjusted_prices_csv");
    }).exit(ERROR).says("adjusted_prices_csv"));
    c.add(cli("--out a non-empty folder").mutate(f -> f.write("../out/notes.txt", "mine")).exit(ERROR)
        .says("--out", "not empty", "notes.txt", "--overwrite"));
    c.add(cli("--out a folder of other files, --overwrite").mutate(f -> f.write("../out/notes.txt", "mine"))
        .options("--overwrite").exit(ERROR).says("--out", "notes.txt"));
    c.add(cli("--out a previous export, --overwrite").command(p -> {
      Reference.copyExport(p.out());
      return line("export", p, "--out", p.out().toString(), "--overwrite");
    }).computes().exit(OK));
    c.add(cli("--out a file").command(p -> {
      writeFile(p.work().resolve("out.txt"), "x");
      return line("export", p, "--out", p.work().resolve("out.txt").toString());
    }).exit(ERROR).says("error: --out", "out.txt is a file, not a folder"));
    c.add(cli("--out under a file").command(p -> {
      writeFile(p.work().resolve("out.txt"), "x");
      return line("export", p, "--out", p.work().resolve("out.txt").resolve("sub").toString());
    }).exit(ERROR).says("--out", "cannot be created", "out.txt is a file"));
    c.add(cli("--cache a file").command(p -> {
      writeFile(p.work().resolve("cache.txt"), "x");
      List<String> args = line("backtest", p);
      args.set(args.indexOf("none"), p.work().resolve("cache.txt").toString());
      return args;
    }).exit(ERROR).says("--cache", "cache.txt is a file, not a folder"));
    c.add(cli("--config missing").command(words("backtest", "--config", "WORK/nope.yaml", "--data", "DATA",
        "--cache", "none")).exit(ERROR).says("config file not found", "nope.yaml"));
    c.add(cli("--config empty path").command(words("backtest", "--config", "", "--data", "DATA")).exit(USAGE)
        .says("--config: an empty path"));
    c.add(cli("--allow-partial with an instrument left out").mutate(f -> f.delete(DataFileCasesTest.MULT
        + "BBB.csv")).options("--allow-partial").exit(OK).says("left out BBB").computed("AAA", "CCC", "DDD"));
    c.add(cli("backtest with an instrument left out").mutate(f -> f.delete(DataFileCasesTest.MULT + "BBB.csv"))
        .backtest().exit(PARTIAL).says("left out BBB", "sharpe").computed("AAA", "CCC", "DDD"));
    // ---- compare
    c.add(cli("compare with the clean export").command(compare(g -> { }, "--tol", "0")).exit(OK));
    c.add(cli("compare: a golden cell changed").command(compare(g -> {
      List<String> lines = new ArrayList<>(Files.readAllLines(g.resolve("BBB.csv")));
      String[] cells = lines.get(500).split(",", -1);
      cells[1] = String.valueOf(Double.parseDouble(cells[1]) + 1);
      lines.set(500, String.join(",", cells));
      Files.write(g.resolve("BBB.csv"), lines);
    })).exit(MISMATCH).says("== BBB", "1 of", "outside the tolerance"));
    c.add(cli("compare: golden instrument missing from ours").mutate(f -> f.delete(DataFileCasesTest.MULT
        + "BBB.csv")).command(compare(g -> { })).exit(MISMATCH)
        .says("golden instrument BBB is missing from ours", "no multiple prices file"));
    c.add(cli("compare: golden files without values").command(compare(g -> {
      try (var files = Files.list(g)) {
        for (Path f : (Iterable<Path>) files::iterator) {
          Files.delete(f);
        }
      }
      Files.writeString(g.resolve("AAA.csv"), "DATETIME,price\n");
    })).exit(ERROR).says("nothing compared"));
    c.add(cli("compare: idm.csv without its column").command(compare(g -> Files.writeString(g.resolve("idm.csv"),
        "DATETIME,IDM\n2016-01-05,1.5\n"))).exit(ERROR).says("idm.csv", "no column 'idm'"));
    c.add(cli("compare: truncated golden gzip").command(compare(g -> {
      byte[] gz = DataFileCasesTest.gzip(Files.readString(g.resolve("AAA.csv")));
      Files.delete(g.resolve("AAA.csv"));
      Files.write(g.resolve("AAA.csv.gz"), Arrays.copyOf(gz, gz.length / 2));
    })).exit(ERROR).says("AAA.csv.gz"));
    c.add(cli("compare: malformed golden number").command(compare(g -> {
      List<String> lines = new ArrayList<>(Files.readAllLines(g.resolve("AAA.csv")));
      String[] cells = lines.get(10).split(",", -1);
      cells[1] = "1.2.3";
      lines.set(10, String.join(",", cells));
      Files.write(g.resolve("AAA.csv"), lines);
    })).exit(ERROR).says("AAA.csv", "line 11", "'1.2.3'"));
    c.add(cli("compare: --golden a file").command(p -> line("compare", p, "--golden",
        p.fixture().config().toString())).exit(ERROR).says("golden folder", "config.yaml is a file, not a folder"));
    c.add(cli("compare: --golden missing").command(p -> line("compare", p, "--golden",
        p.work().resolve("nogolden").toString())).exit(ERROR).says("nogolden"));
    return c;
  }
}
