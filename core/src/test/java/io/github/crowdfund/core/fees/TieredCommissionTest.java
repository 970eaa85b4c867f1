package io.github.crowdfund.core.fees;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.crowdfund.core.FundingOutcome;
import io.github.crowdfund.currency.Percentage;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import org.joda.money.CurrencyMismatchException;
import org.joda.money.CurrencyUnit;
import org.joda.money.Money;
import org.junit.jupiter.api.Test;

/** Tiered commissions on the whole total and on the part in each tier, worked out by hand, and fee rate bounds. */
class TieredCommissionTest {

  private static final List<CommissionTier> TIERS = List.of(CommissionTier.of(eur("0.00"), "10%"),
      CommissionTier.of(eur("1000.00"), "8%"), CommissionTier.of(eur("5000.00"), "5%"));

  private static Money eur(String amount) {
    return Money.of(CurrencyUnit.EUR, new BigDecimal(amount));
  }

  private static Money fee(TierMode mode, RoundingMode rounding, String collected) {
    return PlatformFee.tiered(TIERS, mode, rounding).on(eur(collected), FundingOutcome.SUCCESSFUL);
  }

  @Test
  void theWholeTotalPaysTheRateOfTheHighestTierItExceeds() {
    assertThat(fee(TierMode.WHOLE_TOTAL, RoundingMode.HALF_EVEN, "0.00")).isEqualTo(eur("0.00"));
    assertThat(fee(TierMode.WHOLE_TOTAL, RoundingMode.HALF_EVEN, "1000.00")).isEqualTo(eur("100.00"));
    assertThat(fee(TierMode.WHOLE_TOTAL, RoundingMode.HALF_EVEN, "1000.01")).isEqualTo(eur("80.00"));
    assertThat(fee(TierMode.WHOLE_TOTAL, RoundingMode.CEILING, "1000.01")).isEqualTo(eur("80.01"));
    assertThat(fee(TierMode.WHOLE_TOTAL, RoundingMode.HALF_EVEN, "5000.00")).isEqualTo(eur("400.00"));
    assertThat(fee(TierMode.WHOLE_TOTAL, RoundingMode.HALF_EVEN, "6000.00")).isEqualTo(eur("300.00"));
  }

  @Test
  void eachPartOfTheTotalPaysTheRateOfItsTier() {
    assertThat(fee(TierMode.MARGINAL, RoundingMode.HALF_EVEN, "500.00")).isEqualTo(eur("50.00"));
    assertThat(fee(TierMode.MARGINAL, RoundingMode.HALF_EVEN, "1000.00")).isEqualTo(eur("100.00"));
    assertThat(fee(TierMode.MARGINAL, RoundingMode.HALF_EVEN, "3000.00")).isEqualTo(eur("260.00"));
    assertThat(fee(TierMode.MARGINAL, RoundingMode.HALF_EVEN, "5000.00")).isEqualTo(eur("420.00"));
    assertThat(fee(TierMode.MARGINAL, RoundingMode.HALF_EVEN, "6000.00")).isEqualTo(eur("470.00"));
    // 100 + 0.05 × 8% = 100.004: rounded once, at the end.
    assertThat(fee(TierMode.MARGINAL, RoundingMode.HALF_UP, "1000.05")).isEqualTo(eur("100.00"));
    assertThat(fee(TierMode.MARGINAL, RoundingMode.CEILING, "1000.05")).isEqualTo(eur("100.01"));
  }

  @Test
  void tieredCommissionsRefuseAnotherCurrencyAndDescribeThemselves() {
    assertThatThrownBy(() -> PlatformFee.tiered(TIERS, TierMode.MARGINAL, RoundingMode.HALF_UP)
        .on(Money.of(CurrencyUnit.USD, 10), FundingOutcome.SUCCESSFUL)).hasMessageContaining("USD");
    assertThatThrownBy(() -> PlatformFee.tiered(List.of(CommissionTier.of(eur("0.00"), "5%"),
        CommissionTier.of(Money.of(CurrencyUnit.USD, 10), "4%")), TierMode.MARGINAL, RoundingMode.HALF_UP))
        .hasMessageContaining("USD");
    assertThatThrownBy(() -> PlatformFee.tiered(List.of(CommissionTier.of(eur("0.00"), "5%"),
        CommissionTier.of(eur("10.00"), "4%"), CommissionTier.of(eur("9.99"), "3%")), TierMode.MARGINAL,
        RoundingMode.HALF_UP)).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("increasing");
    assertThatThrownBy(() -> PlatformFee.tiered(List.of(), TierMode.MARGINAL, RoundingMode.HALF_UP))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("start at zero");
    assertThat(PlatformFee.tiered(TIERS.subList(0, 2), TierMode.WHOLE_TOTAL, RoundingMode.HALF_UP).toString())
        .isEqualTo("tiers [above EUR 0.00: 10%, above EUR 1000.00: 8%] applied to the whole total (rounded HALF_UP)");
    assertThat(PlatformFee.tiered(TIERS.subList(0, 1), TierMode.MARGINAL, RoundingMode.HALF_UP).toString())
        .isEqualTo("tiers [above EUR 0.00: 10%] applied to the part in each tier (rounded HALF_UP)");
  }

  @Test
  void feeRatesMayBeZeroOrAHundredPercentAndNothingOutside() {
    Money hundred = eur("100.00");
    assertThat(PledgeFee.percent(Percentage.parse("0%"), RoundingMode.HALF_UP).on(hundred)).isEqualTo(eur("0.00"));
    assertThat(PledgeFee.percent(Percentage.parse("100%"), RoundingMode.HALF_UP).on(hundred)).isEqualTo(hundred);
    assertThatThrownBy(() -> PledgeFee.percent(Percentage.parse("100.01%"), RoundingMode.HALF_UP))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("100.01");
    assertThatThrownBy(() -> FeeTax.onAllFees(Percentage.parse("-0.01%"), RoundingMode.HALF_UP))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("-0.01");
  }

  @Test
  void aTaxOnAllFeesIncludesTheProcessingFeesAndATaxOnThePlatformFeeDoesNot() {
    Money platform = eur("50.00");
    Money processing = eur("10.00");
    assertThat(FeeTax.onAllFees(Percentage.parse("20%"), RoundingMode.HALF_UP).taxOn(platform, processing))
        .isEqualTo(eur("12.00"));
    assertThat(FeeTax.onPlatformFee(Percentage.parse("20%"), RoundingMode.HALF_UP).taxOn(platform, processing))
        .isEqualTo(eur("10.00"));
    assertThat(FeeTax.onAllFees(Percentage.parse("20%"), RoundingMode.HALF_UP).toString())
        .isEqualTo("20% of the platform fee and processing fees (rounded HALF_UP)");
    assertThat(FeeTax.onPlatformFee(Percentage.parse("20%"), RoundingMode.HALF_UP).toString())
        .isEqualTo("20% of the platform fee (rounded HALF_UP)");
  }

  @Test
  void everyTaxRefusesAPlatformFeeAndProcessingFeesInDifferentCurrencies() {
    Money platform = Money.of(CurrencyUnit.USD, 10);
    Money processing = Money.of(CurrencyUnit.EUR, 3);
    for (FeeTax tax : List.of(FeeTax.none(), FeeTax.onPlatformFee(Percentage.parse("20%"), RoundingMode.HALF_UP),
        FeeTax.onAllFees(Percentage.parse("20%"), RoundingMode.HALF_UP))) {
      assertThatThrownBy(() -> tax.taxOn(platform, processing)).as(tax.toString())
          .isInstanceOf(CurrencyMismatchException.class);
    }
    assertThat(FeeTax.none().taxOn(platform, Money.of(CurrencyUnit.USD, 3))).isEqualTo(Money.zero(CurrencyUnit.USD));
    assertThat(FeeTax.none()).hasToString("none");
  }

  @Test
  void ratesOutsideZeroToAHundredPercentAreRefusedNamingTheRate() {
    Money usd = Money.of(CurrencyUnit.USD, 100);
    assertThatThrownBy(() -> new CommissionTier(usd, Percentage.parse("-0.01%")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("a fee rate must be between 0% and 100%, got -0.01%");
    assertThatThrownBy(() -> new CommissionTier(usd, Percentage.parse("100.01%")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("a fee rate must be between 0% and 100%, got 100.01%");
    assertThatThrownBy(() -> PledgeFee.percentPlusFixed(Percentage.parse("-1%"), usd, RoundingMode.HALF_UP))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("a fee rate must be between 0% and 100%, got -1%");
    assertThatThrownBy(() -> PledgeFee.percentPlusFixed(Percentage.parse("101%"), usd, RoundingMode.HALF_UP))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("a fee rate must be between 0% and 100%, got 101%");
    assertThat(new CommissionTier(usd, Percentage.parse("100%")).rate()).isEqualTo(Percentage.parse("100%"));
    assertThat(new CommissionTier(usd, Percentage.parse("0%")).rate()).isEqualTo(Percentage.parse("0%"));
    assertThat(PledgeFee.percentPlusFixed(Percentage.parse("100%"), usd, RoundingMode.HALF_UP)
        .on(Money.of(CurrencyUnit.USD, 5))).isEqualTo(Money.of(CurrencyUnit.USD, 105));
  }
}
