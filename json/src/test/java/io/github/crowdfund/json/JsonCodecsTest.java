package io.github.crowdfund.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.crowdfund.core.CampaignEvent;
import org.joda.money.Money;
import org.junit.jupiter.api.Test;

/** Every type with a JSON form has one codec; asking for another type names those that have one. */
class JsonCodecsTest {

  @Test
  void aTypeWithoutAJsonFormIsRefusedListingTheTypesWithOne() {
    assertThatThrownBy(() -> JsonCodecs.codec(StringBuilder.class)).isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("No JSON form for java.lang.StringBuilder; types with one: [CurrencyUnit, Money, ")
        .hasMessageContaining(", CampaignEvent, ");
  }

  @Test
  void eachTypeHasItsOwnCodec() {
    assertThat(JsonCodecs.codec(Money.class)).isSameAs(CurrencyCodecs.MONEY);
    assertThat(JsonCodecs.codec(CampaignEvent.class)).isSameAs(EventCodecs.EVENT);
  }
}
