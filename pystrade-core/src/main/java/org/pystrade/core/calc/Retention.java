package org.pystrade.core.calc;

/**
 * How long a system's memo keeps a result ({@link StageContext#memo(String, String, Object, Object, Retention,
 * java.util.function.Supplier)}).
 *
 * <p>Every stage computation is deterministic: a result computed again is the same, bit for bit, as the first
 * computation. So the memo may let a result go and compute it again if it is asked for after all; what it keeps
 * only decides time and memory. A stage keeps a result that several consumers read ({@link #KEEP}); a result that one
 * consumer reads once, right after it is computed (a raw forecast, which only its scaled and capped forecast reads),
 * is kept only while in use ({@link #IN_USE}); a result kept until its last consumer has read it is then released
 * ({@link StageContext#release}) and from then on kept only while in use.
 */
public enum Retention {

  /** Kept for the life of the system: computed at most once (the default). */
  KEEP,

  /**
   * Kept only while something else still refers to it (held weakly by the memo otherwise): asked for again after the
   * garbage collector has taken it, it is computed again. Failures are kept either way. A result that dies young
   * is never copied or promoted by the collector, which keeps the heap of a whole-universe run proportional to what
   * its later stages need.
   */
  IN_USE
}
