package io.github.crowdfund.markets;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.crowdfund.core.Country;
import io.github.crowdfund.markets.CreatorProfile.Individual;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** The eligibility example shown in the README, compiled and run. */
class ReadmeExampleTest {

  @Test
  void theReadmeEligibilityExampleRunsAsShown() {
    // README snippet begins
    Individual tokyoCreator = Individual.builder()
        .birthDate(LocalDate.of(1985, 3, 14))
        .residence(Country.of("JP"))
        .addIdCountries(Country.of("JP"))
        .bankAccount(BankAccount.of(Country.of("JP"), "JPY"))
        .hasCard(true)
        .build();

    Eligibility kickstarter = Eligibility.kickstarter();
    EligibilityDecision march = kickstarter.check(tokyoCreator, Country.of("JP"), LocalDate.of(2017, 3, 1));
    // march.eligible() == false; march.reasons():
    // MARKET_NOT_OPEN: Japan (JP) is not open to creators on 2017-03-01; it opens to creators on 2017-09-13.

    EligibilityDecision september = kickstarter.check(tokyoCreator, Country.of("JP"), LocalDate.of(2017, 9, 13));
    // september.eligible() == true; september.currency() == JPY;
    // september.pledgeLimits() == JPY 100 to JPY 1200000
    // README snippet ends

    assertThat(march.eligible()).isFalse();
    assertThat(march.reasons()).extracting(Reason::toString).containsExactly(
        "MARKET_NOT_OPEN: Japan (JP) is not open to creators on 2017-03-01; it opens to creators on 2017-09-13.");
    assertThat(september.eligible()).isTrue();
    assertThat(september.currency().getCode()).isEqualTo("JPY");
    assertThat(september.pledgeLimits().orElseThrow().minimum().toString()).isEqualTo("JPY 100");
    assertThat(september.pledgeLimits().orElseThrow().maximum().toString()).isEqualTo("JPY 1200000");
  }
}
