package io.github.crowdfund.markets;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.crowdfund.core.CampaignRules;
import io.github.crowdfund.core.Country;
import java.time.LocalDate;
import org.joda.money.CurrencyUnit;
import org.junit.jupiter.api.Test;

/** Core's {@link CampaignRules#defaults()} and markets' Kickstarter US data say the same on every value. */
class DefaultRulesMatchMarketsTest {

  @Test
  void coreDefaultsEqualKickstarterUnitedStatesFromTheMarketsData() {
    CampaignRules core = CampaignRules.defaults();
    PlatformRules markets = Platform.kickstarter().rules(Country.of("US"), CurrencyUnit.USD, LocalDate.of(2026, 1, 1));
    CurrencyUnit usd = CurrencyUnit.USD;
    assertThat(core.minimumDuration()).isEqualTo(markets.minimumDuration());
    assertThat(core.maximumDuration()).isEqualTo(markets.maximumDuration());
    assertThat(core.acceptsCurrency(usd)).isEqualTo(markets.acceptsCurrency(usd)).isTrue();
    assertThat(core.acceptsCurrency(CurrencyUnit.EUR)).isEqualTo(markets.acceptsCurrency(CurrencyUnit.EUR));
    assertThat(core.currencyViolation(usd)).isEqualTo(markets.currencyViolation(usd)).isEmpty();
    assertThat(core.minimumPledge(usd)).isEqualTo(markets.minimumPledge(usd));
    assertThat(core.maximumPledge(usd)).isEqualTo(markets.maximumPledge(usd));
    assertThat(core.finalWindow()).isEqualTo(markets.finalWindow());
    assertThat(core.finalWindowRule()).isEqualTo(markets.finalWindowRule());
    assertThat(core.addOnQuantityCap()).isEqualTo(markets.addOnQuantityCap());
    assertThat(core.paymentRetryWindow()).isEqualTo(markets.paymentRetryWindow());
    assertThat(markets.unknowns()).isEmpty();
  }
}
