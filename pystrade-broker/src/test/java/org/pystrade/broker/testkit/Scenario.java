package org.pystrade.broker.testkit;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What the fake TWS server does: its version, accounts, contracts and market, how it fills orders, and the faults it
 * injects (a disconnect at a chosen message, pacing violations, slow answers, duplicate execution reports, a client
 * id in use, refused connections, extra fields a newer server would send). Build one with {@link #builder()}.
 */
public final class Scenario {

  /** How market orders (and marketable limit orders) fill. */
  public enum Fills {
    /** In one execution at once. */
    FULL,
    /** In {@link Scenario#partialParts()} executions at once (one per contract when fewer). */
    PARTIAL,
    /** Not at all: orders stay working. */
    NONE
  }

  final int serverVersion;
  final List<String> accounts;
  final long nextValidId;
  final String baseCurrency;
  final double netLiquidation;
  final Map<String, Double> cash;
  final List<FakeContract> contracts;
  final Map<String, double[]> fx;
  final Fills fills;
  final int partialParts;
  final long rejectAbove;
  final double commissionPerContract;
  final int disconnectOnMessage;
  final int disconnectOnNth;
  final boolean processBeforeDisconnect;
  final int pacingViolations;
  final Map<Integer, Duration> delays;
  final boolean duplicateExecutions;
  final boolean withholdCommissions;
  final boolean clientIdInUse;
  final int refuseConnections;
  final int extraFields;
  final Map<Long, Double> positions;

  private Scenario(Builder b) {
    serverVersion = b.serverVersion;
    accounts = List.copyOf(b.accounts);
    nextValidId = b.nextValidId;
    baseCurrency = b.baseCurrency;
    netLiquidation = b.netLiquidation;
    cash = Map.copyOf(b.cash);
    contracts = List.copyOf(b.contracts);
    fx = Map.copyOf(b.fx);
    fills = b.fills;
    partialParts = b.partialParts;
    rejectAbove = b.rejectAbove;
    commissionPerContract = b.commissionPerContract;
    disconnectOnMessage = b.disconnectOnMessage;
    disconnectOnNth = b.disconnectOnNth;
    processBeforeDisconnect = b.processBeforeDisconnect;
    pacingViolations = b.pacingViolations;
    delays = Map.copyOf(b.delays);
    duplicateExecutions = b.duplicateExecutions;
    withholdCommissions = b.withholdCommissions;
    clientIdInUse = b.clientIdInUse;
    refuseConnections = b.refuseConnections;
    extraFields = b.extraFields;
    positions = Map.copyOf(b.positions);
  }

  /**
   * A builder: server version 176, account DU123456, 1,000,000 USD, no contracts, full fills, no faults.
   *
   * @return the builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * The number of executions of a partial fill.
   *
   * @return the parts
   */
  public int partialParts() {
    return partialParts;
  }

  /** Builds a {@link Scenario}. */
  public static final class Builder {
    private int serverVersion = 176;
    private List<String> accounts = List.of("DU123456");
    private long nextValidId = 1;
    private String baseCurrency = "USD";
    private double netLiquidation = 1_000_000;
    private final Map<String, Double> cash = new LinkedHashMap<>(Map.of("USD", 1_000_000.0));
    private final List<FakeContract> contracts = new ArrayList<>();
    private final Map<String, double[]> fx = new HashMap<>();
    private Fills fills = Fills.FULL;
    private int partialParts = 3;
    private long rejectAbove = Long.MAX_VALUE;
    private double commissionPerContract = 2.0;
    private int disconnectOnMessage;
    private int disconnectOnNth;
    private boolean processBeforeDisconnect;
    private int pacingViolations;
    private final Map<Integer, Duration> delays = new HashMap<>();
    private boolean duplicateExecutions;
    private boolean withholdCommissions;
    private boolean clientIdInUse;
    private int refuseConnections;
    private int extraFields;
    private final Map<Long, Double> positions = new HashMap<>();

    private Builder() {
    }

    /**
     * The version the server speaks; below the client's minimum, the client must refuse it.
     *
     * @param value the version
     * @return this builder
     */
    public Builder serverVersion(int value) {
      serverVersion = value;
      return this;
    }

    /**
     * The managed accounts.
     *
     * @param value account ids
     * @return this builder
     */
    public Builder accounts(String... value) {
      accounts = List.of(value);
      return this;
    }

    /**
     * The first order id the server hands out.
     *
     * @param value the id
     * @return this builder
     */
    public Builder nextValidId(long value) {
      nextValidId = value;
      return this;
    }

    /**
     * The account's values.
     *
     * @param base the base currency
     * @param netLiq the net liquidation value
     * @return this builder
     */
    public Builder account(String base, double netLiq) {
      baseCurrency = base;
      netLiquidation = netLiq;
      return this;
    }

    /**
     * Cash in a currency.
     *
     * @param currency the currency code
     * @param amount the amount
     * @return this builder
     */
    public Builder cash(String currency, double amount) {
      cash.put(currency, amount);
      return this;
    }

    /**
     * A contract the server knows and quotes.
     *
     * @param c the contract
     * @return this builder
     */
    public Builder contract(FakeContract c) {
      contracts.add(c);
      return this;
    }

    /**
     * An FX pair the server quotes and trades.
     *
     * @param pair six letters, {@code "EURUSD"}
     * @param bid the bid
     * @param ask the ask
     * @return this builder
     */
    public Builder fx(String pair, double bid, double ask) {
      fx.put(pair, new double[] {bid, ask});
      return this;
    }

    /**
     * How orders fill.
     *
     * @param mode full, partial or none
     * @param parts executions per partial fill
     * @return this builder
     */
    public Builder fills(Fills mode, int parts) {
      fills = mode;
      partialParts = parts;
      return this;
    }

    /**
     * Orders above this quantity are rejected with 201.
     *
     * @param quantity the largest accepted
     * @return this builder
     */
    public Builder rejectAbove(long quantity) {
      rejectAbove = quantity;
      return this;
    }

    /**
     * The commission per contract (per FX order: the same amount).
     *
     * @param value in the contract's currency
     * @return this builder
     */
    public Builder commissionPerContract(double value) {
      commissionPerContract = value;
      return this;
    }

    /**
     * Drops the connection when the {@code nth} message of id {@code messageId} arrives (counted over all
     * connections; once).
     *
     * @param messageId the client message id (3 placeOrder, 20 historical data, ...)
     * @param nth which one, from 1
     * @param processFirst whether the server acts on the message (records, fills the order) before dropping, so that
     *     only its answers are lost
     * @return this builder
     */
    public Builder disconnectOn(int messageId, int nth, boolean processFirst) {
      disconnectOnMessage = messageId;
      disconnectOnNth = nth;
      processBeforeDisconnect = processFirst;
      return this;
    }

    /**
     * The first {@code n} historical data requests get IB's pacing violation (162).
     *
     * @param n how many
     * @return this builder
     */
    public Builder pacingViolations(int n) {
      pacingViolations = n;
      return this;
    }

    /**
     * Waits before answering messages of an id: a slow server.
     *
     * @param messageId the client message id
     * @param delay the wait
     * @return this builder
     */
    public Builder slow(int messageId, Duration delay) {
      delays.put(messageId, delay);
      return this;
    }

    /**
     * Sends every execution report (and its commission report) twice.
     *
     * @return this builder
     */
    public Builder duplicateExecutions() {
      duplicateExecutions = true;
      return this;
    }

    /**
     * Sends execution reports without their commission reports.
     *
     * @return this builder
     */
    public Builder withholdCommissions() {
      withholdCommissions = true;
      return this;
    }

    /**
     * Answers the API start with 326, client id in use, and closes.
     *
     * @return this builder
     */
    public Builder clientIdInUse() {
      clientIdInUse = true;
      return this;
    }

    /**
     * Closes the {@code n} connections after the first at once (a gateway restarting while a client reconnects).
     *
     * @param n how many
     * @return this builder
     */
    public Builder refuseReconnections(int n) {
      refuseConnections = n;
      return this;
    }

    /**
     * Appends {@code n} fields to every message, as a newer server adding fields would.
     *
     * @param n how many
     * @return this builder
     */
    public Builder extraFields(int n) {
      extraFields = n;
      return this;
    }

    /**
     * A position held at the start.
     *
     * @param conId the contract
     * @param quantity signed
     * @return this builder
     */
    public Builder position(long conId, double quantity) {
      positions.put(conId, quantity);
      return this;
    }

    /**
     * Builds the scenario.
     *
     * @return the scenario
     */
    public Scenario build() {
      return new Scenario(this);
    }
  }
}
