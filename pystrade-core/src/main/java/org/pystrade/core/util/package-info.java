/**
 * Small shared utilities: the argument checker used for every programmer error.
 */
package org.pystrade.core.util;
