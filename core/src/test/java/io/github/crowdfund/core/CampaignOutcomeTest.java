package io.github.crowdfund.core;

import static io.github.crowdfund.core.Fixtures.DEADLINE;
import static io.github.crowdfund.core.Fixtures.accept;
import static io.github.crowdfund.core.Fixtures.day;
import static io.github.crowdfund.core.Fixtures.pledge;
import static io.github.crowdfund.core.Fixtures.pledgeFor;
import static io.github.crowdfund.core.Fixtures.tier;
import static io.github.crowdfund.core.Fixtures.usd;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.crowdfund.core.CampaignCommand.End;
import java.util.List;
import org.junit.jupiter.api.Test;

class CampaignOutcomeTest {

  private static CampaignStatus endWithPledges(Goal goal, List<RewardTier> tiers, CampaignCommand... pledges) {
    Campaign campaign = Fixtures.live(goal, tiers, List.of());
    for (CampaignCommand command : pledges) {
      campaign = accept(campaign, command);
    }
    return accept(campaign, new End(DEADLINE)).status();
  }

  @Test
  void allOrNothingSucceedsWhenTheTotalAtTheDeadlineReachesTheGoalExactly() {
    Goal goal = Goal.allOrNothing(usd(1_000));
    assertThat(endWithPledges(goal, List.of(), pledge(1, 600, day(1)), pledge(2, 400, day(2))))
        .isEqualTo(CampaignStatus.SUCCESSFUL);
  }

  @Test
  void allOrNothingFailsOneMinorUnitShortOfTheGoal() {
    Goal goal = Goal.allOrNothing(usd(1_000));
    CampaignCommand almost = new CampaignCommand.PlacePledge(
        Pledge.of(Fixtures.backer(2), org.joda.money.Money.parse("USD 399.99"), day(2)));
    assertThat(endWithPledges(goal, List.of(), pledge(1, 600, day(1)), almost)).isEqualTo(CampaignStatus.FAILED);
  }

  @Test
  void allOrNothingCountsOnlyPledgesStillActiveAtTheDeadline() {
    Goal goal = Goal.allOrNothing(usd(1_000));
    assertThat(endWithPledges(goal, List.of(), pledge(1, 600, day(1)), pledge(2, 400, day(2)),
        Fixtures.cancel(2, day(3)))).isEqualTo(CampaignStatus.FAILED);
  }

  @Test
  void keepItAllIsFundedWithWhateverWasRaised() {
    Goal goal = Goal.keepItAll(usd(1_000));
    assertThat(endWithPledges(goal, List.of(), pledge(1, 5, day(1)))).isEqualTo(CampaignStatus.SUCCESSFUL);
  }

  @Test
  void keepItAllFailsOnlyWhenNothingWasRaised() {
    Goal goal = Goal.keepItAll(usd(1_000));
    assertThat(endWithPledges(goal, List.of())).isEqualTo(CampaignStatus.FAILED);
    assertThat(endWithPledges(goal, List.of(), pledge(1, 5, day(1)), Fixtures.cancel(1, day(2))))
        .isEqualTo(CampaignStatus.FAILED);
  }

  @Test
  void preOrderGoalsCountOrdersNotMoney() {
    Goal twoOrders = Goal.preOrders(2, usd(30));
    List<RewardTier> tiers = List.of(tier("book", 30).build());
    assertThat(endWithPledges(twoOrders, tiers, pledgeFor(1, 30, "book", day(1)), pledgeFor(2, 30, "book", day(1))))
        .isEqualTo(CampaignStatus.SUCCESSFUL);
    assertThat(endWithPledges(twoOrders, tiers, pledgeFor(1, 30, "book", day(1)), pledge(2, 5_000, day(1))))
        .as("a large pledge without a reward is not an order").isEqualTo(CampaignStatus.FAILED);
  }

  @Test
  void theEndedEventCarriesTheOutcomeSoReplayDoesNotDependOnRules() {
    Campaign live = accept(Fixtures.live(Goal.allOrNothing(usd(100)), List.of(), List.of()), pledge(1, 100, day(1)));
    Decision end = live.decide(new End(DEADLINE.plusSeconds(3_600)), Fixtures.RULES);
    assertThat(end.events()).containsExactly(
        new CampaignEvent.Ended(DEADLINE.plusSeconds(3_600), FundingOutcome.SUCCESSFUL));
  }
}
