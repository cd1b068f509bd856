package org.pystrade.data.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.pystrade.core.domain.ContractDate;
import org.pystrade.core.domain.InstrumentCode;

/** New bars from a folder of pysystemtrade's per-contract files. */
class CsvFolderPriceSourceTest {

  @Test
  void instrumentsAndContractsComeFromTheFileNames(@TempDir Path dir) throws IOException {
    Files.write(dir.resolve("CORN_20231200.csv"), List.of("DATETIME,OPEN,HIGH,LOW,FINAL,VOLUME",
        "2023-09-01 23:00:00,480.0,485.5,478.0,483.25,10500.0"));
    try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(dir.resolve("US_10Y_20231200.csv.gz")))) {
      out.write("DATETIME,FINAL\n2023-09-01 23:00:00,110.5\n".getBytes(StandardCharsets.UTF_8));
    }
    Files.write(dir.resolve("notes.txt"), List.of("ignored"));
    Files.write(dir.resolve("CORN_20231300.csv"), List.of("DATETIME,FINAL"));
    CsvFolderPriceSource source = CsvFolderPriceSource.open(dir);
    assertThat(source.instruments()).containsExactly(InstrumentCode.of("CORN"), InstrumentCode.of("US_10Y"));
    var corn = source.newBars(InstrumentCode.of("CORN")).get();
    assertThat(corn).containsOnlyKeys(ContractDate.of("20231200"));
    assertThat(corn.get(ContractDate.of("20231200")).high().valuesView()).containsExactly(485.5);
    var us = source.newBars(InstrumentCode.of("US_10Y")).get();
    assertThat(us.get(ContractDate.of("20231200")).fin().valuesView()).containsExactly(110.5);
    assertThat(us.get(ContractDate.of("20231200")).open().valuesView()).containsExactly(Double.NaN);
    assertThat(source.newBars(InstrumentCode.of("NONE")).get()).isEmpty();
  }

  @Test
  void aBadFileRefusesItsInstrumentNamingTheLine(@TempDir Path dir) throws IOException {
    Files.write(dir.resolve("CORN_20231200.csv"), List.of("DATETIME,FINAL", "2023-09-01 23:00:00,1.0",
        "2023-09-01 23:00:00,2.0"));
    Outcome<?> out = CsvFolderPriceSource.open(dir).newBars(InstrumentCode.of("CORN"));
    assertThat(out.isRefused()).isTrue();
    assertThat(out.errors()).singleElement().satisfies(p -> {
      assertThat(p.check()).isEqualTo(Check.DUPLICATE_TIMESTAMP);
      assertThat(p.where()).endsWith("CORN_20231200.csv line 3");
    });
  }
}
