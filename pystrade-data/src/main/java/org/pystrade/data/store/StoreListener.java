package org.pystrade.data.store;

/**
 * Told of each part of an update a store has written, while the update is applied and before it is committed: for
 * progress reports and, in tests, to fail an update midway (an exception thrown here aborts the update, and the
 * store is left as it was).
 */
@FunctionalInterface
public interface StoreListener {

  /** A listener that does nothing. */
  StoreListener NONE = item -> { };

  /**
   * Called after a part of an update was written (not yet committed).
   *
   * @param item what was written: a series key's text ({@code "adjusted prices CORN"}) or a configuration table's
   *     base name ({@code "instrumentconfig"})
   */
  void written(String item);
}
