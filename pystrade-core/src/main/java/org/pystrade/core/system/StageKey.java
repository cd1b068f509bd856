package org.pystrade.core.system;

/**
 * The memoisation key of a stage result: stage, method and up to two arguments (instrument, rule...).
 *
 * @param stage the stage name
 * @param method the method name
 * @param a the first argument, or null
 * @param b the second argument, or null
 */
public record StageKey(String stage, String method, Object a, Object b) {
}
