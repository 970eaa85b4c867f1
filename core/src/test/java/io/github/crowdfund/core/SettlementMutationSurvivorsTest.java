package io.github.crowdfund.core;

import static io.github.crowdfund.core.RefundsTest.DAY_20;
import static io.github.crowdfund.core.RefundsTest.DAY_40;
import static io.github.crowdfund.core.SettlementWorkedExamplesTest.KICKSTARTER_US;
import static io.github.crowdfund.core.SettlementWorkedExamplesTest.usd;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.crowdfund.core.fees.BackerFee;
import io.github.crowdfund.core.fees.FeeSchedule;
import io.github.crowdfund.core.fees.FeeTax;
import io.github.crowdfund.core.fees.PlatformFee;
import io.github.crowdfund.core.fees.PledgeFee;
import io.github.crowdfund.core.settlement.BackerStatement;
import io.github.crowdfund.core.settlement.CreatorBalance;
import io.github.crowdfund.core.settlement.PayoutCalendar;
import io.github.crowdfund.core.settlement.PayoutSchedule;
import io.github.crowdfund.core.settlement.PledgePayment;
import io.github.crowdfund.core.settlement.Settlement;
import io.github.crowdfund.core.settlement.StatementLine;
import io.github.crowdfund.currency.Percentage;
import java.math.RoundingMode;
import java.time.Duration;
import java.util.List;
import org.joda.money.CurrencyUnit;
import org.joda.money.Money;
import org.junit.jupiter.api.Test;

/**
 * Settlement rules that the other example tests left unpinned (found by mutation testing; see
 * docs/mutation-survivors.md).
 */
class SettlementMutationSurvivorsTest {

  @Test
  void aFailedCampaignSettlesEvenWhenTheTaxRateOnFeesIsUnknown() {
    FeeSchedule unknownTax = FeeSchedule.of(
        PlatformFee.percent(Percentage.parse("5%"), RoundingMode.HALF_UP).onlyOnSuccess(), PledgeFee.none(),
        FeeTax.unknown("consumption tax on fees"), BackerFee.none());
    Settlement<Integer> failed = Settlement.of(CurrencyUnit.USD, FundingOutcome.FAILED,
        List.of(new PledgePayment<>(1, usd("40.00"), PaymentState.PLEDGED)), unknownTax);
    assertThat(failed.taxOnFees()).isEqualTo(usd("0.00"));
    assertThat(failed.released()).isEqualTo(usd("40.00"));
  }

  @Test
  void aPledgeInAnotherCurrencyIsNamedByItsPosition() {
    List<PledgePayment<Integer>> pledges = List.of(new PledgePayment<>(1, usd("40.00"), PaymentState.COLLECTED),
        new PledgePayment<>(2, Money.of(CurrencyUnit.EUR, 40), PaymentState.COLLECTED));
    assertThatThrownBy(() -> Settlement.of(CurrencyUnit.USD, FundingOutcome.SUCCESSFUL, pledges, KICKSTARTER_US))
        .isInstanceOf(IllegalArgumentException.class).hasMessageStartingWith("pledges[1] ");
  }

  @Test
  void aSuccessfulCampaignSettlesOnlyOnceItsRetryWindowClosed() {
    Campaign charged = Campaign.replay(DeciderMutationSurvivorsTest.successful());
    assertThatThrownBy(() -> Settlement.of(charged, KICKSTARTER_US)).isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("SUCCESSFUL and its payment retry window has not closed");
    assertThatThrownBy(() -> Settlement.of(Fixtures.live(), KICKSTARTER_US))
        .isInstanceOf(IllegalStateException.class).hasMessageContaining("is LIVE;")
        .hasMessageNotContaining("retry window has not closed");
  }

  @Test
  void aRefundOfALatePledgeIsDebitedInTheLedger() {
    Campaign campaign = Campaign.replay(RefundsTest.settled(RefundsTest.refunded(10, 30, DAY_20)));
    CreatorBalance ledger = PayoutCalendar.ledger(campaign, KICKSTARTER_US, PayoutSchedule.kickstarter(), DAY_40);
    assertThat(ledger.entries()).last().satisfies(entry -> {
      assertThat(entry.kind()).isEqualTo(CreatorBalance.Kind.REFUND);
      assertThat(entry.amount()).isEqualTo(usd("-30.00"));
    });
  }

  @Test
  void aCampaignPayoutMayBeDueOnTheDeadlineDay() {
    PayoutSchedule sameDay = new PayoutSchedule(0, false, Duration.ofDays(7), Duration.ofDays(7), Duration.ZERO);
    assertThat(sameDay.campaignDelay()).isZero();
    assertThatThrownBy(() -> new PayoutSchedule(-1, false, Duration.ofDays(7), Duration.ofDays(7), Duration.ZERO))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("campaign delay -1");
  }

  @Test
  void aBalanceOrStatementMixingCurrenciesIsRefused() {
    CreatorBalance.Entry euros = new CreatorBalance.Entry(DAY_20, CreatorBalance.Kind.REFUND,
        Money.of(CurrencyUnit.EUR, -5), "refund");
    assertThatThrownBy(() -> new CreatorBalance(CurrencyUnit.USD, List.of(euros)))
        .isInstanceOf(IllegalArgumentException.class);
    List<StatementLine> lines = List.of(new StatementLine(StatementLine.Kind.PLEDGE_COLLECTED, usd("10.00"), "a"),
        new StatementLine(StatementLine.Kind.PLEDGE_COLLECTED, Money.of(CurrencyUnit.EUR, 10), "b"));
    assertThatThrownBy(() -> new BackerStatement<>(1, lines)).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void aLostChargebackOfNothingIsRefused() {
    assertThatThrownBy(() -> CreatorBalance.empty(CurrencyUnit.USD).chargebackLost(DAY_20, usd("0.00"),
        usd("15.00"))).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("USD 0.00");
  }
}
