package io.github.crowdfund.core;

import static io.github.crowdfund.core.Fixtures.DEADLINE;
import static io.github.crowdfund.core.Fixtures.LAUNCH;
import static io.github.crowdfund.core.Fixtures.RULES;
import static io.github.crowdfund.core.Fixtures.T0;
import static io.github.crowdfund.core.Fixtures.accept;
import static io.github.crowdfund.core.Fixtures.addOn;
import static io.github.crowdfund.core.Fixtures.backer;
import static io.github.crowdfund.core.Fixtures.cancel;
import static io.github.crowdfund.core.Fixtures.day;
import static io.github.crowdfund.core.Fixtures.pledge;
import static io.github.crowdfund.core.Fixtures.pledgeFor;
import static io.github.crowdfund.core.Fixtures.reject;
import static io.github.crowdfund.core.Fixtures.tier;
import static io.github.crowdfund.core.Fixtures.usd;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.crowdfund.core.CampaignCommand.ChangeDuration;
import io.github.crowdfund.core.CampaignCommand.ChangeGoal;
import io.github.crowdfund.core.CampaignCommand.Create;
import io.github.crowdfund.core.CampaignCommand.End;
import io.github.crowdfund.core.CampaignCommand.PlacePledge;
import io.github.crowdfund.core.CampaignCommand.PutAddOn;
import io.github.crowdfund.core.CampaignCommand.PutRewardTier;
import io.github.crowdfund.core.RuleViolation.Code;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.joda.money.CurrencyUnit;
import org.joda.money.Money;
import org.junit.jupiter.api.Test;

class CampaignRulesEnforcedTest {

  private static final Goal GOAL = Goal.allOrNothing(usd(1_000));
  private static final Instant FINAL_DAY = DEADLINE.minus(Duration.ofHours(23));

  private static Decision createLasting(Duration duration) {
    return Campaign.create(new Create(T0, Fixtures.ID, Fixtures.CREATOR, "Lantern", GOAL, duration, List.of(),
        List.of(), List.of()), RULES);
  }

  @Test
  void durationMustBeWithinOneAndSixtyDays() {
    assertThat(createLasting(Duration.ofDays(1)).isAccepted()).isTrue();
    assertThat(createLasting(Duration.ofDays(60)).isAccepted()).isTrue();
    assertThat(createLasting(Duration.ofHours(23)).violations()).extracting(RuleViolation::code)
        .containsExactly(Code.DURATION_OUT_OF_BOUNDS);
    assertThat(createLasting(Duration.ofDays(61)).violations()).extracting(RuleViolation::code)
        .containsExactly(Code.DURATION_OUT_OF_BOUNDS);
    Campaign draft = Fixtures.draft(GOAL, List.of(), List.of());
    assertThat(reject(draft, new ChangeDuration(T0, Duration.ofDays(90))).has(Code.DURATION_OUT_OF_BOUNDS))
        .isTrue();
  }

  @Test
  void goalDeadlineAndCurrencyAreLockedAfterLaunch() {
    Campaign draft = Fixtures.draft(GOAL, List.of(), List.of());
    assertThat(accept(draft, new ChangeGoal(T0, Goal.allOrNothing(usd(2_000)))).goal())
        .isEqualTo(Goal.allOrNothing(usd(2_000)));
    assertThat(accept(draft, new ChangeDuration(T0, Duration.ofDays(45))).duration()).isEqualTo(Duration.ofDays(45));
    Campaign live = Fixtures.live(GOAL, List.of(), List.of());
    assertThat(reject(live, new ChangeGoal(day(1), Goal.allOrNothing(usd(2_000)))).has(Code.GOAL_LOCKED)).isTrue();
    assertThat(reject(live, new ChangeDuration(day(1), Duration.ofDays(45))).has(Code.DEADLINE_LOCKED)).isTrue();
    Rejection currency = reject(live, new ChangeGoal(day(1), Goal.allOrNothing(Money.ofMajor(CurrencyUnit.EUR, 1))));
    assertThat(currency.has(Code.CURRENCY_LOCKED)).isTrue();
  }

  @Test
  void pledgesAreAcceptedOnlyWhileLive() {
    Campaign draft = Fixtures.draft(GOAL, List.of(), List.of());
    assertThat(reject(draft, pledge(1, 10, T0)).has(Code.NOT_LIVE)).isTrue();
    Campaign ended = accept(Fixtures.live(GOAL, List.of(), List.of()), new End(DEADLINE));
    assertThat(reject(ended, pledge(1, 10, DEADLINE.plusSeconds(1))).has(Code.NOT_LIVE)).isTrue();
  }

  @Test
  void pledgesAreAcceptedOnlyBeforeTheDeadline() {
    Campaign live = Fixtures.live(GOAL, List.of(), List.of());
    assertThat(accept(live, pledge(1, 10, DEADLINE.minusNanos(1))).backerCount()).isEqualTo(1);
    assertThat(reject(live, pledge(1, 10, DEADLINE)).violations()).extracting(RuleViolation::code)
        .containsExactly(Code.DEADLINE_PASSED);
  }

  @Test
  void pledgeAmountMustBeWithinThePledgeLimits() {
    Campaign live = Fixtures.live(GOAL, List.of(), List.of());
    assertThat(accept(live, pledge(1, 1, day(1))).totalPledged()).isEqualTo(usd(1));
    assertThat(accept(live, pledge(1, 10_000, day(1))).totalPledged()).isEqualTo(usd(10_000));
    PlacePledge tooSmall = new PlacePledge(Pledge.of(backer(1), Money.parse("USD 0.99"), day(1)));
    assertThat(reject(live, tooSmall).has(Code.PLEDGE_BELOW_MINIMUM)).isTrue();
    assertThat(reject(live, pledge(1, 10_001, day(1))).has(Code.PLEDGE_ABOVE_MAXIMUM)).isTrue();
    PlacePledge euros = new PlacePledge(Pledge.of(backer(1), Money.ofMajor(CurrencyUnit.EUR, 5), day(1)));
    assertThat(reject(live, euros).has(Code.CURRENCY_MISMATCH)).isTrue();
  }

  @Test
  void pledgeMustCoverTheTierPricePlusAddOns() {
    Campaign live = Fixtures.live(GOAL, List.of(tier("lantern", 40).build()),
        List.of(addOn("strap", 5).build()));
    Pledge exact = Pledge.forReward(backer(1), usd(50), "lantern", day(1)).withAddOns(Map.of("strap", 2));
    assertThat(accept(live, new PlacePledge(exact)).totalPledged()).isEqualTo(usd(50));
    Pledge shortOfAddOns = Pledge.forReward(backer(1), usd(49), "lantern", day(1)).withAddOns(Map.of("strap", 2));
    assertThat(reject(live, new PlacePledge(shortOfAddOns)).violations()).extracting(RuleViolation::code)
        .containsExactly(Code.PLEDGE_BELOW_REWARD_PRICE);
    assertThat(reject(live, pledgeFor(1, 39, "lantern", day(1))).has(Code.PLEDGE_BELOW_REWARD_PRICE)).isTrue();
  }

  @Test
  void pledgingWithoutARewardIsAllowed() {
    Campaign live = Fixtures.live(GOAL, List.of(tier("lantern", 40).build()), List.of());
    Campaign after = accept(live, pledge(1, 5, day(1)));
    assertThat(after.pledgeOf(backer(1)).orElseThrow().tierId()).isEmpty();
    assertThat(after.orderCount()).isZero();
  }

  @Test
  void aBackerHasOnePledgeAndChangingItSetsANewTotal() {
    Campaign live = Fixtures.live(GOAL, List.of(), List.of());
    Campaign first = accept(live, pledge(1, 100, day(1)));
    Campaign changed = accept(first, pledge(1, 30, day(2)));
    assertThat(changed.backerCount()).isEqualTo(1);
    assertThat(changed.totalPledged()).isEqualTo(usd(30));
    assertThat(changed.pledgeOf(backer(1)).orElseThrow().placedAt()).isEqualTo(day(2));
  }

  @Test
  void aBackerMayCancelThenPledgeAgain() {
    Campaign live = Fixtures.live(GOAL, List.of(), List.of());
    Campaign canceled = accept(accept(live, pledge(1, 100, day(1))), cancel(1, day(2)));
    assertThat(canceled.backerCount()).isZero();
    assertThat(canceled.pledgeOf(backer(1))).isEmpty();
    assertThat(reject(canceled, cancel(1, day(3))).has(Code.NO_PLEDGE)).isTrue();
    Campaign again = accept(canceled, pledge(1, 60, day(3)));
    assertThat(again.totalPledged()).isEqualTo(usd(60));
  }

  @Test
  void inTheFinalDayNoCancellationOrReductionTakesTheTotalBelowTheGoal() {
    Campaign funded = accept(accept(Fixtures.live(GOAL, List.of(), List.of()), pledge(1, 800, day(1))),
        pledge(2, 300, day(2)));
    assertThat(reject(funded, cancel(2, FINAL_DAY)).violations()).extracting(RuleViolation::code)
        .containsExactly(Code.FINAL_WINDOW_BELOW_GOAL);
    assertThat(reject(funded, pledge(1, 600, FINAL_DAY)).has(Code.FINAL_WINDOW_BELOW_GOAL)).isTrue();
    assertThat(accept(funded, pledge(1, 700, FINAL_DAY)).totalPledged()).isEqualTo(usd(1_000));
    assertThat(accept(funded, cancel(2, DEADLINE.minus(Duration.ofHours(25)))).totalPledged())
        .isEqualTo(usd(800));
  }

  @Test
  void inTheFinalDayACampaignAlreadyBelowItsGoalMayStillLosePledges() {
    Campaign short1 = accept(Fixtures.live(GOAL, List.of(), List.of()), pledge(1, 500, day(1)));
    assertThat(accept(short1, cancel(1, FINAL_DAY)).backerCount()).isZero();
  }

  @Test
  void aLimitedTierIsNeverOversoldAndACanceledPledgeFreesItsPlace() {
    Campaign live = Fixtures.live(GOAL, List.of(tier("early", 20).limit(2).build()), List.of());
    Campaign full = accept(accept(live, pledgeFor(1, 20, "early", day(1))), pledgeFor(2, 25, "early", day(1)));
    assertThat(full.remainingQuantity("early")).contains(0);
    assertThat(reject(full, pledgeFor(3, 20, "early", day(2))).has(Code.TIER_SOLD_OUT)).isTrue();
    assertThat(accept(full, pledgeFor(2, 30, "early", day(2))).backersOf("early"))
        .as("a backer changing the amount keeps the place").isEqualTo(2);
    Campaign freed = accept(full, cancel(1, day(2)));
    assertThat(freed.remainingQuantity("early")).contains(1);
    assertThat(accept(freed, pledgeFor(3, 20, "early", day(3))).remainingQuantity("early")).contains(0);
  }

  @Test
  void aTierIsChosenOnlyInsideItsAvailabilityWindow() {
    RewardTier earlyBird = tier("early", 20).availableFrom(day(1)).availableUntil(day(3)).build();
    Campaign live = Fixtures.live(GOAL, List.of(earlyBird), List.of());
    assertThat(reject(live, pledgeFor(1, 20, "early", day(0))).has(Code.TIER_NOT_YET_AVAILABLE)).isTrue();
    assertThat(accept(live, pledgeFor(1, 20, "early", day(1))).backersOf("early")).isEqualTo(1);
    assertThat(reject(live, pledgeFor(1, 20, "early", day(3))).has(Code.TIER_NO_LONGER_AVAILABLE)).isTrue();
  }

  @Test
  void addOnsAreCappedPerBackerAndByTheirLimit() {
    Campaign live = Fixtures.live(GOAL, List.of(), List.of(addOn("strap", 5).perBackerMaximum(3).build(),
        addOn("mug", 10).limit(4).build()));
    Pledge three = Pledge.of(backer(1), usd(15), day(1)).withAddOns(Map.of("strap", 3));
    assertThat(accept(live, new PlacePledge(three)).backerCount()).isEqualTo(1);
    Pledge four = Pledge.of(backer(1), usd(20), day(1)).withAddOns(Map.of("strap", 4));
    assertThat(reject(live, new PlacePledge(four)).has(Code.ADD_ON_ABOVE_BACKER_MAXIMUM)).isTrue();
    Campaign mugs = accept(live, new PlacePledge(Pledge.of(backer(1), usd(30), day(1)).withAddOns(Map.of("mug", 3))));
    Pledge twoMore = Pledge.of(backer(2), usd(20), day(1)).withAddOns(Map.of("mug", 2));
    assertThat(reject(mugs, new PlacePledge(twoMore)).has(Code.ADD_ON_SOLD_OUT)).isTrue();
    Pledge changeToFour = Pledge.of(backer(1), usd(40), day(2)).withAddOns(Map.of("mug", 4));
    assertThat(accept(mugs, new PlacePledge(changeToFour)).backerCount()).isEqualTo(1);
  }

  @Test
  void anAddOnAllowingMoreThanTheRulesCapIsRejected() {
    Campaign draft = Fixtures.draft(GOAL, List.of(), List.of());
    assertThat(reject(draft, new PutAddOn(T0, addOn("pin", 1).perBackerMaximum(11).build()))
        .has(Code.ADD_ON_CAP_EXCEEDED)).isTrue();
  }

  @Test
  void theBackersShippingCountryMustBeServedByTheTier() {
    RewardTier euOnly = tier("eu", 30).addShipsTo("DE", "FR").build();
    Campaign live = Fixtures.live(GOAL, List.of(euOnly, tier("digital", 10).build()), List.of());
    Pledge toFrance = Pledge.forReward(backer(1), usd(30), "eu", day(1)).shippingTo("FR");
    assertThat(accept(live, new PlacePledge(toFrance)).pledgeOf(backer(1)).orElseThrow().shippingCountry())
        .contains("FR");
    Pledge toJapan = Pledge.forReward(backer(1), usd(30), "eu", day(1)).shippingTo("JP");
    assertThat(reject(live, new PlacePledge(toJapan)).has(Code.SHIPPING_COUNTRY_NOT_SERVED)).isTrue();
    assertThat(reject(live, pledgeFor(1, 30, "eu", day(1))).has(Code.SHIPPING_COUNTRY_REQUIRED)).isTrue();
    Pledge digitalToJapan = Pledge.forReward(backer(1), usd(10), "digital", day(1)).shippingTo("JP");
    assertThat(accept(live, new PlacePledge(digitalToJapan)).backerCount()).isEqualTo(1);
  }

  @Test
  void aRewardTierThatHasBackersCannotBeRepriced() {
    Campaign live = Fixtures.live(GOAL, List.of(tier("lantern", 40).build(), tier("pair", 70).build()), List.of());
    Campaign backed = accept(live, pledgeFor(1, 40, "lantern", day(1)));
    assertThat(reject(backed, new PutRewardTier(day(2), tier("lantern", 35).build())).has(Code.TIER_HAS_BACKERS))
        .isTrue();
    assertThat(accept(backed, new PutRewardTier(day(2), tier("pair", 65).build())).tiers().get(1).price())
        .isEqualTo(usd(65));
    assertThat(accept(backed, new PutRewardTier(day(2), tier("lantern", 40).limit(5).build()))
        .remainingQuantity("lantern")).contains(4);
  }

  @Test
  void anAddOnThatBackersTookCannotBeRepriced() {
    Campaign live = Fixtures.live(GOAL, List.of(), List.of(addOn("strap", 5).build()));
    Campaign taken = accept(live, new PlacePledge(Pledge.of(backer(1), usd(10), day(1)).withAddOns(Map.of("strap", 1))));
    assertThat(reject(taken, new PutAddOn(day(2), addOn("strap", 6).build())).has(Code.TIER_HAS_BACKERS)).isTrue();
    assertThat(accept(live, new PutAddOn(day(2), addOn("strap", 6).build())).addOns().get(0).price())
        .isEqualTo(usd(6));
  }

  @Test
  void aTierLimitCannotGoBelowThePlacesTaken() {
    Campaign live = Fixtures.live(GOAL, List.of(tier("lantern", 40).build()), List.of());
    Campaign backed = accept(accept(live, pledgeFor(1, 40, "lantern", day(1))), pledgeFor(2, 40, "lantern", day(1)));
    assertThat(reject(backed, new PutRewardTier(day(2), tier("lantern", 40).limit(1).build()))
        .has(Code.LIMIT_BELOW_TAKEN)).isTrue();
  }

  @Test
  void aTierCannotCostMoreThanTheMaximumPledge() {
    Campaign draft = Fixtures.draft(GOAL, List.of(), List.of());
    assertThat(reject(draft, new PutRewardTier(T0, tier("gold", 10_001).build()))
        .has(Code.TIER_PRICE_ABOVE_MAXIMUM)).isTrue();
  }

  @Test
  void endingBeforeTheDeadlineIsRejected() {
    Campaign live = Fixtures.live(GOAL, List.of(), List.of());
    assertThat(reject(live, new End(DEADLINE.minusSeconds(1))).violations()).extracting(RuleViolation::code)
        .containsExactly(Code.DEADLINE_NOT_REACHED);
    assertThat(accept(live, new End(DEADLINE)).status()).isEqualTo(CampaignStatus.FAILED);
  }

  @Test
  void aRejectionListsEveryRuleBrokenAndChangesNothing() {
    Campaign live = Fixtures.live(GOAL, List.of(tier("eu", 30).addShipsTo("DE").build()), List.of());
    Pledge bad = new Pledge(backer(1), usd(20_000), Optional.of("eu"), Map.of("nope", 1), Optional.of("JP"),
        DEADLINE);
    Rejection rejection = reject(live, new PlacePledge(bad));
    assertThat(rejection.violations()).extracting(RuleViolation::code).containsExactlyInAnyOrder(
        Code.DEADLINE_PASSED, Code.PLEDGE_ABOVE_MAXIMUM, Code.SHIPPING_COUNTRY_NOT_SERVED, Code.UNKNOWN_ADD_ON);
    assertThat(rejection.events()).isEmpty();
    assertThat(rejection.violations()).allSatisfy(v -> assertThat(v.message()).isNotBlank());
    assertThat(live).isEqualTo(Fixtures.live(GOAL, List.of(tier("eu", 30).addShipsTo("DE").build()),
        List.of()));
  }

  @Test
  void aCampaignDefinitionInAnotherCurrencyOrWithDuplicateIdsIsRejected() {
    Create euro = new Create(T0, Fixtures.ID, Fixtures.CREATOR, "Lantern",
        Goal.allOrNothing(Money.ofMajor(CurrencyUnit.EUR, 500)), Duration.ofDays(30), List.of(),
        List.of(tier("a", 10).build(), tier("a", 20).build()), List.of());
    assertThat(Campaign.create(euro, RULES).violations()).extracting(RuleViolation::code)
        .contains(Code.CURRENCY_NOT_SUPPORTED, Code.CURRENCY_MISMATCH, Code.DUPLICATE_ID);
    Create stretch = new Create(T0, Fixtures.ID, Fixtures.CREATOR, "Lantern", GOAL, Duration.ofDays(30),
        List.of(StretchGoal.of(usd(2_000), "colour"), StretchGoal.of(usd(1_500), "strap")), List.of(), List.of());
    assertThat(Campaign.create(stretch, RULES).violations()).extracting(RuleViolation::code)
        .containsExactly(Code.STRETCH_GOALS_NOT_ASCENDING);
  }

  @Test
  void launchChecksTheDurationAgainstTheRulesInForce() {
    Campaign submitted = accept(Fixtures.draft(GOAL, List.of(), List.of()), new CampaignCommand.Submit(T0));
    CampaignRules tenDays = new DelegatingRules(RULES) {
      @Override
      public Duration maximumDuration() {
        return Duration.ofDays(10);
      }
    };
    assertThat(submitted.decide(new CampaignCommand.Launch(LAUNCH), tenDays).violations())
        .extracting(RuleViolation::code).containsExactly(Code.DURATION_OUT_OF_BOUNDS);
  }
}
