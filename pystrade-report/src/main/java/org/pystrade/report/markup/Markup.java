package org.pystrade.report.markup;

import org.pystrade.core.util.ArgChecker;

/**
 * Escapes text for HTML and SVG (XML) documents: element content and double-quoted attribute values alike.
 */
public final class Markup {

  private Markup() {
  }

  /**
   * Escapes {@code & < > " '} so that the text can stand as element content or inside a double- or single-quoted
   * attribute value of HTML or XML. Control characters other than tab, newline and carriage return (not allowed in
   * XML) become U+FFFD.
   *
   * @param text the text
   * @return the escaped text
   */
  public static String escape(String text) {
    ArgChecker.notNull(text, "text");
    StringBuilder sb = null;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      String rep = replacement(c);
      if (rep != null) {
        if (sb == null) {
          sb = new StringBuilder(text.length() + 16).append(text, 0, i);
        }
        sb.append(rep);
      } else if (sb != null) {
        sb.append(c);
      }
    }
    return sb == null ? text : sb.toString();
  }

  /**
   * Appends escaped text ({@link #escape(String)}) to a builder.
   *
   * @param out the builder
   * @param text the text
   * @return the builder
   */
  public static StringBuilder append(StringBuilder out, String text) {
    ArgChecker.notNull(out, "out");
    return out.append(escape(text));
  }

  /**
   * A text made safe for an HTML {@code id} and a file name: letters, digits, {@code - _ .} kept, anything else
   * {@code _}.
   *
   * @param text the text
   * @return the identifier, never empty
   */
  public static String identifier(String text) {
    ArgChecker.notNull(text, "text");
    StringBuilder sb = new StringBuilder(text.length());
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      boolean ok = c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '-' || c == '_'
          || c == '.' && i > 0;
      sb.append(ok ? c : '_');
    }
    return sb.length() == 0 ? "_" : sb.toString();
  }

  private static String replacement(char c) {
    switch (c) {
      case '&':
        return "&amp;";
      case '<':
        return "&lt;";
      case '>':
        return "&gt;";
      case '"':
        return "&quot;";
      case '\'':
        return "&#39;";
      default:
        return c < 0x20 && c != '\t' && c != '\n' && c != '\r' ? "\uFFFD" : null;
    }
  }
}
