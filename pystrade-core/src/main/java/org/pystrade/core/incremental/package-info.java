/**
 * Incremental updates: a system kept up to date as days of prices are appended
 * ({@link org.pystrade.core.incremental.IncrementalSystem}), each stage's series extended by stepping its running
 * state (exponentially weighted means and variances, forward fills, the buffered position) instead of computing the
 * history again, and bit for bit what the system computed in full gives.
 */
package org.pystrade.core.incremental;
