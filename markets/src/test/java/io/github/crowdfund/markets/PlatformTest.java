package io.github.crowdfund.markets;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.assertj.core.api.Assertions.tuple;

import io.github.crowdfund.core.Country;
import io.github.crowdfund.core.FinalWindowRule;
import io.github.crowdfund.core.FundingModel;
import java.io.StringReader;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;
import org.joda.money.CurrencyUnit;
import org.joda.money.Money;
import org.junit.jupiter.api.Test;

class PlatformTest {

  private static final CurrencyUnit JPY = CurrencyUnit.of("JPY");
  private static final LocalDate TODAY = LocalDate.of(2026, 1, 15);

  private static Optional<String> value(Platform platform, Rule rule, String scope, LocalDate date) {
    return platform.fact(rule, scope, date).orElseThrow().value();
  }

  @Test
  void everyBundledPlatformLoadsWithItsAsOfDateAndSources() {
    assertThat(Platform.bundled()).extracting(Platform::name).containsExactly("Kickstarter", "Indiegogo", "Ulule",
        "KissKissBankBank", "CAMPFIRE", "READYFOR", "Makuake", "GoFundMe");
    assertThat(Platform.bundled()).allSatisfy(platform -> {
      assertThat(platform.provenance().asOf()).isEqualTo(LocalDate.of(2026, 11, 28));
      assertThat(platform.provenance().sources()).isNotEmpty();
      assertThat(platform.facts()).isNotEmpty()
          .allSatisfy(fact -> assertThat(fact.value().isPresent()).isEqualTo(fact.confidence().isPresent()));
    });
  }

  @Test
  void kickstarterRunsOneToSixtyDaysWithTheFinalTwentyFourHoursRuleAndASevenDayRetry() {
    PlatformRules us = Platform.kickstarter().rules(Country.of("US"), CurrencyUnit.USD, TODAY);
    assertThat(us.minimumDuration()).isEqualTo(Duration.ofDays(1));
    assertThat(us.maximumDuration()).isEqualTo(Duration.ofDays(60));
    assertThat(us.finalWindow()).isEqualTo(Duration.ofHours(24));
    assertThat(us.finalWindowRule()).isEqualTo(FinalWindowRule.NO_DROP_BELOW_GOAL);
    assertThat(us.paymentRetryWindow()).contains(Duration.ofDays(7));
    assertThat(Platform.ulule().rules(Country.of("FR"), CurrencyUnit.EUR, TODAY).paymentRetryWindow()).isEmpty();
    assertThat(us.addOnQuantityCap()).isEqualTo(10);
    assertThat(us.fact(Rule.MAX_DURATION_DAYS).orElseThrow().confidence()).contains(Confidence.CONFIRMED);
  }

  @Test
  void kickstartersMaximumDurationWasNinetyDaysBeforeJune2011() {
    Platform kickstarter = Platform.kickstarter();
    assertThat(kickstarter.rules(Country.of("US"), CurrencyUnit.USD, LocalDate.of(2011, 5, 31)).maximumDuration())
        .isEqualTo(Duration.ofDays(90));
    assertThat(kickstarter.rules(Country.of("US"), CurrencyUnit.USD, LocalDate.of(2011, 6, 1)).maximumDuration())
        .isEqualTo(Duration.ofDays(60));
  }

  @Test
  void kickstarterPledgeLimitsComeFromTheMarket() {
    PlatformRules japan = Platform.kickstarter().rules(Country.of("JP"), JPY, LocalDate.of(2017, 9, 13));
    assertThat(japan.acceptsCurrency(JPY)).isTrue();
    assertThat(japan.acceptsCurrency(CurrencyUnit.USD)).isFalse();
    assertThat(japan.minimumPledge(JPY)).isEqualTo(Money.ofMajor(JPY, 100));
    assertThat(japan.maximumPledge(JPY)).isEqualTo(Money.ofMajor(JPY, 1_200_000));
    assertThatThrownBy(() -> japan.minimumPledge(CurrencyUnit.USD))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("'USD'");
  }

  @Test
  void kickstarterRulesNeedAnOpenMarketAndACurrencyItAllows() {
    Platform kickstarter = Platform.kickstarter();
    assertThatThrownBy(() -> kickstarter.rules(Country.of("JP"), JPY, LocalDate.of(2017, 3, 1)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("Japan (JP)").hasMessageContaining("'2017-03-01'");
    assertThatThrownBy(() -> kickstarter.rules(Country.of("SE"), CurrencyUnit.EUR, LocalDate.of(2020, 10, 5)))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("'EUR'");
    PlatformRules swedenInEuro = kickstarter.rules(Country.of("SE"), CurrencyUnit.EUR, LocalDate.of(2020, 10, 6));
    assertThat(swedenInEuro.acceptsCurrency(CurrencyUnit.EUR)).isFalse();
    assertThatThrownBy(() -> swedenInEuro.maximumPledge(CurrencyUnit.EUR))
        .isInstanceOf(UnknownRuleException.class)
        .hasMessageContaining("Kickstarter: pledge.maximum in EUR is unknown")
        .hasMessageContaining("Platform.withFact");
  }

  @Test
  void kickstarterProcessingFeesAreConfirmedInUsdMediumInEuroAndUnknownInOtherCurrencies() {
    Platform kickstarter = Platform.kickstarter();
    assertThat(kickstarter.fact(Rule.PROCESSING_PERCENT, "USD", TODAY).orElseThrow())
        .extracting(RuleFact::value, RuleFact::confidence)
        .containsExactly(Optional.of("3"), Optional.of(Confidence.CONFIRMED));
    assertThat(kickstarter.fact(Rule.PROCESSING_FIXED, "EUR", TODAY).orElseThrow())
        .extracting(RuleFact::value, RuleFact::confidence)
        .containsExactly(Optional.of("0.20"), Optional.of(Confidence.MEDIUM));
    assertThat(kickstarter.fact(Rule.PROCESSING_PERCENT, "GBP", TODAY).orElseThrow().confidence())
        .contains(Confidence.UNCONFIRMED);
    RuleFact cad = kickstarter.fact(Rule.PROCESSING_PERCENT, "CAD", TODAY).orElseThrow();
    assertThat(cad.value()).isEmpty();
    assertThat(cad.source()).contains("supply your own");
  }

  @Test
  void anApplicationSuppliesAFeeTheDataDoesNotKnow() {
    Platform kickstarter = Platform.kickstarter()
        .withFact(RuleFact.of(Rule.PROCESSING_PERCENT, "CAD", "2.9", Confidence.MEDIUM, "our contract"));
    assertThat(value(kickstarter, Rule.PROCESSING_PERCENT, "CAD", TODAY)).contains("2.9");
    assertThat(value(kickstarter, Rule.PROCESSING_PERCENT, "USD", TODAY)).contains("3");
    assertThat(value(Platform.kickstarter(), Rule.PROCESSING_PERCENT, "CAD", TODAY)).isEmpty();
  }

  @Test
  void indiegogosPlatformFeeIsDatedAndUnknownUnderTheNewOperator() {
    Platform indiegogo = Platform.indiegogo();
    assertThat(value(indiegogo, Rule.PLATFORM_FEE_PERCENT, "USD", LocalDate.of(2015, 6, 1))).contains("4");
    assertThat(value(indiegogo, Rule.PLATFORM_FEE_MISSED_GOAL_PERCENT, "USD", LocalDate.of(2015, 6, 1)))
        .contains("9");
    assertThat(value(indiegogo, Rule.PLATFORM_FEE_PERCENT, "USD", LocalDate.of(2016, 6, 1))).isEmpty();
    assertThat(value(indiegogo, Rule.PLATFORM_FEE_PERCENT, "USD", LocalDate.of(2020, 6, 1))).contains("5");
    assertThat(value(indiegogo, Rule.PLATFORM_FEE_PERCENT, "USD", LocalDate.of(2025, 10, 16))).isEmpty();
    assertThat(indiegogo.facts(Rule.FUNDING_MODEL, TODAY)).extracting(f -> f.value().orElseThrow())
        .containsExactly("all_or_nothing", "keep_it_all");
  }

  @Test
  void ululeOffersMoneyOrPreOrderGoalsAndChargesBackersFromFourteenthApril2025() {
    Platform ulule = Platform.ulule();
    assertThat(ulule.facts(Rule.GOAL_KIND, TODAY)).extracting(f -> f.value().orElseThrow())
        .containsExactly("money", "pre_orders");
    assertThat(value(ulule, Rule.BACKER_FEE_PERCENT, "EUR", LocalDate.of(2025, 4, 13))).contains("0");
    assertThat(value(ulule, Rule.BACKER_FEE_PERCENT, "EUR", LocalDate.of(2025, 4, 14))).contains("2.2");
    assertThat(value(ulule, Rule.BACKER_FEE_FIXED, "EUR", LocalDate.of(2025, 4, 14))).contains("0.10");
    assertThat(value(ulule, Rule.PLATFORM_FEE_TIERS, "EUR", TODAY)).contains("0:6.67|100000:5.83|250000:5|500000:4.17");
    assertThat(value(ulule, Rule.TAX_PERCENT, "EUR", TODAY)).contains("20");
  }

  @Test
  void kissKissBankBankRunsOneToSixtyDaysWithNoCancellingInTheFinalDay() {
    PlatformRules rules = Platform.kissKissBankBank().rules(Country.of("FR"), CurrencyUnit.EUR, TODAY);
    assertThat(rules.minimumDuration()).isEqualTo(Duration.ofDays(1));
    assertThat(rules.maximumDuration()).isEqualTo(Duration.ofDays(60));
    assertThat(rules.finalWindow()).isEqualTo(Duration.ofHours(24));
    assertThat(rules.finalWindowRule()).isEqualTo(FinalWindowRule.NO_CANCEL_OR_REDUCE);
    assertThat(rules.fact(Rule.FINAL_WINDOW_NO_CANCEL).flatMap(RuleFact::value)).contains("true");
  }

  @Test
  void makuakeProjectsEndAtTenPmTokyoTime() {
    PlatformRules rules = Platform.makuake().rules(Country.of("JP"), JPY, TODAY);
    assertThat(rules.endOf(LocalDate.of(2026, 2, 27))).contains(Instant.parse("2026-02-27T13:00:00Z"));
    assertThat(Platform.kickstarter().rules(Country.of("US"), CurrencyUnit.USD, TODAY).endOf(LocalDate.of(2026, 2, 27)))
        .isEmpty();
  }

  @Test
  void goFundMeHasNoDeadline() {
    PlatformRules rules = Platform.goFundMe().rules(Country.of("US"), CurrencyUnit.USD, TODAY);
    assertThat(rules.hasDeadline()).isFalse();
    assertThatThrownBy(rules::maximumDuration).isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("no deadline");
    assertThat(Platform.kickstarter().rules(Country.of("US"), CurrencyUnit.USD, TODAY).hasDeadline()).isTrue();
  }

  @Test
  void aRuleTheDataDoesNotKnowIsAnExplicitUnknownNotAGuess() {
    PlatformRules ulule = Platform.ulule().rules(Country.of("FR"), CurrencyUnit.EUR, TODAY);
    UnknownRuleException e = catchThrowableOfType(UnknownRuleException.class, ulule::minimumDuration);
    assertThat(e.platform()).isEqualTo("Ulule");
    assertThat(e.rule()).isEqualTo(Rule.MIN_DURATION_DAYS);
    assertThat(ulule.maximumDuration()).isEqualTo(Duration.ofDays(90));
  }

  @Test
  void readyforOffersAllInOnlyToTheOrganisationsItNamesAndRefusesOthersWithAReason() {
    PlatformRules readyfor = Platform.readyfor().rules(Country.of("JP"), JPY, TODAY);
    assertThat(readyfor.fundingModels()).containsExactlyInAnyOrder(FundingModel.ALL_OR_NOTHING, FundingModel.KEEP_IT_ALL);
    assertThat(readyfor.checkFundingModel(FundingModel.KEEP_IT_ALL, OrganisationKind.UNIVERSITY)).isEmpty();
    assertThat(readyfor.checkFundingModel(FundingModel.ALL_OR_NOTHING, OrganisationKind.OTHER)).isEmpty();
    assertThat(readyfor.checkFundingModel(FundingModel.KEEP_IT_ALL, OrganisationKind.OTHER)).singleElement()
        .satisfies(reason -> {
          assertThat(reason.code()).isEqualTo(Reason.Code.FUNDING_MODEL_NOT_FOR_ORGANISATION);
          assertThat(reason.message()).isEqualTo("READYFOR offers KEEP_IT_ALL funding only to public_body, "
              + "university, certified_npo, listed_company; a creator of kind other is not one of them.");
        });
    assertThat(Platform.campfire().rules(Country.of("JP"), JPY, TODAY)
        .checkFundingModel(FundingModel.KEEP_IT_ALL, OrganisationKind.OTHER)).isEmpty();
  }

  @Test
  void kickstarterDoesNotOfferKeepItAllFunding() {
    assertThat(Platform.kickstarter().rules(Country.of("US"), CurrencyUnit.USD, TODAY)
        .checkFundingModel(FundingModel.KEEP_IT_ALL, OrganisationKind.OTHER))
        .extracting(Reason::code).containsExactly(Reason.Code.FUNDING_MODEL_NOT_OFFERED);
  }

  @Test
  void aPlatformWithoutPublishedPledgeLimitsAcceptsItsCurrencyOnceTheApplicationSuppliesThem() {
    Platform ulule = Platform.ulule();
    assertThat(ulule.rules(Country.of("FR"), CurrencyUnit.EUR, TODAY).acceptsCurrency(CurrencyUnit.EUR)).isFalse();
    PlatformRules supplied = ulule
        .withFact(RuleFact.of(Rule.PLEDGE_MINIMUM, "EUR", "1", Confidence.MEDIUM, "our checkout"))
        .withFact(RuleFact.of(Rule.PLEDGE_MAXIMUM, "EUR", "10000", Confidence.MEDIUM, "our checkout"))
        .rules(Country.of("FR"), CurrencyUnit.EUR, TODAY);
    assertThat(supplied.acceptsCurrency(CurrencyUnit.EUR)).isTrue();
    assertThat(supplied.maximumPledge(CurrencyUnit.EUR)).isEqualTo(Money.parse("EUR 10000.00"));
  }

  @Test
  void malformedPlatformDataFailsAtLoadNamingFileLineAndField() {
    String csv = "# platform: Test\n# as-of: 2025-01-01\n# source: test\n"
        + "rule,scope,value,from,until,confidence,source\n"
        + "duration.max_days,*,60,,,confirmed,a\n"
        + "duration.max_days,*,90,,2011-05-31,confirmed,b\n"
        + "fee.platform.percent,*,120,,,confirmed,c\n"
        + "fee.tax.percent,*,unknown,,,medium,d\n"
        + "duration.longest,*,60,,,confirmed,e\n"
        + "fee.processing.fixed,*,0.30,,,confirmed,f\n";
    DataFileException e = catchThrowableOfType(DataFileException.class,
        () -> Platform.load(new StringReader(csv), "test-rules.csv"));
    assertThat(e.problems()).extracting(DataProblem::line, DataProblem::field).containsExactly(
        tuple(6L, "from"), tuple(7L, "row"), tuple(8L, "row"), tuple(9L, "rule"), tuple(10L, "row"));
    assertThat(e.problems().get(0).message()).contains("overlaps line 5");
    assertThat(e.problems().get(1).message()).contains("'120' is not a percentage");
    assertThat(e.problems().get(3).message()).contains("\"duration.longest\"");
  }

  @Test
  void aPlatformFileNeedsItsName() {
    String csv = "# as-of: 2025-01-01\n# source: test\nrule,scope,value,from,until,confidence,source\n";
    assertThatThrownBy(() -> Platform.load(new StringReader(csv), "nameless.csv"))
        .isInstanceOf(DataFileException.class)
        .hasMessageContaining("nameless.csv:1: platform: missing the comment line '# platform: ...'");
  }
}
