package org.pystrade.broker.ib;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.pystrade.broker.testkit.FakeTwsServer;
import org.pystrade.broker.testkit.Scenario;

/**
 * The fake server's open-order message has the full layout of the version it speaks: walked field by field as IB's
 * protocol lays it out (as ib_insync reads it), its status is where a client looks for it and nothing is left over.
 */
class FakeServerLayoutTest {

  /** The index just past an open order's status, walking its variable parts; the status is at the index before. */
  private static int pastStatus(Fields f, int version) {
    int i = version < 177 ? 35 : 34;                 // past faPercentage, and faProfile below 177
    i += 27;                                         // modelCode .. volatilityType
    boolean dn = !f.isEmpty(i);
    i += 2 + (dn ? 8 : 0);
    i += 7;                                          // continuousUpdate .. comboLegsDescrip
    i += 1 + 8 * f.integer(i);
    i += 1 + f.integer(i);
    i += 1 + 2 * f.integer(i);
    boolean scale = f.dbl(i + 2) > 0;
    i += 3 + (scale ? 7 : 0);
    i += f.isEmpty(i) ? 1 : 2;                       // hedge
    boolean dnc = f.bool(i + 4);
    i += 5 + (dnc ? 3 : 0);
    boolean algo = !f.isEmpty(i);
    i += 1;
    if (algo) {
      i += 1 + 2 * f.integer(i);
    }
    return i + 3;                                    // solicited, whatIf, status
  }

  private static int total(int version) {
    // margins (9), commission fields (5), randomize (2), conditions (1), adjusted (8), soft dollar .. usePriceMgmtAlgo
    // (8), duration, postToAts, autoCancelParent (3), and five more from 170
    return 9 + 5 + 2 + 1 + 8 + 8 + 3 + (version >= 170 ? 5 : 0);
  }

  @Test
  void openOrdersHaveTheFullLayoutAtEveryVersion() throws Exception {
    for (int version : new int[] {166, 176}) {
      try (FakeTwsServer server = FakeTwsServer.start(IbFixtures.market().serverVersion(version)
          .fills(Scenario.Fills.NONE, 1).build())) {
        IbConnection c = IbConnection.open(IbFixtures.settings(server).build()).value();
        assertThat(c.serverVersion()).isEqualTo(version);
        Map<Integer, Fields> seen = new ConcurrentHashMap<>();
        CountDownLatch got = new CountDownLatch(1);
        c.start(new IbConnection.Listener() {
          @Override
          public void onMessage(IbConnection connection, Fields fields) {
            seen.put(fields.integer(0), fields);
            if (fields.integer(0) == Decoder.OPEN_ORDER) {
              got.countDown();
            }
          }

          @Override
          public void onClosed(IbConnection connection, String reason) {
          }
        }, "layout");
        c.send(Encoder.startApi(3));
        Encoder.OutContract sofr = new Encoder.OutContract(0, "SOFR3", "FUT", "202503", "2500", "CME", "USD");
        c.send(Encoder.placeOrder(version, 1, sofr, "BUY", 2, "LMT", 90, "", "layout-ref"));
        assertThat(got.await(5, TimeUnit.SECONDS)).isTrue();
        Fields f = seen.get(Decoder.OPEN_ORDER);
        assertThat(f.str(23)).isEqualTo("layout-ref");
        int past = pastStatus(f, version);
        assertThat(f.str(past - 1)).isEqualTo("Submitted");
        assertThat(f.size()).isEqualTo(past + total(version));
        c.close();
      }
    }
  }
}
