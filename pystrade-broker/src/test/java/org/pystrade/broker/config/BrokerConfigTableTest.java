package org.pystrade.broker.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.pystrade.broker.api.BrokerContractSpec;
import org.pystrade.core.domain.InstrumentCode;
import org.pystrade.core.domain.Quantity;
import org.pystrade.core.domain.ReasonCode;

class BrokerConfigTableTest {

  @Test
  void theBundledTableCoversEveryBundledInstrumentWithPysystemtradesPointSize() throws Exception {
    BrokerConfigTable table = BrokerConfigTable.bundled();
    InstrumentCosts costs = InstrumentCosts.read(Path.of("..", "sample-data", "csvconfig")).value();
    assertThat(table.rows()).hasSize(226);
    for (BrokerContractSpec s : table.rows()) {
      assertThat(s.pointSize()).as("point size of %s", s.instrument())
          .isCloseTo(costs.costs(s.instrument()).value().pointSize(), within(1e-9));
    }
    try (Stream<Path> files = Files.list(Path.of("..", "sample-data", "multiple_prices_csv"))) {
      files.map(p -> p.getFileName().toString().replaceAll("\\.csv.*", "")).forEach(code ->
          assertThat(table.spec(InstrumentCode.of(code)).isOk()).as(code).isTrue());
    }
    BrokerContractSpec corn = table.spec(InstrumentCode.of("CORN")).value();
    assertThat(corn.symbol()).isEqualTo("ZC");
    assertThat(corn.priceMagnifier()).isEqualTo(100);
    assertThat(table.bySymbol("ZC", "CBOT", 5000)).contains(corn);
    assertThat(table.spec(InstrumentCode.of("NOPE")).failure().code()).isEqualTo(ReasonCode.NO_CONFIGURATION);
  }

  @Test
  void aBadRowIsAFailureNamingTheLine(@TempDir Path dir) throws Exception {
    Path f = dir.resolve("t.csv");
    Files.writeString(f, "instrument,symbol,exchange,currency,multiplier,price_magnifier\nA,X,CME,USD,5,1\n"
        + "B,Y,CME,usd,5,1\n");
    assertThat(BrokerConfigTable.read(f).failure().message()).contains("line 3").contains("usd");
    Files.writeString(f, "instrument,symbol\nA,X\n");
    assertThat(BrokerConfigTable.read(f).failure().code()).isEqualTo(ReasonCode.MALFORMED_DATA);
    assertThat(BrokerConfigTable.read(dir.resolve("none.csv")).failure().code()).isEqualTo(ReasonCode.MISSING_DATA);
  }

  @Test
  void commissionIsTheLargestOfPerBlockPercentageAndPerTrade() {
    InstrumentCosts.Costs c = new InstrumentCosts.Costs(InstrumentCode.of("X"), org.pystrade.core.domain.Currency.EUR,
        10, 2, 0.0001, 5, 0.5);
    assertThat(c.commission(Quantity.of(1), 100).amount()).isEqualTo(5.0);
    assertThat(c.commission(Quantity.of(-4), 100).amount()).isEqualTo(8.0);
    assertThat(c.commission(Quantity.of(4), 100_000).amount()).isCloseTo(400.0, within(1e-9));
  }
}
