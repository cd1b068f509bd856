/**
 * Published in pystrade-data's test-jar: {@link org.pystrade.data.testing.StoreContract}, the contract every
 * {@link org.pystrade.data.store.DataStore} keeps, for users to run against a store of their own.
 */
package org.pystrade.data.testing;
