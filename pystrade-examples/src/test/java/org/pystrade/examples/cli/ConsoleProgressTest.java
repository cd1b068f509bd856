package org.pystrade.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

class ConsoleProgressTest {

  private final ByteArrayOutputStream bytes = new ByteArrayOutputStream();
  private final PrintStream stream = new PrintStream(bytes, true, StandardCharsets.UTF_8);
  private final AtomicLong clock = new AtomicLong();

  private String printed() {
    return bytes.toString(StandardCharsets.UTF_8);
  }

  private String lastLine() {
    String s = printed();
    return s.substring(s.lastIndexOf('\r') + 1).stripTrailing();
  }

  @Test
  void drawsTheShareOfStepsDoneOverEveryTaskSeen() {
    ConsoleProgress bar = new ConsoleProgress(stream, clock::get, 0);
    bar.step("forecast weights CORN", 5, 10);
    assertThat(lastLine()).isEqualTo("estimating [##########----------]  50%  0/1 tasks  forecast weights CORN 5/10");
    bar.step("forecast weights US10", 10, 10);
    assertThat(lastLine()).isEqualTo("estimating [###############-----]  75%  1/2 tasks  forecast weights US10 10/10");
  }

  @Test
  void aTaskNeverGoesBackWhenStepsArriveOutOfOrder() {
    ConsoleProgress bar = new ConsoleProgress(stream, clock::get, 0);
    bar.step("instrument weights", 4, 4);
    bar.step("instrument weights", 3, 4);
    assertThat(lastLine()).endsWith("1/1 tasks  instrument weights 4/4").contains("100%");
  }

  @Test
  void redrawsAtMostOncePerIntervalButAlwaysWhenATaskFinishes() {
    ConsoleProgress bar = new ConsoleProgress(stream, clock::get, 1000);
    bar.step("a", 1, 3);
    bar.step("a", 2, 3);
    assertThat(printed().chars().filter(c -> c == '\r').count()).isEqualTo(1);
    bar.step("a", 3, 3);
    assertThat(printed().chars().filter(c -> c == '\r').count()).isEqualTo(2);
    clock.set(5000);
    bar.step("b", 1, 2);
    assertThat(printed().chars().filter(c -> c == '\r').count()).isEqualTo(3);
  }

  @Test
  void aShorterLineBlanksTheRestOfTheLongerOne() {
    ConsoleProgress bar = new ConsoleProgress(stream, clock::get, 0);
    bar.step("a long task name", 1, 2);
    int first = printed().length();
    bar.step("b", 2, 2);
    String second = printed().substring(first);
    assertThat(second.length()).isEqualTo(first);
  }

  @Test
  void finishEndsTheLineOnlyWhenSomethingWasDrawn() {
    ConsoleProgress bar = new ConsoleProgress(stream, clock::get, 0);
    bar.finish();
    assertThat(printed()).isEmpty();
    bar.step("a", 1, 1);
    bar.finish();
    assertThat(printed()).endsWith(System.lineSeparator());
  }
}
