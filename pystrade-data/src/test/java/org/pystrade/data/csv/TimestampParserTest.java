package org.pystrade.data.csv;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.pystrade.core.series.Timestamps;

class TimestampParserTest {

  private static long parse(TimestampParser p, String text) {
    byte[] b = ("x," + text + ",y").getBytes(StandardCharsets.ISO_8859_1);
    return p.parse(b, 2, 2 + text.length());
  }

  @ParameterizedTest
  @ValueSource(strings = {"2023-08-31 23:00:00", "2020-02-29 00:00:00", "2100-12-31 23:59:59", "2016-12-31 23:59:60",
      "1969-12-31 23:59:59", "1677-09-21 00:12:44", "2262-04-11 23:47:16"})
  void fullTimestampsAsTimestampsParse(String text) {
    assertThat(parse(new TimestampParser(), text)).isEqualTo(Timestamps.parse(text));
  }

  // pandas 2.2's to_datetime(format="%Y-%m-%d %H:%M:%S") refuses all these (PandasParityParsingTest has more)
  @ParameterizedTest
  @ValueSource(strings = {"", "2023-08-31 24:00:00", "2023-02-29", "2023-02-29 10:00:00", "2023-13-01 00:00:00",
      "2023-00-10 00:00:00", "2023-01-32 00:00:00", "2023-01-00 10:00:00", "2023/01/01 00:00:00", "23-01-01 00:00:00",
      "2023-01-01 10:60:00", "2023-01-01 10:00:62", "2023-01-01x10:00:00", "2023-01-01 10-00-00", "2023-01-0a",
      "abcdefghij", "2023-01-01 1a:00:00", "1984-03-23", "2020-01-01T08:00:00", "2020-01-01 08:00",
      "2020-01-01 08:00:00.5", "0001-01-01 00:00:00", "9999-12-31 23:59:59", "1677-09-21 00:12:43",
      "2262-04-11 23:47:17"})
  void refusedAsPandasRefusesThem(String text) {
    assertThatThrownBy(() -> parse(new TimestampParser(), text)).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void randomTimestampsAndTheDateCache() {
    SplittableRandom rnd = new SplittableRandom(3);
    TimestampParser p = new TimestampParser();
    List<String> mismatches = new ArrayList<>();
    for (int k = 0; k < 50_000; k++) {
      // mostly valid, some invalid days, hours, minutes and seconds; repeated dates exercise the cache
      int year = 1950 + rnd.nextInt(100);
      int month = 1 + rnd.nextInt(12);
      int day = 1 + rnd.nextInt(31);
      int hour = rnd.nextInt(25);
      int minute = rnd.nextInt(61);
      int second = rnd.nextInt(63);
      String text = String.format("%04d-%02d-%02d %02d:%02d:%02d", year, month, day, hour, minute, second);
      Long expected;
      try {
        // pandas adds seconds 60 and 61 on, into the next minute
        expected = LocalDate.of(year, month, day).toEpochDay() * 86_400 + hour * 3600 + minute * 60 + second;
        if (hour > 23 || minute > 59 || second > 61) {
          expected = null;
        }
      } catch (DateTimeException ex) {
        expected = null;
      }
      for (int rep = 0; rep < 2; rep++) {
        Long actual;
        try {
          actual = parse(p, text);
        } catch (IllegalArgumentException ex) {
          actual = null;
        }
        if (expected == null ? actual != null : !expected.equals(actual)) {
          mismatches.add(text);
        }
      }
    }
    assertThat(mismatches).isEmpty();
  }

  @Test
  void epochDayOfEveryDateFromYear0To9999() {
    long expected = LocalDate.of(0, 1, 1).toEpochDay();
    for (LocalDate d = LocalDate.of(0, 1, 1); d.getYear() <= 9999; d = d.plusDays(1)) {
      if (TimestampParser.epochDay(d.getYear(), d.getMonthValue(), d.getDayOfMonth()) != expected) {
        assertThat(TimestampParser.epochDay(d.getYear(), d.getMonthValue(), d.getDayOfMonth())).as("%s", d)
            .isEqualTo(d.toEpochDay());
      }
      expected++;
    }
  }
}
