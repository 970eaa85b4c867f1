package io.github.crowdfund.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.github.crowdfund.core.CampaignEvent;
import io.github.crowdfund.currency.Percentage;
import org.joda.money.CurrencyUnit;
import org.joda.money.Money;
import org.junit.jupiter.api.Test;

/**
 * An error message quotes the beginning of a long bad value and says how long it is, so no message grows with the
 * input: a JSON string of megabytes gives a message of a few hundred characters.
 */
class JsonMessagesBoundedTest {

  private static final String LONG = "1".repeat(5_000);

  private static JsonFormatException refusal(Class<?> type, String json) {
    return catchThrowableOfType(JsonFormatException.class, () -> JsonText.read(JsonCodecs.codec(type), json));
  }

  @Test
  void aLongPercentageIsQuotedByItsBeginningAndLength() {
    JsonFormatException refused = refusal(Percentage.class, "\"" + LONG + "%\"");

    assertThat(refused.getMessage()).hasSizeLessThan(500).contains("(5001 characters)").startsWith("$: ");
  }

  @Test
  void aLongCurrencyCodeIsQuotedByItsBeginningAndLength() {
    JsonFormatException refused = refusal(CurrencyUnit.class, "\"" + LONG + "\"");

    assertThat(refused.getMessage()).hasSizeLessThan(500).contains("(5000 characters)");
  }

  @Test
  void aLongUnknownFieldNameIsQuotedByItsBeginningAndLength() {
    JsonFormatException refused = refusal(Money.class, "{\"" + LONG + "\":1}");

    assertThat(refused.getMessage()).hasSizeLessThan(500).contains("(5000 characters)");
  }

  @Test
  void aLongEventTypeIsQuotedByItsBeginningAndLength() {
    JsonFormatException refused = refusal(CampaignEvent.class, "{\"type\":\"" + LONG + "\",\"version\":1}");

    assertThat(refused.getMessage()).hasSizeLessThan(1_000).contains("(5000 characters)");
  }

  @Test
  void aShortBadValueIsQuotedWhole() {
    JsonFormatException refused = refusal(CurrencyUnit.class, "\"usd\"");

    assertThat(refused.getMessage()).contains("\"usd\"").doesNotContain("characters");
  }
}
