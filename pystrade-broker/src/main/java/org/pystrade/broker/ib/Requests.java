package org.pystrade.broker.ib;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ScheduledFuture;
import org.pystrade.broker.api.AccountSummary;
import org.pystrade.broker.api.BrokerContract;
import org.pystrade.broker.api.Fill;
import org.pystrade.broker.api.HistoryRequest;
import org.pystrade.broker.api.OrderState;
import org.pystrade.broker.api.PriceBars;
import org.pystrade.broker.api.Quote;
import org.pystrade.broker.api.Tradable;
import org.pystrade.core.domain.ContractPosition;
import org.pystrade.core.domain.FuturesContract;
import org.pystrade.core.domain.Result;

/** The requests awaiting answers, each with what it has gathered so far; guarded by the broker's lock. */
final class Requests {

  private Requests() {
  }

  /** A request with a future and a timeout. */
  abstract static class Pending<T> {
    final CompletableFuture<Result<T>> future = new CompletableFuture<>();
    ScheduledFuture<?> timeout;

    /** What was asked, for messages. */
    abstract String describe();

    /** The message that cancels it at the server when it times out, or null. */
    byte[] cancelMessage(int reqId) {
      return null;
    }
  }

  static final class ContractDetailsReq extends Pending<BrokerContract> {
    final FuturesContract contract;
    final BrokerContract fromTable;
    final List<Messages.ContractDetails> found = new ArrayList<>();

    ContractDetailsReq(FuturesContract contract, BrokerContract fromTable) {
      this.contract = contract;
      this.fromTable = fromTable;
    }

    @Override
    String describe() {
      return "contract details of " + contract + " (" + fromTable.symbol() + " on " + fromTable.exchange() + ")";
    }
  }

  static final class HistoryReq extends Pending<PriceBars> {
    final HistoryRequest request;
    final BrokerContract contract;

    HistoryReq(HistoryRequest request, BrokerContract contract) {
      this.request = request;
      this.contract = contract;
    }

    @Override
    String describe() {
      return request.barSize().code() + " history of " + request.contract();
    }

    @Override
    byte[] cancelMessage(int reqId) {
      return Encoder.cancelHistoricalData(reqId);
    }
  }

  static final class QuoteReq extends Pending<Quote> {
    final Tradable tradable;
    /** Null for FX. */
    final BrokerContract contract;
    double bid = Double.NaN;
    double ask = Double.NaN;
    double bidSize = Double.NaN;
    double askSize = Double.NaN;
    double last = Double.NaN;

    QuoteReq(Tradable tradable, BrokerContract contract) {
      this.tradable = tradable;
      this.contract = contract;
    }

    @Override
    String describe() {
      return "quote of " + tradable.id();
    }

    @Override
    byte[] cancelMessage(int reqId) {
      return Encoder.cancelMktData(reqId);
    }
  }

  static final class AccountReq extends Pending<AccountSummary> {
    final List<Messages.AccountValue> values = new ArrayList<>();

    @Override
    String describe() {
      return "account summary";
    }

    @Override
    byte[] cancelMessage(int reqId) {
      return Encoder.cancelAccountSummary(reqId);
    }
  }

  /** Executions: for {@code fills()} or for the re-synchronisation after a (re)connection. */
  static final class ExecutionsReq extends Pending<List<Fill>> {
    final boolean sync;
    /** Executions of this request still waiting for their commission report. */
    final Set<String> awaitingCommission = new HashSet<>();
    boolean ended;

    ExecutionsReq(boolean sync) {
      this.sync = sync;
    }

    @Override
    String describe() {
      return sync ? "executions (re-synchronisation)" : "executions";
    }
  }

  /** Open orders (one request at a time; the protocol has no request id for them). */
  static final class OpenOrdersReq extends Pending<List<OrderState>> {
    final boolean sync;
    final Set<Long> listed = new HashSet<>();

    OpenOrdersReq(boolean sync) {
      this.sync = sync;
    }

    @Override
    String describe() {
      return sync ? "open orders (re-synchronisation)" : "open orders";
    }
  }

  /** Positions (one request at a time). */
  static final class PositionsReq extends Pending<List<ContractPosition>> {
    final Map<FuturesContract, Double> positions = new LinkedHashMap<>();

    @Override
    String describe() {
      return "positions";
    }

    @Override
    byte[] cancelMessage(int reqId) {
      return Encoder.cancelPositions();
    }
  }
}
