package io.github.crowdfund.core;

import static io.github.crowdfund.core.Fixtures.DEADLINE;
import static io.github.crowdfund.core.SettlementWorkedExamplesTest.KICKSTARTER_US;
import static io.github.crowdfund.core.SettlementWorkedExamplesTest.usd;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.crowdfund.core.settlement.CreatorBalance;
import io.github.crowdfund.core.settlement.Payout;
import io.github.crowdfund.core.settlement.PayoutCalendar;
import io.github.crowdfund.core.settlement.PayoutSchedule;
import io.github.crowdfund.core.settlement.RefundKind;
import io.github.crowdfund.core.settlement.RefundReason;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.joda.money.CurrencyUnit;
import org.joda.money.Money;
import org.junit.jupiter.api.Test;

/** Refunds and chargebacks after the creator was paid debit the creator's balance, which may go negative. */
class CreatorBalanceTest {

  static final Instant DAY_20 = DEADLINE.plus(Duration.ofDays(20));

  @Test
  void aRefundAfterThePayoutLeavesANegativeBalance() {
    Campaign campaign = PayoutCalendarTest.withLatePledges(Optional.empty());
    List<Payout> payouts = PayoutCalendar.of(campaign, KICKSTARTER_US, PayoutSchedule.kickstarter(), DAY_20);
    CreatorBalance balance = CreatorBalance.empty(CurrencyUnit.USD);
    for (Payout payout : payouts) {
      balance = balance.paid(payout);
    }
    assertThat(balance.balance()).isEqualTo(usd("0.00"));
    CreatorBalance after = balance.refund(DAY_20, usd("30.00"), RefundReason.FULFILMENT_DELAY,
        RefundKind.BONUS_AMOUNT, usd("0.00"));
    assertThat(after.balance()).isEqualTo(usd("-30.00"));
    assertThat(after.entries()).last().satisfies(e -> {
      assertThat(e.kind()).isEqualTo(CreatorBalance.Kind.REFUND);
      assertThat(e.note()).isEqualTo("FULFILMENT_DELAY, BONUS_AMOUNT");
    });
  }

  @Test
  void aProcessingFeeReturnedOnARefundedChargeReducesTheCreatorsDebit() {
    CreatorBalance after = CreatorBalance.empty(CurrencyUnit.USD).refund(DAY_20, usd("60.00"),
        RefundReason.BACKER_REQUEST, RefundKind.WHOLE_PLEDGE, usd("2.00"));
    assertThat(after.balance()).isEqualTo(usd("-58.00"));
  }

  @Test
  void aLostChargebackDebitsTheChargeAndItsFee() {
    CreatorBalance after = CreatorBalance.empty(CurrencyUnit.USD).chargebackLost(DAY_20, usd("60.00"),
        usd("15.00"));
    assertThat(after.balance()).isEqualTo(usd("-75.00"));
    assertThat(after.entries()).extracting(CreatorBalance.Entry::kind)
        .containsExactly(CreatorBalance.Kind.CHARGEBACK_LOST);
  }

  @Test
  void badRefundsAreRefusedNamingTheValue() {
    CreatorBalance balance = CreatorBalance.empty(CurrencyUnit.USD);
    assertThatThrownBy(() -> balance.refund(DAY_20, usd("0.00"), RefundReason.OTHER, RefundKind.ITEM,
        usd("0.00"))).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("USD 0.00");
    assertThatThrownBy(() -> balance.refund(DAY_20, usd("5.00"), RefundReason.OTHER, RefundKind.ITEM,
        usd("6.00"))).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("USD 6.00");
    assertThatThrownBy(() -> balance.refund(DAY_20, Money.of(CurrencyUnit.EUR, 5), RefundReason.OTHER,
        RefundKind.ITEM, usd("0.00"))).isInstanceOf(IllegalArgumentException.class);
  }
}
