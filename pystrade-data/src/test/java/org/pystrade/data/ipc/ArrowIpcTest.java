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

  @Test
  void severalRecordBatchesAreReadAsOneTableAsArrowsReaderReadsThem() throws Exception {
    Path f = tmp.resolve("batches.arrow");
    try (BufferAllocator a = new RootAllocator();
        TimeStampSecVector t = new TimeStampSecVector("DATETIME", a);
        Float8Vector v = new Float8Vector("price", a);
        VectorSchemaRoot root = VectorSchemaRoot.of(t, v);
        FileChannel ch = FileChannel.open(f, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
        ArrowFileWriter w = new ArrowFileWriter(root, null, ch)) {
      w.start();
      for (int b = 0; b < 3; b++) {
        t.allocateNew(b + 1);
        v.allocateNew(b + 1);
        for (int i = 0; i <= b; i++) {
          t.set(i, 100L * b + i);
          if (i == 1) {
            v.setNull(i);
          } else {
            v.set(i, b + i / 10.0);
          }
        }
        t.setValueCount(b + 1);
        v.setValueCount(b + 1);
        root.setRowCount(b + 1);
        w.writeBatch();
      }
      w.end();
    }
    ArrowIpc.Table parsed = ipc.read(f);
    ArrowIpc.Table arrow = ArrowIpc.readWithArrowReader(f, false);
    assertThat(parsed.times()).containsExactly(0, 100, 101, 200, 201, 202).isEqualTo(arrow.times());
    assertThat(parsed.columns()[0]).usingElementComparator((x, y) -> Double.compare(x, y))
        .containsExactly(0.0, 1.0, Double.NaN, 2.0, Double.NaN, 2.2).isEqualTo(arrow.columns()[0]);
  }

  @Test
  void theParserAndArrowsReaderReadTheSameBitsFromEveryFileWrittenHere() throws Exception {
    java.util.Random rnd = new java.util.Random(7);
    for (int n : new int[] {0, 1, 7, 8, 9, 1000}) {
      long[] times = new long[n];
      double[][] cols = new double[3][n];
      for (int i = 0; i < n; i++) {
        times[i] = 1_000_000L + 86_400L * i;
        for (double[] c : cols) {
          c[i] = rnd.nextInt(10) == 0 ? Double.NaN : rnd.nextGaussian();
        }
      }
      for (boolean nanAsNull : new boolean[] {false, true}) {
        Path f = tmp.resolve("r" + n + nanAsNull + ".arrow");
        ipc.write(new ArrowIpc.Table("t", TimeUnit.NANOSECONDS, List.of("x", "y", "z"), times, cols, Map.of()),
            nanAsNull, f, StandardOpenOption.CREATE_NEW);
        ArrowIpc.Table parsed = ipc.read(f, true);
        ArrowIpc.Table arrow = ArrowIpc.readWithArrowReader(f, true);
        assertThat(parsed.unit()).isEqualTo(TimeUnit.NANOSECONDS).isEqualTo(arrow.unit());
        assertThat(parsed.times()).isEqualTo(arrow.times()).isEqualTo(times);
        for (int c = 0; c < 3; c++) {
          long[] p = java.util.Arrays.stream(parsed.columns()[c]).mapToLong(Double::doubleToRawLongBits).toArray();
          long[] a = java.util.Arrays.stream(arrow.columns()[c]).mapToLong(Double::doubleToRawLongBits).toArray();
          assertThat(p).as("n=%d column %d", n, c).isEqualTo(a);
        }
      }
    }
  }
}
