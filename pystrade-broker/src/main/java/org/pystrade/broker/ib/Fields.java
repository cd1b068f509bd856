package org.pystrade.broker.ib;

import java.nio.charset.StandardCharsets;

/**
 * The fields of one received message: the bytes between NUL terminators. Reading past the last field gives an
 * empty field, and fields after those a decoder knows are never read: a newer server's extra fields are tolerated.
 */
final class Fields {

  private final byte[] data;
  private final int[] starts;
  private final int[] ends;
  private final int count;

  private Fields(byte[] data, int[] starts, int[] ends, int count) {
    this.data = data;
    this.starts = starts;
    this.ends = ends;
    this.count = count;
  }

  /** Splits a message body (without its length prefix) on NUL bytes; a trailing NUL ends the last field. */
  static Fields parse(byte[] body, int length) {
    int n = 0;
    for (int i = 0; i < length; i++) {
      if (body[i] == 0) {
        n++;
      }
    }
    boolean unterminated = length > 0 && body[length - 1] != 0;
    int total = n + (unterminated ? 1 : 0);
    int[] starts = new int[total];
    int[] ends = new int[total];
    int f = 0;
    int start = 0;
    for (int i = 0; i < length; i++) {
      if (body[i] == 0) {
        starts[f] = start;
        ends[f] = i;
        f++;
        start = i + 1;
      }
    }
    if (unterminated) {
      starts[f] = start;
      ends[f] = length;
    }
    return new Fields(body, starts, ends, total);
  }

  int size() {
    return count;
  }

  String str(int i) {
    if (i >= count) {
      return "";
    }
    return new String(data, starts[i], ends[i] - starts[i], StandardCharsets.UTF_8);
  }

  boolean isEmpty(int i) {
    return i >= count || ends[i] == starts[i];
  }

  /** An integer field; empty is 0. */
  int integer(int i) {
    return (int) longValue(i);
  }

  /** A long field; empty is 0. Parsed from the bytes without making a string (the reader's hot path). */
  long longValue(int i) {
    if (isEmpty(i)) {
      return 0;
    }
    int p = starts[i];
    int end = ends[i];
    boolean negative = data[p] == '-';
    if (negative) {
      p++;
    }
    long v = 0;
    for (; p < end; p++) {
      int d = data[p] - '0';
      if (d < 0 || d > 9) {
        // a decimal where an integer was expected (a newer server's Decimal quantity): read it as a number
        return (long) dbl(i);
      }
      v = v * 10 + d;
    }
    return negative ? -v : v;
  }

  /** A decimal field; empty, IB's unset value (Double.MAX_VALUE) and "Infinite" are NaN. */
  double dbl(int i) {
    if (isEmpty(i)) {
      return Double.NaN;
    }
    String s = str(i);
    if (s.equals("Infinite") || s.equals("Infinity")) {
      return Double.NaN;
    }
    try {
      double d = Double.parseDouble(s);
      return d >= Double.MAX_VALUE / 2 ? Double.NaN : d;
    } catch (NumberFormatException ex) {
      return Double.NaN;
    }
  }

  boolean bool(int i) {
    return !isEmpty(i) && integer(i) != 0;
  }

  @Override
  public String toString() {
    StringBuilder b = new StringBuilder();
    for (int i = 0; i < count; i++) {
      b.append(i == 0 ? "" : ",").append(str(i));
    }
    return b.toString();
  }
}
