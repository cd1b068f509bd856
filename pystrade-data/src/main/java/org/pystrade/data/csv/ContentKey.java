package org.pystrade.data.csv;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.LongBuffer;
import java.util.zip.CRC32C;

/**
 * What identifies a source file's content in the binary cache: its length and two independent hashes of its raw
 * bytes (as on disk, before any inflating), XXH64 and CRC32C.
 *
 * <p>Why these: the key must change whenever the bytes change, at a cost small next to reading a cache entry.
 * CRC32C is a JVM intrinsic (~20 GB/s here) but only 32 bits: alone, one changed file in ~4 billion would be served
 * stale. XXH64 (written out below: the JDK has none) spreads every input bit over 64 bits and runs at ~8-12 GB/s
 * once compiled. Together, with the length, an accidental match of a changed file has a probability of about
 * 2^-96, and the two algorithms share no structure (a multiply-rotate hash and a polynomial remainder). SHA-256,
 * although an intrinsic on CPUs with SHA extensions, was 5-8x slower (~1.5 GB/s with them, a few hundred MB/s
 * without), and a cryptographic hash buys nothing here: whoever can write the source files decides the numbers
 * anyway, and the cache folder is the user's own (see {@link TableCache}). Two CRCs (CRC32 and CRC32C, both
 * intrinsics even before compilation) would cost least in a fresh JVM, but together they are one 64-bit linear
 * code. Measured on the 476 price files of pysystemtrade's data (adjusted, multiple and FX prices, 73 MB gzipped),
 * 2 cores, OpenJDK 17, bytes in memory: XXH64 5.8 ms, CRC32C 3.3 ms, SHA-256 46 ms once compiled; the first pass in
 * a fresh JVM (interpreted, then compiled) XXH64 35-45 ms, CRC32C 5 ms, SHA-256 126 ms.
 *
 * @param length the number of bytes
 * @param xxh64 XXH64 (seed 0) of the bytes
 * @param crc32c CRC32C of the bytes
 */
record ContentKey(long length, long xxh64, int crc32c) {

  private static final long P1 = 0x9E3779B185EBCA87L;
  private static final long P2 = 0xC2B2AE3D27D4EB4FL;
  private static final long P3 = 0x165667B19E3779F9L;
  private static final long P4 = 0x85EBCA77C2B2AE63L;
  private static final long P5 = 0x27D4EB2F165667C5L;
  /** Per thread: the longs of the stripes being hashed (32 KB). */
  private static final ThreadLocal<long[]> CHUNK = ThreadLocal.withInitial(() -> new long[4096]);

  /**
   * The key of a file's raw bytes.
   *
   * @param raw the bytes, as read by {@link CsvFiles#readRaw}
   * @return the key
   */
  static ContentKey of(CsvFiles.Raw raw) {
    return of(raw.bytes());
  }

  /**
   * The key of the first {@code length} bytes of an array.
   *
   * @param data the bytes
   * @param length how many
   * @return the key
   */
  static ContentKey of(byte[] data, int length) {
    return of(ByteBuffer.wrap(data, 0, length));
  }

  /** The key of a buffer's bytes from index 0 to its limit. */
  private static ContentKey of(ByteBuffer bytes) {
    CRC32C crc = new CRC32C();
    crc.update(bytes.duplicate().position(0));
    return new ContentKey(bytes.limit(), xxh64(bytes), (int) crc.getValue());
  }

  /**
   * XXH64 with seed 0 (Yann Collet's specification) of the first {@code length} bytes.
   *
   * @param b the bytes
   * @param length how many
   * @return the hash
   */
  static long xxh64(byte[] b, int length) {
    return xxh64(ByteBuffer.wrap(b, 0, length));
  }

  /**
   * XXH64 with seed 0 of a buffer's bytes from index 0 to its limit (absolute reads: the buffer is unchanged).
   *
   * <p>The 32-byte stripes are read a chunk of longs at a time ({@link LongBuffer#get(long[], int, int)}: a memory
   * copy from a direct buffer) and hashed from the array. Reading each long from the direct buffer
   * ({@link ByteBuffer#getLong(int)}: bounds, scope and byte-order checks per call) was, where only the quick
   * compiler compiles it (the launcher's short commands), 11% of a warm 226-instrument backtest's CPU samples (one
   * thread), now 1.5%; the 226-instrument load per repeat 0.081 -> 0.050 s (measured, same hashes).
   */
  private static long xxh64(ByteBuffer bytes) {
    ByteBuffer b = bytes.duplicate().order(ByteOrder.LITTLE_ENDIAN);
    int length = b.limit();
    int p = 0;
    long h;
    if (length >= 32) {
      long v1 = P1 + P2;
      long v2 = P2;
      long v3 = 0;
      long v4 = -P1;
      int stripes = length / 32;
      LongBuffer longs = b.asLongBuffer();
      long[] chunk = CHUNK.get();
      for (int done = 0; done < stripes; ) {
        int n = Math.min(stripes - done, chunk.length / 4);
        longs.get(done * 4, chunk, 0, n * 4);
        for (int i = 0; i < n * 4; i += 4) {
          v1 = round(v1, chunk[i]);
          v2 = round(v2, chunk[i + 1]);
          v3 = round(v3, chunk[i + 2]);
          v4 = round(v4, chunk[i + 3]);
        }
        done += n;
      }
      p = stripes * 32;
      h = Long.rotateLeft(v1, 1) + Long.rotateLeft(v2, 7) + Long.rotateLeft(v3, 12) + Long.rotateLeft(v4, 18);
      h = merge(h, v1);
      h = merge(h, v2);
      h = merge(h, v3);
      h = merge(h, v4);
    } else {
      h = P5;
    }
    h += length;
    for (; p + 8 <= length; p += 8) {
      h ^= round(0, b.getLong(p));
      h = Long.rotateLeft(h, 27) * P1 + P4;
    }
    if (p + 4 <= length) {
      h ^= (b.getInt(p) & 0xFFFFFFFFL) * P1;
      h = Long.rotateLeft(h, 23) * P2 + P3;
      p += 4;
    }
    for (; p < length; p++) {
      h ^= (b.get(p) & 0xFFL) * P5;
      h = Long.rotateLeft(h, 11) * P1;
    }
    h ^= h >>> 33;
    h *= P2;
    h ^= h >>> 29;
    h *= P3;
    h ^= h >>> 32;
    return h;
  }

  private static long round(long acc, long input) {
    return Long.rotateLeft(acc + input * P2, 31) * P1;
  }

  private static long merge(long acc, long v) {
    return (acc ^ round(0, v)) * P1 + P4;
  }
}
