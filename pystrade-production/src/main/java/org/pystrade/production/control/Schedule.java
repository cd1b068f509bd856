package org.pystrade.production.control;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Optional;
import org.pystrade.core.util.ArgChecker;
import org.pystrade.data.production.ProcessRun;

/**
 * When a process runs: within a daily window (start inclusive, end exclusive, in a time zone), either once a day
 * (a run that ended in the day's window is the day's run; one that crashed runs again) or every so often.
 *
 * @param start the window's start
 * @param end the window's end, after the start
 * @param zone the time zone of the window and of the day
 * @param every the interval of a repeated process, or empty for once a day
 */
public record Schedule(LocalTime start, LocalTime end, ZoneId zone, Optional<Duration> every) {

  /**
   * Checks the arguments.
   *
   * @param start the window's start
   * @param end the window's end, after the start
   * @param zone the time zone of the window and of the day
   * @param every the interval of a repeated process, or empty for once a day
   */
  public Schedule {
    ArgChecker.notNull(start, "start");
    ArgChecker.notNull(end, "end");
    ArgChecker.isTrue(end.isAfter(start), "the window must end after it starts: {} to {}", start, end);
    ArgChecker.notNull(zone, "zone");
    ArgChecker.notNull(every, "every");
    ArgChecker.isTrue(every.isEmpty() || !every.get().isNegative() && !every.get().isZero(),
        "the interval must be positive");
  }

  /**
   * Once a day in a window.
   *
   * @param start the window's start
   * @param end its end
   * @param zone its time zone
   * @return the schedule
   */
  public static Schedule onceADay(LocalTime start, LocalTime end, ZoneId zone) {
    return new Schedule(start, end, zone, Optional.empty());
  }

  /**
   * Every so many minutes in a window.
   *
   * @param minutes the interval
   * @param start the window's start
   * @param end its end
   * @param zone its time zone
   * @return the schedule
   */
  public static Schedule everyMinutes(int minutes, LocalTime start, LocalTime end, ZoneId zone) {
    ArgChecker.isTrue(minutes > 0, "minutes must be positive but was {}", minutes);
    return new Schedule(start, end, zone, Optional.of(Duration.ofMinutes(minutes)));
  }

  /**
   * The schedule's day of a moment.
   *
   * @param now the moment
   * @return the local date in the zone
   */
  public LocalDate dayOf(Instant now) {
    return now.atZone(zone).toLocalDate();
  }

  /**
   * When the process runs next: now or later.
   *
   * @param now the time
   * @param run its record (last start and end)
   * @return the next run, {@code now} if due
   */
  public Instant nextRun(Instant now, ProcessRun run) {
    ArgChecker.notNull(now, "now");
    ArgChecker.notNull(run, "run");
    boolean ended = run.lastStart().isPresent() && run.lastEnd().isPresent()
        && !run.lastEnd().get().isBefore(run.lastStart().get());
    Instant earliest = now;
    if (ended && every.isEmpty()) {
      // once a day: the day of the last completed start is done
      LocalDate done = dayOf(run.lastStart().get());
      ZonedDateTime next = done.plusDays(1).atStartOfDay(zone);
      earliest = later(now, next.toInstant());
    } else if (ended) {
      earliest = later(now, run.lastStart().get().plus(every.get()));
    }
    return inWindow(earliest);
  }

  private static Instant later(Instant a, Instant b) {
    return a.isAfter(b) ? a : b;
  }

  /** The first moment at or after a time that lies in a window. */
  private Instant inWindow(Instant t) {
    ZonedDateTime z = t.atZone(zone);
    LocalTime time = z.toLocalTime();
    if (time.isBefore(start)) {
      return z.toLocalDate().atTime(start).atZone(zone).toInstant();
    }
    if (!time.isBefore(end)) {
      return z.toLocalDate().plusDays(1).atTime(start).atZone(zone).toInstant();
    }
    return t;
  }

  /**
   * A description for status pages.
   *
   * @return such as {@code once a day 06:00-22:00 Europe/London}
   */
  public String describe() {
    return (every.isEmpty() ? "once a day" : "every " + every.get().toMinutes() + " min") + " " + start + "-" + end
        + " " + zone;
  }
}
