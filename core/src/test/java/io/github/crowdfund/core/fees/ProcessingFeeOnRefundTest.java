package io.github.crowdfund.core.fees;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.joda.money.CurrencyMismatchException;
import org.joda.money.CurrencyUnit;
import org.joda.money.Money;
import org.junit.jupiter.api.Test;

/** The processing fee a refund gives back, worked out by hand, and the amounts each rule refuses. */
class ProcessingFeeOnRefundTest {

  private static Money usd(String amount) {
    return Money.parse("USD " + amount);
  }

  @Test
  void aReturnedFeeIsGivenBackInProportionRoundedDownAndInFullAtTheEnd() {
    // A fee of USD 3.20 on USD 100.00: refunds of 33.33 and 66.67 return floor(320 × 3333 / 10000) = 106 cents,
    // then floor(320 × 10000 / 10000) - 106 = 214 cents.
    assertThat(ProcessingFeeOnRefund.RETURNED.returnedBy(usd("3.20"), usd("100.00"), usd("0"), usd("33.33")))
        .isEqualTo(usd("1.06"));
    assertThat(ProcessingFeeOnRefund.RETURNED.returnedBy(usd("3.20"), usd("100.00"), usd("33.33"), usd("66.67")))
        .isEqualTo(usd("2.14"));
    // A fee above the charges returns the charges at most.
    assertThat(ProcessingFeeOnRefund.RETURNED.returnedBy(usd("5.00"), usd("1.00"), usd("0"), usd("1.00")))
        .isEqualTo(usd("1.00"));
    assertThat(ProcessingFeeOnRefund.KEPT_BY_PROCESSOR.returnedBy(usd("3.20"), usd("100.00"), usd("0"),
        usd("100.00"))).isEqualTo(usd("0"));
  }

  @Test
  void everyRuleRefusesAmountsInAnotherCurrencyThanTheFee() {
    Money euros = Money.of(CurrencyUnit.EUR, 10);
    for (ProcessingFeeOnRefund rule : ProcessingFeeOnRefund.values()) {
      assertThatThrownBy(() -> rule.returnedBy(usd("1.00"), euros, euros.withAmount(0), euros))
          .as(rule.name()).isInstanceOf(CurrencyMismatchException.class);
      assertThatThrownBy(() -> rule.returnedBy(usd("1.00"), usd("10.00"), usd("0"), euros))
          .as(rule.name()).isInstanceOf(CurrencyMismatchException.class);
    }
  }

  @Test
  void refundsBeyondWhatWasCollectedAreRefusedQuotingThem() {
    for (ProcessingFeeOnRefund rule : ProcessingFeeOnRefund.values()) {
      assertThatThrownBy(() -> rule.returnedBy(usd("1.00"), usd("10.00"), usd("4.00"), usd("6.01")))
          .as(rule.name()).isInstanceOf(IllegalArgumentException.class)
          .hasMessage("refunds USD 4.00 + USD 6.01 do not fit in collected USD 10.00");
    }
  }
}
