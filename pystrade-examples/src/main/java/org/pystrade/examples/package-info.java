/**
 * Runnable examples of pystrade and the command-line runner ({@code pystrade.jar}).
 */
package org.pystrade.examples;
