package io.github.crowdfund.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import org.joda.money.CurrencyUnit;
import org.joda.money.Money;
import org.junit.jupiter.api.Test;

class CampaignRulesDefaultsTest {

  private final CampaignRules rules = CampaignRules.defaults();

  @Test
  void defaultsAreKickstarterUnitedStates() {
    assertThat(rules.minimumDuration()).isEqualTo(Duration.ofDays(1));
    assertThat(rules.maximumDuration()).isEqualTo(Duration.ofDays(60));
    assertThat(rules.minimumPledge(CurrencyUnit.USD)).isEqualTo(Money.parse("USD 1.00"));
    assertThat(rules.maximumPledge(CurrencyUnit.USD)).isEqualTo(Money.parse("USD 10000.00"));
    assertThat(rules.finalWindow()).isEqualTo(Duration.ofHours(24));
    assertThat(rules.finalWindowRule()).isEqualTo(FinalWindowRule.NO_DROP_BELOW_GOAL);
    assertThat(rules.addOnQuantityCap()).isEqualTo(10);
  }

  @Test
  void defaultsAcceptOnlyUsDollarsAndSayWhichWhenAskedForAnother() {
    assertThat(rules.acceptsCurrency(CurrencyUnit.USD)).isTrue();
    assertThat(rules.acceptsCurrency(CurrencyUnit.EUR)).isFalse();
    assertThatThrownBy(() -> rules.minimumPledge(CurrencyUnit.EUR)).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("USD").hasMessageContaining("EUR");
  }
}
