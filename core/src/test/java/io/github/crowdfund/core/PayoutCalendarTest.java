package io.github.crowdfund.core;

import static io.github.crowdfund.core.Fixtures.DEADLINE;
import static io.github.crowdfund.core.Fixtures.LAUNCH;
import static io.github.crowdfund.core.Fixtures.accept;
import static io.github.crowdfund.core.Fixtures.backer;
import static io.github.crowdfund.core.Fixtures.day;
import static io.github.crowdfund.core.SettlementWorkedExamplesTest.KICKSTARTER_US;
import static io.github.crowdfund.core.SettlementWorkedExamplesTest.usd;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.crowdfund.core.installments.InstallmentCharge;
import io.github.crowdfund.core.settlement.Payout;
import io.github.crowdfund.core.settlement.PayoutCalendar;
import io.github.crowdfund.core.settlement.PayoutSchedule;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Kickstarter's payout calendar: day 14 for the campaign, day 17 for late pledges of days 1–14, then every 7 days. */
class PayoutCalendarTest {

  static Instant afterDeadline(Duration d) {
    return DEADLINE.plus(d);
  }

  /** $120 pledged in the campaign; late pledges of $60 (day 1), $80 (day 10), $50 (day 16) and $40 (day 22). */
  static Campaign withLatePledges(Optional<Instant> plannedEnd) {
    Campaign c = Fixtures.live(Goal.allOrNothing(usd("100.00")), List.of(), List.of());
    c = accept(c, Fixtures.pledge(1, 120, day(1)));
    c = accept(c, new CampaignCommand.EnableLatePledges(day(2), List.of(), plannedEnd));
    c = accept(c, new CampaignCommand.End(DEADLINE));
    c = accept(c, new CampaignCommand.ChargePledges(DEADLINE, Set.of()));
    long[][] late = {{10, 60, 1}, {11, 80, 10}, {12, 50, 16}, {13, 40, 22}};
    for (long[] l : late) {
      Instant at = afterDeadline(Duration.ofDays(l[2]));
      if (l[2] == 10) {
        // commands are dated in order: the retry window closes on day 7, between the first and second late pledge
        c = accept(c, new CampaignCommand.CloseRetryWindow(afterDeadline(Duration.ofDays(7)), Set.of()));
      }
      c = c.apply(new CampaignCommand.PlaceLatePledge(Pledge.of(backer(l[0]), usd(l[1] + ".00"), at),
          LateCharge.COLLECTED), Fixtures.RULES).campaign();
    }
    return c;
  }

  @Test
  void kickstarterPaysOnDays14And17And24() {
    Campaign campaign = withLatePledges(Optional.empty());
    assertThat(campaign.latePledges().total()).isEqualTo(usd("230.00"));
    List<Payout> payouts = PayoutCalendar.of(campaign, KICKSTARTER_US, PayoutSchedule.kickstarter(),
        afterDeadline(Duration.ofDays(40)));
    assertThat(payouts).extracting(Payout::date).containsExactly(afterDeadline(Duration.ofDays(14)),
        afterDeadline(Duration.ofDays(17)), afterDeadline(Duration.ofDays(24)), afterDeadline(Duration.ofDays(31)));
    assertThat(payouts).extracting(Payout::kind).containsExactly(Payout.Kind.CAMPAIGN, Payout.Kind.LATE_PLEDGES,
        Payout.Kind.LATE_PLEDGES, Payout.Kind.LATE_PLEDGES);

    Payout campaignPayout = payouts.get(0);
    assertThat(campaignPayout.coversFrom()).isEqualTo(LAUNCH);
    assertThat(campaignPayout.collected()).isEqualTo(usd("120.00"));
    assertThat(campaignPayout.platformFee()).isEqualTo(usd("6.00"));
    assertThat(campaignPayout.processingFees()).isEqualTo(usd("3.80"));
    assertThat(campaignPayout.net()).isEqualTo(usd("110.20"));

    Payout first = payouts.get(1);
    assertThat(first.coversFrom()).isEqualTo(DEADLINE);
    assertThat(first.coversUntil()).isEqualTo(afterDeadline(Duration.ofDays(14)));
    assertThat(first.pledges()).isEqualTo(2);
    assertThat(first.collected()).isEqualTo(usd("140.00"));
    assertThat(first.platformFee()).isEqualTo(usd("7.00"));
    assertThat(first.processingFees()).isEqualTo(usd("4.60"));
    assertThat(first.taxOnFees()).isEqualTo(usd("0.00"));
    assertThat(first.net()).isEqualTo(usd("128.40"));

    Payout second = payouts.get(2);
    assertThat(second.coversFrom()).isEqualTo(afterDeadline(Duration.ofDays(14)));
    assertThat(second.coversUntil()).isEqualTo(afterDeadline(Duration.ofDays(21)));
    assertThat(second.collected()).isEqualTo(usd("50.00"));
    assertThat(second.net()).isEqualTo(usd("50.00").minus(usd("2.50")).minus(usd("1.70")));
  }

  @Test
  void noPayoutCoversAWindowAfterLatePledgesEnded() {
    Campaign campaign = withLatePledges(Optional.empty());
    campaign = accept(campaign, new CampaignCommand.EndLatePledges(afterDeadline(Duration.ofDays(23)),
        Optional.empty()));
    List<Payout> payouts = PayoutCalendar.of(campaign, KICKSTARTER_US, PayoutSchedule.kickstarter(),
        afterDeadline(Duration.ofDays(90)));
    assertThat(payouts).extracting(Payout::date).containsExactly(afterDeadline(Duration.ofDays(14)),
        afterDeadline(Duration.ofDays(17)), afterDeadline(Duration.ofDays(24)), afterDeadline(Duration.ofDays(31)));
  }

  @Test
  void theCalendarIsDrawnUpToAnInstant() {
    List<Payout> payouts = PayoutCalendar.of(withLatePledges(Optional.empty()), KICKSTARTER_US,
        PayoutSchedule.kickstarter(), afterDeadline(Duration.ofDays(14)));
    assertThat(payouts).extracting(Payout::date).containsExactly(afterDeadline(Duration.ofDays(14)),
        afterDeadline(Duration.ofDays(17)));
  }

  @Test
  void everyPayoutsDeductionsAndNetAddUpToWhatItCollected() {
    for (Payout payout : PayoutCalendar.of(withLatePledges(Optional.empty()), KICKSTARTER_US,
        PayoutSchedule.kickstarter(), afterDeadline(Duration.ofDays(60)))) {
      assertThat(payout.platformFee().plus(payout.processingFees()).plus(payout.taxOnFees()).plus(payout.net()))
          .isEqualTo(payout.collected());
    }
    assertThatThrownBy(() -> new Payout(DEADLINE, Payout.Kind.CAMPAIGN, LAUNCH, DEADLINE, 1, usd("10.00"),
        usd("1.00"), usd("0.00"), usd("0.00"), usd("8.00"))).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("USD 10.00");
  }

  // ---------------------------------------------------------------------------------------------- pledges over time

  /**
   * Backer 1 pledged $300 in 3 monthly payments of $100 and paid them all, backer 2 pledged $50 at once, and
   * backer 3 pledged $150 in 3 payments of $50 and stopped after the first.
   */
  static Campaign withPlans(CampaignEvent... laterPayments) {
    List<CampaignEvent> events = new java.util.ArrayList<>(PaymentPlansTest.chosen(PaymentPlansTest.MONTHLY_3,
        DeciderSpec.placed(3, usd("150.00"), day(4)), new CampaignEvent.PaymentPlanChosen(day(4), backer(3), 3),
        new CampaignEvent.Ended(DEADLINE, FundingOutcome.SUCCESSFUL),
        new CampaignEvent.PledgesCharged(DEADLINE, Set.of(), Optional.of(PaymentPlansTest.RETRY_UNTIL)),
        PaymentPlansTest.paid(1, DEADLINE),
        new CampaignEvent.InstallmentCharged(DEADLINE, backer(3), 1, InstallmentCharge.COLLECTED),
        new CampaignEvent.RetryWindowClosed(PaymentPlansTest.RETRY_UNTIL, Set.of(), Set.of())));
    events.addAll(List.of(laterPayments));
    return Campaign.replay(events);
  }

  static final Instant PAID_2 = PaymentPlansTest.MONTH_2.plus(Duration.ofHours(3));
  static final Instant PAID_3 = PaymentPlansTest.MONTH_3.plus(Duration.ofHours(5));

  @Test
  void theCampaignPayoutHasTheFirstPaymentsAndAFinalPayoutTheLaterOnes() {
    // given: every later payment of backer 1 collected, backer 3 stopped after the first payment
    Campaign campaign = withPlans(PaymentPlansTest.paid(2, PAID_2),
        new CampaignEvent.PaymentPlanStopped(PAID_2.plusSeconds(1), backer(3)), PaymentPlansTest.paid(3, PAID_3));
    // when
    List<Payout> payouts = PayoutCalendar.of(campaign, KICKSTARTER_US, PayoutSchedule.kickstarter(),
        afterDeadline(Duration.ofDays(120)));
    // then: day 14 pays $100 + $50 + $50 less 5% ($10.00) and 3% + $0.20 each ($3.20 + $1.70 + $1.70)
    assertThat(payouts).extracting(Payout::kind).containsExactly(Payout.Kind.CAMPAIGN, Payout.Kind.INSTALLMENTS);
    Payout day14 = payouts.get(0);
    assertThat(day14.date()).isEqualTo(afterDeadline(Duration.ofDays(14)));
    assertThat(day14.pledges()).isEqualTo(3);
    assertThat(day14.collected()).isEqualTo(usd("200.00"));
    assertThat(day14.platformFee()).isEqualTo(usd("10.00"));
    assertThat(day14.processingFees()).isEqualTo(usd("6.60"));
    assertThat(day14.taxOnFees()).isEqualTo(usd("0.00"));
    assertThat(day14.net()).isEqualTo(usd("183.40"));
    // and the final payout, when payment 3 was collected, pays backer 1's $100 + $100 less $10.00 and $3.20 twice
    Payout last = payouts.get(1);
    assertThat(last.date()).isEqualTo(PAID_3);
    assertThat(last.coversFrom()).isEqualTo(DEADLINE);
    assertThat(last.coversUntil()).isAfter(PAID_3);
    assertThat(last.pledges()).isEqualTo(1);
    assertThat(last.collected()).isEqualTo(usd("200.00"));
    assertThat(last.platformFee()).isEqualTo(usd("10.00"));
    assertThat(last.processingFees()).isEqualTo(usd("6.40"));
    assertThat(last.taxOnFees()).isEqualTo(usd("0.00"));
    assertThat(last.net()).isEqualTo(usd("183.60"));
  }

  @Test
  void theInstallmentsPayoutIsPaidTheSchedulesDelayAfterTheLastLaterPaymentIsCollected() {
    // given
    Campaign campaign = withPlans(PaymentPlansTest.paid(2, PAID_2),
        new CampaignEvent.PaymentPlanStopped(PAID_2.plusSeconds(1), backer(3)), PaymentPlansTest.paid(3, PAID_3));
    PayoutSchedule twoDaysLater = PayoutSchedule.kickstarter().withInstallmentDelay(Duration.ofDays(2));
    // when
    List<Payout> payouts = PayoutCalendar.of(campaign, KICKSTARTER_US, twoDaysLater,
        afterDeadline(Duration.ofDays(120)));
    // then
    assertThat(payouts).extracting(Payout::date).containsExactly(afterDeadline(Duration.ofDays(14)),
        PAID_3.plus(Duration.ofDays(2)));
    assertThatThrownBy(() -> PayoutSchedule.kickstarter().withInstallmentDelay(Duration.ofDays(-1)))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("installment delay PT-24H");
  }

  @Test
  void plansStoppedAfterTheirFirstPaymentHaveNoInstallmentsPayout() {
    // given: both plans stopped after the first payment
    Campaign campaign = withPlans(new CampaignEvent.PaymentPlanStopped(PAID_2, backer(1)),
        new CampaignEvent.PaymentPlanStopped(PAID_2, backer(3)));
    // when
    List<Payout> payouts = PayoutCalendar.of(campaign, KICKSTARTER_US, PayoutSchedule.kickstarter(),
        afterDeadline(Duration.ofDays(120)));
    // then: only the campaign payout, with the first payments
    assertThat(payouts).extracting(Payout::kind).containsExactly(Payout.Kind.CAMPAIGN);
    assertThat(payouts.get(0).collected()).isEqualTo(usd("200.00"));
    assertThat(payouts.get(0).net()).isEqualTo(usd("183.40"));
  }

  @Test
  void aCampaignWithoutPlansHasNoInstallmentsPayout() {
    // given
    Campaign campaign = withLatePledges(Optional.empty());
    // when
    List<Payout> payouts = PayoutCalendar.of(campaign, KICKSTARTER_US, PayoutSchedule.kickstarter(),
        afterDeadline(Duration.ofDays(120)));
    // then
    assertThat(payouts).extracting(Payout::kind).doesNotContain(Payout.Kind.INSTALLMENTS);
    assertThat(payouts.get(0).collected()).isEqualTo(usd("120.00"));
    assertThat(payouts.get(0).net()).isEqualTo(usd("110.20"));
  }

  @Test
  void ululeAndIndiegogoPayWithinBusinessDays() {
    Instant fridayDeadline = Instant.parse("2026-05-01T18:00:00Z");
    assertThat(PayoutSchedule.ulule().campaignPayout(fridayDeadline)).isEqualTo(Instant.parse(
        "2026-05-19T18:00:00Z"));
    assertThat(PayoutSchedule.indiegogo().campaignPayout(fridayDeadline)).isEqualTo(Instant.parse(
        "2026-05-22T18:00:00Z"));
    assertThat(PayoutSchedule.kickstarter().campaignPayout(fridayDeadline)).isEqualTo(Instant.parse(
        "2026-05-15T18:00:00Z"));
  }

  @Test
  void aCampaignNotSettledYetHasNoCalendar() {
    Campaign live = Fixtures.live();
    assertThatThrownBy(() -> PayoutCalendar.of(live, KICKSTARTER_US, PayoutSchedule.kickstarter(), DEADLINE))
        .isInstanceOf(IllegalStateException.class);
  }
}
