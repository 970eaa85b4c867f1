package io.github.crowdfund.core;

import static io.github.crowdfund.core.DeciderSpec.given;
import static io.github.crowdfund.core.DeciderSpec.liveHistory;
import static io.github.crowdfund.core.DeciderSpec.placed;
import static io.github.crowdfund.core.Fixtures.DEADLINE;
import static io.github.crowdfund.core.Fixtures.backer;
import static io.github.crowdfund.core.Fixtures.day;
import static io.github.crowdfund.core.Fixtures.usd;
import static io.github.crowdfund.core.SettlementWorkedExamplesTest.KICKSTARTER_US;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.crowdfund.core.CampaignCommand.DisputeCharge;
import io.github.crowdfund.core.CampaignCommand.RefundBacker;
import io.github.crowdfund.core.CampaignCommand.ResolveDispute;
import io.github.crowdfund.core.CampaignEvent.BackerRefunded;
import io.github.crowdfund.core.CampaignEvent.ChargeDisputed;
import io.github.crowdfund.core.CampaignEvent.DisputeResolved;
import io.github.crowdfund.core.RuleViolation.Code;
import io.github.crowdfund.core.fees.FeeSchedule;
import io.github.crowdfund.core.fees.ProcessingFeeOnRefund;
import io.github.crowdfund.core.settlement.BackerStatement;
import io.github.crowdfund.core.settlement.ChargeReversal;
import io.github.crowdfund.core.settlement.CreatorBalance;
import io.github.crowdfund.core.settlement.DisputeOutcome;
import io.github.crowdfund.core.settlement.PayoutCalendar;
import io.github.crowdfund.core.settlement.PayoutSchedule;
import io.github.crowdfund.core.settlement.RefundKind;
import io.github.crowdfund.core.settlement.RefundReason;
import io.github.crowdfund.core.settlement.Settlement;
import io.github.crowdfund.core.settlement.StatementLine;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.joda.money.CurrencyUnit;
import org.joda.money.Money;
import org.junit.jupiter.api.Test;

/** Refunds with reasons and partial amounts, and disputes, during and after payout: one rule per test. */
class RefundsTest {

  static final Instant DAY_10 = DEADLINE.plus(Duration.ofDays(10));
  static final Instant DAY_20 = DEADLINE.plus(Duration.ofDays(20));
  static final Instant DAY_40 = DEADLINE.plus(Duration.ofDays(40));

  /**
   * A successful USD campaign, payments final: backer 1's $120 collected, backer 2's $80 declined and dropped,
   * backer 10's late $60 collected on day 1 after the deadline.
   */
  static List<CampaignEvent> settled(CampaignEvent... extra) {
    List<CampaignEvent> events = new ArrayList<>(liveHistory(Goal.allOrNothing(usd(100)), List.of()));
    events.add(new CampaignEvent.LatePledgesEnabled(day(1), List.of(), Optional.empty()));
    events.add(placed(1, usd(120), day(2)));
    events.add(placed(2, usd(80), day(3)));
    events.add(new CampaignEvent.Ended(DEADLINE, FundingOutcome.SUCCESSFUL));
    events.add(new CampaignEvent.PledgesCharged(DEADLINE, Set.of(backer(2)),
        Optional.of(DEADLINE.plus(Duration.ofDays(7)))));
    events.add(new CampaignEvent.LatePledgeCharged(Pledge.of(backer(10), usd(60), DEADLINE.plus(Duration.ofDays(1))),
        LateCharge.COLLECTED));
    events.add(new CampaignEvent.RetryWindowClosed(DEADLINE.plus(Duration.ofDays(7)), Set.of(), Set.of(backer(2))));
    events.addAll(List.of(extra));
    return events;
  }

  static RefundBacker refund(long backer, long usd, Instant at) {
    return new RefundBacker(at, backer(backer), usd(usd), RefundReason.FULFILMENT_DELAY, RefundKind.BONUS_AMOUNT);
  }

  static BackerRefunded refunded(long backer, long usd, Instant at) {
    return new BackerRefunded(at, backer(backer), usd(usd), RefundReason.FULFILMENT_DELAY, RefundKind.BONUS_AMOUNT);
  }

  // ---------------------------------------------------------------------------------------------- the decider

  @Test
  void partOfACollectedPledgeIsRefundedWithItsReasonAndKind() {
    Campaign after = given(settled()).when(refund(1, 30, DAY_20)).then(refunded(1, 30, DAY_20));
    assertThat(after.refunds().returnedTo(backer(1))).isEqualTo(usd(30));
    assertThat(after.refunds().refundableTo(backer(1))).isEqualTo(usd(90));
    assertThat(after.refunds().reversalsOf(backer(1))).containsExactly(ChargeReversal.refund(DAY_20, backer(1), usd(30),
        RefundReason.FULFILMENT_DELAY, RefundKind.BONUS_AMOUNT));
  }

  @Test
  void refundsNeverExceedWhatWasCollectedNetOfEarlierRefunds() {
    given(settled(refunded(1, 30, DAY_10))).when(refund(1, 91, DAY_20)).thenRejected(Code.REFUND_ABOVE_COLLECTED);
    Campaign after = given(settled(refunded(1, 30, DAY_10))).when(refund(1, 90, DAY_20))
        .then(refunded(1, 90, DAY_20));
    assertThat(after.refunds().refundableTo(backer(1))).isEqualTo(usd(0));
  }

  @Test
  void aBackerWhosePaymentWasDroppedHasNothingToRefund() {
    Rejection rejection = given(settled()).when(refund(2, 1, DAY_20)).thenRejected(Code.REFUND_ABOVE_COLLECTED);
    assertThat(rejection.violations().get(0).message()).contains("USD 0.00");
  }

  @Test
  void aLatePledgesMoneyIsRefundedUpToTheLatePledge() {
    given(settled()).when(refund(10, 61, DAY_20)).thenRejected(Code.REFUND_ABOVE_COLLECTED);
    Campaign after = given(settled()).when(refund(10, 60, DAY_20)).then(refunded(10, 60, DAY_20));
    assertThat(after.refunds().collectedFrom(backer(10))).isEqualTo(usd(60));
    assertThat(after.latePledges().total()).as("the late totals stay as collected").isEqualTo(usd(60));
  }

  @Test
  void onlyABackerWithAPledgeIsRefunded() {
    given(settled()).when(refund(9, 1, DAY_20)).thenRejected(Code.NO_PLEDGE);
  }

  @Test
  void aRefundIsInTheCampaignCurrency() {
    given(settled()).when(new RefundBacker(DAY_20, backer(1), Money.of(CurrencyUnit.EUR, 5), RefundReason.OTHER,
        RefundKind.ITEM)).thenRejected(Code.CURRENCY_MISMATCH);
  }

  @Test
  void onlyACampaignThatEndedSuccessfullyRefunds() {
    List<CampaignEvent> live = new ArrayList<>(liveHistory(Goal.allOrNothing(usd(100)), List.of()));
    live.add(placed(1, usd(120), day(2)));
    given(live).when(refund(1, 30, day(3))).thenRejected(Code.CAMPAIGN_NOT_SUCCESSFUL, Code.REFUND_ABOVE_COLLECTED);
  }

  @Test
  void aRefundIsPositiveAndSaysWhichAmount() {
    assertThatThrownBy(() -> new RefundBacker(DAY_20, backer(1), usd(0), RefundReason.OTHER, RefundKind.ITEM))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("USD 0.00");
  }

  @Test
  void theWholePledgeIsNotRefundedAgainAfterAPartialRefund() {
    given(settled(refunded(1, 30, DAY_10))).when(new CampaignCommand.RefundPledge(DAY_20, backer(1), "asked"))
        .thenRejected(Code.REFUND_CONFLICT);
  }

  @Test
  void aPlansRefundIsLimitedToItsCollectedPayments() {
    List<CampaignEvent> plan = PaymentPlansTest.charged(PaymentPlansTest.MONTHLY_3,
        PaymentPlansTest.paid(1, DEADLINE));
    given(plan).under(PaymentPlansTest.RULES).when(refund(1, 101, DAY_10))
        .thenRejected(Code.REFUND_ABOVE_COLLECTED);
    given(plan).under(PaymentPlansTest.RULES).when(refund(1, 100, DAY_10)).then(refunded(1, 100, DAY_10));
  }

  @Test
  void aPlanThatPaysBackOnStopCannotStopAfterAPartialRefund() {
    List<CampaignEvent> plan = PaymentPlansTest.charged(PaymentPlansTest.EDITABLE, PaymentPlansTest.paid(1, DEADLINE),
        refunded(1, 20, DAY_10));
    given(plan).under(PaymentPlansTest.RULES).when(new CampaignCommand.StopPaymentPlan(DAY_20, backer(1)))
        .thenRejected(Code.REFUND_CONFLICT);
  }

  // ---------------------------------------------------------------------------------------------- disputes

  @Test
  void aDisputedChargeIsHeldAndCannotAlsoBeRefunded() {
    Campaign after = given(settled()).when(new DisputeCharge(DAY_20, backer(1), usd(100)))
        .then(new ChargeDisputed(DAY_20, backer(1), usd(100)));
    assertThat(after.refunds().openDisputeOf(backer(1))).contains(usd(100));
    assertThat(after.refunds().refundableTo(backer(1))).isEqualTo(usd(20));
    given(settled(new ChargeDisputed(DAY_20, backer(1), usd(100)))).when(refund(1, 21, DAY_40))
        .thenRejected(Code.REFUND_ABOVE_COLLECTED);
  }

  @Test
  void aBackerHasOneOpenDisputeAtMost() {
    given(settled(new ChargeDisputed(DAY_20, backer(1), usd(10)))).when(new DisputeCharge(DAY_40, backer(1), usd(5)))
        .thenRejected(Code.REFUND_CONFLICT);
  }

  @Test
  void onlyAnOpenDisputeEnds() {
    given(settled()).when(new ResolveDispute(DAY_20, backer(1), DisputeOutcome.WON)).thenRejected(Code.NO_DISPUTE);
  }

  @Test
  void aWonDisputeReleasesTheHeldAmount() {
    Campaign after = given(settled(new ChargeDisputed(DAY_20, backer(1), usd(100))))
        .when(new ResolveDispute(DAY_40, backer(1), DisputeOutcome.WON))
        .then(new DisputeResolved(DAY_40, backer(1), DisputeOutcome.WON));
    assertThat(after.refunds().openDisputeOf(backer(1))).isEmpty();
    assertThat(after.refunds().refundableTo(backer(1))).isEqualTo(usd(120));
  }

  @Test
  void aLostDisputeIsAChargebackThatGoesBackToTheBacker() {
    Campaign after = given(settled(new ChargeDisputed(DAY_20, backer(1), usd(100))))
        .when(new ResolveDispute(DAY_40, backer(1), DisputeOutcome.LOST))
        .then(new DisputeResolved(DAY_40, backer(1), DisputeOutcome.LOST));
    assertThat(after.refunds().returnedTo(backer(1))).isEqualTo(usd(100));
    assertThat(after.refunds().refundableTo(backer(1))).isEqualTo(usd(20));
    assertThat(after.refunds().reversalsOf(backer(1))).extracting(ChargeReversal::kind)
        .containsExactly(ChargeReversal.Kind.DISPUTE_OPENED, ChargeReversal.Kind.CHARGEBACK_LOST);
  }

  // ---------------------------------------------------------------------------------------------- replay

  @Test
  void aRefundAboveWhatWasCollectedIsRefusedOnReplay() {
    assertThatThrownBy(() -> Campaign.replay(settled(refunded(1, 121, DAY_20))))
        .isInstanceOf(InvalidEventException.class).hasMessageContaining("USD 121.00");
  }

  @Test
  void theEndOfADisputeNeverOpenedIsRefusedOnReplay() {
    assertThatThrownBy(() -> Campaign.replay(settled(new DisputeResolved(DAY_20, backer(1), DisputeOutcome.LOST))))
        .isInstanceOf(InvalidEventException.class).hasMessageContaining("no open dispute");
  }

  // ---------------------------------------------------------------------------------------------- statements, fees

  @Test
  void theStatementListsTheRefundAndDisputeByDateAndSumsToPaidMinusRefunded() {
    Campaign campaign = Campaign.replay(settled(refunded(1, 30, DAY_10), new ChargeDisputed(DAY_20, backer(1),
        usd(40)), new DisputeResolved(DAY_40, backer(1), DisputeOutcome.LOST)));
    Settlement<BackerId> settlement = Settlement.of(campaign, KICKSTARTER_US);
    BackerStatement<BackerId> statement = settlement.statementOf(backer(1)).orElseThrow();
    assertThat(statement.lines()).extracting(StatementLine::kind).containsExactly(
        StatementLine.Kind.PLEDGE_COLLECTED, StatementLine.Kind.PLEDGE_REFUNDED, StatementLine.Kind.CHARGE_DISPUTED,
        StatementLine.Kind.CHARGEBACK_LOST);
    assertThat(statement.lines().get(1).reason()).isEqualTo("refund (FULFILMENT_DELAY, BONUS_AMOUNT) on " + DAY_10);
    assertThat(statement.netPaid()).isEqualTo(usd(50));
    assertThat(settlement.refunded()).isEqualTo(usd(70));
    assertThat(settlement.statementOf(backer(10))).as("late backers settle in the calendar").isEmpty();
  }

  @Test
  void theProcessorKeepsTheFeeOfARefundedChargeByDefault() {
    Settlement<BackerId> kept = Settlement.of(Campaign.replay(settled(refunded(1, 30, DAY_10))), KICKSTARTER_US);
    // $120 at 3% + $0.20 costs $3.80 to process, and stays charged; the platform takes 5% of $120
    assertThat(kept.processingFees()).isEqualTo(Money.of(CurrencyUnit.USD, 3.80));
    assertThat(kept.payout()).isEqualTo(Money.of(CurrencyUnit.USD, 110.20));
    assertThat(kept.payoutAfterRefunds()).isEqualTo(Money.of(CurrencyUnit.USD, 80.20));
  }

  @Test
  void aProcessorThatReturnsTheFeeReturnsItInProportion() {
    FeeSchedule returning = KICKSTARTER_US.withProcessingFeeOnRefund(ProcessingFeeOnRefund.RETURNED);
    Settlement<BackerId> settlement = Settlement.of(Campaign.replay(settled(refunded(1, 30, DAY_10))), returning);
    // a quarter of $120 refunded returns a quarter of $3.80, rounded down to the cent: $0.95
    assertThat(settlement.processingFees()).isEqualTo(Money.of(CurrencyUnit.USD, 2.85));
    assertThat(settlement.payout()).isEqualTo(Money.of(CurrencyUnit.USD, 111.15));
    assertThat(ProcessingFeeOnRefund.RETURNED.returnedBy(Money.of(CurrencyUnit.USD, 3.80), usd(120),
        usd(30), usd(90))).as("the last refund returns the rest of the fee").isEqualTo(Money.of(CurrencyUnit.USD,
        2.85));
  }

  // ---------------------------------------------------------------------------------------------- the ledger

  @Test
  void aRefundAfterTheFirstPayoutLeavesTheCreatorsBalanceNegative() {
    Campaign campaign = Campaign.replay(settled(refunded(1, 30, DAY_20)));
    CreatorBalance ledger = PayoutCalendar.ledger(campaign, KICKSTARTER_US, PayoutSchedule.kickstarter(), DAY_40);
    // day 14: $120 less $6.00 and $3.80; day 17: the late $60 less $3.00 and $2.00; day 20: the refund
    assertThat(ledger.total(CreatorBalance.Kind.PAID_OUT)).isEqualTo(Money.of(CurrencyUnit.USD, -165.20));
    assertThat(ledger.balance()).isEqualTo(usd(-30));
    assertThat(ledger.entries()).extracting(CreatorBalance.Entry::at).isSorted();
    assertThat(ledger.entries()).last().extracting(CreatorBalance.Entry::note)
        .isEqualTo("FULFILMENT_DELAY, BONUS_AMOUNT");
  }

  @Test
  void aRefundBeforeAPayoutIsDeductedFromIt() {
    Campaign campaign = Campaign.replay(settled(refunded(1, 30, DAY_10)));
    CreatorBalance ledger = PayoutCalendar.ledger(campaign, KICKSTARTER_US, PayoutSchedule.kickstarter(), DAY_40);
    assertThat(ledger.total(CreatorBalance.Kind.PAID_OUT)).isEqualTo(Money.of(CurrencyUnit.USD, -135.20));
    assertThat(ledger.balance()).isEqualTo(usd(0));
  }

  @Test
  void aReturnedProcessingFeeReducesTheCreatorsDebit() {
    Campaign campaign = Campaign.replay(settled(refunded(1, 30, DAY_20)));
    CreatorBalance ledger = PayoutCalendar.ledger(campaign,
        KICKSTARTER_US.withProcessingFeeOnRefund(ProcessingFeeOnRefund.RETURNED), PayoutSchedule.kickstarter(),
        DAY_40);
    assertThat(ledger.balance()).isEqualTo(Money.of(CurrencyUnit.USD, -29.05));
  }

  @Test
  void aLostChargebackIsDebitedOnItsDate() {
    Campaign campaign = Campaign.replay(settled(new ChargeDisputed(DAY_20, backer(10), usd(60)),
        new DisputeResolved(DAY_40, backer(10), DisputeOutcome.LOST)));
    CreatorBalance ledger = PayoutCalendar.ledger(campaign, KICKSTARTER_US, PayoutSchedule.kickstarter(),
        DAY_40.plusSeconds(1));
    assertThat(ledger.balance()).isEqualTo(usd(-60));
    assertThat(ledger.entries()).last().extracting(CreatorBalance.Entry::kind)
        .isEqualTo(CreatorBalance.Kind.CHARGEBACK_LOST);
  }
}
