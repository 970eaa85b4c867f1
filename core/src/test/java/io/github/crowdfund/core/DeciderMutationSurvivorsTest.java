package io.github.crowdfund.core;

import static io.github.crowdfund.core.DeciderSpec.given;
import static io.github.crowdfund.core.DeciderSpec.liveHistory;
import static io.github.crowdfund.core.DeciderSpec.placed;
import static io.github.crowdfund.core.Fixtures.DEADLINE;
import static io.github.crowdfund.core.Fixtures.LAUNCH;
import static io.github.crowdfund.core.Fixtures.T0;
import static io.github.crowdfund.core.Fixtures.addOn;
import static io.github.crowdfund.core.Fixtures.backer;
import static io.github.crowdfund.core.Fixtures.tier;
import static io.github.crowdfund.core.Fixtures.usd;

import io.github.crowdfund.core.CampaignCommand.CancelPledge;
import io.github.crowdfund.core.CampaignCommand.ChangeGoal;
import io.github.crowdfund.core.CampaignCommand.ChargePledges;
import io.github.crowdfund.core.CampaignCommand.Create;
import io.github.crowdfund.core.CampaignCommand.FixPayment;
import io.github.crowdfund.core.CampaignCommand.PlacePledge;
import io.github.crowdfund.core.CampaignCommand.PutAddOn;
import io.github.crowdfund.core.CampaignCommand.PutLateReward;
import io.github.crowdfund.core.CampaignCommand.PutRewardTier;
import io.github.crowdfund.core.CampaignCommand.Submit;
import io.github.crowdfund.core.CampaignEvent.AddOnPut;
import io.github.crowdfund.core.CampaignEvent.Ended;
import io.github.crowdfund.core.CampaignEvent.PledgeCanceled;
import io.github.crowdfund.core.CampaignEvent.PledgePlaced;
import io.github.crowdfund.core.CampaignEvent.PledgesCharged;
import io.github.crowdfund.core.CampaignEvent.RewardTierPut;
import io.github.crowdfund.core.RuleViolation.Code;
import io.github.crowdfund.core.installments.InstallmentCharge;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.joda.money.CurrencyUnit;
import org.joda.money.Money;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/**
 * Rules of the deciders that the other example tests left unpinned (found by mutation testing; see
 * docs/mutation-survivors.md): each test states one rule as given/when/then.
 */
class DeciderMutationSurvivorsTest {

  static final RewardTier LANTERN = tier("lantern", 50).build();
  static final Goal GOAL = Goal.allOrNothing(usd(100));
  /** In the last day before the deadline. */
  static final Instant FINAL_HOUR = DEADLINE.minus(Duration.ofHours(1));
  static final Instant BEFORE_WINDOW = DEADLINE.minus(Duration.ofDays(5));

  /** The default rules with a final window of a day under {@code rule}. */
  static CampaignRules finalWindow(FinalWindowRule rule) {
    return new DelegatingRules(Fixtures.RULES) {
      @Override
      public Duration finalWindow() {
        return Duration.ofDays(1);
      }

      @Override
      public FinalWindowRule finalWindowRule() {
        return rule;
      }
    };
  }

  static Money eur(long major) {
    return Money.ofMajor(CurrencyUnit.EUR, major);
  }

  static List<CampaignEvent> successful(CampaignEvent... extra) {
    List<CampaignEvent> events = new ArrayList<>(liveHistory(GOAL, List.of(LANTERN)));
    events.add(placed(1, usd(150), LAUNCH.plusSeconds(10)));
    events.add(new Ended(DEADLINE, FundingOutcome.SUCCESSFUL));
    events.addAll(List.of(extra));
    return events;
  }

  @Nested
  class Ordering {

    @Test
    void aCommandBeforeTheLastEventIsOutOfOrderAsWellAsRefusedByItsOwnRule() {
      given(liveHistory(GOAL, List.of()), placed(1, usd(20), LAUNCH.plusSeconds(100)))
          .when(new Submit(LAUNCH.plusSeconds(50)))
          .thenRejected(Code.ILLEGAL_TRANSITION, Code.OUT_OF_ORDER);
    }
  }

  @Nested
  class Definition {

    @Test
    void anAddOnPricedInAnotherCurrencyIsRefusedAtCreate() {
      given()
          .when(Fixtures.create(GOAL, List.of(), List.of(AddOn.builder().id("case").title("Case").price(eur(5))
              .build())))
          .thenRejected(Code.CURRENCY_MISMATCH);
    }

    @Test
    void aTierPricedInAnotherCurrencyIsRefusedAtCreateWithoutComparingItToTheMaximum() {
      given()
          .when(Fixtures.create(GOAL, List.of(RewardTier.builder().id("eu").title("EU").price(eur(5))
              .estimatedDelivery(java.time.YearMonth.of(2026, 12)).build()), List.of()))
          .thenRejected(Code.CURRENCY_MISMATCH);
    }

    @Test
    void aGoalInANewCurrencyMustMatchTheStretchGoals() {
      Create create = new Create(T0, Fixtures.definition(GOAL)
          .stretchGoals(List.of(StretchGoal.of(usd(200), "a lamp shade"))).build());
      given(new CampaignEvent.Created(create.at(), create.definition()))
          .when(new ChangeGoal(T0.plusSeconds(5), Goal.allOrNothing(eur(100))))
          .thenRejected(Code.CURRENCY_NOT_SUPPORTED, Code.CURRENCY_MISMATCH);
    }

    @Test
    void aGoalInANewCurrencyMustMatchTheRewardTiers() {
      given(Fixtures.created(GOAL, List.of(LANTERN), List.of()))
          .when(new ChangeGoal(T0.plusSeconds(5), Goal.allOrNothing(eur(100))))
          .thenRejected(Code.CURRENCY_NOT_SUPPORTED, Code.CURRENCY_MISMATCH);
    }

    @Test
    void aGoalInANewCurrencyMustMatchTheAddOns() {
      given(Fixtures.created(GOAL, List.of(), List.of(addOn("case", 5).build())))
          .when(new ChangeGoal(T0.plusSeconds(5), Goal.allOrNothing(eur(100))))
          .thenRejected(Code.CURRENCY_NOT_SUPPORTED, Code.CURRENCY_MISMATCH);
    }

    @Test
    void rewardTiersAndAddOnsCannotChangeOnceTheCampaignEnded() {
      given(successful())
          .when(new PutRewardTier(DEADLINE.plusSeconds(5), tier("duo", 90).build()))
          .thenRejected(Code.ILLEGAL_TRANSITION);
      given(successful())
          .when(new PutAddOn(DEADLINE.plusSeconds(5), addOn("case", 5).build()))
          .thenRejected(Code.ILLEGAL_TRANSITION);
    }

    @Test
    void aTierOrAddOnNoOneTookMayBeRepriced() {
      given(Fixtures.created(GOAL, List.of(LANTERN), List.of(addOn("case", 5).build())))
          .when(new PutRewardTier(T0.plusSeconds(5), tier("lantern", 55).build()))
          .then(new RewardTierPut(T0.plusSeconds(5), tier("lantern", 55).build()));
      given(Fixtures.created(GOAL, List.of(LANTERN), List.of(addOn("case", 5).build())))
          .when(new PutAddOn(T0.plusSeconds(5), addOn("case", 7).build()))
          .then(new AddOnPut(T0.plusSeconds(5), addOn("case", 7).build()));
    }
  }

  @Nested
  class Limits {

    @Test
    void aTiersLimitMayBeLoweredToWhatIsAlreadyTaken() {
      RewardTier lastOne = tier("lantern", 50).limit(1).build();
      given(liveHistory(GOAL, List.of(LANTERN)),
          new PledgePlaced(Pledge.forReward(backer(1), usd(50), "lantern", LAUNCH.plusSeconds(10))))
          .when(new PutRewardTier(LAUNCH.plusSeconds(20), lastOne))
          .then(new RewardTierPut(LAUNCH.plusSeconds(20), lastOne));
    }
  }

  @Nested
  class FinalWindow {

    /** A campaign for two pre-orders of the lantern (tier index 0), both ordered before the final window. */
    List<CampaignEvent> twoOrders() {
      List<CampaignEvent> events = new ArrayList<>(liveHistory(Goal.preOrders(2, usd(50)), List.of(LANTERN)));
      events.add(new PledgePlaced(Pledge.forReward(backer(1), usd(50), "lantern", BEFORE_WINDOW)));
      events.add(new PledgePlaced(Pledge.forReward(backer(2), usd(50), "lantern", BEFORE_WINDOW)));
      return events;
    }

    @Test
    void droppingTheRewardInTheFinalWindowMayNotTakeAPreOrderCampaignBelowItsGoal() {
      given(twoOrders()).under(finalWindow(FinalWindowRule.NO_DROP_BELOW_GOAL))
          .when(new PlacePledge(Pledge.of(backer(1), usd(50), FINAL_HOUR)))
          .thenRejected(Code.FINAL_WINDOW_BELOW_GOAL);
    }

    @Test
    void keepingTheRewardInTheFinalWindowKeepsThePreOrderCount() {
      Pledge raised = Pledge.forReward(backer(1), usd(80), "lantern", FINAL_HOUR);
      given(twoOrders()).under(finalWindow(FinalWindowRule.NO_DROP_BELOW_GOAL))
          .when(new PlacePledge(raised))
          .then(new PledgePlaced(raised));
    }

    @Test
    void cancelingAPreOrderInTheFinalWindowMayNotTakeTheCampaignBelowItsGoal() {
      given(twoOrders()).under(finalWindow(FinalWindowRule.NO_DROP_BELOW_GOAL))
          .when(new CancelPledge(FINAL_HOUR, backer(2)))
          .thenRejected(Code.FINAL_WINDOW_BELOW_GOAL);
    }

    @Test
    void cancelingAPledgeWithoutRewardKeepsThePreOrderCount() {
      List<CampaignEvent> events = twoOrders();
      events.add(placed(3, usd(10), BEFORE_WINDOW));
      given(events).under(finalWindow(FinalWindowRule.NO_DROP_BELOW_GOAL))
          .when(new CancelPledge(FINAL_HOUR, backer(3)))
          .then(new PledgeCanceled(FINAL_HOUR, backer(3)));
    }

    @Test
    void aPledgeRepeatedAtTheSameAmountInTheFinalWindowDoesNotReduceIt() {
      Pledge same = Pledge.forReward(backer(1), usd(50), "lantern", FINAL_HOUR);
      given(twoOrders()).under(finalWindow(FinalWindowRule.NO_CANCEL_OR_REDUCE))
          .when(new PlacePledge(same))
          .then(new PledgePlaced(same));
    }
  }

  @Nested
  class Payments {

    @Test
    void aBackerWithAPledgeMayBeDeclinedByTheCharge() {
      given(successful())
          .when(new ChargePledges(DEADLINE.plusSeconds(60), Set.of(backer(1))))
          .then(new PledgesCharged(DEADLINE.plusSeconds(60), Set.of(backer(1)),
              Fixtures.RULES.paymentRetryWindow().map(DEADLINE::plus)));
    }

    @Test
    void thePledgesAreNotChargedBeforeTheDeadline() {
      given(successful())
          .when(new ChargePledges(DEADLINE.minusSeconds(60), Set.of()))
          .thenRejected(Code.DEADLINE_NOT_REACHED, Code.OUT_OF_ORDER);
    }

    @Test
    void noPaymentIsFixedBeforeThePledgesWereCharged() {
      given(successful())
          .when(new FixPayment(DEADLINE.plusSeconds(60), backer(1)))
          .thenRejected(Code.NOT_CHARGED);
    }

    @Test
    void theLastPaymentOfAPlanIsChargedWhenDue() {
      given(PaymentPlansTest.charged(PaymentPlansTest.MONTHLY_3, PaymentPlansTest.paid(1, DEADLINE),
          PaymentPlansTest.paid(2, PaymentPlansTest.MONTH_2)))
          .under(PaymentPlansTest.RULES)
          .when(PaymentPlansTest.charge(3, PaymentPlansTest.MONTH_3, InstallmentCharge.COLLECTED))
          .then(PaymentPlansTest.paid(3, PaymentPlansTest.MONTH_3));
    }
  }

  @Nested
  class LateRewards {

    @Test
    void noLateRewardIsOfferedByACampaignThatFailed() {
      given(LatePledgesTest.ended(FundingOutcome.FAILED))
          .when(new PutLateReward(DEADLINE.plusSeconds(60), LatePledgesTest.COLLECTOR_LATE))
          .thenRejected(Code.CAMPAIGN_NOT_SUCCESSFUL);
    }

    @Test
    void aLateRewardAboveTheMaximumPledgeIsRefused() {
      Money aboveMaximum = Fixtures.RULES.maximumPledge(CurrencyUnit.USD).plusMajor(1);
      RewardTier grand = RewardTier.builder().id("grand").title("Grand").price(aboveMaximum)
          .estimatedDelivery(java.time.YearMonth.of(2026, 12)).build();
      given(LatePledgesTest.ended(FundingOutcome.SUCCESSFUL))
          .when(new PutLateReward(DEADLINE.plusSeconds(60), LateReward.of(grand, aboveMaximum)))
          .thenRejected(Code.TIER_PRICE_ABOVE_MAXIMUM);
    }

    @Test
    void aLateRewardInAnotherCurrencyIsRefused() {
      RewardTier euro = RewardTier.builder().id("euro").title("Euro").price(eur(40))
          .estimatedDelivery(java.time.YearMonth.of(2026, 12)).build();
      given(LatePledgesTest.ended(FundingOutcome.SUCCESSFUL))
          .when(new PutLateReward(DEADLINE.plusSeconds(60), LateReward.of(euro, eur(40))))
          .thenRejected(Code.CURRENCY_MISMATCH);
    }
  }
}
