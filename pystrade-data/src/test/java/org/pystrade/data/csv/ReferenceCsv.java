package org.pystrade.data.csv;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.GZIPInputStream;

/** A deliberately naive, independent CSV reader for tests: lines, split on commas, as text. */
final class ReferenceCsv {

  private ReferenceCsv() {
  }

  /** All lines (header first) split into cells. */
  static List<String[]> rows(Path file) {
    try (InputStream raw = Files.newInputStream(file);
        InputStream in = file.toString().endsWith(".gz") ? new GZIPInputStream(raw) : raw;
        BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
      List<String[]> out = new ArrayList<>();
      String line;
      while ((line = r.readLine()) != null) {
        if (!line.isEmpty()) {
          out.add(line.split(",", -1));
        }
      }
      return out;
    } catch (IOException ex) {
      throw new UncheckedIOException(ex);
    }
  }

  /** A cell as pandas reads it: empty is NaN. */
  static double number(String cell) {
    return cell.isEmpty() ? Double.NaN : Double.parseDouble(cell);
  }
}
