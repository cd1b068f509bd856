package org.pystrade.data;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.pystrade.core.data.DataException;

class SampleDataTest {

  @TempDir
  Path tmp;

  @AfterEach
  void clearProperty() {
    System.clearProperty(SampleData.PROPERTY);
  }

  @Test
  void foundByWalkingUpFromTheWorkingDirectory() {
    Path dir = SampleData.directory();
    assertThat(dir.getFileName()).hasToString("sample-data");
    assertThat(dir.resolve("adjusted_prices_csv")).isDirectory();
    assertThat(SampleData.open().instruments()).hasSize(6);
  }

  @Test
  void walkUpFindsTheClosestAncestor() throws Exception {
    Files.createDirectories(tmp.resolve("sample-data/adjusted_prices_csv"));
    Path deep = Files.createDirectories(tmp.resolve("a/b/c"));
    assertThat(SampleData.find(deep)).contains(tmp.resolve("sample-data"));
    assertThat(SampleData.find(Files.createDirectories(tmp.resolve("other")).getRoot())).isEmpty();
  }

  @Test
  void systemPropertyOverrides() throws Exception {
    Path dir = tmp.resolve("mine");
    Files.createDirectories(dir.resolve("adjusted_prices_csv"));
    System.setProperty(SampleData.PROPERTY, dir.toString());
    assertThat(SampleData.directory()).isEqualTo(dir);
    assertThat(SampleData.open().instruments()).isEmpty();
  }

  @Test
  void clearErrorWhenThePropertyIsWrong() {
    System.setProperty(SampleData.PROPERTY, tmp.resolve("nope").toString());
    assertThatThrownBy(SampleData::directory).isInstanceOf(DataException.class)
        .hasMessageContaining(SampleData.PROPERTY).hasMessageContaining("nope");
  }
}
