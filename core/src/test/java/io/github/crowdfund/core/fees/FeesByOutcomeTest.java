package io.github.crowdfund.core.fees;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.crowdfund.core.FundingOutcome;
import io.github.crowdfund.currency.Percentage;
import java.math.RoundingMode;
import org.joda.money.CurrencyMismatchException;
import org.joda.money.CurrencyUnit;
import org.joda.money.Money;
import org.junit.jupiter.api.Test;

/** Fees that depend on the outcome or on a threshold, their descriptions, and a schedule's default refund rule. */
class FeesByOutcomeTest {

  private static final PlatformFee FOUR = PlatformFee.percent(Percentage.parse("4%"), RoundingMode.HALF_UP);
  private static final PlatformFee NINE = PlatformFee.percent(Percentage.parse("9%"), RoundingMode.HALF_UP);

  @Test
  void aFeeByOutcomeChargesOneRateOnSuccessAnotherBelowTheGoalAndNothingOnFailure() {
    PlatformFee indiegogo = PlatformFee.byOutcome(FOUR, NINE);
    Money raised = Money.of(CurrencyUnit.USD, 1_000);
    assertThat(indiegogo.on(raised, FundingOutcome.SUCCESSFUL)).isEqualTo(Money.of(CurrencyUnit.USD, 40));
    assertThat(indiegogo.on(raised, FundingOutcome.KEPT_BELOW_GOAL)).isEqualTo(Money.of(CurrencyUnit.USD, 90));
    assertThat(indiegogo.on(raised, FundingOutcome.FAILED)).isEqualTo(Money.zero(CurrencyUnit.USD));
    assertThat(indiegogo).hasToString("on success: 4% (rounded HALF_UP); kept below goal: 9% (rounded HALF_UP)");
  }

  @Test
  void aThresholdFeeRefusesAPledgeInAnotherCurrencyAndDescribesBothSides() {
    PledgeFee fee = PledgeFee.below(Money.of(CurrencyUnit.USD, 10), PledgeFee.none(),
        PledgeFee.fixed(Money.of(CurrencyUnit.USD, 1)));
    assertThat(fee.on(Money.of(CurrencyUnit.USD, 9.99))).isEqualTo(Money.zero(CurrencyUnit.USD));
    assertThat(fee.on(Money.of(CurrencyUnit.USD, 10))).isEqualTo(Money.of(CurrencyUnit.USD, 1));
    assertThatThrownBy(() -> fee.on(Money.of(CurrencyUnit.EUR, 20))).isInstanceOf(CurrencyMismatchException.class);
    assertThat(fee).hasToString("under USD 10.00: none; from USD 10.00: USD 1.00");
  }

  @Test
  void unknownFeesNameWhatIsMissing() {
    assertThat(PlatformFee.unknown("the commission")).hasToString("unknown (the commission)");
    assertThat(PlatformFee.none()).hasToString("none");
  }

  @Test
  void aScheduleThatDoesNotSayKeepsTheProcessingFeeOfARefund() {
    FeeSchedule parts = new FeeSchedule() {
      @Override
      public PlatformFee platformFee() {
        return FOUR;
      }

      @Override
      public PledgeFee processingFee() {
        return PledgeFee.none();
      }

      @Override
      public FeeTax taxOnFees() {
        return FeeTax.none();
      }

      @Override
      public BackerFee backerFee() {
        return BackerFee.none();
      }
    };
    assertThat(parts.processingFeeOnRefund()).isEqualTo(ProcessingFeeOnRefund.KEPT_BY_PROCESSOR);
    assertThat(parts.withProcessingFeeOnRefund(ProcessingFeeOnRefund.RETURNED).processingFeeOnRefund())
        .isEqualTo(ProcessingFeeOnRefund.RETURNED);
  }
}
