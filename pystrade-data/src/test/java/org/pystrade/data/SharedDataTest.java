package org.pystrade.data;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SharedDataTest {

  @TempDir
  Path tmp;

  @AfterEach
  void clearProperty() {
    System.clearProperty(SharedData.PROPERTY);
  }

  @Test
  void propertyPointsAtTheSharedDirectory() throws Exception {
    Files.createDirectories(tmp.resolve("data/pysystemtrade-futures/adjusted_prices_csv"));
    Files.createDirectories(tmp.resolve("golden"));
    System.setProperty(SharedData.PROPERTY, tmp.toString());
    assertThat(SharedData.root()).contains(tmp);
    assertThat(SharedData.futuresData()).contains(tmp.resolve("data/pysystemtrade-futures"));
    assertThat(SharedData.golden()).contains(tmp.resolve("golden"));
    assertThat(SharedData.openFuturesData().orElseThrow().instruments()).isEmpty();
  }

  @Test
  void absentIsEmptyWithAMessage() {
    System.setProperty(SharedData.PROPERTY, tmp.resolve("missing").toString());
    assertThat(SharedData.root()).isEmpty();
    assertThat(SharedData.futuresData()).isEmpty();
    assertThat(SharedData.golden()).isEmpty();
    assertThat(SharedData.openFuturesData()).isEmpty();
    assertThat(SharedData.absentMessage()).contains("missing").contains(SharedData.PROPERTY);
  }

  @Test
  void partialSharedDirectory() throws Exception {
    Files.createDirectories(tmp.resolve("golden"));
    System.setProperty(SharedData.PROPERTY, tmp.toString());
    assertThat(SharedData.golden()).contains(tmp.resolve("golden"));
    assertThat(SharedData.futuresData()).isEmpty();
  }
}
