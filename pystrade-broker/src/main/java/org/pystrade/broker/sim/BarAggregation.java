package org.pystrade.broker.sim;

import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.pystrade.broker.api.Bar;
import org.pystrade.broker.api.BarSize;

/** Aggregates a price source's bars into bars of a given size: open first, high max, low min, close last. */
final class BarAggregation {

  private BarAggregation() {
  }

  static List<Bar> aggregate(List<Bar> source, BarSize size) {
    List<Bar> out = new ArrayList<>();
    long bucket = Long.MIN_VALUE;
    Bar acc = null;
    for (Bar b : source) {
      long k = bucketOf(b.start(), size);
      if (acc != null && k == bucket) {
        double volume = Double.isNaN(acc.volume()) ? b.volume()
            : Double.isNaN(b.volume()) ? acc.volume() : acc.volume() + b.volume();
        acc = new Bar(acc.start(), acc.open(), Math.max(acc.high(), b.high()), Math.min(acc.low(), b.low()),
            b.close(), volume);
      } else {
        if (acc != null) {
          out.add(acc);
        }
        bucket = k;
        acc = new Bar(startOf(k, size), b.open(), b.high(), b.low(), b.close(), b.volume());
      }
    }
    if (acc != null) {
      out.add(acc);
    }
    return out;
  }

  private static long bucketOf(Instant t, BarSize size) {
    if (size.isDaily()) {
      return t.atOffset(ZoneOffset.UTC).toLocalDate().toEpochDay();
    }
    return Math.floorDiv(t.getEpochSecond(), size.length().getSeconds());
  }

  private static Instant startOf(long bucket, BarSize size) {
    return size.isDaily() ? Instant.ofEpochSecond(bucket * 86_400L)
        : Instant.ofEpochSecond(bucket * size.length().getSeconds());
  }
}
