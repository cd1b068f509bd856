package org.pystrade.data.csv;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.GZIPOutputStream;

/** Writes small data directories in pysystemtrade's layout for tests. */
final class TestLayout {

  static final String CONFIG_HEADER =
      "Instrument,Description,Pointsize,Currency,AssetClass,PerBlock,Percentage,PerTrade,Region\n";

  private final Path root;

  TestLayout(Path root) {
    this.root = root;
  }

  Path root() {
    return root;
  }

  /** Writes a file relative to the root; gzipped if the name ends in {@code .gz}. */
  Path write(String relative, String content) {
    return write(relative, content.getBytes(StandardCharsets.UTF_8), relative.endsWith(".gz"));
  }

  /** Writes bytes as they are. */
  Path writeBytes(String relative, byte[] content) {
    return write(relative, content, false);
  }

  /** Writes bytes, gzipped or not. */
  Path write(String relative, byte[] content, boolean gzip) {
    Path p = root.resolve(relative);
    try {
      Files.createDirectories(p.getParent());
      if (gzip) {
        try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(p))) {
          out.write(content);
        }
      } else {
        Files.write(p, content);
      }
    } catch (IOException ex) {
      throw new UncheckedIOException(ex);
    }
    return p;
  }

  TestLayout adjusted(String instrument, String body) {
    write("adjusted_prices_csv/" + instrument + ".csv", "DATETIME,price\n" + body);
    return this;
  }

  TestLayout multiple(String instrument, String body) {
    write("multiple_prices_csv/" + instrument + ".csv",
        "DATETIME,CARRY,CARRY_CONTRACT,PRICE,PRICE_CONTRACT,FORWARD,FORWARD_CONTRACT\n" + body);
    return this;
  }

  TestLayout fx(String code, String body) {
    write("fx_prices_csv/" + code + ".csv", "DATETIME,PRICE\n" + body);
    return this;
  }

  TestLayout config(String rows) {
    write("csvconfig/instrumentconfig.csv", CONFIG_HEADER + rows);
    return this;
  }

  CsvFuturesSimData open() {
    return CsvFuturesSimData.open(root);
  }
}
