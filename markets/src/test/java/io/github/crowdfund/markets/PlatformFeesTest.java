package io.github.crowdfund.markets;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.crowdfund.core.Country;
import io.github.crowdfund.core.FundingOutcome;
import io.github.crowdfund.core.PaymentState;
import io.github.crowdfund.core.settlement.PledgePayment;
import io.github.crowdfund.core.settlement.Settlement;
import io.github.crowdfund.core.fees.UnknownFeeException;
import java.time.LocalDate;
import java.util.List;
import org.joda.money.CurrencyUnit;
import org.joda.money.Money;
import org.junit.jupiter.api.Test;

/** Settlements with the bundled platforms' fee schedules, figures worked out by hand in the comments. */
class PlatformFeesTest {

  private static final CurrencyUnit JPY = CurrencyUnit.of("JPY");
  private static final LocalDate LAUNCH = LocalDate.of(2026, 1, 15);

  private static PledgePayment<String> collected(String backer, Money amount) {
    return new PledgePayment<>(backer, amount, PaymentState.COLLECTED);
  }

  @Test
  void kickstarterUsChargesFivePercentAndThreePercentPlusTwentyCentsOrFivePercentPlusFiveCentsUnderTenDollars() {
    PlatformRules us = Platform.kickstarter().rules(Country.of("US"), CurrencyUnit.USD, LAUNCH);
    Settlement<String> settlement = Settlement.of(CurrencyUnit.USD, FundingOutcome.SUCCESSFUL, List.of(
        collected("a", Money.parse("USD 5.00")), collected("b", Money.parse("USD 100.00"))), us);
    // platform: 5% of 105.00 = 5.25
    assertThat(settlement.platformFee()).isEqualTo(Money.parse("USD 5.25"));
    // processing: 5.00 -> 5% + 0.05 = 0.30; 100.00 -> 3% + 0.20 = 3.20; together 3.50
    assertThat(settlement.processingFees()).isEqualTo(Money.parse("USD 3.50"));
    assertThat(settlement.taxOnFees()).isEqualTo(Money.parse("USD 0.00"));
    // payout: 105.00 - 5.25 - 3.50 = 96.25
    assertThat(settlement.payout()).isEqualTo(Money.parse("USD 96.25"));
    assertThat(settlement.backerFeesCharged()).isEqualTo(Money.parse("USD 0.00"));
  }

  @Test
  void kickstarterProcessingFeesOutsideUsdEurAndGbpAreUnknownUntilTheApplicationSuppliesThem() {
    PlatformRules canada = Platform.kickstarter().rules(Country.of("CA"), CurrencyUnit.CAD, LAUNCH);
    List<PledgePayment<String>> pledges = List.of(collected("a", Money.parse("CAD 50.00")));
    assertThatThrownBy(() -> Settlement.of(CurrencyUnit.CAD, FundingOutcome.SUCCESSFUL, pledges, canada))
        .isInstanceOf(UnknownFeeException.class)
        .hasMessageContaining("Kickstarter: fee.processing.percent in CAD is unknown");
    Platform supplied = Platform.kickstarter()
        .withFact(RuleFact.of(Rule.PROCESSING_PERCENT, "CAD", "2.9", Confidence.MEDIUM, "our contract"))
        .withFact(RuleFact.of(Rule.PROCESSING_FIXED, "CAD", "0.30", Confidence.MEDIUM, "our contract"));
    Settlement<String> settlement = Settlement.of(CurrencyUnit.CAD, FundingOutcome.SUCCESSFUL, pledges,
        supplied.rules(Country.of("CA"), CurrencyUnit.CAD, LAUNCH));
    // platform 5% of 50.00 = 2.50; processing 2.9% of 50.00 = 1.45 + 0.30 = 1.75; payout 45.75
    assertThat(settlement.payout()).isEqualTo(Money.parse("CAD 45.75"));
  }

  @Test
  void aFailedKickstarterCampaignPaysNoFee() {
    PlatformRules us = Platform.kickstarter().rules(Country.of("US"), CurrencyUnit.USD, LAUNCH);
    Settlement<String> settlement = Settlement.of(CurrencyUnit.USD, FundingOutcome.FAILED, List.of(
        new PledgePayment<>("a", Money.parse("USD 20.00"), PaymentState.PLEDGED)), us);
    assertThat(settlement.collected().isZero()).isTrue();
    assertThat(settlement.totalFees().isZero()).isTrue();
  }

  @Test
  void ululeChargesItsCommissionTiersPlusVatOnceTheTierModeIsChosenAndBackerFeesApart() {
    PlatformRules unknownMode = Platform.ulule().rules(Country.of("FR"), CurrencyUnit.EUR, LAUNCH);
    List<PledgePayment<String>> pledges = List.of(collected("a", Money.parse("EUR 312345.67")));
    assertThatThrownBy(() -> Settlement.of(CurrencyUnit.EUR, FundingOutcome.SUCCESSFUL, pledges, unknownMode))
        .isInstanceOf(UnknownFeeException.class).hasMessageContaining("fee.platform.tier_mode");
    PlatformRules marginal = Platform.ulule()
        .withFact(RuleFact.of(Rule.PLATFORM_FEE_TIER_MODE, "*", "marginal", Confidence.UNCONFIRMED, "our choice"))
        .rules(Country.of("FR"), CurrencyUnit.EUR, LAUNCH);
    Settlement<String> settlement = Settlement.of(CurrencyUnit.EUR, FundingOutcome.SUCCESSFUL, pledges, marginal);
    // 6.67% of 100,000 = 6,670 + 5.83% of 150,000 = 8,745 + 5% of 62,345.67 = 3,117.2835 -> 18,532.28
    assertThat(settlement.platformFee()).isEqualTo(Money.parse("EUR 18532.28"));
    // VAT 20% of 18,532.28 = 3,706.456 -> 3,706.46
    assertThat(settlement.taxOnFees()).isEqualTo(Money.parse("EUR 3706.46"));
    // payout 312,345.67 - 18,532.28 - 3,706.46 = 290,106.93
    assertThat(settlement.payout()).isEqualTo(Money.parse("EUR 290106.93"));
    // backer fee since 2025-04-14: 2.2% of 312,345.67 = 6,871.60474 -> 6,871.60 + 0.10 = 6,871.70
    assertThat(settlement.backerFeesCharged()).isEqualTo(Money.parse("EUR 6871.70"));
  }

  @Test
  void campfireChargesTwelvePlusFivePercentPlusConsumptionTaxAndBackersTheirSystemFee() {
    PlatformRules campfire = Platform.campfire().rules(Country.of("JP"), JPY, LAUNCH);
    Settlement<String> settlement = Settlement.of(JPY, FundingOutcome.SUCCESSFUL, List.of(
        collected("a", Money.ofMajor(JPY, 5_000)), collected("b", Money.ofMajor(JPY, 20_000))), campfire);
    // platform 12% of 25,000 = 3,000; processing 5%: 250 + 1,000 = 1,250; tax 10% of 4,250 = 425
    assertThat(settlement.platformFee()).isEqualTo(Money.ofMajor(JPY, 3_000));
    assertThat(settlement.processingFees()).isEqualTo(Money.ofMajor(JPY, 1_250));
    assertThat(settlement.taxOnFees()).isEqualTo(Money.ofMajor(JPY, 425));
    // payout 25,000 - 3,000 - 1,250 - 425 = 20,325
    assertThat(settlement.payout()).isEqualTo(Money.ofMajor(JPY, 20_325));
    // backers: 250 under 10,000; 2.5% of 20,000 = 500
    assertThat(settlement.backerFeesCharged()).isEqualTo(Money.ofMajor(JPY, 750));
  }

  @Test
  void readyforBackersPayTwoHundredTwentyYenPerSupport() {
    PlatformRules readyfor = Platform.readyfor().rules(Country.of("JP"), JPY, LAUNCH);
    Settlement<String> settlement = Settlement.of(JPY, FundingOutcome.SUCCESSFUL, List.of(
        collected("a", Money.ofMajor(JPY, 3_000)), collected("b", Money.ofMajor(JPY, 10_000))), readyfor);
    assertThat(settlement.backerFeesCharged()).isEqualTo(Money.ofMajor(JPY, 440));
    // platform 12% of 13,000 = 1,560; processing 5% = 150 + 500 = 650; tax 10% of 2,210 = 221; payout 10,569
    assertThat(settlement.payout()).isEqualTo(Money.ofMajor(JPY, 10_569));
  }

  @Test
  void goFundMeTakesNoPlatformFeeAndTwoPointNinePercentPlusThirtyCentsPerDonation() {
    PlatformRules goFundMe = Platform.goFundMe().rules(Country.of("US"), CurrencyUnit.USD, LAUNCH);
    Settlement<String> settlement = Settlement.of(CurrencyUnit.USD, FundingOutcome.KEPT_BELOW_GOAL, List.of(
        collected("a", Money.parse("USD 50.00"))), goFundMe);
    // 2.9% of 50.00 = 1.45 + 0.30 = 1.75; payout 48.25
    assertThat(settlement.platformFee().isZero()).isTrue();
    assertThat(settlement.processingFees()).isEqualTo(Money.parse("USD 1.75"));
    assertThat(settlement.payout()).isEqualTo(Money.parse("USD 48.25"));
  }

  @Test
  void indiegogoChargedNinePercentToFlexibleCampaignsThatMissedTheirGoalBefore2016() {
    PlatformRules in2015 = Platform.indiegogo()
        .withFact(RuleFact.of(Rule.PROCESSING_FIXED, "USD", "0.30", Confidence.UNCONFIRMED, "our processor"))
        .rules(Country.of("US"), CurrencyUnit.USD, LocalDate.of(2015, 6, 1));
    List<PledgePayment<String>> pledges = List.of(collected("a", Money.parse("USD 1000.00")));
    assertThat(Settlement.of(CurrencyUnit.USD, FundingOutcome.SUCCESSFUL, pledges, in2015).platformFee())
        .isEqualTo(Money.parse("USD 40.00"));
    assertThat(Settlement.of(CurrencyUnit.USD, FundingOutcome.KEPT_BELOW_GOAL, pledges, in2015).platformFee())
        .isEqualTo(Money.parse("USD 90.00"));
  }

  @Test
  void makuakesTwentyPercentIncludesTaxSoNoneIsAddedOnTop() {
    PlatformRules makuake = Platform.makuake().rules(Country.of("JP"), JPY, LAUNCH);
    Settlement<String> settlement = Settlement.of(JPY, FundingOutcome.SUCCESSFUL,
        List.of(collected("a", Money.ofMajor(JPY, 10_000))), makuake);
    // 15% platform 1,500 + 5% payment 500 = 2,000, tax included
    assertThat(settlement.totalFees()).isEqualTo(Money.ofMajor(JPY, 2_000));
    assertThat(settlement.taxOnFees()).isEqualTo(Money.zero(JPY));
  }
}
