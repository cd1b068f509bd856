package org.pystrade.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.regex.Pattern;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Opens the reports of the sample data's chapter-15 systems in a real headless Chromium (Debian's {@code chromium}):
 * they render without a console message, and the screenshots (desktop and phone widths) and the printed PDF are kept
 * in {@code target/report-screenshots/}. Skipped, saying why, when Chromium is not installed.
 */
class ChromiumRenderTest {

  private static final Path OUT = Path.of("target", "report-screenshots");
  private static HeadlessChromium chromium;

  @BeforeAll
  static void findChromium() throws IOException {
    Optional<HeadlessChromium> found = HeadlessChromium.find(OUT.resolve("chromium-profile"));
    assumeTrue(found.isPresent(), "chromium is not installed (nor $CHROMIUM set): the report was not opened in a "
        + "browser. Install it with: apt-get install -y chromium");
    chromium = found.get();
    Files.createDirectories(OUT);
  }

  @Test
  void fixedSystemReportRendersOnDesktopPhoneAndPaper() throws Exception {
    Path html = OUT.resolve("report.html");
    BacktestReport.of(TestSystems.fixed()).writeHtml(html);

    Path desktop = OUT.resolve("desktop.png");
    HeadlessChromium.Run run = chromium.open(html, OUT.resolve("desktop.log"), "--screenshot=" + desktop.toAbsolutePath(),
        "--window-size=1280,4000");
    assertRendered(run, desktop, 1280, 4000);

    Path phone = OUT.resolve("phone.png");
    run = chromium.open(html, OUT.resolve("phone.log"), "--screenshot=" + phone.toAbsolutePath(),
        "--window-size=412,2400");
    assertRendered(run, phone, 412, 2400);

    Path pdf = OUT.resolve("report.pdf");
    run = chromium.open(html, OUT.resolve("print.log"), "--print-to-pdf=" + pdf.toAbsolutePath(),
        "--no-pdf-header-footer");
    assertThat(run.console()).as("console messages while printing").isEmpty();
    assertThat(run.exitCode()).as(run.log()).isZero();
    // the portfolio's pages, then a page per instrument (the print stylesheet breaks before each)
    assertThat(pages(pdf)).as("pages of the printed report").isGreaterThanOrEqualTo(2 + 6);
  }

  @Test
  void estimatedSystemReportRenders() throws Exception {
    Path html = OUT.resolve("report-estimated.html");
    BacktestReport.of(TestSystems.estimated()).writeHtml(html);
    Path shot = OUT.resolve("estimated.png");
    HeadlessChromium.Run run = chromium.open(html, OUT.resolve("estimated.log"),
        "--screenshot=" + shot.toAbsolutePath(), "--window-size=1280,3000");
    assertRendered(run, shot, 1280, 3000);
  }

  @Test
  void consoleMessagesAreCaught() throws Exception {
    // the check above could not fail if Chromium's console did not reach us: a page with an error must
    Path html = OUT.resolve("console-error.html");
    Files.writeString(html, "<!DOCTYPE html><html><body><p>x</p><script>console.error('report-test-error');"
        + "</script></body></html>", StandardCharsets.UTF_8);
    HeadlessChromium.Run run = chromium.open(html, OUT.resolve("console-error.log"), "--dump-dom");
    assertThat(run.console()).anySatisfy(line -> assertThat(line).contains("report-test-error"));
  }

  private static void assertRendered(HeadlessChromium.Run run, Path png, int width, int height) throws IOException {
    assertThat(run.console()).as("console messages of the page").isEmpty();
    assertThat(run.exitCode()).as(run.log()).isZero();
    BufferedImage image = ImageIO.read(png.toFile());
    assertThat(image.getWidth()).isEqualTo(width);
    assertThat(image.getHeight()).isEqualTo(height);
    // drawn, not blank: many pixels neither white nor near it (text, lines, table shading)
    long inked = 0;
    for (int y = 0; y < image.getHeight(); y += 2) {
      for (int x = 0; x < image.getWidth(); x += 2) {
        int rgb = image.getRGB(x, y);
        if (((rgb >> 16) & 0xff) + ((rgb >> 8) & 0xff) + (rgb & 0xff) < 600) {
          inked++;
        }
      }
    }
    assertThat(inked).as("inked pixels of " + png).isGreaterThan(width * height / 400L);
  }

  /** The pages of a PDF: its page objects. */
  private static long pages(Path pdf) throws IOException {
    String text = new String(Files.readAllBytes(pdf), StandardCharsets.ISO_8859_1);
    return Pattern.compile("/Type\\s*/Page[^s]").matcher(text).results().count();
  }
}
