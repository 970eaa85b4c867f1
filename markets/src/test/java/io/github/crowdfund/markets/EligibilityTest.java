package io.github.crowdfund.markets;

import static io.github.crowdfund.markets.EligibilityStoriesTest.local;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.crowdfund.core.Country;
import io.github.crowdfund.markets.CreatorProfile.Entity;
import io.github.crowdfund.markets.CreatorProfile.Individual;
import io.github.crowdfund.markets.CreatorProfile.ThroughPartner;
import io.github.crowdfund.markets.Reason.Code;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class EligibilityTest {

  private static final Eligibility KICKSTARTER = Eligibility.kickstarter();
  private static final LocalDate LAUNCH = LocalDate.of(2018, 4, 1);

  private static Individual minor(Individual guardian) {
    return Individual.builder()
        .birthDate(LAUNCH.minusYears(16))
        .residence(Country.of("GB"))
        .hasCard(false)
        .guardian(guardian)
        .build();
  }

  @Test
  void everyReasonThatAppliesIsListedNotJustTheFirst() {
    Individual everythingWrong = Individual.builder()
        .birthDate(LocalDate.of(2005, 6, 1))
        .residence(Country.of("BR"))
        .bankAccount(BankAccount.of(Country.of("BR"), "BRL"))
        .hasCard(false)
        .build();
    EligibilityDecision decision = KICKSTARTER.check(everythingWrong, Country.of("JP"), LocalDate.of(2017, 3, 1));
    assertThat(decision.reasons()).extracting(Reason::code).containsExactly(
        Code.MARKET_NOT_OPEN, Code.UNDER_AGE, Code.NOT_RESIDENT, Code.ID_NOT_ACCEPTED, Code.BANK_ACCOUNT_ABROAD,
        Code.CURRENCY_NOT_ALLOWED, Code.NO_CARD);
    assertThat(decision.reasons().get(1).message()).isEqualTo("The creator, born 2005-06-01, is 11 on 2017-03-01; "
        + "creators must be 18 or older unless a parent or guardian takes part.");
    assertThat(decision.reasons().get(2).message())
        .isEqualTo("The creator lives in Brazil (BR), not in Japan (JP); individuals launch only where they live.");
    assertThat(decision.reasons().get(3).message()).isEqualTo("The creator has no government ID; a project in "
        + "Japan (JP) on 2017-03-01 needs an ID from Japan (JP).");
  }

  @Test
  void aCreatorIsEighteenOnTheirEighteenthBirthday() {
    Individual turningEighteen = Individual.builder()
        .birthDate(LAUNCH.minusYears(18))
        .residence(Country.of("US")).addIdCountries(Country.of("US")).bankAccount(BankAccount.of(Country.of("US"), "USD")).hasCard(true)
        .build();
    assertThat(KICKSTARTER.check(turningEighteen, Country.of("US"), LAUNCH).eligible()).isTrue();
    assertThat(KICKSTARTER.check(turningEighteen, Country.of("US"), LAUNCH.minusDays(1)).codes()).containsExactly(Code.UNDER_AGE);
  }

  @Test
  void aMinorMayLaunchAlongsideAnAdultGuardianWhoVerifiesAndHoldsTheBankAccountAndCard() {
    EligibilityDecision decision = KICKSTARTER.check(minor(local("GB", "GBP")), Country.of("GB"), LAUNCH);
    assertThat(decision.eligible()).isTrue();
  }

  @Test
  void theGuardianMustBeAnAdultWithTheAccountAndCard() {
    Individual youngGuardian = Individual.builder()
        .birthDate(LAUNCH.minusYears(17))
        .residence(Country.of("GB"))
        .addIdCountries(Country.of("GB"))
        .hasCard(false)
        .build();
    EligibilityDecision decision = KICKSTARTER.check(minor(youngGuardian), Country.of("GB"), LAUNCH);
    assertThat(decision.reasons()).extracting(Reason::code)
        .containsExactly(Code.GUARDIAN_UNDER_AGE, Code.NO_BANK_ACCOUNT, Code.NO_CARD);
    assertThat(decision.reasons().get(2).message()).startsWith("The guardian holds no major credit or debit card");
  }

  @Test
  void aGuardianCannotHaveAGuardian() {
    Individual guardianWithGuardian = minor(local("GB", "GBP"));
    assertThatThrownBy(() -> minor(guardianWithGuardian))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("has no guardian");
  }

  @Test
  void anEntityLaunchesOnlyWhereItIsRegisteredByAnAuthorisedRepresentative() {
    Entity dutchFoundation = Entity.builder()
        .name("Stichting Open")
        .registeredIn(Country.of("NL"))
        .representativeAuthorised(false)
        .bankAccount(BankAccount.of(Country.of("NL"), "EUR"))
        .build();
    EligibilityDecision decision = KICKSTARTER.check(dutchFoundation, Country.of("DE"), LAUNCH);
    assertThat(decision.reasons()).extracting(Reason::code)
        .containsExactly(Code.REGISTERED_ELSEWHERE, Code.REPRESENTATIVE_NOT_AUTHORISED, Code.BANK_ACCOUNT_ABROAD);
    assertThat(decision.reasons().get(0).message()).isEqualTo("The entity Stichting Open is registered in "
        + "Netherlands (NL), not in Germany (DE); entities launch where they are registered.");
    assertThat(KICKSTARTER.check(dutchFoundation, Country.of("NL"), LAUNCH).codes())
        .containsExactly(Code.REPRESENTATIVE_NOT_AUTHORISED);
  }

  @Test
  void aPartnerMustItselfBeEligibleInTheMarket() {
    Entity partnerWithoutAccount = Entity.builder()
        .name("Partner GmbH").registeredIn(Country.of("DE")).representativeAuthorised(true).build();
    EligibilityDecision decision =
        KICKSTARTER.check(new ThroughPartner(local("JP", "JPY"), partnerWithoutAccount), Country.of("US"), LocalDate.of(2016, 1, 1));
    assertThat(decision.codes()).containsExactlyInAnyOrder(Code.REGISTERED_ELSEWHERE, Code.NO_BANK_ACCOUNT);
    assertThat(decision.reasons()).allSatisfy(r -> assertThat(r.message()).contains("Partner GmbH"));
  }

  @Test
  void aDraftingMarketIsNotYetOpenAndSaysSince() {
    EligibilityDecision decision = KICKSTARTER.check(local("DK", "DKK"), Country.of("DK"), LocalDate.of(2014, 10, 1));
    assertThat(decision.reasons()).singleElement().satisfies(r -> assertThat(r.message()).isEqualTo(
        "Denmark (DK) lets creators draft projects since 2014-09-15 but is not open to creators on 2014-10-01; "
            + "it opens to creators on 2014-10-21."));
  }

  @Test
  void aDateBeforeAnyMarketOpenedIsSimplyNotOpen() {
    Individual american = Individual.builder()
        .birthDate(LocalDate.of(1960, 1, 1))
        .residence(Country.of("US")).addIdCountries(Country.of("US")).bankAccount(BankAccount.of(Country.of("US"), "USD")).hasCard(true)
        .build();
    EligibilityDecision decision = KICKSTARTER.check(american, Country.of("US"), LocalDate.of(2001, 1, 1));
    assertThat(decision.codes()).containsExactly(Code.MARKET_NOT_OPEN);
  }

  @Test
  void unknownCountryCodesAreRejectedListingTheKnownOnes() {
    assertThatThrownBy(() -> KICKSTARTER.check(local("US", "USD"), Country.of("BR"), LAUNCH))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("Brazil (BR)")
        .hasMessageContaining("JP, LU, MX");
    assertThatThrownBy(() -> local("UK", "GBP"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("'UK'");
  }
  @Test
  void aGuardianIsAnAdultFromTheirEighteenthBirthday() {
    Individual guardian = Individual.builder()
        .birthDate(LAUNCH.minusYears(18))
        .residence(Country.of("GB"))
        .addIdCountries(Country.of("GB"))
        .bankAccount(BankAccount.of(Country.of("GB"), "GBP"))
        .hasCard(true)
        .build();
    assertThat(KICKSTARTER.check(minor(guardian), Country.of("GB"), LAUNCH).codes()).isEmpty();
  }

  @Test
  void anAccountInTheOptionalCurrencyBeforeItIsAllowedSaysFromWhen() {
    LocalDate dayBefore = LocalDate.of(2020, 10, 5);
    assertThat(KICKSTARTER.check(local("SE", "EUR"), Country.of("SE"), dayBefore).reasons())
        .singleElement().satisfies(reason -> assertThat(reason.message()).isEqualTo("The creator's bank account is "
            + "in EUR; a project in Sweden (SE) on 2020-10-05 may use SEK (EUR only from 2020-10-06)."));
    assertThat(KICKSTARTER.check(local("SE", "NOK"), Country.of("SE"), dayBefore).reasons())
        .singleElement().satisfies(reason -> assertThat(reason.message()).isEqualTo("The creator's bank account is "
            + "in NOK; a project in Sweden (SE) on 2020-10-05 may use SEK."));
  }

  @Test
  void anEntitysProjectRunsInItsAccountsCurrencyWhenTheMarketAllowsIt() {
    Entity swedishStudio = Entity.builder()
        .name("Studio AB")
        .registeredIn(Country.of("SE"))
        .representativeAuthorised(true)
        .bankAccount(BankAccount.of(Country.of("SE"), "EUR"))
        .build();
    EligibilityDecision decision = KICKSTARTER.check(swedishStudio, Country.of("SE"), LocalDate.of(2021, 1, 1));
    assertThat(decision.codes()).isEmpty();
    assertThat(decision.currency()).isEqualTo(org.joda.money.CurrencyUnit.EUR);
  }
}
