/**
 * A {@link org.pystrade.data.store.DataStore} of Apache Arrow IPC files, one per series
 * ({@link org.pystrade.data.arrow.ArrowStore}). Reading needs no JVM flag; writing goes through Arrow's memory
 * module, which needs {@code --add-opens=java.base/java.nio=ALL-UNNAMED} (set by {@code pystrade.jar}'s manifest and
 * the project's own test runs; a library user adds it to the JVM's options). No Arrow type appears in this package's public
 * signatures.
 */
package org.pystrade.data.arrow;
