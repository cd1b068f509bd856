package org.pystrade.data.csv;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;
import java.util.zip.CRC32C;

/**
 * What identifies a source file's content in the binary cache: its length and two independent hashes of its raw
 * bytes (as on disk, before any inflating), XXH64 and CRC32C.
 *
 * <p>Why these: the key must change whenever the bytes change, at a cost small next to reading a cache entry.
 * CRC32C is a JVM intrinsic (~20 GB/s here) but only 32 bits: alone, one changed file in ~4 billion would be served
 * stale. XXH64 (written out below: the JDK has none) spreads every input bit over 64 bits and runs at ~12 GB/s
 * once compiled. Together, with the length, an accidental match of a changed file has a probability of about
 * 2^-96, and the two algorithms share no structure (a multiply-rotate hash and a polynomial remainder). SHA-256,
 * although an intrinsic on CPUs with SHA extensions, was 8x slower (~1.5 GB/s with them, a few hundred MB/s
 * without), and a cryptographic hash buys nothing here: whoever can write the source files decides the numbers
 * anyway, and the cache folder is the user's own (see {@link TableCache}). Measured on the 464 price files of
 * pysystemtrade's data (73 MB, gzipped), 2 cores, OpenJDK 17: XXH64 5.8 ms, CRC32C 3.3 ms, SHA-256 46 ms, once
 * compiled; the first pass in a fresh JVM (interpreted, then compiled) XXH64 45 ms, CRC32C 5 ms, SHA-256 126 ms.
 *
 * @param length the number of bytes
 * @param xxh64 XXH64 (seed 0) of the bytes
 * @param crc32c CRC32C of the bytes
 */
record ContentKey(long length, long xxh64, int crc32c) {

  private static final VarHandle LONG = MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);
  private static final VarHandle INT = MethodHandles.byteArrayViewVarHandle(int[].class, ByteOrder.LITTLE_ENDIAN);
  private static final long P1 = 0x9E3779B185EBCA87L;
  private static final long P2 = 0xC2B2AE3D27D4EB4FL;
  private static final long P3 = 0x165667B19E3779F9L;
  private static final long P4 = 0x85EBCA77C2B2AE63L;
  private static final long P5 = 0x27D4EB2F165667C5L;

  /**
   * The key of a file's raw bytes.
   *
   * @param raw the bytes, as read by {@link CsvFiles#readRaw}
   * @return the key
   */
  static ContentKey of(CsvFiles.Content raw) {
    return of(raw.data(), raw.length());
  }

  /**
   * The key of the first {@code length} bytes of an array.
   *
   * @param data the bytes
   * @param length how many
   * @return the key
   */
  static ContentKey of(byte[] data, int length) {
    CRC32C crc = new CRC32C();
    crc.update(data, 0, length);
    return new ContentKey(length, xxh64(data, length), (int) crc.getValue());
  }

  /**
   * XXH64 with seed 0 (Yann Collet's specification) of the first {@code length} bytes.
   *
   * @param b the bytes
   * @param length how many
   * @return the hash
   */
  static long xxh64(byte[] b, int length) {
    int p = 0;
    long h;
    if (length >= 32) {
      long v1 = P1 + P2;
      long v2 = P2;
      long v3 = 0;
      long v4 = -P1;
      int limit = length - 32;
      do {
        v1 = round(v1, (long) LONG.get(b, p));
        v2 = round(v2, (long) LONG.get(b, p + 8));
        v3 = round(v3, (long) LONG.get(b, p + 16));
        v4 = round(v4, (long) LONG.get(b, p + 24));
        p += 32;
      } while (p <= limit);
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
      h ^= round(0, (long) LONG.get(b, p));
      h = Long.rotateLeft(h, 27) * P1 + P4;
    }
    if (p + 4 <= length) {
      h ^= ((int) INT.get(b, p) & 0xFFFFFFFFL) * P1;
      h = Long.rotateLeft(h, 23) * P2 + P3;
      p += 4;
    }
    for (; p < length; p++) {
      h ^= (b[p] & 0xFFL) * P5;
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
