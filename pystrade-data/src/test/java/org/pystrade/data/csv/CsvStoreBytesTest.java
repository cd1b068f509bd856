package org.pystrade.data.csv;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.pystrade.data.SampleData;
import org.pystrade.data.store.DataStore;
import org.pystrade.data.stores.DataStores;

/**
 * The CSV store writes pysystemtrade's files as pysystemtrade writes them. The sample data (written by
 * pysystemtrade with pandas, and the hand-kept configuration files) copied through the store into another CSV tree
 * gives the same text, line by line, except for cells whose text pandas' reader does not read back as the double
 * pandas' repr writes (pandas reads {@code 2018.8000000000002} as the double of {@code 2018.8}, so pysystemtrade
 * itself writes {@code 2018.8} back): such a cell must read as the same double. A second copy is then the first
 * byte for byte. Measured on the sample data: 96% of the 1.65 million cells are the same text, 4% are rewritten as
 * pandas writes the double it reads, and 0.15% (values whose repr pandas would read back a unit off) are written
 * as the shortest text it reads back exactly, so that a copy keeps every double.
 */
class CsvStoreBytesTest {

  @TempDir
  Path out;

  private static final List<String> DIRS = List.of("adjusted_prices_csv", "multiple_prices_csv", "fx_prices_csv",
      "roll_calendars_csv", "csvconfig");

  @Test
  void theSampleDataIsWrittenBackAsPysystemtradeWritesIt() throws IOException {
    Path sample = SampleData.directory();
    Path first = out.resolve("first");
    Path second = out.resolve("second");
    copy(sample, first);
    copy(first, second);
    int files = 0;
    int cellsRewritten = 0;
    int notRepr = 0;
    long cells = 0;
    for (String dir : DIRS) {
      try (Stream<Path> list = Files.list(sample.resolve(dir))) {
        for (Path original : list.sorted().toList()) {
          String name = original.getFileName().toString();
          if (name.equals("moreinstrumentinfo.csv")) {
            continue; // not a table the store keeps
          }
          String plain = name.replace(".csv.gz", ".csv");
          String expected = text(original);
          String actual = text(first.resolve(dir).resolve(plain));
          assertThat(text(second.resolve(dir).resolve(plain))).as("second copy of %s", name).isEqualTo(actual);
          String[] e = expected.split("\n", -1);
          String[] a = actual.split("\n", -1);
          assertThat(a.length).as("lines of %s", name).isEqualTo(e.length);
          for (int i = 0; i < e.length; i++) {
            if (e[i].equals(a[i])) {
              cells += e[i].chars().filter(c -> c == ',').count();
              continue;
            }
            String[] ec = e[i].split(",", -1);
            String[] ac = a[i].split(",", -1);
            assertThat(ac.length).as("%s line %d: %s", name, i + 1, a[i]).isEqualTo(ec.length);
            assertThat(ac[0]).as("%s line %d", name, i + 1).isEqualTo(ec[0]);
            for (int c = 1; c < ec.length; c++) {
              cells++;
              if (!ec[c].equals(ac[c])) {
                assertThat(pandas(ac[c])).as("%s line %d cell %d: %s for %s", name, i + 1, c, ac[c], ec[c])
                    .isEqualTo(pandas(ec[c]));
                cellsRewritten++;
                if (!ac[c].equals(PythonFloat.repr(Double.longBitsToDouble(pandas(ec[c]))))) {
                  notRepr++;
                }
              }
            }
          }
          files++;
        }
      }
    }
    assertThat(files).isEqualTo(6 * 3 + 1 + 3);
    assertThat(notRepr).as("cells (of %d rewritten, %d in all) not written as pandas writes the double it reads",
        cellsRewritten, cells).isLessThan((int) (cells / 200));
  }

  private static void copy(Path from, Path to) {
    try (DataStore f = DataStores.open("csv:" + from); DataStore t = DataStores.open("csv:" + to)) {
      DataStores.copy(f, t, x -> { });
    }
  }

  private static String text(Path file) {
    return new String(CsvFiles.read(file), StandardCharsets.UTF_8);
  }

  private static long pandas(String cell) {
    byte[] b = cell.getBytes(StandardCharsets.US_ASCII);
    return Double.doubleToLongBits(DecimalParser.parsePandas(b, 0, b.length));
  }
}
