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

  /**
   * A cell as pandas reads it: empty is NaN; a plain decimal is read by pandas' high-precision parser, written here
   * independently of the production code (at most 17 digits accumulated as {@code n * 10 + d}, then one scaling
   * by a power of ten).
   */
  static double number(String cell) {
    if (cell.isEmpty()) {
      return Double.NaN;
    }
    String t = cell;
    boolean negative = t.startsWith("-");
    if (negative || t.startsWith("+")) {
      t = t.substring(1);
    }
    int e = Math.max(t.indexOf('e'), t.indexOf('E'));
    int exponent = e >= 0 ? Integer.parseInt(t.substring(e + 1)) : 0;
    String mantissa = e >= 0 ? t.substring(0, e) : t;
    int dot = mantissa.indexOf('.');
    String intPart = dot >= 0 ? mantissa.substring(0, dot) : mantissa;
    String fracPart = dot >= 0 ? mantissa.substring(dot + 1) : "";
    double n = 0;
    int used = 0;
    for (char c : intPart.toCharArray()) {
      if (used < 17) {
        n = n * 10 + (c - '0');
        used++;
      } else {
        exponent++;
      }
    }
    for (char c : fracPart.toCharArray()) {
      if (used < 17) {
        n = n * 10 + (c - '0');
        used++;
        exponent--;
      }
    }
    if (negative) {
      n = -n;
    }
    return exponent >= 0 ? n * Double.parseDouble("1e" + exponent) : n / Double.parseDouble("1e" + (-exponent));
  }
}
