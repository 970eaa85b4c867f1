package io.github.crowdfund.core;

import static io.github.crowdfund.core.DeciderSpec.given;
import static io.github.crowdfund.core.DeciderSpec.liveHistory;
import static io.github.crowdfund.core.DeciderSpec.placed;
import static io.github.crowdfund.core.Fixtures.DEADLINE;
import static io.github.crowdfund.core.Fixtures.backer;
import static io.github.crowdfund.core.Fixtures.day;
import static io.github.crowdfund.core.Fixtures.tier;
import static io.github.crowdfund.core.Fixtures.usd;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.crowdfund.core.CampaignCommand.CancelPledge;
import io.github.crowdfund.core.CampaignCommand.EnableLatePledges;
import io.github.crowdfund.core.CampaignCommand.EndLatePledges;
import io.github.crowdfund.core.CampaignCommand.PlaceLatePledge;
import io.github.crowdfund.core.CampaignCommand.PutLateReward;
import io.github.crowdfund.core.CampaignEvent.Ended;
import io.github.crowdfund.core.CampaignEvent.LatePledgeCharged;
import io.github.crowdfund.core.CampaignEvent.LatePledgesEnabled;
import io.github.crowdfund.core.CampaignEvent.LatePledgesEnded;
import io.github.crowdfund.core.CampaignEvent.LateRewardPut;
import io.github.crowdfund.core.RuleViolation.Code;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.joda.money.CurrencyUnit;
import org.joda.money.Money;
import org.junit.jupiter.api.Test;

/** The late-pledge phase, one rule per test, as given/when/then. */
class LatePledgesTest {

  static final RewardTier LANTERN = tier("lantern", 50).limit(3).build();
  static final RewardTier DUO = tier("duo", 90).build();
  /** Offered only after the deadline: not one of the campaign's tiers. */
  static final RewardTier COLLECTOR = tier("collector", 150).build();
  static final LateReward LANTERN_LATE = LateReward.of(LANTERN, usd(60));
  static final LateReward COLLECTOR_LATE = LateReward.of(COLLECTOR, usd(150));
  static final Instant BEFORE_DEADLINE = DEADLINE.minus(Duration.ofDays(1));
  static final Instant LATE_DAY_1 = DEADLINE.plus(Duration.ofDays(1));

  static final LatePledgesEnabled ENABLED = new LatePledgesEnabled(BEFORE_DEADLINE,
      List.of(LANTERN_LATE, COLLECTOR_LATE), Optional.empty());

  static List<CampaignEvent> live() {
    return liveHistory(Goal.allOrNothing(usd(100)), List.of(LANTERN, DUO));
  }

  /** A campaign with late pledges enabled that ended with the outcome. */
  static List<CampaignEvent> ended(FundingOutcome outcome, CampaignEvent... extra) {
    List<CampaignEvent> events = new ArrayList<>(live());
    events.add(placed(1, usd(outcome == FundingOutcome.FAILED ? 20 : 120), day(1)));
    events.add(ENABLED);
    events.add(new Ended(DEADLINE, outcome));
    events.addAll(List.of(extra));
    return events;
  }

  static PlaceLatePledge latePledge(long backer, long usd, String reward, Instant at, LateCharge charge) {
    return new PlaceLatePledge(Pledge.forReward(backer(backer), usd(usd), reward, at), charge);
  }

  static LatePledgeCharged charged(long backer, long usd, String reward, Instant at, LateCharge charge) {
    return new LatePledgeCharged(Pledge.forReward(backer(backer), usd(usd), reward, at), charge);
  }

  @Test
  void aLiveCampaignEnablesLatePledgesBeforeItsDeadline() {
    Campaign after = given(live())
        .when(new EnableLatePledges(BEFORE_DEADLINE, List.of(LANTERN_LATE, COLLECTOR_LATE), Optional.empty()))
        .then(ENABLED);
    assertThat(after.latePledges().rewards()).containsExactly(LANTERN_LATE, COLLECTOR_LATE);
    assertThat(after.latePledges().phase(BEFORE_DEADLINE)).isEqualTo(LatePledgePhase.WAITING);
  }

  @Test
  void lateledgesCannotBeEnabledAtOrAfterTheDeadline() {
    given(live()).when(new EnableLatePledges(DEADLINE, List.of(), Optional.empty()))
        .thenRejected(Code.DEADLINE_PASSED);
  }

  @Test
  void anEndedCampaignCannotEnableLatePledges() {
    List<CampaignEvent> events = new ArrayList<>(live());
    events.add(placed(1, usd(120), day(1)));
    events.add(new Ended(DEADLINE, FundingOutcome.SUCCESSFUL));
    given(events).when(new EnableLatePledges(LATE_DAY_1, List.of(), Optional.empty()))
        .thenRejected(Code.ILLEGAL_TRANSITION, Code.DEADLINE_PASSED);
  }

  @Test
  void lateledgesAreEnabledOnce() {
    given(live(), ENABLED).when(new EnableLatePledges(BEFORE_DEADLINE, List.of(), Optional.empty()))
        .thenRejected(Code.LATE_PLEDGES_ALREADY_ENABLED);
  }

  @Test
  void aLatePriceMustBeInTheCampaignCurrency() {
    RewardTier euro = RewardTier.builder().id("euro").title("Euro").price(Money.of(CurrencyUnit.EUR, 10))
        .estimatedDelivery(LANTERN.estimatedDelivery()).build();
    given(live()).when(new EnableLatePledges(BEFORE_DEADLINE,
            List.of(LateReward.of(euro, Money.of(CurrencyUnit.EUR, 12))), Optional.empty()))
        .thenRejected(Code.CURRENCY_MISMATCH);
  }

  @Test
  void twoLateRewardsCannotShareAnId() {
    given(live()).when(new EnableLatePledges(BEFORE_DEADLINE, List.of(LANTERN_LATE, LANTERN_LATE),
            Optional.empty()))
        .thenRejected(Code.DUPLICATE_ID);
  }

  @Test
  void thePlannedEndComesAfterTheDeadline() {
    given(live()).when(new EnableLatePledges(BEFORE_DEADLINE, List.of(), Optional.of(DEADLINE)))
        .thenRejected(Code.DEADLINE_NOT_REACHED);
  }

  @Test
  void aLateRewardsPriceIsNeverNegativeNorInAnotherCurrencyThanItsTier() {
    assertThatThrownBy(() -> LateReward.of(LANTERN, usd(-1))).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("USD -1.00");
    assertThatThrownBy(() -> LateReward.of(LANTERN, Money.of(CurrencyUnit.EUR, 5)))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("EUR 5.00");
  }

  @Test
  void onlyASuccessfulCampaignEntersTheLatePledgePhase() {
    assertThat(Campaign.replay(ended(FundingOutcome.SUCCESSFUL)).latePledges().phase(LATE_DAY_1))
        .isEqualTo(LatePledgePhase.OPEN);
    assertThat(Campaign.replay(ended(FundingOutcome.FAILED)).latePledges().phase(LATE_DAY_1))
        .isEqualTo(LatePledgePhase.NOT_ELIGIBLE);
  }

  @Test
  void aFailedCampaignRefusesLatePledges() {
    given(ended(FundingOutcome.FAILED)).when(latePledge(7, 60, "lantern", LATE_DAY_1, LateCharge.COLLECTED))
        .thenRejected(Code.CAMPAIGN_NOT_SUCCESSFUL);
  }

  @Test
  void aCampaignWithoutLatePledgesEnabledRefusesThem() {
    List<CampaignEvent> events = new ArrayList<>(live());
    events.add(placed(1, usd(120), day(1)));
    events.add(new Ended(DEADLINE, FundingOutcome.SUCCESSFUL));
    given(events).when(latePledge(7, 60, "lantern", LATE_DAY_1, LateCharge.COLLECTED))
        .thenRejected(Code.LATE_PLEDGES_NOT_ENABLED);
  }

  @Test
  void aLiveCampaignTakesNoLatePledgeYet() {
    Instant stillLive = BEFORE_DEADLINE.plusSeconds(60);
    given(live(), ENABLED).when(latePledge(7, 60, "lantern", stillLive, LateCharge.COLLECTED))
        .thenRejected(Code.LATE_PLEDGES_NOT_OPEN, Code.DEADLINE_NOT_REACHED);
  }

  @Test
  void aLatePledgeForAKeptRewardPaysItsLatePriceNotItsCampaignPrice() {
    given(ended(FundingOutcome.SUCCESSFUL)).when(latePledge(7, 55, "lantern", LATE_DAY_1, LateCharge.COLLECTED))
        .thenRejected(Code.PLEDGE_BELOW_REWARD_PRICE);
    Campaign after = given(ended(FundingOutcome.SUCCESSFUL))
        .when(latePledge(7, 60, "lantern", LATE_DAY_1, LateCharge.COLLECTED))
        .then(charged(7, 60, "lantern", LATE_DAY_1, LateCharge.COLLECTED));
    assertThat(after.latePledges().of(backer(7))).map(Pledge::amount).contains(usd(60));
  }

  @Test
  void aRewardOfferedOnlyAfterTheDeadlineCannotBeChosenDuringTheCampaign() {
    given(live(), ENABLED).when(Fixtures.pledgeFor(8, 150, "collector", BEFORE_DEADLINE.plusSeconds(60)))
        .thenRejected(Code.UNKNOWN_TIER);
    Campaign after = given(ended(FundingOutcome.SUCCESSFUL))
        .when(latePledge(8, 150, "collector", LATE_DAY_1, LateCharge.COLLECTED))
        .then(charged(8, 150, "collector", LATE_DAY_1, LateCharge.COLLECTED));
    assertThat(after.latePledges().backersOf("collector")).isEqualTo(1);
  }

  @Test
  void aCampaignRewardNotKeptForLatePledgesIsNotOffered() {
    given(ended(FundingOutcome.SUCCESSFUL)).when(latePledge(7, 90, "duo", LATE_DAY_1, LateCharge.COLLECTED))
        .thenRejected(Code.LATE_REWARD_NOT_OFFERED);
  }

  @Test
  void aLimitCountsCampaignAndLateBackersTogether() {
    List<CampaignEvent> events = new ArrayList<>(live());
    events.add(new CampaignEvent.PledgePlaced(Pledge.forReward(backer(1), usd(50), "lantern", day(1))));
    events.add(new CampaignEvent.PledgePlaced(Pledge.forReward(backer(2), usd(50), "lantern", day(1))));
    events.add(ENABLED);
    events.add(new Ended(DEADLINE, FundingOutcome.SUCCESSFUL));
    events.add(charged(3, 60, "lantern", LATE_DAY_1, LateCharge.COLLECTED));
    given(events).when(latePledge(4, 60, "lantern", LATE_DAY_1, LateCharge.COLLECTED))
        .thenRejected(Code.TIER_SOLD_OUT);
  }

  @Test
  void aLateRewardCanBeOfferedAfterTheDeadline() {
    LateReward duo = LateReward.of(DUO, usd(99));
    given(ended(FundingOutcome.SUCCESSFUL)).when(new PutLateReward(LATE_DAY_1, duo))
        .then(new LateRewardPut(LATE_DAY_1, duo));
  }

  @Test
  void lateAddOnsAreNotOffered() {
    Pledge withAddOn = Pledge.forReward(backer(7), usd(70), "lantern", LATE_DAY_1)
        .withAddOns(java.util.Map.of("cable", 1));
    given(ended(FundingOutcome.SUCCESSFUL)).when(new PlaceLatePledge(withAddOn, LateCharge.COLLECTED))
        .thenRejected(Code.LATE_ADD_ONS_NOT_OFFERED);
  }

  @Test
  void aCollectedLatePledgeCountsInLateTotalsApartFromTheLockedCampaign() {
    Campaign before = Campaign.replay(ended(FundingOutcome.SUCCESSFUL));
    Campaign after = given(ended(FundingOutcome.SUCCESSFUL))
        .when(latePledge(7, 60, "lantern", LATE_DAY_1, LateCharge.COLLECTED))
        .then(charged(7, 60, "lantern", LATE_DAY_1, LateCharge.COLLECTED));
    assertThat(after.latePledges().total()).isEqualTo(usd(60));
    assertThat(after.latePledges().backerCount()).isEqualTo(1);
    assertThat(after.totalPledged()).isEqualTo(before.totalPledged()).isEqualTo(usd(120));
    assertThat(after.backerCount()).isEqualTo(1);
    assertThat(after.fundingOutcome()).contains(FundingOutcome.SUCCESSFUL);
    assertThat(after.pledgeOf(backer(7))).isEmpty();
  }

  @Test
  void aFailedLateChargeCountsNowhereAndHasNoRetryWindow() {
    Campaign after = given(ended(FundingOutcome.SUCCESSFUL))
        .when(latePledge(7, 60, "lantern", LATE_DAY_1, LateCharge.FAILED))
        .then(charged(7, 60, "lantern", LATE_DAY_1, LateCharge.FAILED));
    assertThat(after.latePledges().total()).isEqualTo(usd(0));
    assertThat(after.latePledges().of(backer(7))).isEmpty();
    assertThat(after.latePledges().failedCharges()).isEqualTo(1);
    assertThat(after.retryWindowEnd()).isEmpty();
  }

  @Test
  void aBackerWhoseLateChargeFailedMayPledgeAgain() {
    given(ended(FundingOutcome.SUCCESSFUL, charged(7, 60, "lantern", LATE_DAY_1, LateCharge.FAILED)))
        .when(latePledge(7, 60, "lantern", LATE_DAY_1.plusSeconds(60), LateCharge.COLLECTED))
        .then(charged(7, 60, "lantern", LATE_DAY_1.plusSeconds(60), LateCharge.COLLECTED));
  }

  @Test
  void aLatePledgeCannotBeCanceled() {
    given(ended(FundingOutcome.SUCCESSFUL, charged(7, 60, "lantern", LATE_DAY_1, LateCharge.COLLECTED)))
        .when(new CancelPledge(LATE_DAY_1.plusSeconds(60), backer(7)))
        .thenRejected(Code.NOT_LIVE, Code.DEADLINE_PASSED, Code.LATE_PLEDGE_FINAL);
  }

  @Test
  void aLatePledgeCannotBeChanged() {
    given(ended(FundingOutcome.SUCCESSFUL, charged(7, 60, "lantern", LATE_DAY_1, LateCharge.COLLECTED)))
        .when(latePledge(7, 150, "collector", LATE_DAY_1.plusSeconds(60), LateCharge.COLLECTED))
        .thenRejected(Code.LATE_PLEDGE_FINAL);
  }

  @Test
  void aCampaignBackerDoesNotPledgeLate() {
    given(ended(FundingOutcome.SUCCESSFUL)).when(latePledge(1, 60, "lantern", LATE_DAY_1, LateCharge.COLLECTED))
        .thenRejected(Code.ALREADY_BACKED);
  }

  @Test
  void aLatePledgeFollowsThePledgeLimitsOfTheRules() {
    given(ended(FundingOutcome.SUCCESSFUL))
        .when(new PlaceLatePledge(Pledge.of(backer(7), Money.of(CurrencyUnit.USD, 0.5), LATE_DAY_1),
            LateCharge.COLLECTED))
        .thenRejected(Code.PLEDGE_BELOW_MINIMUM);
  }

  @Test
  void endingOneRewardStopsItsLatePledgesOnly() {
    Instant endAt = LATE_DAY_1.plusSeconds(10);
    Campaign after = given(ended(FundingOutcome.SUCCESSFUL))
        .when(new EndLatePledges(endAt, Optional.of("lantern")))
        .then(new LatePledgesEnded(endAt, Optional.of("lantern")));
    assertThat(after.latePledges().rewardOpen("lantern", endAt)).isFalse();
    assertThat(after.latePledges().rewardOpen("collector", endAt)).isTrue();
    given(ended(FundingOutcome.SUCCESSFUL, new LatePledgesEnded(endAt, Optional.of("lantern"))))
        .when(latePledge(7, 60, "lantern", endAt.plusSeconds(1), LateCharge.COLLECTED))
        .thenRejected(Code.LATE_REWARD_ENDED);
  }

  @Test
  void anEndedRewardCannotBeOfferedAgain() {
    given(ended(FundingOutcome.SUCCESSFUL, new LatePledgesEnded(LATE_DAY_1, Optional.of("lantern"))))
        .when(new PutLateReward(LATE_DAY_1.plusSeconds(1), LANTERN_LATE))
        .thenRejected(Code.LATE_REWARD_ENDED);
  }

  @Test
  void anEndedRewardCannotBeEndedTwice() {
    given(ended(FundingOutcome.SUCCESSFUL, new LatePledgesEnded(LATE_DAY_1, Optional.of("lantern"))))
        .when(new EndLatePledges(LATE_DAY_1.plusSeconds(1), Optional.of("lantern")))
        .thenRejected(Code.LATE_REWARD_ENDED);
  }

  @Test
  void endingTheWholeCampaignStopsEveryLatePledge() {
    Campaign after = given(ended(FundingOutcome.SUCCESSFUL))
        .when(new EndLatePledges(LATE_DAY_1, Optional.empty()))
        .then(new LatePledgesEnded(LATE_DAY_1, Optional.empty()));
    assertThat(after.latePledges().phase(LATE_DAY_1)).isEqualTo(LatePledgePhase.ENDED);
    given(ended(FundingOutcome.SUCCESSFUL, new LatePledgesEnded(LATE_DAY_1, Optional.empty())))
        .when(latePledge(7, 150, "collector", LATE_DAY_1.plusSeconds(1), LateCharge.COLLECTED))
        .thenRejected(Code.LATE_PLEDGES_ENDED);
  }

  @Test
  void latePledgesEndAtTheirPlannedDate() {
    Instant plannedEnd = DEADLINE.plus(Duration.ofDays(30));
    List<CampaignEvent> events = new ArrayList<>(live());
    events.add(placed(1, usd(120), day(1)));
    events.add(new LatePledgesEnabled(BEFORE_DEADLINE, List.of(LANTERN_LATE), Optional.of(plannedEnd)));
    events.add(new Ended(DEADLINE, FundingOutcome.SUCCESSFUL));
    given(events).when(latePledge(7, 60, "lantern", plannedEnd.minusSeconds(1), LateCharge.COLLECTED))
        .then(charged(7, 60, "lantern", plannedEnd.minusSeconds(1), LateCharge.COLLECTED));
    given(events).when(latePledge(7, 60, "lantern", plannedEnd, LateCharge.COLLECTED))
        .thenRejected(Code.LATE_PLEDGES_ENDED);
    assertThat(Campaign.replay(events).latePledges().phase(plannedEnd)).isEqualTo(LatePledgePhase.ENDED);
  }

  @Test
  void aRewardEndsAtItsPlannedDate() {
    Instant rewardEnd = DEADLINE.plus(Duration.ofDays(10));
    List<CampaignEvent> events = new ArrayList<>(live());
    events.add(placed(1, usd(120), day(1)));
    events.add(new LatePledgesEnabled(BEFORE_DEADLINE, List.of(LANTERN_LATE.endingAt(rewardEnd), COLLECTOR_LATE),
        Optional.empty()));
    events.add(new Ended(DEADLINE, FundingOutcome.SUCCESSFUL));
    given(events).when(latePledge(7, 60, "lantern", rewardEnd, LateCharge.COLLECTED))
        .thenRejected(Code.LATE_REWARD_ENDED);
    given(events).when(new PutLateReward(rewardEnd, LANTERN_LATE))
        .thenRejected(Code.LATE_REWARD_ENDED);
  }

  @Test
  void lateledgesThatWereNeverEnabledCannotEnd() {
    given(live()).when(new EndLatePledges(day(3), Optional.empty()))
        .thenRejected(Code.LATE_PLEDGES_NOT_ENABLED);
  }

  // ---------------------------------------------------------------------------------------------- events checked

  private static void assertRefused(List<CampaignEvent> events, String problem) {
    assertThatThrownBy(() -> Campaign.replay(events)).isInstanceOf(InvalidEventException.class)
        .hasMessageContaining(problem);
  }

  @Test
  void aLatePledgeInAnotherCurrencyIsRefusedOnReplay() {
    List<CampaignEvent> events = ended(FundingOutcome.SUCCESSFUL, new LatePledgeCharged(
        Pledge.of(backer(7), Money.parse("EUR 60.00"), LATE_DAY_1), LateCharge.COLLECTED));
    assertRefused(events, "EUR");
  }

  @Test
  void aLatePledgeBeforeASuccessfulEndIsRefusedOnReplay() {
    List<CampaignEvent> live = new ArrayList<>(live());
    live.add(ENABLED);
    live.add(charged(7, 60, "lantern", BEFORE_DEADLINE.plusSeconds(60), LateCharge.COLLECTED));
    assertRefused(live, "not SUCCESSFUL");
    assertRefused(ended(FundingOutcome.FAILED, charged(7, 60, "lantern", LATE_DAY_1, LateCharge.COLLECTED)),
        "not SUCCESSFUL");
  }

  @Test
  void lateEventsWithoutLatePledgesEnabledAreRefusedOnReplay() {
    List<CampaignEvent> events = new ArrayList<>(live());
    events.add(placed(1, usd(120), day(1)));
    events.add(new Ended(DEADLINE, FundingOutcome.SUCCESSFUL));
    List<CampaignEvent> pledged = new ArrayList<>(events);
    pledged.add(charged(7, 60, "lantern", LATE_DAY_1, LateCharge.COLLECTED));
    assertRefused(pledged, "not enabled");
    List<CampaignEvent> endedLate = new ArrayList<>(events);
    endedLate.add(new LatePledgesEnded(LATE_DAY_1, Optional.empty()));
    assertRefused(endedLate, "not enabled");
    List<CampaignEvent> put = new ArrayList<>(events);
    put.add(new LateRewardPut(LATE_DAY_1, LANTERN_LATE));
    assertRefused(put, "not enabled");
  }

  @Test
  void latePledgesAreEnabledOnceAndBeforeTheDeadlineOnReplay() {
    assertRefused(ended(FundingOutcome.SUCCESSFUL, new LatePledgesEnabled(LATE_DAY_1, List.of(), Optional.empty())),
        "SUCCESSFUL");
    List<CampaignEvent> twice = new ArrayList<>(live());
    twice.add(ENABLED);
    twice.add(new LatePledgesEnabled(BEFORE_DEADLINE.plusSeconds(1), List.of(), Optional.empty()));
    assertRefused(twice, "second time");
    List<CampaignEvent> atDeadline = new ArrayList<>(live());
    atDeadline.add(new LatePledgesEnabled(DEADLINE, List.of(), Optional.empty()));
    assertRefused(atDeadline, "not before the deadline");
  }

  @Test
  void aLateEventDatedBeforeTheLastEventIsRefusedOnReplay() {
    List<CampaignEvent> events = ended(FundingOutcome.SUCCESSFUL,
        charged(7, 60, "lantern", LATE_DAY_1.plusSeconds(60), LateCharge.COLLECTED),
        new LatePledgesEnded(LATE_DAY_1, Optional.empty()));
    assertRefused(events, "before the campaign's last event");
  }

  @Test
  void acceptedLateEventsReplayToTheDecidedCampaign() {
    Campaign decided = given(ended(FundingOutcome.SUCCESSFUL))
        .when(latePledge(7, 60, "lantern", LATE_DAY_1, LateCharge.COLLECTED))
        .then(charged(7, 60, "lantern", LATE_DAY_1, LateCharge.COLLECTED));
    assertThat(Campaign.replay(ended(FundingOutcome.SUCCESSFUL,
        charged(7, 60, "lantern", LATE_DAY_1, LateCharge.COLLECTED)))).isEqualTo(decided);
  }

  @Test
  void lateCommandsDatedBeforeTheLastEventAreOutOfOrder() {
    List<CampaignEvent> afterFirst = ended(FundingOutcome.SUCCESSFUL,
        charged(7, 60, "lantern", LATE_DAY_1.plusSeconds(60), LateCharge.COLLECTED));
    given(afterFirst).when(latePledge(8, 60, "lantern", LATE_DAY_1, LateCharge.COLLECTED))
        .thenRejected(Code.OUT_OF_ORDER);
    given(afterFirst).when(new EndLatePledges(LATE_DAY_1, Optional.empty())).thenRejected(Code.OUT_OF_ORDER);
    given(afterFirst).when(new PutLateReward(LATE_DAY_1, LANTERN_LATE)).thenRejected(Code.OUT_OF_ORDER);
    List<CampaignEvent> pledged = new ArrayList<>(live());
    pledged.add(placed(1, usd(120), BEFORE_DEADLINE));
    given(pledged).when(new EnableLatePledges(BEFORE_DEADLINE.minusSeconds(60), List.of(), Optional.empty()))
        .thenRejected(Code.OUT_OF_ORDER);
  }
}
