/**
 * Apache Arrow IPC files of one time column and {@code double} columns, read into and written from Java arrays
 * ({@link org.pystrade.data.ipc.ArrowIpc}): the one place of pystrade-data that handles Arrow's vectors and memory,
 * used by the Arrow store, the Arrow result writer and the CSV reader's cache of parsed files. Reading needs no JVM
 * flag; writing goes through Arrow's memory module, which needs {@code --add-opens=java.base/java.nio=ALL-UNNAMED}
 * (set by {@code pystrade.jar}'s manifest and the project's own test runs; a library user adds it to the JVM's
 * options). No Arrow type appears in this
 * package's public signatures; it is public only for the packages beside it and is not meant for library users.
 */
package org.pystrade.data.ipc;
