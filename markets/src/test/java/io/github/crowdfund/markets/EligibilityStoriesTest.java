package io.github.crowdfund.markets;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.crowdfund.core.Country;
import io.github.crowdfund.markets.CreatorProfile.Entity;
import io.github.crowdfund.markets.CreatorProfile.Individual;
import io.github.crowdfund.markets.CreatorProfile.ThroughPartner;
import java.time.LocalDate;
import org.joda.money.CurrencyUnit;
import org.joda.money.Money;
import org.junit.jupiter.api.Test;

/** The stories of the issue, exactly as told. */
class EligibilityStoriesTest {

  private static final Eligibility KICKSTARTER = Eligibility.kickstarter();

  /** An adult living in a country, with an ID from it, a bank account there in its currency, and a card. */
  static Individual local(String countryCode, String currency) {
    Country country = Country.of(countryCode);
    return Individual.builder()
        .birthDate(LocalDate.of(1985, 3, 14))
        .residence(country)
        .addIdCountries(country)
        .bankAccount(BankAccount.of(country, currency))
        .hasCard(true)
        .build();
  }

  static Entity usCompany(String name) {
    return Entity.builder()
        .name(name)
        .registeredIn(Country.of("US"))
        .representativeAuthorised(true)
        .bankAccount(BankAccount.of(Country.of("US"), "USD"))
        .build();
  }

  @Test
  void aTokyoCreatorIsRefusedOnFirstMarch2017BecauseJapanOpensOnThirteenthSeptember() {
    EligibilityDecision decision = KICKSTARTER.check(local("JP", "JPY"), Country.of("JP"), LocalDate.of(2017, 3, 1));
    assertThat(decision.eligible()).isFalse();
    assertThat(decision.reasons()).singleElement().satisfies(reason -> {
      assertThat(reason.code()).isEqualTo(Reason.Code.MARKET_NOT_OPEN);
      assertThat(reason.message()).isEqualTo(
          "Japan (JP) is not open to creators on 2017-03-01; it opens to creators on 2017-09-13.");
    });
  }

  @Test
  void onFirstJune2017JapanIsUpcomingAnnouncedOnSeventeenthMay() {
    LocalDate june = LocalDate.of(2017, 6, 1);
    assertThat(KICKSTARTER.catalog().upcoming(june)).singleElement().satisfies(upcoming -> {
      assertThat(upcoming.market().country()).isEqualTo(Country.of("JP"));
      assertThat(upcoming.status()).isEqualTo(MarketStatus.ANNOUNCED);
      assertThat(upcoming.since()).isEqualTo(LocalDate.of(2017, 5, 17));
    });
    assertThat(KICKSTARTER.check(local("JP", "JPY"), Country.of("JP"), june).reasons()).singleElement()
        .satisfies(reason -> assertThat(reason.message()).isEqualTo("Japan (JP) was announced on 2017-05-17 but is "
            + "not open to creators on 2017-06-01; it opens to creators on 2017-09-13."));
  }

  @Test
  void theTokyoCreatorIsEligibleOnThirteenthSeptember2017AndRunsInYenFromOneHundredToOnePointTwoMillion() {
    EligibilityDecision decision = KICKSTARTER.check(local("JP", "JPY"), Country.of("JP"), LocalDate.of(2017, 9, 13));
    CurrencyUnit yen = CurrencyUnit.of("JPY");
    assertThat(decision.eligible()).isTrue();
    assertThat(decision.reasons()).isEmpty();
    assertThat(decision.currency()).isEqualTo(yen);
    PledgeLimits limits = decision.pledgeLimits().orElseThrow();
    assertThat(limits.minimum()).isEqualTo(Money.ofMajor(yen, 100));
    assertThat(limits.maximum()).isEqualTo(Money.ofMajor(yen, 1_200_000));
  }

  @Test
  void aJapaneseStudioLaunchingThroughItsUsCompanyIn2013IsEligible() {
    Entity studio = Entity.builder()
        .name("comcept")
        .registeredIn(Country.of("JP"))
        .representativeAuthorised(true)
        .bankAccount(BankAccount.of(Country.of("JP"), "JPY"))
        .build();
    LocalDate launch = LocalDate.of(2013, 8, 31);
    assertThat(KICKSTARTER.check(studio, Country.of("JP"), launch).codes()).containsExactly(Reason.Code.MARKET_NOT_OPEN);
    EligibilityDecision decision =
        KICKSTARTER.check(new ThroughPartner(studio, usCompany("comcept USA")), Country.of("US"), launch);
    assertThat(decision.eligible()).isTrue();
    assertThat(decision.currency()).isEqualTo(CurrencyUnit.USD);
  }

  @Test
  void aFrenchCreatorInMay2014IsRefusedAsAnIndividualAndAcceptedThroughAUsEntity() {
    Individual french = local("FR", "EUR");
    LocalDate may2014 = LocalDate.of(2014, 5, 15);
    EligibilityDecision alone = KICKSTARTER.check(french, Country.of("FR"), may2014);
    assertThat(alone.codes()).containsExactly(Reason.Code.MARKET_NOT_OPEN);
    assertThat(alone.reasons().get(0).message()).contains("2015-05-27");
    assertThat(KICKSTARTER.check(french, Country.of("US"), may2014).eligible()).isFalse();
    EligibilityDecision throughEntity =
        KICKSTARTER.check(new ThroughPartner(french, usCompany("Giroptic US")), Country.of("US"), may2014);
    assertThat(throughEntity.eligible()).isTrue();
    assertThat(throughEntity.currency()).isEqualTo(CurrencyUnit.USD);
  }

  @Test
  void aGermanIdIsAcceptedForAFrenchProject() {
    Individual withGermanId = Individual.builder()
        .birthDate(LocalDate.of(1990, 1, 1))
        .residence(Country.of("FR"))
        .addIdCountries(Country.of("DE"))
        .bankAccount(BankAccount.of(Country.of("FR"), "EUR"))
        .hasCard(true)
        .build();
    assertThat(KICKSTARTER.check(withGermanId, Country.of("FR"), LocalDate.of(2016, 3, 1)).eligible()).isTrue();
  }

  @Test
  void aUkIdIsAcceptedForAFrenchProjectIn2019AndRefusedIn2021() {
    Individual withUkId = Individual.builder()
        .birthDate(LocalDate.of(1990, 1, 1))
        .residence(Country.of("FR"))
        .addIdCountries(Country.of("GB"))
        .bankAccount(BankAccount.of(Country.of("FR"), "EUR"))
        .hasCard(true)
        .build();
    assertThat(KICKSTARTER.check(withUkId, Country.of("FR"), LocalDate.of(2019, 6, 1)).eligible()).isTrue();
    EligibilityDecision in2021 = KICKSTARTER.check(withUkId, Country.of("FR"), LocalDate.of(2021, 6, 1));
    assertThat(in2021.reasons()).singleElement().satisfies(reason -> {
      assertThat(reason.code()).isEqualTo(Reason.Code.ID_NOT_ACCEPTED);
      assertThat(reason.message()).isEqualTo("The creator's government ID from United Kingdom (GB) is not accepted: "
          + "a project in France (FR) on 2021-06-01 needs an ID from France (FR) or from any EU member state on that "
          + "date (United Kingdom (GB) is not).");
    });
  }

  @Test
  void aSwedishCreatorMayChooseEuroFromSixthOctober2020ButNotBefore() {
    Individual swedeInEuro = Individual.builder()
        .birthDate(LocalDate.of(1980, 7, 1))
        .residence(Country.of("SE"))
        .addIdCountries(Country.of("SE"))
        .bankAccount(BankAccount.of(Country.of("SE"), "EUR"))
        .hasCard(true)
        .build();
    EligibilityDecision before = KICKSTARTER.check(swedeInEuro, Country.of("SE"), LocalDate.of(2020, 10, 5));
    assertThat(before.reasons()).singleElement().satisfies(reason -> {
      assertThat(reason.code()).isEqualTo(Reason.Code.CURRENCY_NOT_ALLOWED);
      assertThat(reason.message()).isEqualTo("The creator's bank account is in EUR; a project in Sweden (SE) on "
          + "2020-10-05 may use SEK (EUR only from 2020-10-06).");
    });
    assertThat(before.currency()).isEqualTo(CurrencyUnit.of("SEK"));
    EligibilityDecision from = KICKSTARTER.check(swedeInEuro, Country.of("SE"), LocalDate.of(2020, 10, 6));
    assertThat(from.eligible()).isTrue();
    assertThat(from.currency()).isEqualTo(CurrencyUnit.EUR);
    assertThat(from.pledgeLimits()).isEmpty();
    assertThat(KICKSTARTER.check(local("SE", "SEK"), Country.of("SE"), LocalDate.of(2020, 10, 5)).eligible()).isTrue();
  }
}
