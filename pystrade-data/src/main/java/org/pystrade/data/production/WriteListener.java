package org.pystrade.data.production;

/**
 * Told of each part a write of the production store has written, inside its transaction: an exception thrown by
 * the listener rolls the whole transaction back (used to watch writes and to test that a failure part-way
 * leaves the store as it was).
 */
@FunctionalInterface
public interface WriteListener {

  /** A listener that does nothing. */
  WriteListener NONE = part -> { };

  /**
   * A part was written.
   *
   * @param part what was written, such as {@code "fill E1"}, {@code "order 3"}, {@code "contract position"}
   */
  void written(String part);
}
