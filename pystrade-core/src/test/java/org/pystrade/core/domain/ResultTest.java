package org.pystrade.core.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.pystrade.core.domain.DomainAssertions.assertRejects;

import java.util.List;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

/** A result is a non-null value or a failure; failures pass through map and flatMap untouched. */
class ResultTest {

  private static final Result<Integer> OK = Result.ok(21);
  private static final Result<Integer> ERR = Result.err(ReasonCode.MISSING_DATA, "no prices for SOFR");

  private static Function<Integer, Integer> neverCalled() {
    return v -> {
      throw new AssertionError("mapper called on a failure");
    };
  }

  @Test
  void okHoldsItsValue() {
    assertThat(OK.isOk()).isTrue();
    assertThat(OK.value()).isEqualTo(21);
    assertThat(OK).isInstanceOf(Result.Ok.class).isEqualTo(Result.ok(21));
  }

  @Test
  void errHoldsItsFailure() {
    assertThat(ERR.isOk()).isFalse();
    assertThat(ERR.failure()).isEqualTo(Failure.of(ReasonCode.MISSING_DATA, "no prices for SOFR"));
    assertThat(Result.err(ERR.failure())).isEqualTo(ERR).isInstanceOf(Result.Err.class);
  }

  @Test
  void valueOfAFailureThrowsWithItsMessage() {
    assertThatThrownBy(ERR::value).isInstanceOf(IllegalStateException.class)
        .hasMessage("MISSING_DATA: no prices for SOFR");
  }

  @Test
  void failureOfASuccessThrows() {
    assertThatThrownBy(OK::failure).isInstanceOf(IllegalStateException.class)
        .hasMessage("a successful result has no failure");
  }

  @Test
  void mapTransformsSuccessesOnly() {
    assertThat(OK.map(v -> "x" + v * 2)).isEqualTo(Result.ok("x42"));
    assertThat(ERR.map(neverCalled())).isEqualTo(ERR);
  }

  @Test
  void flatMapChainsOperationsThatMayFail() {
    Function<Integer, Result<Integer>> half = v -> v % 2 == 0 ? Result.ok(v / 2)
        : Result.err(ReasonCode.BAD_VALUE, v + " is odd");
    assertThat(Result.ok(42).flatMap(half)).isEqualTo(Result.ok(21));
    assertThat(OK.flatMap(half)).isEqualTo(Result.err(ReasonCode.BAD_VALUE, "21 is odd"));
    assertThat(ERR.flatMap(v -> Result.ok(neverCalled().apply(v)))).isEqualTo(ERR);
  }

  @Test
  void orElseFallsBackOnFailures() {
    assertThat(OK.orElse(0)).isEqualTo(21);
    assertThat(ERR.orElse(0)).isZero();
    assertThat(ERR.orElse(null)).isNull();
  }

  @Test
  void orElseThrowThrowsTheExceptionMadeFromTheFailure() {
    assertThat(OK.orElseThrow(f -> new IllegalStateException(f.message()))).isEqualTo(21);
    assertThatThrownBy(() -> ERR.orElseThrow(f -> new UnsupportedOperationException(f.code().name())))
        .isInstanceOf(UnsupportedOperationException.class).hasMessage("MISSING_DATA");
  }

  @Test
  void rejectsNulls() {
    assertRejects(() -> Result.ok(null), "value must not be null");
    assertRejects(() -> Result.err((Failure) null), "failure must not be null");
    assertRejects(() -> Result.err(ReasonCode.TIMEOUT, ""), "message must not be blank");
    assertRejects(() -> OK.map(v -> null), "value returned by mapper must not be null");
    assertRejects(() -> OK.flatMap(v -> null), "result returned by mapper must not be null");
    assertRejects(() -> ERR.orElseThrow(f -> null), "exception returned by toException must not be null");
  }

  @Test
  void rejectsNullFunctionsEvenWhenTheyWouldNotBeCalled() {
    for (Result<Integer> r : List.of(OK, ERR)) {
      assertRejects(() -> r.map(null), "mapper must not be null");
      assertRejects(() -> r.flatMap(null), "mapper must not be null");
      assertRejects(() -> r.orElseThrow(null), "toException must not be null");
    }
  }
}
