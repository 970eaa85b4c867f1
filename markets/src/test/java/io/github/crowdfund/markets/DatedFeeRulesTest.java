package io.github.crowdfund.markets;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.crowdfund.core.Country;
import io.github.crowdfund.core.FundingOutcome;
import io.github.crowdfund.core.PaymentState;
import io.github.crowdfund.core.fees.UnknownFeeException;
import io.github.crowdfund.core.settlement.PledgePayment;
import io.github.crowdfund.core.settlement.Settlement;
import java.time.LocalDate;
import java.util.List;
import org.joda.money.CurrencyUnit;
import org.joda.money.Money;
import org.junit.jupiter.api.Test;

/** Fees the platforms changed on a date apply by that date. */
class DatedFeeRulesTest {

  private static final CurrencyUnit JPY = CurrencyUnit.of("JPY");

  private static List<PledgePayment<String>> collected(Money amount) {
    return List.of(new PledgePayment<>("a", amount, PaymentState.COLLECTED));
  }

  @Test
  void campfireChargedEightPercentBeforeMarch2018AndTwelveFromThen() {
    List<PledgePayment<String>> pledges = collected(Money.ofMajor(JPY, 100_000));
    PlatformRules before = Platform.campfire().rules(Country.of("JP"), JPY, LocalDate.of(2018, 2, 28));
    PlatformRules from = Platform.campfire().rules(Country.of("JP"), JPY, LocalDate.of(2018, 3, 1));
    Settlement<String> old = Settlement.of(JPY, FundingOutcome.SUCCESSFUL, pledges, before);
    Settlement<String> current = Settlement.of(JPY, FundingOutcome.SUCCESSFUL, pledges, from);
    assertThat(old.platformFee()).isEqualTo(Money.ofMajor(JPY, 8_000));
    assertThat(current.platformFee()).isEqualTo(Money.ofMajor(JPY, 12_000));
    // both pay the 5% payment fee and 8% consumption tax (2014-04-01 to 2019-09-30) on the fees
    assertThat(old.processingFees()).isEqualTo(Money.ofMajor(JPY, 5_000));
    assertThat(old.taxOnFees()).isEqualTo(Money.ofMajor(JPY, 1_040));
    assertThat(current.taxOnFees()).isEqualTo(Money.ofMajor(JPY, 1_360));
  }

  @Test
  void campfiresCommissionGoesByTheDateTheProjectFirstAppliedNotItsLaunch() {
    List<PledgePayment<String>> pledges = collected(Money.ofMajor(JPY, 100_000));
    // applied in February 2018, launched in March: still 8%
    PlatformRules appliedBefore = Platform.campfire().rules(Country.of("JP"), JPY,
        new ProjectDates(LocalDate.of(2018, 2, 20), LocalDate.of(2018, 3, 10)));
    // applied on 2018-03-01: 12%, whatever the launch
    PlatformRules appliedFrom = Platform.campfire().rules(Country.of("JP"), JPY,
        new ProjectDates(LocalDate.of(2018, 3, 1), LocalDate.of(2018, 3, 10)));
    assertThat(appliedBefore.applicationDate()).isEqualTo(LocalDate.of(2018, 2, 20));
    assertThat(Settlement.of(JPY, FundingOutcome.SUCCESSFUL, pledges, appliedBefore).platformFee())
        .isEqualTo(Money.ofMajor(JPY, 8_000));
    assertThat(Settlement.of(JPY, FundingOutcome.SUCCESSFUL, pledges, appliedFrom).platformFee())
        .isEqualTo(Money.ofMajor(JPY, 12_000));
    // the consumption tax on the fees still goes by the launch date: 8% until 2019-09-30, 10% from 2019-10-01
    PlatformRules appliedInSeptemberLaunchedInOctober = Platform.campfire().rules(Country.of("JP"), JPY,
        new ProjectDates(LocalDate.of(2019, 9, 20), LocalDate.of(2019, 10, 1)));
    assertThat(Settlement.of(JPY, FundingOutcome.SUCCESSFUL, pledges, appliedInSeptemberLaunchedInOctober)
        .taxOnFees()).as("10% of 12,000 + 5,000").isEqualTo(Money.ofMajor(JPY, 1_700));
  }

  @Test
  void aPlatformWithoutADateBasisAppliesItsFeesByTheLaunchDate() {
    List<PledgePayment<String>> pledges = collected(Money.parse("USD 100.00"));
    PlatformRules rules = Platform.goFundMe().rules(Country.of("US"), CurrencyUnit.USD,
        new ProjectDates(LocalDate.of(2016, 6, 1), LocalDate.of(2018, 6, 1)));
    assertThat(Settlement.of(CurrencyUnit.USD, FundingOutcome.KEPT_BELOW_GOAL, pledges, rules).platformFee())
        .isEqualTo(Money.parse("USD 0.00"));
  }

  @Test
  void aProjectAppliesBeforeItLaunches() {
    assertThatThrownBy(() -> new ProjectDates(LocalDate.of(2018, 3, 2), LocalDate.of(2018, 3, 1)))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("2018-03-02")
        .hasMessageContaining("2018-03-01");
    assertThat(ProjectDates.launchedOn(LocalDate.of(2018, 3, 1)).applied()).isEqualTo(LocalDate.of(2018, 3, 1));
  }

  @Test
  void goFundMeTookFivePercentBefore2017AndNothingFrom2018() {
    List<PledgePayment<String>> pledges = collected(Money.parse("USD 100.00"));
    Settlement<String> in2016 = Settlement.of(CurrencyUnit.USD, FundingOutcome.KEPT_BELOW_GOAL, pledges,
        Platform.goFundMe().rules(Country.of("US"), CurrencyUnit.USD, LocalDate.of(2016, 6, 1)));
    Settlement<String> in2018 = Settlement.of(CurrencyUnit.USD, FundingOutcome.KEPT_BELOW_GOAL, pledges,
        Platform.goFundMe().rules(Country.of("US"), CurrencyUnit.USD, LocalDate.of(2018, 6, 1)));
    assertThat(in2016.platformFee()).isEqualTo(Money.parse("USD 5.00"));
    assertThat(in2018.platformFee()).isEqualTo(Money.parse("USD 0.00"));
    assertThatThrownBy(() -> Settlement.of(CurrencyUnit.USD, FundingOutcome.KEPT_BELOW_GOAL, pledges,
        Platform.goFundMe().rules(Country.of("US"), CurrencyUnit.USD, LocalDate.of(2017, 6, 1))))
        .isInstanceOf(UnknownFeeException.class);
  }

  @Test
  void ululeChargesBackersTwoPointTwoPercentPlusTenCentsFromFourteenthApril2025AndPaysItBackWithARefund() {
    List<PledgePayment<String>> pledges = List.of(new PledgePayment<>("a", Money.parse("EUR 50.00"),
        PaymentState.COLLECTED), new PledgePayment<>("b", Money.parse("EUR 20.00"), PaymentState.REFUNDED));
    Platform ulule = Platform.ulule()
        .withFact(RuleFact.of(Rule.PLATFORM_FEE_TIER_MODE, "*", "whole_total", Confidence.UNCONFIRMED, "test"));
    Settlement<String> before = Settlement.of(CurrencyUnit.EUR, FundingOutcome.SUCCESSFUL, pledges,
        ulule.rules(Country.of("FR"), CurrencyUnit.EUR, LocalDate.of(2025, 4, 13)));
    Settlement<String> from = Settlement.of(CurrencyUnit.EUR, FundingOutcome.SUCCESSFUL, pledges,
        ulule.rules(Country.of("FR"), CurrencyUnit.EUR, LocalDate.of(2025, 4, 14)));
    assertThat(before.backerFeesCharged()).isEqualTo(Money.parse("EUR 0.00"));
    // 2.2% of 50.00 = 1.10 + 0.10 = 1.20; 2.2% of 20.00 = 0.44 + 0.10 = 0.54; together 1.74
    assertThat(from.backerFeesCharged()).isEqualTo(Money.parse("EUR 1.74"));
    // the refunded contribution's fee goes back with it
    assertThat(from.backerFeesRefunded()).isEqualTo(Money.parse("EUR 0.54"));
    assertThat(from.statementOf("b").orElseThrow().netPaid()).isEqualTo(Money.parse("EUR 0.00"));
    // the backer fee does not reduce the creator's funds: the payout is the same on both days
    assertThat(from.payout()).isEqualTo(before.payout());
  }

  @Test
  void makuakeTakesTwentyPercentIncludingTaxOfWhichFivePercentIsThePaymentPart() {
    List<PledgePayment<String>> pledges = List.of(new PledgePayment<>("a", Money.ofMajor(JPY, 10_000),
        PaymentState.COLLECTED), new PledgePayment<>("b", Money.ofMajor(JPY, 3_330), PaymentState.COLLECTED));
    Settlement<String> settlement = Settlement.of(JPY, FundingOutcome.SUCCESSFUL, pledges,
        Platform.makuake().rules(Country.of("JP"), JPY, LocalDate.of(2026, 1, 15)));
    // platform 15% of 13,330 = 1,999.5 -> 2,000 (half up); payment 5% per pledge: 500 + 166.5 -> 167 = 667
    assertThat(settlement.platformFee()).isEqualTo(Money.ofMajor(JPY, 2_000));
    assertThat(settlement.processingFees()).isEqualTo(Money.ofMajor(JPY, 667));
    assertThat(settlement.taxOnFees()).isEqualTo(Money.ofMajor(JPY, 0));
    // 20% of 13,330 = 2,666; payout 13,330 - 2,667 = 10,663 (one yen of rounding on each part)
    assertThat(settlement.totalFees()).isEqualTo(Money.ofMajor(JPY, 2_667));
    assertThat(settlement.payout()).isEqualTo(Money.ofMajor(JPY, 10_663));
  }
}
