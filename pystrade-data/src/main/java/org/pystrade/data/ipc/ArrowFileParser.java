package org.pystrade.data.ipc;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.zip.CRC32C;
import org.apache.arrow.flatbuf.Block;
import org.apache.arrow.flatbuf.Endianness;
import org.apache.arrow.flatbuf.Field;
import org.apache.arrow.flatbuf.FieldNode;
import org.apache.arrow.flatbuf.FloatingPoint;
import org.apache.arrow.flatbuf.Footer;
import org.apache.arrow.flatbuf.KeyValue;
import org.apache.arrow.flatbuf.Message;
import org.apache.arrow.flatbuf.MessageHeader;
import org.apache.arrow.flatbuf.Precision;
import org.apache.arrow.flatbuf.RecordBatch;
import org.apache.arrow.flatbuf.Schema;
import org.apache.arrow.flatbuf.Timestamp;
import org.apache.arrow.flatbuf.Type;
import org.pystrade.core.data.DataException;
import org.pystrade.core.domain.ReasonCode;

/**
 * Reads the Arrow IPC files {@link ArrowIpc} reads, straight from the file's bytes into Java arrays, through Arrow's
 * own format classes ({@code org.apache.arrow.flatbuf}, flatbuffers) but without Arrow's vectors and memory.
 *
 * <p>Why not Arrow's {@code ArrowFileReader}: measured, a short run (the 6-instrument sample backtest, whose 18 price
 * files come from the cache) spent 0.3 to 0.8 s more with it, loading and initialising some 325 classes of Arrow's
 * vectors and memory, and that reader needs the JVM flag {@code --add-opens=java.base/java.nio=ALL-UNNAMED}; this
 * one loads a dozen small classes, needs no flag, and copies each column once (file to array) instead of twice. It
 * reads what a time series file holds: little-endian, uncompressed, fixed-width columns without dictionaries; for
 * anything else it answers {@link Unsupported} and {@link ArrowIpc} hands the file to Arrow's reader. Every offset
 * and length read from a file is checked against the file's size before it is used, so a damaged file is an error,
 * never a huge allocation or another number (the checksum of files written by {@link ArrowIpc} is checked too).
 */
final class ArrowFileParser {

  private static final byte[] MAGIC = "ARROW1".getBytes(StandardCharsets.US_ASCII);
  /** The largest file read here (larger ones go to Arrow's reader). */
  private static final long MAX_SIZE = Integer.MAX_VALUE - 8;

  private ArrowFileParser() {
  }

  /** The file holds something this parser does not read (compression, dictionaries, big-endian, ...). */
  static final class Unsupported extends Exception {
    private static final long serialVersionUID = 1L;

    Unsupported(String message) {
      super(message, null, false, false);
    }
  }

  /** A file's bytes and its footer. */
  private record Opened(ByteBuffer bytes, Footer footer) {
  }

  private static Opened open(Path file, boolean whole) throws IOException, Unsupported {
    try (FileChannel ch = FileChannel.open(file, StandardOpenOption.READ)) {
      long size = ch.size();
      if (size > MAX_SIZE) {
        throw new Unsupported("a file of " + size + " bytes");
      }
      int n = (int) size;
      if (n < 2 * MAGIC.length + 4 + 2) {
        throw damaged(file, "it has only " + n + " bytes");
      }
      ByteBuffer tail = ByteBuffer.allocate(MAGIC.length + 4).order(ByteOrder.LITTLE_ENDIAN);
      readFully(ch, tail, n - tail.capacity(), file);
      for (int i = 0; i < MAGIC.length; i++) {
        if (tail.get(4 + i) != MAGIC[i]) {
          throw damaged(file, "it does not end with Arrow's magic bytes");
        }
      }
      int footerLength = tail.getInt(0);
      int footerStart = n - tail.capacity() - footerLength;
      if (footerLength <= 0 || footerStart < 8) {
        throw damaged(file, "its footer length " + footerLength + " does not fit its " + n + " bytes");
      }
      ByteBuffer bytes;
      if (whole) {
        bytes = threadBuffer(n);
        readFully(ch, bytes, 0, file);
        bytes.flip();
      } else {
        bytes = ByteBuffer.allocate(n - footerStart).order(ByteOrder.LITTLE_ENDIAN);
        readFully(ch, bytes, footerStart, file);
        footerStart = 0;
      }
      for (int i = 0; i < MAGIC.length && whole; i++) {
        if (bytes.get(i) != MAGIC[i]) {
          throw damaged(file, "it does not start with Arrow's magic bytes");
        }
      }
      ByteBuffer fb = bytes.duplicate().order(ByteOrder.LITTLE_ENDIAN);
      fb.position(footerStart).limit(footerStart + footerLength);
      return new Opened(bytes, Footer.getRootAsFooter(fb.slice().order(ByteOrder.LITTLE_ENDIAN)));
    }
  }

  /** The largest buffer kept per thread between reads. */
  private static final int KEPT = 16 << 20;
  private static final ThreadLocal<ByteBuffer> BUFFER = new ThreadLocal<>();

  /**
   * A direct buffer of exactly {@code size} bytes (limit), little-endian: this thread's, reused from read to read
   * up to {@link #KEPT} bytes. A direct buffer because the channel reads into it with no copy of its own (into a heap
   * buffer it would read into a temporary direct one and copy), and reused so that a universe's files leave no
   * per-file garbage; the arrays of a table are copied out of it before the next read.
   */
  private static ByteBuffer threadBuffer(int size) {
    ByteBuffer buf = BUFFER.get();
    if (buf == null || buf.capacity() < size) {
      buf = ByteBuffer.allocateDirect(Math.max(size, 1 << 20));
      if (buf.capacity() <= KEPT) {
        BUFFER.set(buf);
      }
    }
    buf.clear().limit(size);
    return buf.order(ByteOrder.LITTLE_ENDIAN);
  }

  private static void readFully(FileChannel ch, ByteBuffer buf, long at, Path file) throws IOException {
    long pos = at;
    while (buf.hasRemaining()) {
      int r = ch.read(buf, pos);
      if (r < 0) {
        throw new IOException(file + " ended while it was read");
      }
      pos += r;
    }
  }

  private static DataException damaged(Path file, String why) {
    return new DataException(ReasonCode.MALFORMED_DATA, "Arrow file " + file + " is damaged: " + why);
  }

  /**
   * Reads a file's schema.
   *
   * @param file the file
   * @return the header
   * @throws Unsupported if the file is not one this parser reads
   */
  static ArrowIpc.Header header(Path file) throws IOException, Unsupported {
    try {
      Opened o = open(file, false);
      return header(file, o.footer());
    } catch (IndexOutOfBoundsException | IllegalArgumentException ex) {
      throw damaged(file, ex.toString());
    }
  }

  private static ArrowIpc.Header header(Path file, Footer footer) throws Unsupported {
    Schema schema = footer.schema();
    if (schema == null) {
      throw damaged(file, "its footer has no schema");
    }
    if (schema.endianness() != Endianness.Little) {
      throw new Unsupported("big-endian data");
    }
    int fields = schema.fieldsLength();
    if (fields < 1) {
      throw notTimeSeries(file, "no column");
    }
    Field time = schema.fields(0);
    if (time.typeType() != Type.Timestamp || time.dictionary() != null) {
      throw notTimeSeries(file, "its first column " + time.name() + " is not a timestamp");
    }
    Timestamp ts = (Timestamp) time.type(new Timestamp());
    if (ts.timezone() != null) {
      throw notTimeSeries(file, "its time column " + time.name() + " has a time zone (" + ts.timezone() + ")");
    }
    TimeUnit unit = switch (ts.unit()) {
      case org.apache.arrow.flatbuf.TimeUnit.SECOND -> TimeUnit.SECONDS;
      case org.apache.arrow.flatbuf.TimeUnit.NANOSECOND -> TimeUnit.NANOSECONDS;
      default -> throw notTimeSeries(file, "its time column " + time.name() + " is not in seconds or nanoseconds");
    };
    List<String> names = new ArrayList<>(fields - 1);
    for (int i = 1; i < fields; i++) {
      Field f = schema.fields(i);
      if (f.typeType() != Type.FloatingPoint || f.dictionary() != null
          || ((FloatingPoint) f.type(new FloatingPoint())).precision() != Precision.DOUBLE) {
        throw new DataException(ReasonCode.MALFORMED_DATA, file + ": column " + f.name() + " is not double");
      }
      names.add(f.name());
    }
    Map<String, String> meta = new HashMap<>();
    for (int i = 0; i < schema.customMetadataLength(); i++) {
      KeyValue kv = schema.customMetadata(i);
      meta.put(kv.key(), kv.value());
    }
    return new ArrowIpc.Header(time.name(), unit, names, meta);
  }

  private static DataException notTimeSeries(Path file, String why) {
    return new DataException(ReasonCode.MALFORMED_DATA, file + " is not an Arrow file of a naive timestamp column "
        + "followed by double columns: " + why);
  }

  /**
   * Reads a whole file.
   *
   * @param file the file
   * @param requireChecksum whether a file without {@link ArrowIpc}'s checksum is an error
   * @return the table
   * @throws Unsupported if the file is not one this parser reads
   */
  static ArrowIpc.Table read(Path file, boolean requireChecksum) throws IOException, Unsupported {
    try {
      return readChecked(file, requireChecksum);
    } catch (IndexOutOfBoundsException | IllegalArgumentException | NegativeArraySizeException ex) {
      throw damaged(file, ex.toString());
    }
  }

  private static ArrowIpc.Table readChecked(Path file, boolean requireChecksum) throws IOException, Unsupported {
    Opened o = open(file, true);
    ByteBuffer bytes = o.bytes();
    Footer footer = o.footer();
    if (footer.dictionariesLength() > 0) {
      throw new Unsupported("dictionaries");
    }
    ArrowIpc.Header header = header(file, footer);
    String expected = null;
    for (int i = 0; i < footer.customMetadataLength(); i++) {
      KeyValue kv = footer.customMetadata(i);
      if (ArrowIpc.CHECKSUM_KEY.equals(kv.key())) {
        expected = kv.value();
      }
    }
    if (expected == null && requireChecksum) {
      throw new DataException(ReasonCode.MALFORMED_DATA, "Arrow file " + file + " has no checksum");
    }
    int columns = header.names().size() + 1;
    int batches = footer.recordBatchesLength();
    long[][] times = new long[batches][];
    double[][][] values = new double[batches][][];
    CRC32C crc = new CRC32C();
    Block block = new Block();
    for (int b = 0; b < batches; b++) {
      footer.recordBatches(block, b);
      long offset = block.offset();
      int metaLength = block.metaDataLength();
      long bodyLength = block.bodyLength();
      long size = bytes.limit();
      if (offset < 8 || metaLength < 8 || bodyLength < 0 || offset + metaLength + bodyLength > size) {
        throw damaged(file, "a record batch of " + metaLength + " + " + bodyLength + " bytes at " + offset
            + " does not fit its " + size + " bytes");
      }
      int at = (int) offset;
      int flatStart = at + 4;
      int flatLength = bytes.getInt(at);
      if (flatLength == -1) {
        // the continuation marker of the current format, then the length
        flatLength = bytes.getInt(at + 4);
        flatStart = at + 8;
      }
      if (flatLength <= 0 || flatStart + (long) flatLength > at + (long) metaLength) {
        throw damaged(file, "a record batch's metadata length " + flatLength + " does not fit its block");
      }
      ByteBuffer mb = bytes.duplicate().order(ByteOrder.LITTLE_ENDIAN);
      mb.position(flatStart).limit(flatStart + flatLength);
      Message message = Message.getRootAsMessage(mb.slice().order(ByteOrder.LITTLE_ENDIAN));
      if (message.headerType() != MessageHeader.RecordBatch) {
        throw damaged(file, "a record batch block holds a message of type " + message.headerType());
      }
      RecordBatch rb = (RecordBatch) message.header(new RecordBatch());
      if (rb == null) {
        throw damaged(file, "a record batch message without its header");
      }
      if (rb.compression() != null) {
        throw new Unsupported("compressed record batches");
      }
      long rows = rb.length();
      if (rows < 0 || rows > bodyLength / 8 || rb.nodesLength() != columns || rb.buffersLength() != 2 * columns) {
        throw damaged(file, "a record batch of " + rows + " rows, " + rb.nodesLength() + " columns and "
            + rb.buffersLength() + " buffers for " + columns + " columns in " + bodyLength + " bytes");
      }
      int n = (int) rows;
      long body = offset + metaLength;
      FieldNode node = new FieldNode();
      org.apache.arrow.flatbuf.Buffer buf = new org.apache.arrow.flatbuf.Buffer();
      long[] t = new long[n];
      double[][] v = new double[columns - 1][];
      for (int c = 0; c < columns; c++) {
        rb.nodes(node, c);
        if (node.length() != rows || node.nullCount() < 0 || node.nullCount() > rows) {
          throw damaged(file, "column " + c + " has " + node.length() + " values (" + node.nullCount()
              + " null) in a batch of " + rows + " rows");
        }
        ByteBuffer validity = null;
        if (node.nullCount() > 0) {
          rb.buffers(buf, 2 * c);
          validity = slice(file, bytes, body, bodyLength, buf.offset(), buf.length(), (n + 7) / 8);
          crc.update(validity.duplicate());
        }
        rb.buffers(buf, 2 * c + 1);
        ByteBuffer data = slice(file, bytes, body, bodyLength, buf.offset(), buf.length(), 8L * n);
        crc.update(data.duplicate());
        if (c == 0) {
          if (node.nullCount() > 0) {
            throw damaged(file, "its time column has nulls");
          }
          data.asLongBuffer().get(t);
        } else {
          double[] col = new double[n];
          data.asDoubleBuffer().get(col);
          if (validity != null) {
            for (int i = 0; i < n; i++) {
              if ((validity.get(i >>> 3) & (1 << (i & 7))) == 0) {
                col[i] = Double.NaN;
              }
            }
          }
          v[c - 1] = col;
        }
      }
      times[b] = t;
      values[b] = v;
    }
    if (expected != null && !expected.equals(Long.toHexString(crc.getValue()))) {
      throw damaged(file, "the checksum of its columns is " + Long.toHexString(crc.getValue()) + ", written as "
          + expected);
    }
    return ArrowIpc.table(file, header, Arrays.asList(times), Arrays.asList(values));
  }

  /** A buffer of a record batch's body, checked to lie within the body and to hold at least {@code need} bytes. */
  private static ByteBuffer slice(Path file, ByteBuffer bytes, long body, long bodyLength, long offset, long length,
      long need) {
    if (offset < 0 || length < need || offset + need > bodyLength) {
      throw damaged(file, "a buffer of " + length + " bytes at " + offset + " (" + need + " needed) does not fit a"
          + " body of " + bodyLength + " bytes");
    }
    ByteBuffer s = bytes.duplicate();
    s.position((int) (body + offset)).limit((int) (body + offset + need));
    return s.slice().order(ByteOrder.LITTLE_ENDIAN);
  }
}
