/**
 * Opening a store from its spec ({@code csv:DIR}, {@code parquet:DIR}, {@code arrow:DIR}, {@code jdbc:URL}) and
 * copying a whole store into another ({@link org.pystrade.data.stores.DataStores}).
 */
package org.pystrade.data.stores;
