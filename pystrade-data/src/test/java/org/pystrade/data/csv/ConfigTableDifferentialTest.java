package org.pystrade.data.csv;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.pystrade.core.data.DataException;
import org.pystrade.data.SampleData;

/**
 * The byte-level {@link ConfigTable} against the reader it replaced ({@link ConfigTableReference}) on generated files:
 * quotes (doubled, unterminated, followed by text), blank lines of every whitespace, CRLF and lone CR, a byte-order
 * mark, non-ASCII text, repeated header names, duplicate keys, rows of the wrong width and the number texts pandas
 * types in unusual ways. Same header, keys, row lines, texts, numbers (bit for bit) and errors (code and message).
 */
class ConfigTableDifferentialTest {

  private static final String[] NAMES = {"Instrument", "Description", "Pointsize", "Currency", "PerBlock",
      "Percentage", "SpreadCost", " Pointsize", "Région"};
  private static final String[] CELLS = {"", " ", "5", " 5 ", "25.0", "-0.5", "1e3", "1E-2", "NaN", "nan", "inf",
      "-inf", "Infinity", "1_000", "0x10", "+7", "00012", "9223372036854775807", "9223372036854775808",
      "-9223372036854775808", "-9223372036854775809", "18446744073709551616", "1.7976931348623157e309", "USD",
      "Bond", "a\"b", "é", "日本", "x y", "\t3\t", "#N/A", "NULL", "None", "True", "1.5.2", "-", "."};
  private static final String[] BLANKS = {"", " ", "\t", " \t ", "\u000B", "\u001C", "\f", "\u2003"};

  @TempDir
  Path dir;

  @Test
  void readsEveryGeneratedFileAsTheReplacedReaderDid() throws IOException {
    Random random = new Random(20261207L);
    Path file = dir.resolve("instrumentconfig.csv");
    int compared = 0;
    for (int round = 0; round < 4000; round++) {
      byte[] bytes = generate(random).getBytes(StandardCharsets.UTF_8);
      Files.write(file, bytes);
      String[] required = random.nextInt(4) == 0 ? new String[] {"Pointsize"} : new String[0];
      compare(file, required, new String(bytes, StandardCharsets.UTF_8));
      compared++;
    }
    assertThat(compared).isEqualTo(4000);
  }

  @Test
  void readsTheSampleConfigurationFilesAsTheReplacedReaderDid() throws IOException {
    for (String name : List.of("instrumentconfig.csv", "spreadcosts.csv", "rollconfig.csv",
        "moreinstrumentinfo.csv")) {
      Path file = SampleData.directory().resolve("csvconfig").resolve(name);
      compare(file, new String[0], name);
    }
  }

  private static void compare(Path file, String[] required, String what) {
    Object expected = outcome(() -> ConfigTableReference.read(file, required));
    Object actual = outcome(() -> ConfigTable.read(file, required));
    if (expected instanceof String || actual instanceof String) {
      assertThat(actual).as(what).isEqualTo(expected);
      return;
    }
    ConfigTableReference old = (ConfigTableReference) expected;
    ConfigTable now = (ConfigTable) actual;
    assertThat(now.header()).as(what).isEqualTo(old.header());
    assertThat(now.keys()).as(what).isEqualTo(old.keys());
    assertThat(outcome(() -> lines(now.rows()))).as(what).isEqualTo(outcome(() -> oldLines(old.rows())));
    List<String> columns = new ArrayList<>(old.header());
    columns.add("Missing");
    for (String key : old.keys()) {
      Object oldRow = outcome(() -> old.row(key).orElseThrow());
      Object newRow = outcome(() -> now.row(key).orElseThrow());
      if (oldRow instanceof String || newRow instanceof String) {
        assertThat(newRow).as(what + " row " + key).isEqualTo(oldRow);
        continue;
      }
      ConfigTableReference.Row o = (ConfigTableReference.Row) oldRow;
      ConfigTable.Row n = (ConfigTable.Row) newRow;
      assertThat(n.line()).isEqualTo(o.line());
      for (String column : columns) {
        assertThat(n.text(column)).as(what + " " + key + " " + column).isEqualTo(o.text(column));
        assertThat(n.cell(column)).as(what + " " + key + " " + column).isEqualTo(o.cells().get(column));
        assertThat(n.hasColumn(column)).isEqualTo(o.cells().containsKey(column));
        Object oldNumber = outcome(() -> Double.doubleToRawLongBits(o.number(column)));
        Object newNumber = outcome(() -> Double.doubleToRawLongBits(n.number(column)));
        assertThat(newNumber).as(what + " " + key + " " + column).isEqualTo(oldNumber);
      }
    }
  }

  private static List<Integer> lines(List<ConfigTable.Row> rows) {
    List<Integer> out = new ArrayList<>();
    rows.forEach(r -> out.add(r.line()));
    return out;
  }

  private static List<Integer> oldLines(List<ConfigTableReference.Row> rows) {
    List<Integer> out = new ArrayList<>();
    rows.forEach(r -> out.add(r.line()));
    return out;
  }

  /** The value, or the error as "code: message" (any other exception fails the test). */
  private static Object outcome(Supplier<Object> read) {
    try {
      return read.get();
    } catch (DataException ex) {
      return ex.code() + ": " + ex.getMessage();
    }
  }

  private static String generate(Random random) {
    StringBuilder out = new StringBuilder();
    if (random.nextInt(10) == 0) {
      out.append('\uFEFF');
    }
    int width = 1 + random.nextInt(6);
    List<String> header = new ArrayList<>();
    for (int c = 0; c < width; c++) {
      header.add(random.nextInt(8) == 0 ? pick(random, NAMES) : c == 0 ? "Instrument" : pick(random, NAMES));
    }
    if (random.nextInt(30) == 0) {
      out.append(pick(random, BLANKS)).append('\n');
    }
    out.append(String.join(",", header)).append(lineEnd(random));
    int rows = random.nextInt(9);
    for (int r = 0; r < rows; r++) {
      if (random.nextInt(6) == 0) {
        out.append(pick(random, BLANKS)).append(lineEnd(random));
      }
      int cells = random.nextInt(25) == 0 ? width + random.nextInt(3) - 1 : width;
      List<String> row = new ArrayList<>();
      for (int c = 0; c < Math.max(cells, 1); c++) {
        String cell = c == 0 ? "K" + random.nextInt(5) : pick(random, CELLS);
        row.add(cellText(random, cell));
      }
      out.append(String.join(",", row));
      if (r < rows - 1 || random.nextBoolean()) {
        out.append(lineEnd(random));
      }
    }
    return out.toString();
  }

  private static String cellText(Random random, String cell) {
    switch (random.nextInt(12)) {
      case 0:
        return "\"" + cell.replace("\"", "\"\"") + "\"";
      case 1:
        return "\"" + cell + ", quoted\"" + (random.nextBoolean() ? "tail" : "");
      case 2:
        return random.nextInt(20) == 0 ? "\"unterminated" : cell;
      case 3:
        return cell.isEmpty() ? "\r" : cell + "\r";
      default:
        return cell.contains(",") ? "\"" + cell + "\"" : cell;
    }
  }

  private static String lineEnd(Random random) {
    return random.nextInt(4) == 0 ? "\r\n" : "\n";
  }

  private static String pick(Random random, String[] from) {
    return from[random.nextInt(from.length)];
  }
}
