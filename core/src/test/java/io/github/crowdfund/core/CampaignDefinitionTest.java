package io.github.crowdfund.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.List;
import org.joda.money.CurrencyUnit;
import org.joda.money.Money;
import org.junit.jupiter.api.Test;

/** The checks of a definition made from its parts, as a store reads one back, not through the builder. */
class CampaignDefinitionTest {

  private static final Goal GOAL = Goal.allOrNothing(Money.of(CurrencyUnit.USD, 1_000));

  private static CampaignDefinition definition(String title, Duration duration) {
    return new CampaignDefinition(CampaignId.of("lamp"), CreatorId.of("ada"), title, GOAL, duration, List.of(),
        List.of(), List.of());
  }

  @Test
  void aBlankTitleIsRefusedQuotingIt() {
    assertThatThrownBy(() -> definition(" \t", Duration.ofDays(30)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("campaign title must not be blank: ' \t'");
    assertThatThrownBy(() -> definition(null, Duration.ofDays(30)))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("title");
  }

  @Test
  void aDurationOfZeroOrLessIsRefusedQuotingIt() {
    assertThatThrownBy(() -> definition("Lamp", Duration.ZERO))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("campaign duration must be positive: PT0S");
    assertThatThrownBy(() -> definition("Lamp", Duration.ofSeconds(-1)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("campaign duration must be positive: PT-1S");
    assertThat(definition("Lamp", Duration.ofSeconds(1)).duration()).isEqualTo(Duration.ofSeconds(1));
  }

  @Test
  void theBuilderChainsAddOnsInTheOrderAdded() {
    AddOn stand = AddOn.builder().id("stand").title("Lamp stand").price(Money.of(CurrencyUnit.USD, 15)).build();
    AddOn bulb = AddOn.builder().id("bulb").title("Spare bulb").price(Money.of(CurrencyUnit.USD, 5)).build();
    CampaignDefinition definition = CampaignDefinition.builder().id("lamp").creator("ada").title("Lamp").goal(GOAL)
        .duration(Duration.ofDays(30)).addOn(stand).addOn(bulb).build();
    assertThat(definition.addOns()).containsExactly(stand, bulb);
  }
}
