/**
 * Process control: named production processes ({@link org.pystrade.production.control.ProductionProcess}, the
 * extension point) with schedules, run one instance at a time under a run lock in the state store (go / stop /
 * pause, renewed by a heartbeat, lapsing after a crash), by the {@link org.pystrade.production.control.Scheduler};
 * the daily cycle and the clean-up are two processes.
 */
package org.pystrade.production.control;
