package org.pystrade.data.pipeline;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.zip.GZIPOutputStream;
import org.pystrade.core.domain.ContractDate;
import org.pystrade.core.domain.FuturesContract;
import org.pystrade.core.util.ArgChecker;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Writes an instrument's new state into a folder in pysystemtrade's CSV layout: {@code multiple_prices_csv/},
 * {@code adjusted_prices_csv/} and, for the contracts that changed, {@code contract_prices_csv/} (one
 * {@code INSTRUMENT_YYYYMMDD.csv} per contract). A file that exists gzipped ({@code NAME.csv.gz}, and no plain
 * {@code NAME.csv}) is written gzipped again.
 *
 * <p>All or nothing: every file is first written to a temporary file beside its target; only when all are written
 * are the targets replaced, each by a rename, the old ones moved aside first; if a rename fails, the files already
 * replaced are put back and the temporary files deleted.
 */
public final class CsvFolderStateWriter implements InstrumentStateWriter {

  private static final Logger LOG = LoggerFactory.getLogger(CsvFolderStateWriter.class);

  /** The folder of per-contract prices. */
  public static final String CONTRACT_DIR = "contract_prices_csv";

  private final Path root;
  private final FileOps ops;

  /**
   * A writer into a store folder.
   *
   * @param root the folder holding {@code multiple_prices_csv} and the others
   */
  public CsvFolderStateWriter(Path root) {
    this(root, FileOps.REAL);
  }

  CsvFolderStateWriter(Path root, FileOps ops) {
    this.root = ArgChecker.notNull(root, "root");
    this.ops = ArgChecker.notNull(ops, "ops");
  }

  /** File operations, replaceable in tests to make one fail. */
  interface FileOps {
    /** The real ones. */
    FileOps REAL = new FileOps() {
    };

    default void write(Path file, byte[] bytes) throws IOException {
      Files.write(file, bytes);
    }

    default void move(Path from, Path to) throws IOException {
      try {
        Files.move(from, to, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
      } catch (AtomicMoveNotSupportedException ex) {
        Files.move(from, to, StandardCopyOption.REPLACE_EXISTING);
      }
    }
  }

  @Override
  public void write(InstrumentState state, Set<ContractDate> changedContracts) throws IOException {
    ArgChecker.notNull(state, "state");
    ArgChecker.notNull(changedContracts, "changedContracts");
    String code = state.instrument().value();
    Map<Path, String> files = new LinkedHashMap<>();
    for (ContractDate c : changedContracts) {
      var prices = state.contractPrices().get(c);
      ArgChecker.notNull(prices, "prices of changed contract " + c);
      Path dir = root.resolve(CONTRACT_DIR);
      files.put(target(dir, code + "_" + c.asId()), PysystemtradeCsv.contractPrices(prices));
    }
    files.put(target(root.resolve("multiple_prices_csv"), code), PysystemtradeCsv.multiple(state.multiple()));
    files.put(target(root.resolve("adjusted_prices_csv"), code),
        PysystemtradeCsv.series(PysystemtradeCsv.ADJUSTED_HEADER, state.adjusted()));
    writeAll(files);
  }

  /** {@code NAME.csv}, or {@code NAME.csv.gz} when only that exists. */
  private static Path target(Path dir, String name) {
    Path plain = dir.resolve(name + ".csv");
    Path gz = dir.resolve(name + ".csv.gz");
    return !Files.exists(plain) && Files.exists(gz) ? gz : plain;
  }

  /**
   * Writes files all or nothing.
   *
   * @param files target to text
   * @throws IOException if any could not be written; the targets are then as they were
   */
  void writeAll(Map<Path, String> files) throws IOException {
    List<Path[]> staged = new ArrayList<>();
    try {
      for (Map.Entry<Path, String> e : files.entrySet()) {
        Path target = e.getKey();
        Files.createDirectories(target.getParent());
        Path tmp = target.resolveSibling("." + target.getFileName() + ".tmp");
        ops.write(tmp, bytes(target, e.getValue()));
        staged.add(new Path[] {tmp, target, target.resolveSibling("." + target.getFileName() + ".old")});
      }
    } catch (IOException | RuntimeException ex) {
      for (Path[] s : staged) {
        Files.deleteIfExists(s[0]);
      }
      throw ex;
    }
    List<Path[]> done = new ArrayList<>();
    try {
      for (Path[] s : staged) {
        boolean existed = Files.exists(s[1]);
        if (existed) {
          ops.move(s[1], s[2]);
        }
        done.add(new Path[] {s[0], s[1], existed ? s[2] : null});
        ops.move(s[0], s[1]);
      }
    } catch (IOException | RuntimeException ex) {
      for (int i = done.size() - 1; i >= 0; i--) {
        Path[] d = done.get(i);
        try {
          if (d[2] != null) {
            FileOps.REAL.move(d[2], d[1]);
          } else {
            Files.deleteIfExists(d[1]);
          }
        } catch (IOException restore) {
          LOG.error("could not put back {} from {}: {}", d[1], d[2], restore.toString());
          ex.addSuppressed(restore);
        }
      }
      for (Path[] s : staged) {
        Files.deleteIfExists(s[0]);
      }
      throw ex;
    }
    for (Path[] d : done) {
      if (d[2] != null) {
        Files.deleteIfExists(d[2]);
      }
    }
  }

  private static byte[] bytes(Path target, String text) throws IOException {
    byte[] raw = text.getBytes(StandardCharsets.UTF_8);
    if (!target.getFileName().toString().endsWith(".gz")) {
      return raw;
    }
    java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream(raw.length / 4 + 64);
    try (OutputStream gz = new GZIPOutputStream(out)) {
      gz.write(raw);
    }
    return out.toByteArray();
  }

  /**
   * The file a contract's prices are written to.
   *
   * @param contract the contract
   * @return the path under this store
   */
  public Path contractFile(FuturesContract contract) {
    return target(root.resolve(CONTRACT_DIR), contract.instrument().value() + "_" + contract.date().asId());
  }
}
