package org.pystrade.broker.ib;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * Builds one outgoing message: fields each followed by a NUL, behind a 4-byte big-endian length. Not thread-safe;
 * a message is built and then copied out with {@link #toBytes()}.
 */
final class MessageWriter {

  private byte[] buf = new byte[512];
  private int len = 4;

  MessageWriter add(String s) {
    if (s != null) {
      for (int i = 0; i < s.length(); i++) {
        char c = s.charAt(i);
        if (c == 0) {
          throw new IllegalArgumentException("a field must not contain a NUL character");
        }
        if (c >= 0x80) {
          addUtf8(s);
          return terminate();
        }
      }
      ensure(s.length() + 1);
      for (int i = 0; i < s.length(); i++) {
        buf[len++] = (byte) s.charAt(i);
      }
    }
    return terminate();
  }

  private void addUtf8(String s) {
    byte[] b = s.getBytes(StandardCharsets.UTF_8);
    ensure(b.length + 1);
    System.arraycopy(b, 0, buf, len, b.length);
    len += b.length;
  }

  private MessageWriter terminate() {
    ensure(1);
    buf[len++] = 0;
    return this;
  }

  MessageWriter add(int v) {
    return add((long) v);
  }

  MessageWriter add(long v) {
    if (v == 0) {
      ensure(2);
      buf[len++] = '0';
      return terminate();
    }
    ensure(21);
    if (v < 0) {
      buf[len++] = '-';
      v = -v;
    }
    int start = len;
    while (v > 0) {
      buf[len++] = (byte) ('0' + v % 10);
      v /= 10;
    }
    for (int i = start, j = len - 1; i < j; i++, j--) {
      byte t = buf[i];
      buf[i] = buf[j];
      buf[j] = t;
    }
    return terminate();
  }

  /** A decimal; NaN is sent as an empty field (IB's unset value). Whole numbers are sent without a fraction. */
  MessageWriter add(double v) {
    if (Double.isNaN(v)) {
      return add("");
    }
    if (v == Math.rint(v) && Math.abs(v) < 1e15) {
      return add((long) v);
    }
    return add(Double.toString(v));
  }

  MessageWriter add(boolean v) {
    ensure(2);
    buf[len++] = (byte) (v ? '1' : '0');
    return terminate();
  }

  /** Adds {@code n} empty fields. */
  MessageWriter empty(int n) {
    ensure(n);
    for (int i = 0; i < n; i++) {
      buf[len++] = 0;
    }
    return this;
  }

  private void ensure(int more) {
    if (len + more > buf.length) {
      buf = Arrays.copyOf(buf, Math.max(buf.length * 2, len + more));
    }
  }

  /** The framed message: length prefix and fields. */
  byte[] toBytes() {
    int body = len - 4;
    buf[0] = (byte) (body >>> 24);
    buf[1] = (byte) (body >>> 16);
    buf[2] = (byte) (body >>> 8);
    buf[3] = (byte) body;
    return Arrays.copyOf(buf, len);
  }
}
