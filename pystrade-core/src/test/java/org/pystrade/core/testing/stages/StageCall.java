package org.pystrade.core.testing.stages;

import java.util.function.Supplier;

/**
 * One public method of a stage, called with fixed arguments: what the contracts compute, compare and expect to fail.
 *
 * @param name the method and its arguments, for messages
 * @param call calls it
 * @param readsData whether it reads market data (a method answered from the config alone, such as the rule
 *     variations of an instrument, need not fail for an instrument without data)
 */
record StageCall(String name, Supplier<Object> call, boolean readsData) {

  /** A method reading market data, e.g. {@code of("dailyPrices", code, () -> rawData.dailyPrices(code))}. */
  static StageCall of(String method, Object args, Supplier<Object> call) {
    return new StageCall(method + "(" + args + ")", call, true);
  }

  /** A method answered from the config alone. */
  static StageCall configOnly(String method, Object args, Supplier<Object> call) {
    return new StageCall(method + "(" + args + ")", call, false);
  }

  Object get() {
    return call.get();
  }
}
