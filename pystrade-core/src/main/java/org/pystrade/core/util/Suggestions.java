package org.pystrade.core.util;

import java.util.Collection;
import java.util.Locale;
import java.util.Optional;

/**
 * "Did you mean ...?" for a misspelt name: the known name nearest to it by edit distance (insertions, deletions,
 * substitutions and swaps of adjacent letters, ignoring case), if one is near enough to be a likely typo.
 */
public final class Suggestions {

  private Suggestions() {
  }

  /**
   * The known name nearest to a misspelt one, if it is within a fifth of its length in edits (one edit for names of
   * up to 9 characters, two up to 14, and so on).
   *
   * @param name the name as written
   * @param known the names that exist
   * @return the nearest known name, or empty if none is near
   */
  public static Optional<String> nearest(String name, Collection<String> known) {
    ArgChecker.notNull(name, "name");
    ArgChecker.notNull(known, "known");
    String lower = name.toLowerCase(Locale.ROOT);
    String best = null;
    int bestDistance = Integer.MAX_VALUE;
    for (String candidate : known) {
      int d = distance(lower, candidate.toLowerCase(Locale.ROOT));
      if (d < bestDistance || (d == bestDistance && best != null && candidate.compareTo(best) < 0)) {
        bestDistance = d;
        best = candidate;
      }
    }
    if (best == null || bestDistance > allowedEdits(Math.max(best.length(), name.length()))) {
      return Optional.empty();
    }
    return Optional.of(best);
  }

  private static int allowedEdits(int length) {
    return Math.max(1, length / 5);
  }

  /**
   * " (did you mean 'X'?)" for the nearest known name, or an empty string.
   *
   * @param name the name as written
   * @param known the names that exist
   * @return the hint, starting with a space, or ""
   */
  public static String hint(String name, Collection<String> known) {
    return nearest(name, known).map(n -> " (did you mean '" + n + "'?)").orElse("");
  }

  /**
   * The optimal string alignment distance between two strings: insertions, deletions, substitutions and
   * transpositions of adjacent characters each count 1.
   *
   * @param a one string
   * @param b the other
   * @return the distance
   */
  public static int distance(String a, String b) {
    int[][] d = new int[a.length() + 1][b.length() + 1];
    for (int i = 0; i <= a.length(); i++) {
      d[i][0] = i;
    }
    for (int j = 0; j <= b.length(); j++) {
      d[0][j] = j;
    }
    for (int i = 1; i <= a.length(); i++) {
      for (int j = 1; j <= b.length(); j++) {
        int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
        d[i][j] = Math.min(Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1), d[i - 1][j - 1] + cost);
        if (i > 1 && j > 1 && a.charAt(i - 1) == b.charAt(j - 2) && a.charAt(i - 2) == b.charAt(j - 1)) {
          d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
        }
      }
    }
    return d[a.length()][b.length()];
  }
}
