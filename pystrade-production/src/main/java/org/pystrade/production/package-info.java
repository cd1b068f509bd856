/**
 * pystrade's production trading cycle (pysystemtrade's {@code run_daily}): {@link
 * org.pystrade.production.DailyCycle} runs, for one day, prices (the strategies' position sources read the data up
 * to that day), capital (from the broker's account value, allocated to strategies), strategies (optimal positions
 * and instrument orders, {@code strategy}), the order stacks (contract orders of the priced contract, the day's
 * rolls as close/open pairs), execution ({@code execution}) and a reconciliation step (a hook, {@link
 * org.pystrade.production.Reconciliation}). {@code replay} runs it over history against the simulated broker.
 */
package org.pystrade.production;
