package org.pystrade.report.markup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class MarkupTest {

  @Test
  void escapesEveryMarkupCharacter() {
    assertThat(Markup.escape("<script>alert('x' & \"y\")</script>"))
        .isEqualTo("&lt;script&gt;alert(&#39;x&#39; &amp; &quot;y&quot;)&lt;/script&gt;");
  }

  @Test
  void keepsPlainTextAsItIs() {
    String text = "ewmac16_64 CORN 2020-01-01";
    assertThat(Markup.escape(text)).isSameAs(text);
  }

  @Test
  void replacesControlCharactersXmlForbids() {
    assertThat(Markup.escape("a\u0001b\tc\n")).isEqualTo("a\uFFFDb\tc\n");
  }

  @Test
  void appendsEscaped() {
    assertThat(Markup.append(new StringBuilder("x:"), "a<b").toString()).isEqualTo("x:a&lt;b");
  }

  @Test
  void identifiersKeepSafeCharactersOnly() {
    assertThat(Markup.identifier("US10_mini-2.x")).isEqualTo("US10_mini-2.x");
    assertThat(Markup.identifier("a b/<c>")).isEqualTo("a_b__c_");
    assertThat(Markup.identifier(".hidden")).isEqualTo("_hidden");
    assertThat(Markup.identifier("")).isEqualTo("_");
  }

  @Test
  void refusesNull() {
    assertThatThrownBy(() -> Markup.escape(null)).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("text");
  }

  @Test
  void numbersHaveSeparatorsAndNoNegativeZero() {
    assertThat(Numbers.fixed(1234567.891, 2)).isEqualTo("1,234,567.89");
    assertThat(Numbers.fixed(-0.0004, 2)).isEqualTo("0.00");
    assertThat(Numbers.fixed(-12.5, 0)).isEqualTo("-12");
    assertThat(Numbers.fixed(999.95, 1)).isEqualTo("1,000.0");
    assertThat(Numbers.fixed(Double.NaN, 2)).isEqualTo("NaN");
    assertThat(Numbers.fixed(Double.NEGATIVE_INFINITY, 2)).isEqualTo("-inf");
  }
}
