/**
 * Roll states in production: changing an instrument's roll state only as pysystemtrade's transition table allows
 * ({@link org.pystrade.core.domain.trading.RollState#allowedNext}, which depends on whether anything is held in the
 * priced contract), and completing a roll by rolling the data store's multiple and adjusted prices through the
 * price pipeline, after which the instrument is back to no roll ({@link org.pystrade.production.roll.RollStates}).
 * It reads and writes the production state store and a price store; it depends on no broker and on no other
 * production package.
 */
package org.pystrade.production.roll;
