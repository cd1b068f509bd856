package org.pystrade.data.ipc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.apache.arrow.memory.BufferAllocator;
import org.apache.arrow.memory.RootAllocator;
import org.apache.arrow.vector.Float8Vector;
import org.apache.arrow.vector.TimeStampSecVector;
import org.apache.arrow.vector.VectorSchemaRoot;
import org.apache.arrow.vector.ipc.ArrowFileWriter;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.pystrade.core.data.DataException;

/** Arrow IPC files: round trips, the checksum of files written here, and files written by others. */
class ArrowIpcTest {

  @TempDir
  Path tmp;

  private final ArrowIpc ipc = ArrowIpc.open("a test");

  @AfterEach
  void close() {
    ipc.close();
  }

  private static final double ODD_NAN = Double.longBitsToDouble(0x7ff8_0000_0000_1234L);

  private ArrowIpc.Table table() {
    return new ArrowIpc.Table("DATETIME", TimeUnit.SECONDS, List.of("a", "b"), new long[] {10, 20, 30},
        new double[][] {{1.5, ODD_NAN, -0.0}, {Double.POSITIVE_INFINITY, 2.5, 3.5}}, Map.of("k", "v"));
  }

  @Test
  void roundTripKeepsEveryBitAndTheMetadata() throws Exception {
    Path f = tmp.resolve("t.arrow");
    ipc.write(table(), false, f, StandardOpenOption.CREATE_NEW);
    ArrowIpc.Table back = ipc.read(f, true);
    assertThat(back.timeName()).isEqualTo("DATETIME");
    assertThat(back.unit()).isEqualTo(TimeUnit.SECONDS);
    assertThat(back.names()).containsExactly("a", "b");
    assertThat(back.times()).containsExactly(10, 20, 30);
    assertThat(Double.doubleToRawLongBits(back.columns()[0][1])).isEqualTo(0x7ff8_0000_0000_1234L);
    assertThat(Double.doubleToRawLongBits(back.columns()[0][2])).isEqualTo(Double.doubleToRawLongBits(-0.0));
    assertThat(back.columns()[1]).containsExactly(Double.POSITIVE_INFINITY, 2.5, 3.5);
    assertThat(back.metadata()).containsEntry("k", "v");
    assertThat(ipc.header(f).names()).containsExactly("a", "b");
  }

  @Test
  void nanWrittenAsNullIsReadAsNan() throws Exception {
    Path f = tmp.resolve("t.arrow");
    ipc.write(table(), true, f, StandardOpenOption.CREATE_NEW);
    assertThat(ipc.read(f).columns()[0][1]).isNaN();
  }

  @Test
  void aDamagedValueIsAnErrorNamingTheFileNeverAnotherNumber() throws Exception {
    for (boolean nanAsNull : new boolean[] {false, true}) {
      Path f = tmp.resolve("t" + nanAsNull + ".arrow");
      ipc.write(table(), nanAsNull, f, StandardOpenOption.CREATE_NEW);
      byte[] b = Files.readAllBytes(f);
      ByteBuffer bb = ByteBuffer.wrap(b).order(ByteOrder.LITTLE_ENDIAN);
      int at = -1;
      for (int i = 0; i + 8 <= b.length && at < 0; i++) {
        if (bb.getLong(i) == Double.doubleToRawLongBits(2.5)) {
          at = i;
        }
      }
      b[at + 2] ^= 1;
      Files.write(f, b);
      assertThatThrownBy(() -> ipc.read(f)).isInstanceOf(DataException.class).hasMessageContaining(f.toString())
          .hasMessageContaining("is damaged");
    }
  }

  @Test
  void aFileOfAnotherWriterIsReadUncheckedUnlessAChecksumIsRequired() throws Exception {
    Path f = tmp.resolve("other.arrow");
    try (BufferAllocator a = new RootAllocator();
        TimeStampSecVector t = new TimeStampSecVector("DATETIME", a);
        Float8Vector v = new Float8Vector("price", a)) {
      t.allocateNew(2);
      t.set(0, 100);
      t.set(1, 200);
      t.setValueCount(2);
      v.allocateNew(2);
      v.set(0, 4.25);
      v.setNull(1);
      v.setValueCount(2);
      try (VectorSchemaRoot root = VectorSchemaRoot.of(t, v);
          FileChannel ch = FileChannel.open(f, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
          ArrowFileWriter w = new ArrowFileWriter(root, null, ch)) {
        root.setRowCount(2);
        w.start();
        w.writeBatch();
        w.end();
      }
    }
    ArrowIpc.Table back = ipc.read(f);
    assertThat(back.times()).containsExactly(100, 200);
    assertThat(back.columns()[0][0]).isEqualTo(4.25);
    assertThat(back.columns()[0][1]).isNaN();
    assertThatThrownBy(() -> ipc.read(f, true)).isInstanceOf(DataException.class).hasMessageContaining("no checksum");
  }

  @Test
  void truncatedAndForeignFilesAreErrorsNamingTheFile() throws Exception {
    Path f = tmp.resolve("t.arrow");
    ipc.write(table(), false, f, StandardOpenOption.CREATE_NEW);
    byte[] b = Files.readAllBytes(f);
    Path cut = Files.write(tmp.resolve("cut.arrow"), java.util.Arrays.copyOf(b, b.length / 2));
    assertThatThrownBy(() -> ipc.read(cut)).isInstanceOf(DataException.class).hasMessageContaining(cut.toString());
    Path csv = Files.writeString(tmp.resolve("x.arrow"), "DATETIME,price\n2020-01-01,1\n");
    assertThatThrownBy(() -> ipc.read(csv)).isInstanceOf(DataException.class).hasMessageContaining(csv.toString());
    assertThatThrownBy(() -> ipc.header(csv)).isInstanceOf(DataException.class).hasMessageContaining(csv.toString());
  }
}
