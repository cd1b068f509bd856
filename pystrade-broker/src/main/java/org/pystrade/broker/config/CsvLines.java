package org.pystrade.broker.config;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.pystrade.core.domain.Failure;
import org.pystrade.core.domain.ReasonCode;
import org.pystrade.core.domain.Result;

/** Reads a small CSV file with a header: cells split on commas, double quotes around a cell with commas. */
final class CsvLines {

  /** The rows, each a map from header name to cell; line numbers start at 2 (the header is line 1). */
  record Table(String source, List<Map<String, String>> rows, List<Integer> lines) {
  }

  private CsvLines() {
  }

  static Result<Table> read(InputStream in, String source, List<String> required) {
    try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
      String header = r.readLine();
      if (header == null) {
        return Result.err(ReasonCode.MALFORMED_DATA, source + " is empty (expected a header line)");
      }
      List<String> names = split(header.startsWith("\uFEFF") ? header.substring(1) : header);
      for (String name : required) {
        if (!names.contains(name)) {
          return Result.err(ReasonCode.MALFORMED_DATA, source + " has no column '" + name + "' (header: " + header
              + ")");
        }
      }
      List<Map<String, String>> rows = new ArrayList<>();
      List<Integer> lines = new ArrayList<>();
      String line;
      int n = 1;
      while ((line = r.readLine()) != null) {
        n++;
        if (line.isBlank()) {
          continue;
        }
        List<String> cells = split(line);
        if (cells.size() != names.size()) {
          return Result.err(Failure.of(ReasonCode.MALFORMED_DATA, source + " line " + n + " has " + cells.size()
              + " cells but the header has " + names.size()));
        }
        Map<String, String> row = new HashMap<>();
        for (int i = 0; i < names.size(); i++) {
          row.put(names.get(i), cells.get(i).strip());
        }
        rows.add(row);
        lines.add(n);
      }
      return Result.ok(new Table(source, rows, lines));
    } catch (IOException ex) {
      throw new UncheckedIOException("cannot read " + source, ex);
    }
  }

  static List<String> split(String line) {
    List<String> cells = new ArrayList<>();
    StringBuilder cell = new StringBuilder();
    boolean quoted = false;
    for (int i = 0; i < line.length(); i++) {
      char c = line.charAt(i);
      if (c == '"') {
        if (quoted && i + 1 < line.length() && line.charAt(i + 1) == '"') {
          cell.append('"');
          i++;
        } else {
          quoted = !quoted;
        }
      } else if (c == ',' && !quoted) {
        cells.add(cell.toString());
        cell.setLength(0);
      } else {
        cell.append(c);
      }
    }
    cells.add(cell.toString());
    return cells;
  }

  static double number(String cell) {
    return cell.isEmpty() ? Double.NaN : Double.parseDouble(cell);
  }
}
