package org.pystrade.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.pystrade.core.data.ContractPrices;
import org.pystrade.core.data.MultiplePrices;
import org.pystrade.core.domain.ContractDate;
import org.pystrade.core.domain.FuturesContract;
import org.pystrade.core.domain.InstrumentCode;
import org.pystrade.core.series.TimeSeries;
import org.pystrade.data.SampleData;
import org.pystrade.data.csv.CsvFuturesSimData;
import org.pystrade.data.pipeline.ContractFinals;
import org.pystrade.data.pipeline.PanamaStitch;
import org.pystrade.data.pipeline.PysystemtradeCsv;
import org.pystrade.data.store.DataStore;
import org.pystrade.data.stores.DataStores;

/** The {@code data} commands of the price pipeline, end to end on copies of the sample data. */
class DataPipelineCommandsTest {

  private static final InstrumentCode CORN = InstrumentCode.of("CORN");

  private static Path copySample(Path to) throws IOException {
    Path from = SampleData.directory();
    try (Stream<Path> s = Files.walk(from)) {
      for (Path p : s.toList()) {
        Path target = to.resolve(from.relativize(p).toString());
        if (Files.isDirectory(p)) {
          Files.createDirectories(target);
        } else {
          Files.copy(p, target);
        }
      }
    }
    return to;
  }

  private static MultiplePrices head(MultiplePrices m, int rows) {
    return m.slice(m.price().time(0), m.price().time(rows - 1));
  }

  /** A store whose CORN stops 30 rows early, and a source folder with the current contracts' later bars. */
  private static Path[] storeAndSource(Path tmp) throws IOException {
    Path store = copySample(tmp.resolve("store"));
    MultiplePrices full = SampleData.open().multiplePrices(CORN);
    int cut = full.size() - 30;
    MultiplePrices stored = head(full, cut);
    Files.delete(store.resolve("multiple_prices_csv/CORN.csv.gz"));
    Files.delete(store.resolve("adjusted_prices_csv/CORN.csv.gz"));
    Files.writeString(store.resolve("multiple_prices_csv/CORN.csv"), PysystemtradeCsv.multiple(stored));
    Files.writeString(store.resolve("adjusted_prices_csv/CORN.csv"), PysystemtradeCsv.series(
        PysystemtradeCsv.ADJUSTED_HEADER, PanamaStitch.stitch("CORN", stored).get()));
    Path source = Files.createDirectories(tmp.resolve("source"));
    ContractFinals finals = ContractFinals.derivedFrom(CORN, full).get();
    long after = stored.price().time(cut - 1) + 1;
    for (double id : new double[] {stored.priceContract().value(cut - 1), stored.forwardContract().value(cut - 1),
        stored.carryContract().value(cut - 1)}) {
      ContractDate c = ContractDate.fromDouble(id);
      TimeSeries s = finals.get(c.asInt()).orElseThrow().slice(after, Long.MAX_VALUE);
      ContractPrices p = ContractPrices.ofFinal(FuturesContract.of(CORN, c), s);
      Files.writeString(source.resolve(PysystemtradeCsv.contractFileName(p.contract())),
          PysystemtradeCsv.contractPrices(p));
    }
    return new Path[] {store, source};
  }

  @Test
  void updateExtendsTheStoreAsARebuildWouldAndSaysWhatItDid(@TempDir Path tmp) throws IOException {
    Path[] ss = storeAndSource(tmp);
    Cli.Run run = Cli.run("data", "update", "--source", ss[1].toString(), "--data", ss[0].toString(),
        "--progress", "none");
    assertThat(run.code()).as(run.err()).isZero();
    assertThat(run.out()).contains("1 updated").contains("30 multiple-price rows added").contains("0 refused");
    CsvFuturesSimData after = CsvFuturesSimData.open(ss[0]);
    MultiplePrices full = SampleData.open().multiplePrices(CORN);
    assertThat(after.multiplePrices(CORN).price()).isEqualTo(full.price());
    assertThat(after.multiplePrices(CORN).carryContract()).isEqualTo(full.carryContract());
    assertThat(Files.list(ss[0].resolve("contract_prices_csv")).count()).isEqualTo(3);
    // a second run finds nothing new
    Cli.Run again = Cli.run("data", "update", "--source", ss[1].toString(), "--data", ss[0].toString(),
        "--progress", "log");
    assertThat(again.code()).isZero();
    assertThat(again.out()).contains("0 updated").contains("1 unchanged");
    assertThat(again.err()).contains("updated CORN (1/1)");
  }

  @ParameterizedTest
  @ValueSource(strings = {"jdbc:sqlite:", "parquet:", "arrow:"})
  void updateAndRollWorkOnEveryKindOfStoreAsOnTheCsvFolder(String kind, @TempDir Path tmp) throws IOException {
    Path[] ss = storeAndSource(tmp);
    String store = kind + tmp.resolve(kind.startsWith("jdbc") ? "store.db" : "converted");
    Cli.Run convert = Cli.run("data", "convert", "--from", ss[0].toString(), "--to", store);
    assertThat(convert.code()).as(convert.err()).isIn(Commands.OK, Commands.PARTIAL);
    Cli.Run csv = Cli.run("data", "update", "--source", ss[1].toString(), "--data", ss[0].toString(),
        "--progress", "none");
    Cli.Run other = Cli.run("data", "update", "--source", ss[1].toString(), "--data", store, "--progress", "none");
    assertThat(other.code()).as(other.err()).isZero();
    assertThat(other.out()).contains("1 updated").contains("30 multiple-price rows added").contains("0 refused");
    assertThat(other.out().replace(store, "STORE")).isEqualTo(csv.out().replace(ss[0].toString(), "STORE"));
    CsvFuturesSimData fromCsv = CsvFuturesSimData.open(ss[0]);
    try (DataStore after = DataStores.open(store)) {
      assertThat(after.multiplePrices(CORN)).isEqualTo(fromCsv.multiplePrices(CORN));
      assertThat(after.adjustedPrices(CORN)).isEqualTo(fromCsv.adjustedPrices(CORN));
      assertThat(after.contents().contracts()).hasSize(3);
    }
    // the pipeline's other commands read the store too
    Cli.Run adjusted = Cli.run("data", "adjusted", "--data", store, "--out", tmp.resolve("adj").toString(),
        "--instruments", "CORN");
    assertThat(adjusted.code()).as(adjusted.err()).isZero();
    assertThat(Files.readString(tmp.resolve("adj/CORN.csv"))).isEqualTo(PysystemtradeCsv.series(
        PysystemtradeCsv.ADJUSTED_HEADER, PanamaStitch.stitch("CORN", fromCsv.multiplePrices(CORN)).get()));
    assertThat(Cli.run("data", "roll", "--data", ss[0].toString(), "--instruments", "CORN").code()).isZero();
    Cli.Run roll = Cli.run("data", "roll", "--data", store, "--instruments", "CORN");
    assertThat(roll.code()).as(roll.err()).isZero();
    CsvFuturesSimData rolledCsv = CsvFuturesSimData.open(ss[0]);
    try (DataStore after = DataStores.open(store)) {
      assertThat(after.multiplePrices(CORN)).isEqualTo(rolledCsv.multiplePrices(CORN));
      assertThat(after.adjustedPrices(CORN)).isEqualTo(rolledCsv.adjustedPrices(CORN));
    }
  }

  @Test
  void aSpikeRefusesTheInstrumentWritesNothingAndExitsPartialUnlessAllowed(@TempDir Path tmp) throws IOException {
    Path[] ss = storeAndSource(tmp);
    Path file;
    try (Stream<Path> s = Files.list(ss[1])) {
      file = s.sorted().findFirst().orElseThrow();
    }
    String text = Files.readString(file);
    String[] lines = text.split("\n");
    String[] cells = lines[lines.length - 1].split(",", -1);
    cells[4] = Double.toString(Double.parseDouble(cells[4]) * 3);
    lines[lines.length - 1] = String.join(",", cells);
    Files.writeString(file, String.join("\n", lines) + "\n");
    String before = Files.readString(ss[0].resolve("multiple_prices_csv/CORN.csv"));
    Cli.Run run = Cli.run("data", "update", "--source", ss[1].toString(), "--data", ss[0].toString(),
        "--progress", "none");
    assertThat(run.code()).isEqualTo(Commands.PARTIAL);
    assertThat(run.err()).contains("refused CORN").contains("SPIKE");
    assertThat(Files.readString(ss[0].resolve("multiple_prices_csv/CORN.csv"))).isEqualTo(before);
    assertThat(Files.exists(ss[0].resolve("contract_prices_csv"))).isFalse();
    Cli.Run allowed = Cli.run("data", "update", "--source", ss[1].toString(), "--data", ss[0].toString(),
        "--progress", "none", "--allow-partial");
    assertThat(allowed.code()).isZero();
    Cli.Run loose = Cli.run("data", "update", "--source", ss[1].toString(), "--data", ss[0].toString(),
        "--progress", "none", "--max-spike", "1000");
    assertThat(loose.code()).as(loose.err()).isZero();
  }

  @Test
  void adjustedAndRollCalendarsAndMultipleWritePysystemtradesFiles(@TempDir Path tmp) throws IOException {
    Path data = SampleData.directory();
    Cli.Run adjusted = Cli.run("data", "adjusted", "--data", data.toString(), "--out", tmp.resolve("adj").toString(),
        "--instruments", "CORN,US10");
    assertThat(adjusted.code()).isZero();
    assertThat(adjusted.out()).contains("2 written");
    assertThat(Files.readString(tmp.resolve("adj/US10.csv"))).isEqualTo(PysystemtradeCsv.series(
        PysystemtradeCsv.ADJUSTED_HEADER, PanamaStitch.stitch("US10", SampleData.open().multiplePrices(
            InstrumentCode.of("US10"))).get()));

    Cli.Run cal = Cli.run("data", "roll-calendars", "--data", data.toString(), "--out",
        tmp.resolve("cal").toString(), "--from-multiple");
    assertThat(cal.code()).isZero();
    assertThat(Files.readString(tmp.resolve("cal/CORN.csv"))).startsWith(PysystemtradeCsv.ROLL_CALENDAR_HEADER);

    // contract files implied by the sample's CORN multiple prices, rebuilt with the backed-out calendar
    Path contracts = Files.createDirectories(tmp.resolve("contracts"));
    ContractFinals finals = ContractFinals.derivedFrom(CORN, SampleData.open().multiplePrices(CORN)).get();
    for (var e : finals.byContract().entrySet()) {
      ContractPrices p = ContractPrices.ofFinal(FuturesContract.of(CORN, e.getKey()), e.getValue());
      Files.writeString(contracts.resolve(PysystemtradeCsv.contractFileName(p.contract())),
          PysystemtradeCsv.contractPrices(p));
    }
    Path store = copySample(tmp.resolve("store"));
    Files.copy(tmp.resolve("cal/CORN.csv"), store.resolve("roll_calendars_csv/CORN.csv"));
    Cli.Run multiple = Cli.run("data", "multiple", "--data", store.toString(), "--contracts", contracts.toString(),
        "--out", tmp.resolve("mult").toString());
    assertThat(multiple.code()).as(multiple.err()).isZero();
    MultiplePrices rebuilt = CsvFuturesSimData.open(store).multiplePrices(CORN);
    assertThat(Files.readString(tmp.resolve("mult/CORN.csv"))).startsWith(PysystemtradeCsv.MULTIPLE_HEADER);
    assertThat(rebuilt.size()).isGreaterThan(1000);
  }

  @Test
  void rollMovesToTheForwardContractAndShiftsTheAdjustedHistory(@TempDir Path tmp) throws IOException {
    Path store = copySample(tmp.resolve("store"));
    MultiplePrices before = SampleData.open().multiplePrices(CORN);
    TimeSeries adjustedBefore = SampleData.open().adjustedPrices(CORN);
    Cli.Run run = Cli.run("data", "roll", "--data", store.toString(), "--instruments", "CORN");
    assertThat(run.code()).as(run.err()).isZero();
    assertThat(run.out()).contains("1 written");
    CsvFuturesSimData after = CsvFuturesSimData.open(store);
    MultiplePrices rolled = after.multiplePrices(CORN);
    int last = rolled.size() - 1;
    assertThat(rolled.priceContract().value(last)).isEqualTo(before.forwardContract().value(before.size() - 1));
    assertThat(rolled.price().time(last)).isGreaterThan(before.price().time(before.size() - 1));
    TimeSeries stitchedBefore = PanamaStitch.stitch("CORN", before).get();
    TimeSeries adjustedAfter = after.adjustedPrices(CORN);
    assertThat(adjustedAfter.size()).isGreaterThan(adjustedBefore.size() / 2);
    assertThat(adjustedAfter.value(0) - stitchedBefore.value(0)).isNotZero();
    assertThat(Cli.run("data", "roll", "--data", store.toString()).code()).isEqualTo(Commands.USAGE_ERROR);
  }

  @Test
  void fxWritesAnyPairAndRefusesUnknownOnes(@TempDir Path tmp) throws IOException {
    Cli.Run run = Cli.run("data", "fx", "--data", Cli.data(), "--pair", "USDEUR", "--out",
        tmp.resolve("USDEUR.csv").toString());
    assertThat(run.code()).isZero();
    assertThat(Files.readString(tmp.resolve("USDEUR.csv"))).startsWith("DATETIME,PRICE\n1999-09-06 00:00:00,");
    Cli.Run missing = Cli.run("data", "fx", "--data", Cli.data(), "--pair", "GBPEUR", "--out",
        tmp.resolve("x.csv").toString());
    assertThat(missing.code()).isEqualTo(Commands.DATA_ERROR);
    assertThat(missing.err()).contains("GBPEUR");
  }

  @Test
  void usageAndDataErrorsHaveTheirExitCodes(@TempDir Path tmp) {
    assertThat(Cli.run("data", "fx", "--data", Cli.data(), "--pair", "GBP", "--out", "x").code())
        .isEqualTo(Commands.USAGE_ERROR);
    assertThat(Cli.run("data", "adjusted", "--data", Cli.data()).code()).isEqualTo(Commands.USAGE_ERROR);
    assertThat(Cli.run("data", "nonsense").code()).isEqualTo(Commands.USAGE_ERROR);
    assertThat(Cli.run("data").code()).isEqualTo(Commands.USAGE_ERROR);
    assertThat(Cli.run("data", "adjusted", "--data", tmp.resolve("none").toString(), "--out",
        tmp.toString()).code()).isEqualTo(Commands.DATA_ERROR);
    Cli.Run unknown = Cli.run("data", "adjusted", "--data", Cli.data(), "--out", tmp.toString(), "--instruments",
        "CORNN");
    assertThat(unknown.code()).isEqualTo(Commands.DATA_ERROR);
    assertThat(unknown.err()).contains("did you mean 'CORN'");
    Cli.Run noStore = Cli.run("data", "update", "--data", "parquet:" + tmp.resolve("none"), "--source",
        tmp.toString());
    assertThat(noStore.code()).isEqualTo(Commands.DATA_ERROR);
    assertThat(noStore.err()).contains(tmp.resolve("none").toString());
  }
}
