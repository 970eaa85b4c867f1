package io.github.crowdfund.examples;

import io.github.crowdfund.core.BackerId;
import io.github.crowdfund.core.Campaign;
import io.github.crowdfund.core.CampaignCommand.CancelPledge;
import io.github.crowdfund.core.CampaignCommand.Create;
import io.github.crowdfund.core.CampaignCommand.PlacePledge;
import io.github.crowdfund.core.CampaignDefinition;
import io.github.crowdfund.core.CampaignId;
import io.github.crowdfund.core.CampaignRules;
import io.github.crowdfund.core.Country;
import io.github.crowdfund.core.CreatorId;
import io.github.crowdfund.core.Decision;
import io.github.crowdfund.core.Goal;
import io.github.crowdfund.core.Pledge;
import io.github.crowdfund.core.RewardTier;
import io.github.crowdfund.core.settlement.Settlement;
import io.github.crowdfund.core.StretchGoal;
import io.github.crowdfund.markets.Platform;
import io.github.crowdfund.markets.PlatformRules;
import java.math.RoundingMode;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.joda.money.CurrencyUnit;
import org.joda.money.Money;

/**
 * The 7th Continent, 2015: a French board game in EUR with a EUR 50,000 goal; stretch goals unlock as EUR 1,224,220
 * arrives from 12,103 backers. In the final 24 hours a cancellation is accepted because the campaign stays far above
 * its goal; on a campaign that only just made its goal, the same rule refuses a cancellation that would take it below
 * and accepts one that would not. The goal, total and backers are the campaign's published figures; the launch day,
 * reward tiers, the split of backers across them and the stretch goals are made up for the example.
 */
final class SeventhContinent implements Scenario {

  static final LocalDate LAUNCH_DAY = LocalDate.of(2015, 9, 29);
  private static final CurrencyUnit EUR = CurrencyUnit.EUR;
  private static final Money GOAL = Money.ofMajor(EUR, 50_000);
  private static final Duration DURATION = Duration.ofDays(30);

  private static final List<StretchGoal> STRETCH_GOALS = List.of(
      StretchGoal.of(Money.ofMajor(EUR, 100_000), "a second curse in the box"),
      StretchGoal.of(Money.ofMajor(EUR, 250_000), "upgraded card stock"),
      StretchGoal.of(Money.ofMajor(EUR, 500_000), "a new island to explore"),
      StretchGoal.of(Money.ofMajor(EUR, 750_000), "sculpted explorer figures"),
      StretchGoal.of(Money.ofMajor(EUR, 1_000_000), "a solo campaign book"));

  private static final List<RewardTier> TIERS = List.of(
      tier("early-bird", "Early bird edition", 49, 2_000),
      tier("classic", "The 7th Continent", 69, 0),
      tier("deluxe", "Deluxe edition with the expansions", 119, 0),
      tier("group", "Gaming group pack", 320, 0),
      tier("collector", "Collector's pledge", 1_240, 0));

  /** How many backers chose each tier; together 12,103 backers and EUR 1,224,220. */
  private static final int[] BACKERS = {2_000, 4_000, 5_500, 600, 3};

  /**
   * A stretch goal and when it was reached.
   *
   * @param goal the stretch goal
   * @param backers how many backers had pledged when it was reached
   * @param day the day it was reached (UTC)
   */
  record Unlock(StretchGoal goal, int backers, LocalDate day) {}

  /**
   * What happened.
   *
   * @param campaign the real campaign after its end
   * @param unlocks the stretch goals in the order they were reached
   * @param lateCancellation a backer's cancellation in the final 24 hours, far above the goal
   * @param barelyFunded the made-up campaign that only just reached its goal, at the start of its final 24 hours
   * @param cancelBelowGoal a cancellation on it that would take it below its goal
   * @param cancelAboveGoal a cancellation on it that would not
   * @param settlement the real campaign settled under Kickstarter's EUR fees
   */
  record Result(Campaign campaign, List<Unlock> unlocks, Decision lateCancellation, Campaign barelyFunded,
      Decision cancelBelowGoal, Decision cancelAboveGoal, Settlement<BackerId> settlement) implements Report {

    @Override
    public String text() {
      StringBuilder out = new StringBuilder();
      out.append("Serious Poulp launches in France on ").append(LAUNCH_DAY).append(": ")
          .append(campaign.duration().toDays()).append(" days, goal ").append(Text.money(GOAL))
          .append(" all-or-nothing\n");
      out.append("(Goal, total and backers are the campaign's published figures; the launch day, tiers and stretch\n"
          + "goals are made up.)\n");
      Text.Table stretch = Text.Table.of("stretch goal", "threshold", "reached on", "backers by then");
      for (Unlock unlock : unlocks) {
        stretch.row(unlock.goal().description(), Text.money(unlock.goal().threshold()), unlock.day(),
            String.format("%,d", unlock.backers()));
      }
      out.append(stretch.render());
      out.append("Final 24 hours: backer 12104 cancels a ").append(Text.money(Money.ofMajor(EUR, 69))).append(" pledge: ")
          .append(lateCancellation.isAccepted() ? "accepted" : "refused").append(" (the total stays far above the "
              + "goal)\n");
      out.append("Ended ").append(campaign.status()).append(": ").append(Text.money(campaign.totalPledged()))
          .append(" from ").append(String.format("%,d", campaign.backerCount())).append(" backers, ")
          .append(campaign.percentFunded(0, RoundingMode.DOWN)).append("% of the goal; ")
          .append(campaign.stretchGoalsReached().size()).append(" of ").append(campaign.stretchGoals().size())
          .append(" stretch goals reached\n");
      out.append("If it had only just made its goal (").append(Text.money(barelyFunded.totalPledged()))
          .append(" from ").append(barelyFunded.backerCount()).append(" backers), in the final 24 hours:\n");
      out.append("  cancelling a ").append(Text.money(Money.ofMajor(EUR, 119))).append(" pledge: ")
          .append(cancelBelowGoal.isAccepted() ? "accepted" : "refused").append('\n');
      cancelBelowGoal.violations().forEach(v -> out.append("    ").append(v.code()).append(": ")
          .append(v.message()).append('\n'));
      out.append("  cancelling a ").append(Text.money(Money.ofMajor(EUR, 69))).append(" pledge: ")
          .append(cancelAboveGoal.isAccepted() ? "accepted" : "refused").append(" (")
          .append(Text.money(barelyFunded.totalPledged().minus(Money.ofMajor(EUR, 69)))).append(" stays above the goal)\n");
      out.append("Settlement under Kickstarter's EUR fees (5%; processing 3% + EUR 0.20, medium confidence):\n");
      out.append(Stories.settlementTable(settlement));
      return out.toString();
    }
  }

  @Override
  public String title() {
    return "The 7th Continent, 2015: stretch goals and the final 24 hours";
  }

  @Override
  public Result run() {
    PlatformRules kickstarterFrance = Platform.kickstarter().rules(Country.of("FR"), EUR, LAUNCH_DAY);
    CampaignRules rules = kickstarterFrance;
    Instant launch = LAUNCH_DAY.atTime(16, 0).toInstant(ZoneOffset.UTC);
    Instant lastDay = launch.plus(DURATION).minus(Duration.ofHours(12));

    StoryCampaign run = StoryCampaign.launch(create("the-7th-continent", STRETCH_GOALS, launch), launch, rules);
    int total = 0;
    for (int count : BACKERS) {
      total += count;
    }
    Duration step = DURATION.minus(Duration.ofDays(1)).dividedBy(total + 2);
    List<Unlock> unlocks = new ArrayList<>();
    int backer = 0;
    for (int t = 0; t < TIERS.size(); t++) {
      RewardTier tier = TIERS.get(t);
      for (int i = 0; i < BACKERS[t]; i++) {
        backer++;
        Instant at = launch.plus(step.multipliedBy(backer));
        run.require(new PlacePledge(Pledge.forReward(BackerId.of(backer), tier.price(), tier.id(), at)));
        List<StretchGoal> reached = run.campaign().stretchGoalsReached();
        if (reached.size() > unlocks.size()) {
          unlocks.add(new Unlock(reached.get(reached.size() - 1), backer,
              at.atOffset(ZoneOffset.UTC).toLocalDate()));
        }
      }
    }
    BackerId lateBacker = BackerId.of(backer + 1L);
    run.require(new PlacePledge(Pledge.forReward(lateBacker, Money.ofMajor(EUR, 69), "classic",
        launch.plus(step.multipliedBy(backer + 1L)))));
    Decision lateCancellation = run.submit(new CancelPledge(lastDay, lateBacker));
    run.end();
    Campaign ended = run.collect(Set.of(), Set.of());
    Settlement<BackerId> settlement = Settlement.of(ended, kickstarterFrance);

    // A made-up campaign under the same rules that only just reaches its goal: 700 x 69 + 15 x 119 = 50,085.
    StoryCampaign barely = StoryCampaign.launch(create("barely-funded", List.of(), launch), launch, rules);
    for (int i = 1; i <= 715; i++) {
      RewardTier tier = TIERS.get(i <= 700 ? 1 : 2);
      barely.require(new PlacePledge(Pledge.forReward(BackerId.of(i), tier.price(), tier.id(),
          launch.plus(Duration.ofMinutes(30L * i)))));
    }
    Campaign barelyFunded = barely.campaign();
    Decision cancelBelowGoal = barely.submit(new CancelPledge(lastDay, BackerId.of(715)));
    Decision cancelAboveGoal = barely.submit(new CancelPledge(lastDay, BackerId.of(1)));
    return new Result(ended, List.copyOf(unlocks), lateCancellation, barelyFunded, cancelBelowGoal, cancelAboveGoal,
        settlement);
  }

  private static Create create(String id, List<StretchGoal> stretchGoals, Instant launch) {
    return new Create(launch.minus(Duration.ofDays(10)), CampaignDefinition.builder().id(id).creator("serious-poulp")
        .title("The 7th Continent").goal(Goal.allOrNothing(GOAL)).duration(DURATION).stretchGoals(stretchGoals)
        .tiers(TIERS).build());
  }

  private static RewardTier tier(String id, String title, int euros, int limit) {
    return Stories.tier(EUR, id, title, euros, limit, YearMonth.of(2016, 9));
  }
}
