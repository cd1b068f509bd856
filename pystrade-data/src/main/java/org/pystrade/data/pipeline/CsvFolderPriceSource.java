package org.pystrade.data.pipeline;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.pystrade.core.data.ContractPrices;
import org.pystrade.core.domain.ContractDate;
import org.pystrade.core.domain.FuturesContract;
import org.pystrade.core.domain.InstrumentCode;
import org.pystrade.core.util.ArgChecker;

/**
 * New bars from a folder of per-contract CSV files in pysystemtrade's layout: {@code INSTRUMENT_YYYYMMDD.csv} (or
 * {@code .csv.gz}) with {@code DATETIME,OPEN,HIGH,LOW,FINAL,VOLUME}. The instrument is what comes before the last
 * underscore; a file whose name has no valid contract date is ignored (and logged).
 */
public final class CsvFolderPriceSource implements PriceSource {

  private static final Pattern NAME = Pattern.compile("(.+)_([0-9]{8})\\.csv(\\.gz)?");

  private final Path folder;
  private final TreeMap<InstrumentCode, TreeMap<ContractDate, Path>> files = new TreeMap<>();

  private CsvFolderPriceSource(Path folder) {
    this.folder = folder;
  }

  /**
   * Lists a folder (its files are read on demand).
   *
   * @param folder the folder
   * @return the source
   * @throws IOException if the folder cannot be listed
   */
  public static CsvFolderPriceSource open(Path folder) throws IOException {
    ArgChecker.notNull(folder, "folder");
    CsvFolderPriceSource source = new CsvFolderPriceSource(folder);
    try (DirectoryStream<Path> dir = Files.newDirectoryStream(folder)) {
      for (Path p : dir) {
        Matcher m = NAME.matcher(p.getFileName().toString());
        if (!m.matches() || !Files.isRegularFile(p)) {
          continue;
        }
        var date = Contracts.date(Integer.parseInt(m.group(2)));
        if (date.isEmpty()) {
          continue;
        }
        TreeMap<ContractDate, Path> byDate = source.files.computeIfAbsent(InstrumentCode.of(m.group(1)),
            k -> new TreeMap<>());
        Path previous = byDate.get(date.get());
        if (previous == null || previous.toString().endsWith(".gz")) {
          byDate.put(date.get(), p);
        }
      }
    }
    return source;
  }

  @Override
  public List<InstrumentCode> instruments() {
    return List.copyOf(files.keySet());
  }

  @Override
  public Outcome<Map<ContractDate, ContractPrices>> newBars(InstrumentCode instrument) {
    ArgChecker.notNull(instrument, "instrument");
    Map<ContractDate, ContractPrices> out = new TreeMap<>();
    List<Problem> problems = new ArrayList<>();
    files.getOrDefault(instrument, new TreeMap<>()).forEach((date, file) -> {
      Outcome<ContractPrices> read = PysystemtradeCsv.readContractPrices(FuturesContract.of(instrument, date), file);
      problems.addAll(read.problems());
      read.value().ifPresent(p -> out.put(date, p));
    });
    if (problems.stream().anyMatch(Problem::isError)) {
      return Outcome.refused(problems);
    }
    return Outcome.of(out, problems);
  }

  @Override
  public String describe() {
    return folder.toString();
  }
}
