package io.github.crowdfund.core;

import static io.github.crowdfund.core.DeciderSpec.given;
import static io.github.crowdfund.core.DeciderSpec.placed;
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
    return Campaign.initial().decide(new Create(T0, Fixtures.definition(GOAL).duration(duration).build()), RULES);
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

  private static final List<CampaignEvent> LIVE = DeciderSpec.liveHistory(GOAL, List.of());
  private static final CampaignEvent.PledgePlaced ONE_800 = placed(1, usd(800), day(1));
  private static final CampaignEvent.PledgePlaced TWO_300 = placed(2, usd(300), day(2));

  /** KissKissBankBank's shape of the final window: no cancelling or reducing at all in the last 24 hours. */
  private static final CampaignRules NO_CANCEL_IN_FINAL_DAY = new DelegatingRules(RULES) {
    @Override
    public FinalWindowRule finalWindowRule() {
      return FinalWindowRule.NO_CANCEL_OR_REDUCE;
    }
  };

  @Test
  void pledgesAreAcceptedOnlyWhileLive() {
    given(Fixtures.created(GOAL, List.of(), List.of())).when(pledge(1, 10, T0)).thenRejected(Code.NOT_LIVE);
    given(LIVE, new CampaignEvent.Ended(DEADLINE, FundingOutcome.FAILED))
        .when(pledge(1, 10, DEADLINE.plusSeconds(1))).thenRejected(Code.NOT_LIVE, Code.DEADLINE_PASSED);
  }

  @Test
  void pledgesAreAcceptedOnlyBeforeTheDeadline() {
    given(LIVE).when(pledge(1, 10, DEADLINE.minusNanos(1))).then(placed(1, usd(10), DEADLINE.minusNanos(1)));
    given(LIVE).when(pledge(1, 10, DEADLINE)).thenRejected(Code.DEADLINE_PASSED);
  }

  @Test
  void aPledgeDatedBeforeTheLaunchIsRejectedOnALiveCampaign() {
    given(LIVE).when(pledge(1, 10, LAUNCH.minusSeconds(1))).thenRejected(Code.BEFORE_LAUNCH);
    given(LIVE, placed(1, usd(10), LAUNCH)).when(cancel(1, LAUNCH.minusSeconds(1)))
        .thenRejected(Code.BEFORE_LAUNCH);
    given(LIVE).when(pledge(1, 10, LAUNCH)).then(placed(1, usd(10), LAUNCH));
  }

  @Test
  void pledgeAmountMustBeWithinThePledgeLimits() {
    given(LIVE).when(pledge(1, 1, day(1))).then(placed(1, usd(1), day(1)));
    given(LIVE).when(pledge(1, 10_000, day(1))).then(placed(1, usd(10_000), day(1)));
    given(LIVE).when(new PlacePledge(Pledge.of(backer(1), Money.parse("USD 0.99"), day(1))))
        .thenRejected(Code.PLEDGE_BELOW_MINIMUM);
    given(LIVE).when(pledge(1, 10_001, day(1))).thenRejected(Code.PLEDGE_ABOVE_MAXIMUM);
    given(LIVE).when(new PlacePledge(Pledge.of(backer(1), Money.ofMajor(CurrencyUnit.EUR, 5), day(1))))
        .thenRejected(Code.CURRENCY_MISMATCH);
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
    Campaign changed = given(LIVE, placed(1, usd(100), day(1))).when(pledge(1, 30, day(2)))
        .then(placed(1, usd(30), day(2)));
    assertThat(changed.backerCount()).isEqualTo(1);
    assertThat(changed.totalPledged()).isEqualTo(usd(30));
    assertThat(changed.pledgeOf(backer(1)).orElseThrow().placedAt()).isEqualTo(day(2));
  }

  @Test
  void aBackerMayCancelThenPledgeAgain() {
    CampaignEvent canceled = new CampaignEvent.PledgeCanceled(day(2), backer(1));
    given(LIVE, placed(1, usd(100), day(1))).when(cancel(1, day(2))).then(canceled);
    given(LIVE, placed(1, usd(100), day(1)), canceled).when(cancel(1, day(3))).thenRejected(Code.NO_PLEDGE);
    given(LIVE, placed(1, usd(100), day(1)), canceled).when(pledge(1, 60, day(3)))
        .then(placed(1, usd(60), day(3)));
  }

  @Test
  void inTheFinalDayNoCancellationOrReductionTakesTheTotalBelowTheGoal() {
    given(LIVE, ONE_800, TWO_300).when(cancel(2, FINAL_DAY)).thenRejected(Code.FINAL_WINDOW_BELOW_GOAL);
    given(LIVE, ONE_800, TWO_300).when(pledge(1, 600, FINAL_DAY)).thenRejected(Code.FINAL_WINDOW_BELOW_GOAL);
    given(LIVE, ONE_800, TWO_300).when(pledge(1, 700, FINAL_DAY)).then(placed(1, usd(700), FINAL_DAY));
    Instant dayBefore = DEADLINE.minus(Duration.ofHours(25));
    given(LIVE, ONE_800, TWO_300).when(cancel(2, dayBefore))
        .then(new CampaignEvent.PledgeCanceled(dayBefore, backer(2)));
  }

  @Test
  void inTheFinalDayACampaignAlreadyBelowItsGoalMayStillLosePledges() {
    given(LIVE, placed(1, usd(500), day(1))).when(cancel(1, FINAL_DAY))
        .then(new CampaignEvent.PledgeCanceled(FINAL_DAY, backer(1)));
  }

  @Test
  void underNoCancelRulesNoPledgeIsCanceledOrReducedInTheFinalDayWhateverTheTotal() {
    // KissKissBankBank: EUR 1,600 pledged on a 1,000 goal; cancelling 200 or reducing 900 to 850 keeps the goal met
    CampaignEvent.PledgePlaced nine = placed(1, usd(900), day(1));
    CampaignEvent.PledgePlaced five = placed(2, usd(500), day(2));
    CampaignEvent.PledgePlaced two = placed(3, usd(200), day(3));
    given(LIVE, nine, five, two).under(NO_CANCEL_IN_FINAL_DAY).when(cancel(3, FINAL_DAY))
        .thenRejected(Code.FINAL_WINDOW_NO_CANCEL);
    given(LIVE, nine, five, two).under(NO_CANCEL_IN_FINAL_DAY).when(pledge(1, 850, FINAL_DAY))
        .thenRejected(Code.FINAL_WINDOW_NO_CANCEL);
    given(LIVE, nine, five, two).under(NO_CANCEL_IN_FINAL_DAY).when(pledge(1, 950, FINAL_DAY))
        .then(placed(1, usd(950), FINAL_DAY));
    given(LIVE, placed(1, usd(100), day(1))).under(NO_CANCEL_IN_FINAL_DAY).when(cancel(1, FINAL_DAY))
        .thenRejected(Code.FINAL_WINDOW_NO_CANCEL);
    Instant dayBefore = DEADLINE.minus(Duration.ofHours(25));
    given(LIVE, nine, five, two).under(NO_CANCEL_IN_FINAL_DAY).when(cancel(3, dayBefore))
        .then(new CampaignEvent.PledgeCanceled(dayBefore, backer(3)));
  }

  @Test
  void withoutAFinalWindowRuleALastMinuteCancellationIsAccepted() {
    CampaignRules none = new DelegatingRules(RULES) {
      @Override
      public FinalWindowRule finalWindowRule() {
        return FinalWindowRule.NONE;
      }
    };
    given(LIVE, ONE_800, TWO_300).under(none).when(cancel(2, FINAL_DAY))
        .then(new CampaignEvent.PledgeCanceled(FINAL_DAY, backer(2)));
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
    RewardTier euOnly = tier("eu", 30).addShipsTo(Country.of("DE"), Country.of("FR")).build();
    Campaign live = Fixtures.live(GOAL, List.of(euOnly, tier("digital", 10).build()), List.of());
    Pledge toFrance = Pledge.forReward(backer(1), usd(30), "eu", day(1)).shippingTo(Country.of("FR"));
    assertThat(accept(live, new PlacePledge(toFrance)).pledgeOf(backer(1)).orElseThrow().shippingCountry())
        .contains(Country.of("FR"));
    Pledge toJapan = Pledge.forReward(backer(1), usd(30), "eu", day(1)).shippingTo(Country.of("JP"));
    assertThat(reject(live, new PlacePledge(toJapan)).has(Code.SHIPPING_COUNTRY_NOT_SERVED)).isTrue();
    assertThat(reject(live, pledgeFor(1, 30, "eu", day(1))).has(Code.SHIPPING_COUNTRY_REQUIRED)).isTrue();
    Pledge digitalToJapan = Pledge.forReward(backer(1), usd(10), "digital", day(1)).shippingTo(Country.of("JP"));
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
  void endingBeforeTheDeadlineIsRejectedAndTheEndedEventCarriesTheOutcome() {
    given(LIVE).when(new End(DEADLINE.minusSeconds(1))).thenRejected(Code.DEADLINE_NOT_REACHED);
    Campaign failed = given(LIVE).when(new End(DEADLINE))
        .then(new CampaignEvent.Ended(DEADLINE, FundingOutcome.FAILED));
    assertThat(failed.status()).isEqualTo(CampaignStatus.FAILED);
    assertThat(failed.fundingOutcome()).contains(FundingOutcome.FAILED);
    given(LIVE, ONE_800, TWO_300).when(new End(DEADLINE))
        .then(new CampaignEvent.Ended(DEADLINE, FundingOutcome.SUCCESSFUL));
  }

  @Test
  void onlyACreateIsDecidedOnTheInitialCampaignAndOnlyOnce() {
    CampaignCommand.Create create = Fixtures.create(GOAL, List.of(), List.of());
    given().when(create).then(new CampaignEvent.Created(T0, create.definition()));
    given().when(pledge(1, 10, day(1))).thenRejected(Code.NOT_CREATED);
    given().when(new CampaignCommand.Submit(T0)).thenRejected(Code.NOT_CREATED);
    given().when(new End(DEADLINE)).thenRejected(Code.NOT_CREATED);
    given(Fixtures.created(GOAL, List.of(), List.of())).when(create).thenRejected(Code.ALREADY_CREATED);
  }

  @Test
  void aRejectionListsEveryRuleBrokenAndChangesNothing() {
    Campaign live = Fixtures.live(GOAL, List.of(tier("eu", 30).addShipsTo(Country.of("DE")).build()), List.of());
    Pledge bad = new Pledge(backer(1), usd(20_000), Optional.of("eu"), Map.of("nope", 1), Optional.of(Country.of("JP")),
        DEADLINE);
    Rejection rejection = reject(live, new PlacePledge(bad));
    assertThat(rejection.violations()).extracting(RuleViolation::code).containsExactlyInAnyOrder(
        Code.DEADLINE_PASSED, Code.PLEDGE_ABOVE_MAXIMUM, Code.SHIPPING_COUNTRY_NOT_SERVED, Code.UNKNOWN_ADD_ON);
    assertThat(rejection.events()).isEmpty();
    assertThat(rejection.violations()).allSatisfy(v -> assertThat(v.message()).isNotBlank());
    assertThat(live).isEqualTo(Fixtures.live(GOAL, List.of(tier("eu", 30).addShipsTo(Country.of("DE")).build()),
        List.of()));
  }

  @Test
  void aCampaignDefinitionInAnotherCurrencyOrWithDuplicateIdsIsRejected() {
    Create euro = new Create(T0, Fixtures.definition(Goal.allOrNothing(Money.ofMajor(CurrencyUnit.EUR, 500)))
        .tier(tier("a", 10).build()).tier(tier("a", 20).build()).build());
    assertThat(Campaign.initial().decide(euro, RULES).violations()).extracting(RuleViolation::code)
        .contains(Code.CURRENCY_NOT_SUPPORTED, Code.CURRENCY_MISMATCH, Code.DUPLICATE_ID);
    Create stretch = new Create(T0, Fixtures.definition(GOAL).stretchGoal(StretchGoal.of(usd(2_000), "colour"))
        .stretchGoal(StretchGoal.of(usd(1_500), "strap")).build());
    assertThat(Campaign.initial().decide(stretch, RULES).violations()).extracting(RuleViolation::code)
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
