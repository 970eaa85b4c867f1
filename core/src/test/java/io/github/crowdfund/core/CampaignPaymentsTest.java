package io.github.crowdfund.core;

import static io.github.crowdfund.core.Fixtures.DEADLINE;
import static io.github.crowdfund.core.Fixtures.accept;
import static io.github.crowdfund.core.Fixtures.backer;
import static io.github.crowdfund.core.Fixtures.day;
import static io.github.crowdfund.core.Fixtures.pledge;
import static io.github.crowdfund.core.Fixtures.reject;
import static io.github.crowdfund.core.Fixtures.usd;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.crowdfund.core.CampaignCommand.ChargePledges;
import io.github.crowdfund.core.CampaignCommand.CloseRetryWindow;
import io.github.crowdfund.core.CampaignCommand.End;
import io.github.crowdfund.core.CampaignCommand.FixPayment;
import io.github.crowdfund.core.CampaignCommand.RefundPledge;
import io.github.crowdfund.core.RuleViolation.Code;
import io.github.crowdfund.core.fees.FeeSchedule;
import io.github.crowdfund.core.settlement.Settlement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

class CampaignPaymentsTest {
  private static final Instant RETRY_END = DEADLINE.plus(Duration.ofDays(7));
  private static final FeeSchedule KICKSTARTER_US = SettlementWorkedExamplesTest.KICKSTARTER_US;

  /** A $10,000 all-or-nothing campaign that ended SUCCESSFUL with $6,000 (backer 1), $3,000 (2) and $2,000 (3). */
  private static Campaign ended() {
    Campaign campaign = Fixtures.live();
    campaign = accept(campaign, pledge(1, 6_000, day(1)));
    campaign = accept(campaign, pledge(2, 3_000, day(2)));
    campaign = accept(campaign, pledge(3, 2_000, day(3)));
    return accept(campaign, new End(DEADLINE));
  }

  private static Campaign charged(long... declined) {
    Set<BackerId> failed = new HashSet<>();
    for (long n : declined) {
      failed.add(backer(n));
    }
    return accept(ended(), new ChargePledges(DEADLINE.plusSeconds(60), failed));
  }

  @Test
  void pledgesStayAuthorisedUntilCharged() {
    assertThat(ended().paymentStateOf(backer(1))).contains(PaymentState.PLEDGED);
    assertThat(ended().paymentsFinal()).isFalse();
  }

  @Test
  void chargingCollectsEveryPledgeExceptTheDeclinedOnesWhichAreErrored() {
    Campaign campaign = charged(2);
    assertThat(campaign.paymentStateOf(backer(1))).contains(PaymentState.COLLECTED);
    assertThat(campaign.paymentStateOf(backer(2))).contains(PaymentState.ERRORED);
    assertThat(campaign.retryWindowEnd()).contains(RETRY_END);
    assertThat(campaign.paymentStateOf(backer(9))).isEmpty();
  }

  @Test
  void anErroredPaymentFixedWithinTheSevenDayWindowIsCollected() {
    Campaign fixed = accept(charged(2), new FixPayment(RETRY_END.minusSeconds(1), backer(2)));
    assertThat(fixed.paymentStateOf(backer(2))).contains(PaymentState.COLLECTED);
  }

  @Test
  void anErroredPaymentCannotBeFixedOnceTheSevenDaysAreOver() {
    assertThat(reject(charged(2), new FixPayment(RETRY_END, backer(2))).has(Code.RETRY_WINDOW_CLOSED)).isTrue();
  }

  @Test
  void onlyAnErroredPaymentCanBeFixed() {
    assertThat(reject(charged(2), new FixPayment(day(31), backer(1))).has(Code.PAYMENT_NOT_ERRORED)).isTrue();
    assertThat(reject(charged(2), new FixPayment(day(31), backer(9))).has(Code.NO_PLEDGE)).isTrue();
    assertThat(reject(ended(), new FixPayment(day(31), backer(1))).has(Code.NOT_CHARGED)).isTrue();
  }

  @Test
  void theRetryWindowCannotCloseBeforeItsEnd() {
    assertThat(reject(charged(2), new CloseRetryWindow(RETRY_END.minusSeconds(1), Set.of()))
        .has(Code.RETRY_WINDOW_OPEN)).isTrue();
  }

  @Test
  void closingTheWindowCollectsWhatTheLastRetryRecoveredAndDropsTheRest() {
    Campaign closed = accept(charged(2, 3), new CloseRetryWindow(RETRY_END, Set.of(backer(3))));
    assertThat(closed.paymentStateOf(backer(2))).contains(PaymentState.DROPPED);
    assertThat(closed.paymentStateOf(backer(3))).contains(PaymentState.COLLECTED);
    assertThat(closed.paymentsFinal()).isTrue();
    assertThat(reject(closed, new CloseRetryWindow(RETRY_END, Set.of())).has(Code.RETRY_WINDOW_CLOSED)).isTrue();
    assertThat(reject(charged(2), new CloseRetryWindow(RETRY_END, Set.of(backer(1))))
        .has(Code.PAYMENT_NOT_ERRORED)).isTrue();
  }

  /**
   * $11,000 pledged on a $10,000 goal; backers 2 ($3,000) and 3 ($2,000) drop: $6,000 collected, below the goal,
   * yet the campaign stays SUCCESSFUL with its total locked at $11,000, and pays fees on what it collected:
   * 5% of 6,000 = 300.00; processing 3% of 6,000 + 0.20 = 180.20; payout 6,000 − 300 − 180.20 = 5,519.80.
   */
  @Test
  void droppedPledgesNeverTurnASuccessfulCampaignIntoAFailedOne() {
    Campaign closed = accept(charged(2, 3), new CloseRetryWindow(RETRY_END, Set.of()));

    assertThat(closed.status()).isEqualTo(CampaignStatus.SUCCESSFUL);
    assertThat(closed.totalPledged()).isEqualTo(usd(11_000));
    Settlement<BackerId> settlement = Settlement.of(closed, KICKSTARTER_US);
    assertThat(settlement.outcome()).isEqualTo(FundingOutcome.SUCCESSFUL);
    assertThat(settlement.pledgedAtDeadline()).isEqualTo(usd(11_000));
    assertThat(settlement.collected()).isEqualTo(usd(6_000));
    assertThat(settlement.dropped()).isEqualTo(usd(5_000));
    assertThat(settlement.platformFee()).isEqualTo(SettlementWorkedExamplesTest.usd("300.00"));
    assertThat(settlement.processingFees()).isEqualTo(SettlementWorkedExamplesTest.usd("180.20"));
    assertThat(settlement.payout()).isEqualTo(SettlementWorkedExamplesTest.usd("5519.80"));
  }

  @Test
  void aFailedCampaignIsNeverChargedAndSettlesWithNothingCollected() {
    Campaign campaign = accept(Fixtures.live(), pledge(1, 500, day(1)));
    Campaign failed = accept(campaign, new End(DEADLINE));

    assertThat(reject(failed, new ChargePledges(DEADLINE, Set.of())).has(Code.ILLEGAL_TRANSITION)).isTrue();
    Settlement<BackerId> settlement = Settlement.of(failed, KICKSTARTER_US);
    assertThat(settlement.outcome()).isEqualTo(FundingOutcome.FAILED);
    assertThat(settlement.collected().isZero()).isTrue();
    assertThat(settlement.released()).isEqualTo(usd(500));
    assertThat(settlement.totalFees().isZero()).isTrue();
  }

  @Test
  void onlyACollectedPledgeCanBeRefundedAndTheRefundComesOutOfThePayout() {
    Campaign refunded = accept(charged(2), new RefundPledge(day(33), backer(3), "dispute"));
    assertThat(refunded.paymentStateOf(backer(3))).contains(PaymentState.REFUNDED);
    assertThat(reject(refunded, new RefundPledge(day(33), backer(3), "again")).has(Code.PAYMENT_NOT_COLLECTED))
        .isTrue();
    assertThat(reject(refunded, new RefundPledge(day(33), backer(2), "errored")).has(Code.PAYMENT_NOT_COLLECTED))
        .isTrue();

    Campaign closed = accept(refunded, new CloseRetryWindow(RETRY_END, Set.of(backer(2))));
    Settlement<BackerId> settlement = Settlement.of(closed, KICKSTARTER_US);
    assertThat(settlement.collected()).isEqualTo(usd(11_000));
    assertThat(settlement.refunded()).isEqualTo(usd(2_000));
  }

  @Test
  void aCampaignSettlesOnlyOnceItsRetryWindowHasClosed() {
    assertThatThrownBy(() -> Settlement.of(charged(2), KICKSTARTER_US))
        .isInstanceOf(IllegalStateException.class).hasMessageContaining("retry window");
    assertThatThrownBy(() -> Settlement.of(Fixtures.live(), KICKSTARTER_US))
        .isInstanceOf(IllegalStateException.class).hasMessageContaining("LIVE");
  }

  @Test
  void chargingIsOnceOnlyNotBeforeTheDeadlineAndDeclinesOnlyRealPledges() {
    assertThat(reject(charged(), new ChargePledges(day(32), Set.of())).has(Code.ALREADY_CHARGED)).isTrue();
    assertThat(reject(ended(), new ChargePledges(DEADLINE, Set.of(backer(9)))).has(Code.NO_PLEDGE)).isTrue();
  }

  @Test
  void aKeepItAllCampaignBelowItsGoalSettlesAsKeptBelowGoal() {
    Campaign campaign = Fixtures.live(Goal.keepItAll(usd(10_000)), List.of(), List.of());
    campaign = accept(campaign, pledge(1, 100, day(1)));
    campaign = accept(campaign, new End(DEADLINE));
    campaign = accept(campaign, new ChargePledges(DEADLINE, Set.of()));
    campaign = accept(campaign, new CloseRetryWindow(RETRY_END, Set.of()));

    Settlement<BackerId> settlement = Settlement.of(campaign, KICKSTARTER_US);
    assertThat(settlement.outcome()).isEqualTo(FundingOutcome.KEPT_BELOW_GOAL);
    assertThat(settlement.platformFee().isZero()).isTrue();
  }

  @Test
  void rulesThatDoNotKnowTheRetryWindowLetTheApplicationCloseItAfterTheCharge() {
    CampaignRules noWindow = new DelegatingRules(Fixtures.RULES) {
      @Override
      public Optional<Duration> paymentRetryWindow() {
        return Optional.empty();
      }
    };
    Campaign campaign = ended();
    Decision charge = campaign.decide(new ChargePledges(DEADLINE, Set.of(backer(1))), noWindow);
    campaign = campaign.evolve(charge.events());
    assertThat(campaign.retryWindowEnd()).isEmpty();
    Decision close = campaign.decide(new CloseRetryWindow(DEADLINE.plusSeconds(1), Set.of()), noWindow);
    assertThat(close.violations()).isEmpty();
    assertThat(campaign.evolve(close.events()).paymentStateOf(backer(1))).contains(PaymentState.DROPPED);
  }

  @Test
  void replayingThePaymentHistoryRebuildsTheSameCampaign() {
    List<CampaignEvent> history = liveHistory();
    Campaign campaign = Fixtures.live();
    for (CampaignCommand command : List.<CampaignCommand>of(pledge(1, 6_000, day(1)), pledge(2, 3_000, day(2)),
        pledge(3, 2_000, day(3)), new End(DEADLINE), new ChargePledges(DEADLINE, Set.of(backer(2), backer(3))),
        new FixPayment(day(33), backer(2)), new RefundPledge(day(34), backer(1), "refund"),
        new CloseRetryWindow(RETRY_END, Set.of()))) {
      Decision decision = campaign.decide(command, Fixtures.RULES);
      assertThat(decision.violations()).isEmpty();
      history.addAll(decision.events());
      campaign = campaign.evolve(decision.events());
    }
    assertThat(Campaign.replay(history)).isEqualTo(campaign);
    assertThat(Campaign.replay(history).pledgePayments()).isEqualTo(campaign.pledgePayments());
  }

  /** The events that make {@link Fixtures#live()}. */
  private static List<CampaignEvent> liveHistory() {
    List<CampaignEvent> events = new ArrayList<>();
    Decision created = Campaign.initial().decide(Fixtures.create(Goal.allOrNothing(usd(10_000)), List.of(),
        List.of()), Fixtures.RULES);
    events.addAll(created.orElseThrow());
    Campaign draft = Campaign.replay(created.events());
    Decision submitted = draft.decide(new CampaignCommand.Submit(Fixtures.T0.plusSeconds(60)), Fixtures.RULES);
    events.addAll(submitted.events());
    events.addAll(draft.evolve(submitted.events()).decide(new CampaignCommand.Launch(Fixtures.LAUNCH),
        Fixtures.RULES).events());
    return events;
  }
}
