package org.pystrade.broker.api;

import org.pystrade.core.domain.FuturesContract;
import org.pystrade.core.domain.FxPair;
import org.pystrade.core.util.ArgChecker;

/**
 * What an order or a quote is for: a futures contract or a currency pair.
 */
public sealed interface Tradable permits Tradable.Future, Tradable.Fx {

  /**
   * A futures contract.
   *
   * @param contract the contract
   * @return the tradable
   */
  static Tradable future(FuturesContract contract) {
    return new Future(contract);
  }

  /**
   * A currency pair: an order buys or sells units of its base currency, priced in its quote currency.
   *
   * @param pair the pair
   * @return the tradable
   */
  static Tradable fx(FxPair pair) {
    return new Fx(pair);
  }

  /**
   * A short identifier for messages.
   *
   * @return the contract id ({@code "SOFR/20250300"}) or the pair code ({@code "EURUSD"})
   */
  String id();

  /**
   * A futures contract.
   *
   * @param contract the contract
   */
  record Future(FuturesContract contract) implements Tradable {
    /**
     * Checks that the contract is given.
     *
     * @param contract the contract
     */
    public Future {
      ArgChecker.notNull(contract, "contract");
    }

    @Override
    public String id() {
      return contract.id();
    }
  }

  /**
   * A currency pair.
   *
   * @param pair the pair
   */
  record Fx(FxPair pair) implements Tradable {
    /**
     * Checks that the pair is given.
     *
     * @param pair the pair
     */
    public Fx {
      ArgChecker.notNull(pair, "pair");
    }

    @Override
    public String id() {
      return pair.code();
    }
  }
}
