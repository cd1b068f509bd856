package org.pystrade.examples.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.pystrade.core.domain.InstrumentCode;
import org.pystrade.core.system.TradingSystem;

/**
 * The clean fixture's results, computed once per JVM and shared by every case: its export (one CSV per instrument)
 * and its system built through the library.
 */
final class Reference {

  /** The last per-instrument column that does not depend on the other instruments (fixed config). */
  private static final String SUBSYSTEM = "subsystem_position";

  private static Reference instance;

  private final Map<String, List<String>> files = new LinkedHashMap<>();
  private final TradingSystem system;
  private final Path export;

  private Reference(Path work) throws IOException {
    Fixture fixture = Fixture.write(work.resolve("fixture"));
    Path out = work.resolve("out");
    export = out;
    List<String> args = Case.exportCommand(List.of()).apply(new Case.Paths(fixture, out, work));
    CaseRunner.Run r = CaseRunner.cli(args);
    if (r.code() != Case.OK) {
      throw new IllegalStateException("the clean fixture's export failed: " + r);
    }
    for (String code : Fixture.INSTRUMENTS) {
      files.put(code, Files.readAllLines(out.resolve(code + ".csv")));
    }
    files.put("portfolio", Files.readAllLines(out.resolve("portfolio.csv")));
    system = CaseRunner.system(fixture, false);
    system.accounts().portfolio();
  }

  /** The reference, computed on first use. */
  static synchronized Reference get() {
    if (instance == null) {
      try {
        Path work = Files.createTempDirectory("pystrade-reliability-reference");
        instance = new Reference(work);
        deleteOnExit(work);
      } catch (IOException ex) {
        throw new UncheckedIOException(ex);
      }
    }
    return instance;
  }

  private static void deleteOnExit(Path dir) {
    Runtime.getRuntime().addShutdownHook(new Thread(() -> {
      try (var walk = Files.walk(dir)) {
        walk.sorted((a, b) -> b.compareTo(a)).forEach(p -> p.toFile().delete());
      } catch (IOException ex) {
        // a temporary folder left behind
      }
    }));
  }

  /**
   * Copies the clean export (for compare's golden folders).
   *
   * @param target the folder to create
   * @return the folder
   */
  static Path copyExport(Path target) {
    try {
      Files.createDirectories(target);
      try (var files = Files.list(get().export)) {
        for (Path f : (Iterable<Path>) files::iterator) {
          Files.copy(f, target.resolve(f.getFileName()));
        }
      }
      return target;
    } catch (IOException ex) {
      throw new UncheckedIOException(ex);
    }
  }

  /**
   * An instrument's clean export: the lines of {@code CODE.csv}.
   *
   * @param code the instrument
   * @return the lines
   */
  List<String> file(String code) {
    return files.get(code);
  }

  /**
   * Checks an export against the clean one: every computed instrument but those the case names as changed has the
   * clean file, byte for byte when the portfolio holds every instrument of the run with its weight, else (instrument
   * weights renormalised over fewer instruments) up to its subsystem position; with a tolerance, cell by cell.
   */
  static void checkExport(Path out, Case c, String context) {
    Reference ref = get();
    boolean whole = !c.leftOutAny() && !c.reweighted && c.configured.equals(Fixture.INSTRUMENTS);
    for (String code : c.computed) {
      if (c.changed.contains(code) || c.differs.contains(code)) {
        continue;
      }
      List<String> lines = read(out.resolve(code + ".csv"));
      List<String> expected = ref.file(code);
      String what = code + ".csv" + (whole ? "" : "'s columns up to " + SUBSYSTEM);
      if (!whole) {
        lines = subsystem(lines);
        expected = subsystem(expected);
      }
      if (c.tolerance > 0) {
        assertClose(lines, expected, c.tolerance, what + context);
      } else {
        assertThat(lines).as(what + " is bit-identical to the clean run's" + context).isEqualTo(expected);
      }
    }
    if (whole && c.changed.isEmpty() && c.differs.isEmpty() && c.tolerance == 0) {
      assertThat(read(out.resolve("portfolio.csv"))).as("portfolio.csv is bit-identical" + context)
          .isEqualTo(ref.file("portfolio"));
    }
  }

  private static List<String> read(Path file) {
    try {
      return Files.readAllLines(file);
    } catch (IOException ex) {
      throw new UncheckedIOException(ex);
    }
  }

  /** Two CSV files equal cell by cell, numbers within a relative tolerance. */
  private static void assertClose(List<String> lines, List<String> expected, double tolerance, String what) {
    assertThat(lines).as(what + ": rows").hasSameSizeAs(expected);
    for (int i = 0; i < lines.size(); i++) {
      String[] a = lines.get(i).split(",", -1);
      String[] b = expected.get(i).split(",", -1);
      assertThat(a.length).as(what + " line " + (i + 1)).isEqualTo(b.length);
      for (int k = 0; k < a.length; k++) {
        if (a[k].equals(b[k])) {
          continue;
        }
        double x = Double.parseDouble(a[k]);
        double y = Double.parseDouble(b[k]);
        assertThat(Math.abs(x - y)).as(what + " line " + (i + 1) + " cell " + (k + 1) + ": " + a[k] + " vs " + b[k])
            .isLessThanOrEqualTo(tolerance * Math.max(Math.abs(x), Math.abs(y)));
      }
    }
  }

  /** The cells of the columns up to the subsystem position, line by line. */
  private static List<String> subsystem(List<String> lines) {
    List<String> header = List.of(lines.get(0).split(",", -1));
    int last = header.indexOf(SUBSYSTEM);
    assertThat(last).as("an exported file with a " + SUBSYSTEM + " column: " + header).isPositive();
    List<String> out = new ArrayList<>();
    for (String line : lines) {
      String[] cells = line.split(",", -1);
      out.add(String.join(",", List.of(cells).subList(0, last + 1)));
    }
    return out;
  }

  /** Checks a library system's subsystem position of an instrument against the clean system's, bit for bit. */
  static void checkSubsystem(TradingSystem system, InstrumentCode code, String context) {
    TradingSystem clean = get().system;
    assertThat(system.positionSizing().subsystemPosition(code).values())
        .as(code + "'s subsystem position is bit-identical to the clean system's" + context)
        .containsExactly(clean.positionSizing().subsystemPosition(code).values());
    assertThat(system.combine().combinedForecast(code).values())
        .as(code + "'s combined forecast is bit-identical to the clean system's" + context)
        .containsExactly(clean.combine().combinedForecast(code).values());
  }
}
