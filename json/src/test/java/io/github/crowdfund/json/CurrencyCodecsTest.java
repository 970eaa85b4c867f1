package io.github.crowdfund.json;

import static io.github.crowdfund.json.Refusals.refusal;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.joda.money.CurrencyUnit;
import org.junit.jupiter.api.Test;

/**
 * A currency code is three capital letters A to Z: anything else is refused as not a code, and a code that is no
 * currency as unknown.
 */
class CurrencyCodecsTest {

  private static String reason(String json) {
    return refusal(CurrencyCodecs.CURRENCY, json).reason();
  }

  @Test
  void codesFromAToZRead() {
    for (String code : List.of("AUD", "CZK", "ZAR", "BAM")) {
      assertThat(JsonText.read(CurrencyCodecs.CURRENCY, "\"" + code + "\"")).isEqualTo(CurrencyUnit.of(code));
    }
  }

  @Test
  void aTextThatIsNotThreeCapitalLettersIsNotACode() {
    for (String text : List.of("usd", "@SD", "U[D", "US`", "USd", "US", "USDX", "", "U$D")) {
      assertThat(reason("\"" + text + "\"")).as(text)
          .isEqualTo("expected a currency code such as \"USD\", was the string \"" + text + "\"");
    }
    assertThat(reason("840")).isEqualTo("expected a currency code such as \"USD\", was the number 840");
    assertThat(reason("null")).isEqualTo("expected a currency code such as \"USD\", was null");
    assertThat(reason("{}")).isEqualTo("expected a currency code such as \"USD\", was an object");
  }

  @Test
  void aCodeThatIsNoCurrencyIsUnknown() {
    assertThat(reason("\"ABC\"")).isEqualTo("unknown currency \"ABC\"");
  }
}
