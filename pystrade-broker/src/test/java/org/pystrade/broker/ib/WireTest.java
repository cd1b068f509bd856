package org.pystrade.broker.ib;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.EOFException;
import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.pystrade.core.domain.ReasonCode;

/** The protocol layer: framing, fields, times, pacing, codes and the order message's layout. */
class WireTest {

  private static Fields body(byte[] framed) throws IOException {
    return new MessageReader(new ByteArrayInputStream(framed)).next();
  }

  @Test
  void aMessageIsALengthPrefixThenNulTerminatedFields() throws IOException {
    byte[] m = new MessageWriter().add(71).add(2).add(-17L).add("").add(true).add(95.125).add(Double.NaN)
        .add(2500.0).add("é").toBytes();
    assertThat(Arrays.copyOf(m, 4)).containsExactly(0, 0, 0, (byte) (m.length - 4));
    assertThat(new String(m, 4, m.length - 4, java.nio.charset.StandardCharsets.UTF_8))
        .isEqualTo("71\0" + "2\0-17\0\0" + "1\0" + "95.125\0\0" + "2500\0é\0");
    Fields f = body(m);
    assertThat(f.size()).isEqualTo(9);
    assertThat(f.integer(0)).isEqualTo(71);
    assertThat(f.longValue(2)).isEqualTo(-17);
    assertThat(f.isEmpty(3)).isTrue();
    assertThat(f.bool(4)).isTrue();
    assertThat(f.dbl(5)).isEqualTo(95.125);
    assertThat(f.dbl(6)).isNaN();
    assertThat(f.str(8)).isEqualTo("é");
  }

  @Test
  void readingPastTheLastFieldGivesEmptyFieldsAndUnsetNumbersAreNaN() throws IOException {
    Fields f = body(new MessageWriter().add(3).add("1.7976931348623157E308").add("2.0").toBytes());
    assertThat(f.str(40)).isEmpty();
    assertThat(f.integer(40)).isZero();
    assertThat(f.dbl(40)).isNaN();
    assertThat(f.dbl(1)).isNaN();
    assertThat(f.longValue(2)).isEqualTo(2);
  }

  @Test
  void aCorruptLengthOrAClosedStreamIsAnError() {
    byte[] huge = {(byte) 0x7f, 0, 0, 0};
    assertThatThrownBy(() -> body(huge)).isInstanceOf(IOException.class).hasMessageContaining("corrupt");
    assertThatThrownBy(() -> body(new byte[] {0, 0})).isInstanceOf(EOFException.class);
  }

  @Test
  void placeOrderCarriesTheOrderRefWhereTwsReadsItAndTheFullFieldList() throws IOException {
    Encoder.OutContract c = new Encoder.OutContract(0, "SOFR3", "FUT", "202503", "2500", "CME", "USD");
    Fields f = body(Encoder.placeOrder(176, 42, c, "BUY", 3, "LMT", 95.5, "DU1", "my-ref"));
    assertThat(f.integer(0)).isEqualTo(3);
    assertThat(f.longValue(1)).isEqualTo(42);
    assertThat(f.str(3)).isEqualTo("SOFR3");
    assertThat(f.str(16)).isEqualTo("BUY");
    assertThat(f.integer(17)).isEqualTo(3);
    assertThat(f.str(18)).isEqualTo("LMT");
    assertThat(f.dbl(19)).isEqualTo(95.5);
    assertThat(f.str(21)).isEqualTo("DAY");
    assertThat(f.str(23)).isEqualTo("DU1");
    assertThat(f.str(26)).isEqualTo("my-ref");
    int at176 = f.size();
    assertThat(body(Encoder.placeOrder(168, 42, c, "BUY", 3, "LMT", 95.5, "DU1", "my-ref")).size())
        .isEqualTo(at176 - 1);
    assertThat(body(Encoder.placeOrder(177, 42, c, "BUY", 3, "LMT", 95.5, "DU1", "my-ref")).size())
        .isEqualTo(at176 - 1);
  }

  @Test
  void aCompletedOrdersStatusIsFoundPastItsVariableParts() throws IOException {
    MessageWriter w = new MessageWriter().add(101).add(1001).add("SOFR3").add("FUT").add("20250617").add(0.0).add("")
        .add("2500").add("CME").add("USD").add("SR3H5").add("SR3").add("SELL").add(2).add("LMT").add(96.5).add("")
        .add("DAY").add("").add("DU1").add("O").add(0).add("the-ref").add(123).add(0).add(0).add(0.0).add("")
        .add("").add("").add("");
    for (int k = 0; k < 21; k++) {
      w.add("");
    }
    w.add("VOL").add(0.0).add(5).add(false).add("").add(""); // a delta-neutral order type and its four fields
    w.add(false).add("").add("").add("").add("");           // continuousUpdate .. comboLegsDescrip
    w.add(1).add(7).add(1).add("BUY").add("CME").add(0).add(0).add("").add(-1); // one combo leg
    w.add(1).add(95.0);                                     // one order combo leg
    w.add(1).add("tag").add("value");                       // one routing parameter
    w.add("").add("").add(0.5).add(1).add(2).add(3).add(false).add(0).add(0).add(0); // a scale increment and 7
    w.add("D").add("0.5");                                  // a hedge and its parameter
    w.add("").add("").add(false).add(true).add(9).add(0.5).add(1.0); // a delta-neutral contract
    w.add("Adaptive").add(1).add("adaptivePriority").add("Normal"); // an algo with one parameter
    w.add(false).add("Cancelled").add(false).add(false);
    Fields f = body(w.toBytes());
    Messages.CompletedOrder[] seen = new Messages.CompletedOrder[1];
    Decoder.dispatch(f, new IgnoringEvents() {
      @Override
      public void completedOrder(Messages.CompletedOrder o) {
        seen[0] = o;
      }
    }, 177);
    assertThat(seen[0].orderRef()).isEqualTo("the-ref");
    assertThat(seen[0].status()).isEqualTo("Cancelled");
    assertThat(seen[0].action()).isEqualTo("SELL");
    assertThat(seen[0].limitPrice()).isEqualTo(96.5);
  }

  @Test
  void ibTimes() {
    assertThat(IbTime.utc(Instant.parse("2025-02-28T13:05:09Z"))).isEqualTo("20250228-13:05:09");
    assertThat(IbTime.duration(Duration.ofHours(2))).isEqualTo("7200 S");
    assertThat(IbTime.duration(Duration.ofDays(30))).isEqualTo("30 D");
    assertThat(IbTime.duration(Duration.ofDays(400))).isEqualTo("2 Y");
    assertThat(IbTime.barTime("20250228")).contains(Instant.parse("2025-02-28T00:00:00Z"));
    assertThat(IbTime.barTime("1740700800")).contains(Instant.parse("2025-02-28T00:00:00Z"));
    assertThat(IbTime.executionTime("20250228-14:30:00")).contains(Instant.parse("2025-02-28T14:30:00Z"));
    assertThat(IbTime.executionTime("20250228  09:30:00 US/Eastern"))
        .contains(Instant.parse("2025-02-28T14:30:00Z"));
    assertThat(IbTime.executionTime("yesterday")).isEmpty();
  }

  @Test
  void thePacerAllowsTheLimitInAnyWindow() {
    Pacer p = new Pacer(3, TimeUnit.SECONDS.toNanos(1));
    long t = 1_000_000_000L;
    assertThat(p.tryAcquire(t)).isTrue();
    assertThat(p.tryAcquire(t + 10)).isTrue();
    assertThat(p.tryAcquire(t + 20)).isTrue();
    assertThat(p.tryAcquire(t + 30)).isFalse();
    assertThat(p.delayNanos(t + 30)).isEqualTo(TimeUnit.SECONDS.toNanos(1) - 30);
    assertThat(p.tryAcquire(t + TimeUnit.SECONDS.toNanos(1))).isTrue();
    assertThat(p.tryAcquire(t + TimeUnit.SECONDS.toNanos(1))).isFalse();
  }

  @Test
  void codesMapToMeaningAndReason() {
    assertThat(IbCodes.meaningOf(1100, "")).isEqualTo(IbCodes.Meaning.CONNECTIVITY_LOST);
    assertThat(IbCodes.meaningOf(1101, "")).isEqualTo(IbCodes.Meaning.CONNECTIVITY_RESTORED_DATA_LOST);
    assertThat(IbCodes.meaningOf(1102, "")).isEqualTo(IbCodes.Meaning.CONNECTIVITY_RESTORED);
    assertThat(IbCodes.meaningOf(2104, "")).isEqualTo(IbCodes.Meaning.FARM_OK);
    assertThat(IbCodes.meaningOf(2106, "")).isEqualTo(IbCodes.Meaning.FARM_OK);
    assertThat(IbCodes.meaningOf(2158, "")).isEqualTo(IbCodes.Meaning.FARM_OK);
    assertThat(IbCodes.meaningOf(326, "")).isEqualTo(IbCodes.Meaning.CLIENT_ID_IN_USE);
    assertThat(IbCodes.reasonOf(200, "")).isEqualTo(ReasonCode.NO_SUCH_CONTRACT);
    assertThat(IbCodes.reasonOf(201, "")).isEqualTo(ReasonCode.BROKER_REJECTED);
    assertThat(IbCodes.reasonOf(162, "Historical data request pacing violation")).isEqualTo(ReasonCode.PACING);
    assertThat(IbCodes.reasonOf(162, "HMDS query returned no data: SR3H5")).isEqualTo(ReasonCode.MISSING_DATA);
    assertThat(IbCodes.reasonOf(504, "Not connected")).isEqualTo(ReasonCode.BROKER_DISCONNECTED);
    assertThat(IbCodes.isNotice(2109, "")).isTrue();
    assertThat(IbCodes.isNotice(10167, "Displaying delayed market data")).isTrue();
    assertThat(IbCodes.reasonOf(10089, "requires additional subscription")).isEqualTo(ReasonCode.MISSING_DATA);
    assertThat(IbCodes.isNotice(201, "")).isFalse();
  }
}
