/**
 * Monitoring of the daemon: Micrometer metrics in the Prometheus exposition format
 * ({@link org.pystrade.production.monitor.DaemonMetrics}) and alerts
 * ({@link org.pystrade.production.monitor.AlertSink}: log, webhook) raised once until resolved
 * ({@link org.pystrade.production.monitor.Alerts}). No Micrometer type is public.
 */
package org.pystrade.production.monitor;
