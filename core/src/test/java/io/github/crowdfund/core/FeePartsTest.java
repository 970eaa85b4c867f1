package io.github.crowdfund.core;

import static io.github.crowdfund.core.SettlementWorkedExamplesTest.eur;
import static io.github.crowdfund.core.SettlementWorkedExamplesTest.usd;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.crowdfund.core.fees.CommissionTier;
import io.github.crowdfund.core.fees.FeeTax;
import io.github.crowdfund.core.fees.PlatformFee;
import io.github.crowdfund.core.fees.PledgeFee;
import io.github.crowdfund.core.fees.TierMode;
import io.github.crowdfund.core.fees.UnknownFeeException;
import io.github.crowdfund.currency.Percentage;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import org.joda.money.CurrencyMismatchException;
import org.joda.money.CurrencyUnit;
import org.joda.money.Money;
import org.junit.jupiter.api.Test;

class FeePartsTest {
  private static final PledgeFee KICKSTARTER_US_PROCESSING =
      SettlementWorkedExamplesTest.KICKSTARTER_US.processingFee();

  @Test
  void processingUsesTheSmallPledgeFormulaOnlyStrictlyBelowTheThreshold() {
    // $9.99: 5% = 0.4995 + 0.05 = 0.5495 -> 0.55; $10.00: 3% = 0.30 + 0.20 = 0.50; $1.00: 0.05 + 0.05 = 0.10.
    assertThat(KICKSTARTER_US_PROCESSING.on(usd("9.99"))).isEqualTo(usd("0.55"));
    assertThat(KICKSTARTER_US_PROCESSING.on(usd("10.00"))).isEqualTo(usd("0.50"));
    assertThat(KICKSTARTER_US_PROCESSING.on(usd("1.00"))).isEqualTo(usd("0.10"));
  }

  @Test
  void percentPlusFixedRoundsOnceWithTheGivenMode() {
    // 3% of 12.34 = 0.3702, + 0.20 = 0.5702: DOWN 0.57, UP 0.58.
    assertThat(PledgeFee.percentPlusFixed(Percentage.parse("3%"), usd("0.20"), RoundingMode.DOWN).on(usd("12.34")))
        .isEqualTo(usd("0.57"));
    assertThat(PledgeFee.percentPlusFixed(Percentage.parse("3%"), usd("0.20"), RoundingMode.UP).on(usd("12.34")))
        .isEqualTo(usd("0.58"));
    // BHD has three decimals: 2.5% of 1.001 = 0.025025 -> HALF_EVEN 0.025.
    CurrencyUnit bhd = CurrencyUnit.of("BHD");
    assertThat(PledgeFee.percent(Percentage.parse("2.5%"), RoundingMode.HALF_EVEN).on(Money.of(bhd, new BigDecimal(
        "1.001")))).isEqualTo(Money.of(bhd, new BigDecimal("0.025")));
  }

  @Test
  void platformFeeOnlyOnSuccessChargesNothingWhenAKeepItAllCampaignMissedItsGoal() {
    PlatformFee fee = PlatformFee.percent(Percentage.parse("5%"), RoundingMode.HALF_UP).onlyOnSuccess();
    assertThat(fee.on(usd("1000.00"), FundingOutcome.SUCCESSFUL)).isEqualTo(usd("50.00"));
    assertThat(fee.on(usd("1000.00"), FundingOutcome.KEPT_BELOW_GOAL)).isEqualTo(usd("0.00"));
  }

  @Test
  void platformFeeByOutcomeChargesTheKeptBelowGoalRateWhenTheGoalWasMissed() {
    // Indiegogo before 2016: 4% on success, 9% for flexible campaigns that missed.
    PlatformFee fee = PlatformFee.byOutcome(PlatformFee.percent(Percentage.parse("4%"), RoundingMode.HALF_UP),
        PlatformFee.percent(Percentage.parse("9%"), RoundingMode.HALF_UP));
    assertThat(fee.on(usd("1000.00"), FundingOutcome.SUCCESSFUL)).isEqualTo(usd("40.00"));
    assertThat(fee.on(usd("1000.00"), FundingOutcome.KEPT_BELOW_GOAL)).isEqualTo(usd("90.00"));
  }

  @Test
  void vatOnTheCommissionTurnsUluleSixPointSixSevenPercentIntoEightPercent() {
    // 6.67% of 10,000.00 = 667.00; VAT 20% = 133.40; together 800.40, 8.004% of the total.
    Money commission = PlatformFee.percent(Percentage.parse("6.67%"), RoundingMode.HALF_UP)
        .on(eur("10000.00"), FundingOutcome.SUCCESSFUL);
    Money vat = FeeTax.onPlatformFee(Percentage.parse("20%"), RoundingMode.HALF_UP).taxOn(commission, eur("5.00"));
    assertThat(commission).isEqualTo(eur("667.00"));
    assertThat(vat).isEqualTo(eur("133.40"));
    assertThat(FeeTax.onAllFees(Percentage.parse("20%"), RoundingMode.HALF_UP).taxOn(commission, eur("5.00")))
        .isEqualTo(eur("134.40"));
  }

  @Test
  void readyforAndCampfireBackerFees() {
    Money yen220 = Money.ofMajor(CurrencyUnit.JPY, 220);
    assertThat(PledgeFee.fixed(yen220).on(Money.ofMajor(CurrencyUnit.JPY, 5_000))).isEqualTo(yen220);
    PledgeFee campfire = PledgeFee.below(Money.ofMajor(CurrencyUnit.JPY, 10_000),
        PledgeFee.fixed(Money.ofMajor(CurrencyUnit.JPY, 250)),
        PledgeFee.percent(Percentage.parse("2.5%"), RoundingMode.HALF_UP));
    assertThat(campfire.on(Money.ofMajor(CurrencyUnit.JPY, 9_999))).isEqualTo(Money.ofMajor(CurrencyUnit.JPY, 250));
    assertThat(campfire.on(Money.ofMajor(CurrencyUnit.JPY, 20_000))).isEqualTo(Money.ofMajor(CurrencyUnit.JPY, 500));
  }

  @Test
  void unknownFeesThrowNamingWhatIsMissing() {
    assertThatThrownBy(() -> PledgeFee.unknown("processing fee for GBP").on(Money.of(CurrencyUnit.GBP, 10)))
        .isInstanceOf(UnknownFeeException.class).hasMessageContaining("processing fee for GBP");
    assertThatThrownBy(() -> PlatformFee.unknown("new Indiegogo operator's fee")
        .on(usd("1.00"), FundingOutcome.SUCCESSFUL))
        .isInstanceOfSatisfying(UnknownFeeException.class,
            e -> assertThat(e.missing()).isEqualTo("new Indiegogo operator's fee"));
    assertThatThrownBy(() -> FeeTax.unknown("consumption tax").taxOn(usd("1.00"), usd("1.00")))
        .isInstanceOf(UnknownFeeException.class).hasMessageContaining("consumption tax");
    assertThatThrownBy(() -> PledgeFee.unknown(" ")).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void invalidPartsAreRejectedQuotingTheValue() {
    assertThatThrownBy(() -> PledgeFee.percent(Percentage.parse("-1%"), RoundingMode.HALF_UP))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("-1");
    assertThatThrownBy(() -> PlatformFee.percent(Percentage.parse("100.5%"), RoundingMode.HALF_UP))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("100.5");
    assertThatThrownBy(() -> PledgeFee.fixed(usd("-0.20")))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("USD -0.20");
    assertThatThrownBy(() -> PlatformFee.tiered(List.of(CommissionTier.of(eur("10.00"), "5%")), TierMode.MARGINAL,
        RoundingMode.HALF_UP)).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("EUR 10.00");
    assertThatThrownBy(() -> PlatformFee.tiered(List.of(CommissionTier.of(eur("0.00"), "5%"),
        CommissionTier.of(eur("0.00"), "4%")), TierMode.MARGINAL, RoundingMode.HALF_UP))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("increasing");
  }

  @Test
  void aFixedPartInAnotherCurrencyIsACurrencyMismatch() {
    assertThatThrownBy(() -> KICKSTARTER_US_PROCESSING.on(eur("20.00")))
        .isInstanceOf(CurrencyMismatchException.class);
  }

  @Test
  void partsDescribeThemselves() {
    assertThat(KICKSTARTER_US_PROCESSING.toString())
        .isEqualTo("under USD 10.00: 5% + USD 0.05 (rounded HALF_UP); from USD 10.00: 3% + USD 0.20 (rounded HALF_UP)");
    assertThat(PledgeFee.fixed(Money.ofMajor(CurrencyUnit.JPY, 220)).toString()).isEqualTo("JPY 220");
  }
}
