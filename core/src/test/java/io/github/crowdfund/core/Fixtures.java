package io.github.crowdfund.core;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.YearMonth;
import java.util.List;
import org.joda.money.CurrencyUnit;
import org.joda.money.Money;

/** Example campaigns and helpers shared by the example-based tests. */
final class Fixtures {

  static final CampaignRules RULES = CampaignRules.defaults();
  static final Instant T0 = Instant.parse("2026-03-02T15:00:00Z");
  static final Duration THIRTY_DAYS = Duration.ofDays(30);
  static final Instant LAUNCH = T0.plus(Duration.ofDays(2));
  static final Instant DEADLINE = LAUNCH.plus(THIRTY_DAYS);
  static final CampaignId ID = CampaignId.of("solar-lantern");
  static final CreatorId CREATOR = CreatorId.of("lumen-works");

  private Fixtures() {}

  static Money usd(long major) {
    return Money.ofMajor(CurrencyUnit.USD, major);
  }

  static BackerId backer(long n) {
    return BackerId.of(n);
  }

  static RewardTier.Builder tier(String id, long priceUsd) {
    return RewardTier.builder().id(id).title("Tier " + id).price(usd(priceUsd))
        .estimatedDelivery(YearMonth.of(2026, 12));
  }

  static AddOn.Builder addOn(String id, long priceUsd) {
    return AddOn.builder().id(id).title("Add-on " + id).price(usd(priceUsd));
  }

  static CampaignDefinition.Builder definition(Goal goal) {
    return CampaignDefinition.builder().id(ID).creator(CREATOR).title("Solar lantern").goal(goal)
        .duration(THIRTY_DAYS);
  }

  static CampaignCommand.Create create(Goal goal, List<RewardTier> tiers, List<AddOn> addOns) {
    return new CampaignCommand.Create(T0, definition(goal).tiers(tiers).addOns(addOns).build());
  }

  static CampaignEvent.Created created(Goal goal, List<RewardTier> tiers, List<AddOn> addOns) {
    return new CampaignEvent.Created(T0, definition(goal).tiers(tiers).addOns(addOns).build());
  }

  /** A DRAFT campaign created by the default rules. */
  static Campaign draft(Goal goal, List<RewardTier> tiers, List<AddOn> addOns) {
    return Campaign.initial().apply(create(goal, tiers, addOns), RULES).orElseThrow();
  }

  /** A LIVE campaign: submitted and launched at {@link #LAUNCH}, deadline {@link #DEADLINE}. */
  static Campaign live(Goal goal, List<RewardTier> tiers, List<AddOn> addOns) {
    Campaign draft = draft(goal, tiers, addOns);
    Campaign submitted = accept(draft, new CampaignCommand.Submit(T0.plusSeconds(60)));
    return accept(submitted, new CampaignCommand.Launch(LAUNCH));
  }

  /** A LIVE all-or-nothing campaign for $10,000 with no tiers. */
  static Campaign live() {
    return live(Goal.allOrNothing(usd(10_000)), List.of(), List.of());
  }

  static Campaign accept(Campaign campaign, CampaignCommand command) {
    return campaign.apply(command, RULES).orElseThrow();
  }

  static Rejection reject(Campaign campaign, CampaignCommand command) {
    Decision decision = campaign.decide(command, RULES);
    assertThat(decision).as("decision on %s", command).isInstanceOf(Rejection.class);
    return (Rejection) decision;
  }

  static CampaignCommand.PlacePledge pledge(long backer, long usd, Instant at) {
    return new CampaignCommand.PlacePledge(Pledge.of(backer(backer), usd(usd), at));
  }

  static CampaignCommand.PlacePledge pledgeFor(long backer, long usd, String tierId, Instant at) {
    return new CampaignCommand.PlacePledge(Pledge.forReward(backer(backer), usd(usd), tierId, at));
  }

  static CampaignCommand.CancelPledge cancel(long backer, Instant at) {
    return new CampaignCommand.CancelPledge(at, backer(backer));
  }

  static Instant day(int n) {
    return LAUNCH.plus(Duration.ofDays(n));
  }
}
