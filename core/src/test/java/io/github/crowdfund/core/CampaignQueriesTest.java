package io.github.crowdfund.core;

import static io.github.crowdfund.core.Fixtures.DEADLINE;
import static io.github.crowdfund.core.Fixtures.T0;
import static io.github.crowdfund.core.Fixtures.accept;
import static io.github.crowdfund.core.Fixtures.backer;
import static io.github.crowdfund.core.Fixtures.day;
import static io.github.crowdfund.core.Fixtures.pledge;
import static io.github.crowdfund.core.Fixtures.pledgeFor;
import static io.github.crowdfund.core.Fixtures.tier;
import static io.github.crowdfund.core.Fixtures.usd;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class CampaignQueriesTest {

  private static final List<StretchGoal> STRETCH = List.of(StretchGoal.of(usd(1_500), "second colour"),
      StretchGoal.of(usd(3_000), "solar panel upgrade"));

  private static Campaign liveWithStretchGoals() {
    CampaignCommand.Create create = new CampaignCommand.Create(T0, Fixtures.definition(Goal.allOrNothing(usd(1_000)))
        .stretchGoals(STRETCH).tier(tier("lantern", 40).limit(100).build()).tier(tier("thanks", 5).build()).build());
    Campaign draft = accept(Campaign.initial(), create);
    return accept(accept(draft, new CampaignCommand.Submit(T0)), new CampaignCommand.Launch(Fixtures.LAUNCH));
  }

  @Test
  void totalAndBackerCountFollowThePledges() {
    Campaign campaign = accept(accept(liveWithStretchGoals(), pledge(1, 300, day(1))), pledge(2, 450, day(1)));
    assertThat(campaign.totalPledged()).isEqualTo(usd(750));
    assertThat(campaign.backerCount()).isEqualTo(2);
  }

  @Test
  void eventCountIsTheNumberOfEventsApplied() {
    Campaign live = liveWithStretchGoals();
    Campaign pledged = accept(live, pledge(1, 300, day(1)));
    Applied refused = pledged.apply(new CampaignCommand.Launch(Fixtures.LAUNCH), Fixtures.RULES);

    assertThat(Campaign.initial().eventCount()).isZero();
    assertThat(live.eventCount()).isEqualTo(3);
    assertThat(pledged.eventCount()).isEqualTo(4);
    assertThat(refused.isAccepted()).isFalse();
    assertThat(refused.campaign().eventCount()).isEqualTo(4);
  }

  @Test
  void percentFundedIsExactAndRoundedOnlyAsAsked() {
    Campaign third = accept(liveWithStretchGoals(), new CampaignCommand.PlacePledge(
        Pledge.of(backer(1), org.joda.money.Money.parse("USD 333.33"), day(1))));
    assertThat(third.percentFunded(4, RoundingMode.HALF_EVEN)).isEqualByComparingTo(new BigDecimal("33.3330"));
    Campaign over = accept(liveWithStretchGoals(), pledge(1, 1_500, day(1)));
    assertThat(over.percentFunded(2, RoundingMode.UNNECESSARY)).isEqualTo(new BigDecimal("150.00"));
  }

  @Test
  void amountStillNeededIsTheShortfallAndZeroOnceReached() {
    Campaign campaign = accept(liveWithStretchGoals(), pledge(1, 300, day(1)));
    assertThat(campaign.amountStillNeeded()).isEqualTo(usd(700));
    assertThat(campaign.goalReached()).isFalse();
    Campaign reached = accept(campaign, pledge(2, 2_000, day(1)));
    assertThat(reached.amountStillNeeded()).isEqualTo(usd(0));
    assertThat(reached.goalReached()).isTrue();
  }

  @Test
  void preOrderGoalsMeasureProgressInOrders() {
    Campaign campaign = Fixtures.live(Goal.preOrders(4, usd(30)), List.of(tier("book", 30).build()), List.of());
    Campaign one = accept(campaign, pledgeFor(1, 30, "book", day(1)));
    assertThat(one.orderCount()).isEqualTo(1);
    assertThat(one.percentFunded(0, RoundingMode.UNNECESSARY)).isEqualByComparingTo("25");
    assertThat(one.amountStillNeeded()).isEqualTo(usd(90));
  }

  @Test
  void timeLeftCountsDownToTheDeadlineAndStopsAtZero() {
    Campaign campaign = liveWithStretchGoals();
    assertThat(campaign.timeLeft(DEADLINE.minus(Duration.ofHours(5)))).contains(Duration.ofHours(5));
    assertThat(campaign.timeLeft(DEADLINE.plusSeconds(1))).contains(Duration.ZERO);
    assertThat(Fixtures.draft(Goal.allOrNothing(usd(1)), List.of(), List.of()).timeLeft(T0)).isEmpty();
  }

  @Test
  void remainingQuantityIsTheLimitMinusPlacesTakenAndEmptyWhenUnlimited() {
    Campaign campaign = accept(liveWithStretchGoals(), pledgeFor(1, 40, "lantern", day(1)));
    assertThat(campaign.remainingQuantity("lantern")).contains(99);
    assertThat(campaign.remainingQuantity("thanks")).isEmpty();
    assertThatThrownBy(() -> campaign.remainingQuantity("gold")).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("'gold'").hasMessageContaining("lantern, thanks");
  }

  @Test
  void stretchGoalsReachedAreThoseAtOrBelowTheTotal() {
    Campaign campaign = accept(liveWithStretchGoals(), pledge(1, 1_500, day(1)));
    assertThat(campaign.stretchGoalsReached()).containsExactly(STRETCH.get(0));
    assertThat(accept(campaign, pledge(2, 1_499, day(1))).stretchGoalsReached()).containsExactly(STRETCH.get(0));
    assertThat(accept(campaign, pledge(2, 1_500, day(1))).stretchGoalsReached()).isEqualTo(STRETCH);
  }

  @Test
  void aBackersPledgeIsRebuiltWithEveryField() {
    Pledge full = new Pledge(backer(77), usd(45), Optional.of("lantern"), Map.of(), Optional.of(Country.of("CA")),
        day(1).plusNanos(123_456_789));
    Campaign campaign = accept(liveWithStretchGoals(), new CampaignCommand.PlacePledge(full));
    assertThat(campaign.pledgeOf(backer(77))).contains(full);
    assertThat(campaign.pledgeOf(backer(78))).isEmpty();
    assertThat(campaign.pledges().collect(Collectors.toList())).containsExactly(full);
  }
}
