package org.pystrade.core.domain;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.assertj.core.api.ThrowableAssert.ThrowingCallable;

/** The one assertion the domain tests share: a call is refused as a programmer error, with an exact message. */
final class DomainAssertions {

  private DomainAssertions() {
  }

  /**
   * Asserts that a call throws {@link IllegalArgumentException} with the given message.
   *
   * @param call the call
   * @param message the whole expected message
   */
  static void assertRejects(ThrowingCallable call, String message) {
    assertThatThrownBy(call).isInstanceOf(IllegalArgumentException.class).hasMessage(message);
  }
}
