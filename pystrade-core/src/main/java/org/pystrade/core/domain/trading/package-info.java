/**
 * The values of production trading that the state store keeps and the order stacks use: strategies, orders at the
 * instrument, contract and broker levels with their parent-child links, fills, capital entries, roll states,
 * overrides, position and trade limits, locks, process status and the history of optimal positions with their
 * buffer edges. They sit in pystrade-core, beneath both pystrade-data (which stores them) and pystrade-broker
 * (whose order stacks create them), so that neither module depends on the other; see docs/ARCHITECTURE.md,
 * section "Production state".
 *
 * <p>Every type is an immutable value whose compact constructor checks its arguments through
 * {@link org.pystrade.core.util.ArgChecker}.
 */
package org.pystrade.core.domain.trading;
