/**
 * The production daemon ({@link org.pystrade.production.daemon.ProductionDaemon}): reads {@code control.yaml},
 * prepares the state folder (owner-only, initialised when empty), runs the scheduler with the daily cycle and the
 * clean-up, the metrics, alerts and endpoints, and stops gracefully. Secrets come from a private file or the
 * environment ({@link org.pystrade.production.daemon.Secrets}) and are never logged.
 */
package org.pystrade.production.daemon;
