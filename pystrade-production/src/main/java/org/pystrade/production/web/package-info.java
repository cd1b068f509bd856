/**
 * The daemon's HTTP endpoints ({@link org.pystrade.production.web.DaemonServer}): {@code /metrics} (Prometheus),
 * {@code /health} and the read-only dashboard {@code /}, on the JDK's HTTP server, bound to loopback unless
 * configured otherwise and then behind a bearer token.
 */
package org.pystrade.production.web;
