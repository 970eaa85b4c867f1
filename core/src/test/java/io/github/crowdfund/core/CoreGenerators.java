package io.github.crowdfund.core;

import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import java.time.Duration;
import java.time.Instant;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.joda.money.CurrencyUnit;
import org.joda.money.Money;
import org.quicktheories.api.Pair;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

/**
 * The one place for QuickTheories generators of this module: random command sequences, valid and invalid, against
 * the {@link #liveCampaign()} used by the property tests.
 */
final class CoreGenerators {

  static final Instant LAUNCH = Instant.parse("2026-05-01T12:00:00Z");
  static final Duration DURATION = Duration.ofDays(20);
  static final Instant DEADLINE = LAUNCH.plus(DURATION);
  static final Money GOAL = usd(500);
  static final RewardTier EARLY = early(usd(20));
  static final RewardTier EUROPE = RewardTier.builder().id("europe").title("Shipped in Europe").price(usd(50))
      .addShipsTo("DE", "FR").estimatedDelivery(YearMonth.of(2026, 11)).build();
  static final AddOn STRAP = AddOn.builder().id("strap").title("Strap").price(usd(5)).perBackerMaximum(4).build();
  static final AddOn MUG = AddOn.builder().id("mug").title("Mug").price(usd(10)).limit(5).build();

  private static final List<Optional<String>> TIERS =
      List.of(Optional.empty(), Optional.of("early"), Optional.of("early"), Optional.of("europe"), Optional.of("nope"));
  private static final List<Optional<String>> COUNTRIES =
      List.of(Optional.empty(), Optional.of("DE"), Optional.of("FR"), Optional.of("JP"));
  private static final List<Map<String, Integer>> ADD_ONS = List.of(Map.of(), Map.of("strap", 2),
      Map.of("strap", 5), Map.of("mug", 2), Map.of("mug", 4, "strap", 1), Map.of("lamp", 1));

  private CoreGenerators() {}

  static Money usd(long major) {
    return Money.ofMajor(CurrencyUnit.USD, major);
  }

  /** The early-bird tier (three places, first five days) at a given price. */
  static RewardTier early(Money price) {
    return RewardTier.builder().id("early").title("Early bird").price(price).limit(3)
        .availableUntil(LAUNCH.plus(Duration.ofDays(5))).estimatedDelivery(YearMonth.of(2026, 10)).build();
  }

  /** A LIVE all-or-nothing campaign for $500, 20 days, with tiers {@link #EARLY} and {@link #EUROPE}. */
  static Campaign liveCampaign() {
    Campaign draft = Campaign.of(new CampaignEvent.Created(LAUNCH.minus(Duration.ofDays(3)), CampaignId.of("p"),
        CreatorId.of("c"), "Property campaign", Goal.allOrNothing(GOAL), DURATION, List.of(),
        List.of(EARLY, EUROPE), List.of(STRAP, MUG)));
    return draft.evolve(List.of(new CampaignEvent.Submitted(LAUNCH.minusSeconds(60)),
        new CampaignEvent.Launched(LAUNCH, DEADLINE)));
  }

  /** Instants around the campaign, weighted towards the early-bird days, the final day and the deadline. */
  static Gen<Instant> instants() {
    Gen<Instant> anyTime = integers().between(-86_400, (int) DURATION.getSeconds() + 86_400)
        .map(s -> LAUNCH.plusSeconds(s));
    Gen<Instant> finalDay = integers().between(-90_000, 3_600).map(s -> DEADLINE.plusSeconds(s));
    Gen<Instant> earlyBird = integers().between(0, 6 * 86_400).map(s -> LAUNCH.plusSeconds(s));
    return Generate.frequency(List.of(Pair.of(2, anyTime), Pair.of(2, earlyBird), Pair.of(3, finalDay)));
  }

  /** Pledges from a handful of backers, mostly valid, some breaking one rule or several. */
  static Gen<CampaignCommand> pledges() {
    Gen<Integer> backers = integers().between(0, 7);
    Gen<Integer> dollars = integers().between(0, 400).map(d -> d == 0 ? 20_000 : d);
    Gen<Pledge> withoutExtras = backers.zip(dollars, Generate.pick(TIERS), instants(),
        (backer, amount, tier, at) -> new Pledge(BackerId.of(backer), usd(amount), tier, Map.of(), Optional.empty(),
            at));
    return withoutExtras.zip(Generate.pick(ADD_ONS), Generate.pick(COUNTRIES),
        (pledge, addOns, country) -> new CampaignCommand.PlacePledge(
            new Pledge(pledge.backer(), pledge.amount(), pledge.tierId(), addOns, country, pledge.placedAt())));
  }

  /** Any command a live campaign may receive, pledges being the most frequent. */
  static Gen<CampaignCommand> commands() {
    Gen<CampaignCommand> cancels = integers().between(0, 7).zip(instants(),
        (backer, at) -> new CampaignCommand.CancelPledge(at, BackerId.of(backer)));
    Gen<CampaignCommand> ends = instants().map(CampaignCommand.End::new);
    Gen<CampaignCommand> reprices = integers().between(15, 25).zip(instants(),
        (price, at) -> new CampaignCommand.PutRewardTier(at, early(usd(price))));
    Gen<CampaignCommand> creatorCancels = instants().map(CampaignCommand.Cancel::new);
    return Generate.frequency(List.of(Pair.of(12, pledges()), Pair.of(4, cancels), Pair.of(1, ends),
        Pair.of(1, reprices), Pair.of(1, creatorCancels)));
  }

  /**
   * Edits of a pledge trie: each a key (clustered, so that leaves split and collapse) and whether to remove it
   * (negative) or put it.
   */
  static Gen<List<Long>> trieEdits() {
    Gen<Long> near = integers().between(-2_000, 2_000).map(Integer::longValue);
    Gen<Long> far = integers().between(-1_000, 1_000).map(k -> (long) k << 33);
    return lists().of(Generate.frequency(List.of(Pair.of(4, near), Pair.of(1, far)))).ofSizeBetween(0, 400);
  }

  /** Sequences of up to 40 commands. */
  static Gen<List<CampaignCommand>> commandSequences() {
    return lists().of(commands()).ofSizeBetween(1, 40);
  }
}
