package org.pystrade.production.report;

import java.util.List;
import org.pystrade.core.util.ArgChecker;

/**
 * An e-mail: addresses, subject, a plain-text part and an optional HTML part (sent as the alternative of the text).
 *
 * @param to the addresses, at least one
 * @param subject the subject, not blank
 * @param text the plain text
 * @param html the HTML, empty for a text-only mail
 */
public record Mail(List<String> to, String subject, String text, String html) {

  /**
   * Checks the arguments.
   *
   * @param to the addresses, at least one
   * @param subject the subject, not blank
   * @param text the plain text
   * @param html the HTML, empty for a text-only mail
   */
  public Mail {
    ArgChecker.notEmpty(to, "to");
    to.forEach(a -> ArgChecker.isTrue(a != null && a.contains("@") && !a.isBlank(), "not an e-mail address: {}",
        a));
    to = List.copyOf(to);
    ArgChecker.notBlank(subject, "subject");
    ArgChecker.notNull(text, "text");
    html = html == null ? "" : html;
  }
}
