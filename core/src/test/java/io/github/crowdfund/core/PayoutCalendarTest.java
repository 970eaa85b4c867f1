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
