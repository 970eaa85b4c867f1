package io.github.crowdfund.examples;

import io.github.crowdfund.core.BackerId;
import io.github.crowdfund.core.Campaign;
import io.github.crowdfund.core.CampaignCommand.Create;
import io.github.crowdfund.core.CampaignCommand.PlacePledge;
import io.github.crowdfund.core.CampaignDefinition;
import io.github.crowdfund.core.CampaignId;
import io.github.crowdfund.core.Country;
import io.github.crowdfund.core.CreatorId;
import io.github.crowdfund.core.Goal;
import io.github.crowdfund.core.Pledge;
import io.github.crowdfund.core.RewardTier;
import io.github.crowdfund.core.settlement.Settlement;
import io.github.crowdfund.markets.CreatorProfile;
import io.github.crowdfund.markets.CreatorProfile.Entity;
import io.github.crowdfund.markets.CreatorProfile.Individual;
import io.github.crowdfund.markets.Eligibility;
import io.github.crowdfund.markets.EligibilityDecision;
import io.github.crowdfund.markets.Platform;
import io.github.crowdfund.markets.PlatformRules;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.joda.money.CurrencyUnit;
import org.joda.money.Money;

/**
 * Giroptic's 360cam, 2014: a French creator, refused before Kickstarter opened to France on 2015-05-27, launches as a
 * US entity a 45-day USD campaign (goal $150,000) that raises $1,419,068 from 3,916 backers, and settles under
 * Kickstarter's US fees. The goal, dates, backers and total are the campaign's published figures; the split of
 * backers across reward tiers is made up so that it adds up to them.
 */
final class Giroptic360cam implements Scenario {

  static final LocalDate LAUNCH_DAY = LocalDate.of(2014, 5, 20);
  private static final CurrencyUnit USD = CurrencyUnit.USD;

  /** The reward tiers and how many backers chose each; together 3,916 backers and USD 1,419,068. */
  private static final List<TierCount> TIERS = List.of(
      new TierCount(tier("early-bird", "Early bird 360cam", 249, 1000), 1000),
      new TierCount(tier("camera", "360cam", 299, 0), 2000),
      new TierCount(tier("camera-mount", "360cam with mounts", 449, 0), 700),
      new TierCount(tier("developer", "Developer kit", 999, 0), 200),
      new TierCount(tier("partner", "Partner pack", 3600, 0), 15),
      new TierCount(tier("founder", "Founder pack", 3968, 1), 1));

  /** The first of the 20 backers whose card is declined: the last 20 of the 2,000 who chose the 360cam tier. */
  private static final long FIRST_DECLINED = 1_000 + 2_000 - 20 + 1;

  /** A reward tier and the number of backers who chose it. */
  record TierCount(RewardTier tier, int backers) {}

  /**
   * What happened.
   *
   * @param asIndividual the French creator checked as an individual in France on the launch day
   * @param asUsEntity the creator checked through Giroptic's US entity in the United States on the launch day
   * @param campaign the campaign after its end
   * @param settlement where the money went
   */
  record Result(EligibilityDecision asIndividual, EligibilityDecision asUsEntity, Campaign campaign,
      Settlement<BackerId> settlement) implements Report {

    @Override
    public String text() {
      StringBuilder out = new StringBuilder();
      out.append("A French creator asks Kickstarter to launch in France on ").append(LAUNCH_DAY).append(": ")
          .append(asIndividual.eligible() ? "eligible" : "refused").append('\n');
      asIndividual.reasons().forEach(r -> out.append("  ").append(r).append('\n'));
      out.append("Through Giroptic's US entity, in the United States: ")
          .append(asUsEntity.eligible() ? "eligible" : "refused").append(", project currency ")
          .append(asUsEntity.currency()).append(", pledges ")
          .append(asUsEntity.pledgeLimits().map(l -> Text.money(l.minimum()) + " to " + Text.money(l.maximum()))
              .orElse("(limits unknown)"))
          .append('\n');
      out.append("Campaign: ").append(campaign.duration().toDays()).append(" days, ")
          .append(campaign.launchedAt().orElseThrow().atOffset(ZoneOffset.UTC).toLocalDate()).append(" to ")
          .append(campaign.deadline().orElseThrow().atOffset(ZoneOffset.UTC).toLocalDate()).append(", goal ")
          .append(Text.money(((Goal.MoneyGoal) campaign.goal()).target())).append(" all-or-nothing\n");
      Text.Table tiers = Text.Table.of("reward tier", "price", "backers", "pledged");
      for (TierCount t : TIERS) {
        int backers = campaign.backersOf(t.tier().id());
        tiers.row(t.tier().title(), Text.money(t.tier().price()), backers,
            Text.money(t.tier().price().multipliedBy(backers)));
      }
      out.append(tiers.render());
      out.append("(Goal, dates, backers and total are the campaign's published figures; the tiers and the split of\n"
          + "backers across them are made up so that they add up.)\n");
      out.append("Ended ").append(campaign.status()).append(": ").append(Text.money(campaign.totalPledged()))
          .append(" from ").append(String.format("%,d", campaign.backerCount())).append(" backers, ")
          .append(campaign.percentFunded(0, java.math.RoundingMode.DOWN)).append("% of the goal\n");
      out.append("Charged the day after the deadline: 20 cards declined, 15 fixed within the retry window, 5 pledges\n"
          + "dropped when it closed. Settlement under Kickstarter's US fees (5% platform fee on success;\n"
          + "processing 3% + USD 0.20, under USD 10: 5% + USD 0.05):\n");
      out.append(Stories.settlementTable(settlement));
      return out.toString();
    }
  }

  @Override
  public String title() {
    return "Giroptic 360cam, 2014: a French camera launched from the United States";
  }

  @Override
  public Result run() {
    Individual creator = Stories.residentOf(Country.of("FR"), "EUR", LocalDate.of(1978, 2, 1));
    Entity usEntity = Stories.usCompany("Giroptic US");
    Eligibility kickstarter = Eligibility.kickstarter();
    EligibilityDecision asIndividual = kickstarter.check(creator, Country.of("FR"), LAUNCH_DAY);
    EligibilityDecision asUsEntity =
        kickstarter.check(new CreatorProfile.ThroughPartner(creator, usEntity), Country.of("US"), LAUNCH_DAY);

    PlatformRules rules = Platform.kickstarter().rules(Country.of("US"), asUsEntity.currency(), LAUNCH_DAY);
    Instant launch = LAUNCH_DAY.atTime(15, 0).toInstant(ZoneOffset.UTC);
    Create create = new Create(launch.minus(Duration.ofDays(14)), CampaignDefinition.builder().id("360cam")
        .creator("giroptic-us").title("360cam: the first full HD 360° camera")
        .goal(Goal.allOrNothing(Money.ofMajor(USD, 150_000))).duration(Duration.ofDays(45))
        .tiers(TIERS.stream().map(TierCount::tier).toList()).build());
    StoryCampaign run = StoryCampaign.launch(create, launch, rules);

    int total = TIERS.stream().mapToInt(TierCount::backers).sum();
    Duration step = Duration.ofDays(45).dividedBy(total + 1);
    long backer = 0;
    for (TierCount t : TIERS) {
      for (int i = 0; i < t.backers(); i++) {
        backer++;
        run.require(new PlacePledge(Pledge.forReward(BackerId.of(backer), t.tier().price(), t.tier().id(),
            launch.plus(step.multipliedBy(backer)))));
      }
    }
    run.end();
    // The 20 last backers of the 360cam tier find their card declined; 15 fix it within the retry window.
    Set<BackerId> declined = new LinkedHashSet<>();
    Set<BackerId> fixed = new LinkedHashSet<>();
    for (long b = FIRST_DECLINED; b < FIRST_DECLINED + 20; b++) {
      declined.add(BackerId.of(b));
      if (b < FIRST_DECLINED + 15) {
        fixed.add(BackerId.of(b));
      }
    }
    Campaign ended = run.collect(declined, fixed);
    return new Result(asIndividual, asUsEntity, ended, Settlement.of(ended, rules));
  }

  private static RewardTier tier(String id, String title, int dollars, int limit) {
    return Stories.tier(USD, id, title, dollars, limit, YearMonth.of(2014, 11));
  }
}
