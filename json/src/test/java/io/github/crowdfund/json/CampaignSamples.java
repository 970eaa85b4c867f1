package io.github.crowdfund.json;

import io.github.crowdfund.core.AddOn;
import io.github.crowdfund.core.BackerId;
import io.github.crowdfund.core.Campaign;
import io.github.crowdfund.core.CampaignCommand;
import io.github.crowdfund.core.CampaignDefinition;
import io.github.crowdfund.core.CampaignEvent;
import io.github.crowdfund.core.Country;
import io.github.crowdfund.core.Decision;
import io.github.crowdfund.core.FundingModel;
import io.github.crowdfund.core.FundingOutcome;
import io.github.crowdfund.core.Goal;
import io.github.crowdfund.core.LateCharge;
import io.github.crowdfund.core.LateReward;
import io.github.crowdfund.core.PaymentState;
import io.github.crowdfund.core.fees.BackerFee;
import io.github.crowdfund.core.fees.FeeSchedule;
import io.github.crowdfund.core.fees.FeeTax;
import io.github.crowdfund.core.fees.PlatformFee;
import io.github.crowdfund.core.fees.PledgeFee;
import io.github.crowdfund.core.Pledge;
import io.github.crowdfund.core.Rejection;
import io.github.crowdfund.core.RewardTier;
import io.github.crowdfund.core.RuleViolation;
import io.github.crowdfund.core.StretchGoal;
import io.github.crowdfund.core.installments.InstallmentCharge;
import io.github.crowdfund.core.installments.PaymentPlanShape;
import io.github.crowdfund.core.settlement.BackerStatement;
import io.github.crowdfund.core.settlement.DisputeOutcome;
import io.github.crowdfund.core.settlement.PledgePayment;
import io.github.crowdfund.core.settlement.RefundKind;
import io.github.crowdfund.core.settlement.RefundReason;
import io.github.crowdfund.core.settlement.Settlement;
import io.github.crowdfund.core.settlement.StatementLine;
import io.github.crowdfund.currency.Percentage;
import java.math.RoundingMode;
import io.github.crowdfund.json.GoldenSamples.Sample;
import java.time.Duration;
import java.time.Instant;
import java.time.Period;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.joda.money.CurrencyUnit;
import org.joda.money.Money;

/** The golden samples of the campaign types: the definition and its parts, every command, event and decision. */
final class CampaignSamples {

  static final Instant AT = Instant.parse("2026-05-01T16:00:00Z");

  static final RewardTier TIER = RewardTier.builder().id("early").title("Early bird").price(Money.parse("USD 20.00"))
      .limit(100).availableUntil(AT.plus(Duration.ofDays(5))).addShipsTo(Country.of("US"), Country.of("CA"))
      .estimatedDelivery(YearMonth.of(2026, 11)).build();

  static final AddOn ADD_ON = AddOn.builder().id("strap").title("Leather strap").price(Money.parse("USD 5.00"))
      .perBackerMaximum(4).build();

  static final CampaignDefinition DEFINITION = CampaignDefinition.builder().id("solar-lantern").creator("lumen-works")
      .title("Solar lantern").goal(Goal.allOrNothing(Money.parse("USD 5000.00"))).duration(Duration.ofDays(30))
      .stretchGoal(StretchGoal.of(Money.parse("USD 8000.00"), "a second colour")).tier(TIER).addOn(ADD_ON).build();

  static final Pledge PLEDGE = Pledge.forReward(BackerId.of(1001), Money.parse("USD 45.00"), "early",
      AT.plus(Duration.ofDays(1))).withAddOns(Map.of("strap", 2)).shippingTo(Country.of("CA"));

  static final LateReward LATE_REWARD = new LateReward(TIER, Money.parse("USD 25.00"),
      Optional.of(AT.plus(Duration.ofDays(90))));

  static final Pledge LATE_PLEDGE = Pledge.forReward(BackerId.of(2002), Money.parse("USD 30.00"), "early",
      AT.plus(Duration.ofDays(35))).shippingTo(Country.of("US"));

  /** Kickstarter's general Pledge Over Time, with minimums in dollars, yen and dinars. */
  static final PaymentPlanShape PLAN_SHAPE = new PaymentPlanShape("kickstarter-2025", 3, 3, Period.ofMonths(1),
      Duration.ZERO, Map.of(CurrencyUnit.USD, Money.parse("USD 125.00"), CurrencyUnit.JPY, Money.parse("JPY 10000"),
      CurrencyUnit.of("BHD"), Money.parse("BHD 10.000")), 2, Duration.ofDays(7), Duration.ofDays(7),
      Duration.ofDays(14), false, true);

  private CampaignSamples() {}

  static List<Sample> all() {
    List<Sample> samples = new ArrayList<>();
    Goal moneyGoal = Goal.allOrNothing(Money.parse("EUR 1500.00"));
    samples.add(new Sample("goal-money", Goal.class, moneyGoal));
    samples.add(new Sample("goal-pre-order", Goal.class, new Goal.PreOrderGoal(250, Money.parse("JPY 12000"))));
    samples.add(new Sample("stretch-goal", StretchGoal.class, DEFINITION.stretchGoals().get(0)));
    samples.add(new Sample("reward-tier", RewardTier.class, TIER));
    samples.add(new Sample("add-on", AddOn.class, ADD_ON));
    samples.add(new Sample("late-reward", LateReward.class, LATE_REWARD));
    samples.add(new Sample("late-reward-no-end", LateReward.class, LateReward.of(TIER, Money.parse("USD 22.00"))));
    samples.add(new Sample("late-charge", LateCharge.class, LateCharge.FAILED));
    samples.add(new Sample("payment-plan-shape", PaymentPlanShape.class, PLAN_SHAPE));
    samples.add(new Sample("installment-charge", InstallmentCharge.class, InstallmentCharge.AUTHENTICATION_REQUIRED));
    samples.add(new Sample("refund-reason", RefundReason.class, RefundReason.FULFILMENT_DELAY));
    samples.add(new Sample("refund-kind", RefundKind.class, RefundKind.SHIPPING_CREDIT));
    samples.add(new Sample("dispute-outcome", DisputeOutcome.class, DisputeOutcome.LOST));
    samples.add(new Sample("pledge", Pledge.class, PLEDGE));
    samples.add(new Sample("campaign-definition", CampaignDefinition.class, DEFINITION));
    for (CampaignEvent event : events()) {
      samples.add(new Sample("event-" + EventCodecs.EVENT.variantOf(event).name(), CampaignEvent.class, event));
    }
    for (CampaignCommand command : commands()) {
      samples.add(new Sample("command-" + EventCodecs.COMMAND.variantOf(command).name(), CampaignCommand.class,
          command));
    }
    RuleViolation violation = new RuleViolation(RuleViolation.Code.PLEDGE_ABOVE_MAXIMUM,
        "the pledge of USD 20000.00 is above the maximum of USD 10000.00");
    samples.add(new Sample("rule-violation", RuleViolation.class, violation));
    samples.add(new Sample("decision-accepted", Decision.class,
        new Decision.Accepted(List.of(new CampaignEvent.PledgePlaced(PLEDGE)))));
    samples.add(new Sample("decision-rejection", Decision.class, new Rejection(List.of(violation))));
    Settlement<BackerId> settlement = settlement();
    samples.add(new Sample("settlement", Settlement.class, settlement));
    BackerStatement<BackerId> statement = settlement.statementOf(BackerId.of(3)).orElseThrow();
    samples.add(new Sample("backer-statement", BackerStatement.class, statement));
    samples.add(new Sample("statement-line", StatementLine.class, statement.lines().get(0)));
    samples.add(new Sample("settlement-fundraiser", Settlement.class, fundraiserSettlement()));
    return samples;
  }

  /** A GoFundMe-style fundraiser's settlement: two donations, one with a tip kept apart for the platform. */
  static Settlement<BackerId> fundraiserSettlement() {
    CampaignDefinition roof = CampaignDefinition.builder().id("shelter-roof").creator("friends-of-the-shelter")
        .title("A new roof").goal(Goal.keepItAll(Money.parse("USD 5000.00"))).duration(Duration.ofDays(30)).build();
    Campaign campaign = Campaign.replay(List.of(new CampaignEvent.Created(AT, roof),
        new CampaignEvent.Submitted(AT.plusSeconds(60)), new CampaignEvent.FundraiserLaunched(AT.plusSeconds(120)),
        new CampaignEvent.DonationCharged(Pledge.of(BackerId.of(1), Money.parse("USD 100.00"), AT.plusSeconds(180)),
            Money.parse("USD 15.00"), LateCharge.COLLECTED),
        new CampaignEvent.DonationCharged(Pledge.of(BackerId.of(2), Money.parse("USD 25.00"), AT.plusSeconds(240)),
            Money.parse("USD 0.00"), LateCharge.COLLECTED)));
    FeeSchedule goFundMeUs = FeeSchedule.of(PlatformFee.none(),
        PledgeFee.percentPlusFixed(Percentage.parse("2.9%"), Money.parse("USD 0.30"), RoundingMode.HALF_UP),
        FeeTax.none(), BackerFee.none());
    return Settlement.of(campaign, goFundMeUs);
  }

  /** A Kickstarter US settlement of three pledges, one of them dropped. */
  static Settlement<BackerId> settlement() {
    FeeSchedule kickstarterUs = FeeSchedule.of(
        PlatformFee.percent(Percentage.parse("5%"), RoundingMode.HALF_UP).onlyOnSuccess(),
        PledgeFee.percentPlusFixed(Percentage.parse("3%"), Money.parse("USD 0.20"), RoundingMode.HALF_UP),
        FeeTax.none(), BackerFee.none());
    return Settlement.of(CurrencyUnit.USD, FundingOutcome.SUCCESSFUL, List.of(
        new PledgePayment<>(BackerId.of(1), Money.parse("USD 250.00"), PaymentState.COLLECTED),
        new PledgePayment<>(BackerId.of(2), Money.parse("USD 5.00"), PaymentState.COLLECTED),
        new PledgePayment<>(BackerId.of(3), Money.parse("USD 40.00"), PaymentState.DROPPED)), kickstarterUs);
  }

  /** One event of each type. */
  static List<CampaignEvent> events() {
    BackerId backer = BackerId.of(1001);
    return List.of(
        new CampaignEvent.Created(AT, DEFINITION),
        new CampaignEvent.Submitted(AT.plusSeconds(60)),
        new CampaignEvent.Launched(AT.plus(Duration.ofDays(1)), AT.plus(Duration.ofDays(31))),
        new CampaignEvent.FundraiserLaunched(AT.plus(Duration.ofDays(1))),
        new CampaignEvent.DonationCharged(Pledge.of(BackerId.of(21), Money.parse("USD 50.00"),
            AT.plus(Duration.ofDays(2))), Money.parse("USD 7.50"), LateCharge.COLLECTED),
        new CampaignEvent.GoalChanged(AT.plusSeconds(120), Goal.keepItAll(Money.parse("USD 4000.00"))),
        new CampaignEvent.DurationChanged(AT.plusSeconds(180), Duration.ofDays(45)),
        new CampaignEvent.RewardTierPut(AT.plusSeconds(240), TIER),
        new CampaignEvent.AddOnPut(AT.plusSeconds(300), ADD_ON),
        new CampaignEvent.PledgePlaced(PLEDGE),
        new CampaignEvent.PledgeCanceled(AT.plus(Duration.ofDays(2)), backer),
        new CampaignEvent.Canceled(AT.plus(Duration.ofDays(3))),
        new CampaignEvent.Suspended(AT.plus(Duration.ofDays(3)), "reported as a copy of another project"),
        new CampaignEvent.Ended(AT.plus(Duration.ofDays(31)), FundingOutcome.SUCCESSFUL),
        new CampaignEvent.PledgesCharged(AT.plus(Duration.ofDays(31)), Set.of(BackerId.of(7), backer),
            Set.of(BackerId.of(12)), Optional.of(AT.plus(Duration.ofDays(38)))),
        new CampaignEvent.PaymentFixed(AT.plus(Duration.ofDays(33)), backer),
        new CampaignEvent.PaymentAuthenticated(AT.plus(Duration.ofDays(34)), BackerId.of(12)),
        new CampaignEvent.RetryWindowClosed(AT.plus(Duration.ofDays(38)), Set.of(backer), Set.of(BackerId.of(7))),
        new CampaignEvent.PledgeRefunded(AT.plus(Duration.ofDays(40)), backer, "the lantern never shipped"),
        new CampaignEvent.LatePledgesEnabled(AT.plusSeconds(360), List.of(LATE_REWARD),
            Optional.of(AT.plus(Duration.ofDays(120)))),
        new CampaignEvent.LateRewardPut(AT.plusSeconds(420), LATE_REWARD),
        new CampaignEvent.LatePledgeCharged(LATE_PLEDGE, LateCharge.COLLECTED),
        new CampaignEvent.LatePledgesEnded(AT.plus(Duration.ofDays(90)), Optional.of("early")),
        new CampaignEvent.PaymentPlansEnabled(AT.plusSeconds(480), PLAN_SHAPE),
        new CampaignEvent.PaymentPlanChosen(AT.plus(Duration.ofDays(2)), backer, 3),
        new CampaignEvent.InstallmentCharged(AT.plus(Duration.ofDays(31)), backer, 1, InstallmentCharge.FAILED),
        new CampaignEvent.PaymentPlanStopped(AT.plus(Duration.ofDays(75)), backer),
        new CampaignEvent.BackerRefunded(AT.plus(Duration.ofDays(80)), backer, Money.parse("USD 12.50"),
            RefundReason.FULFILMENT_DELAY, RefundKind.SHIPPING_CREDIT),
        new CampaignEvent.ChargeDisputed(AT.plus(Duration.ofDays(85)), backer, Money.parse("USD 30.00")),
        new CampaignEvent.DisputeResolved(AT.plus(Duration.ofDays(120)), backer, DisputeOutcome.LOST));
  }

  /** One command of each type. */
  static List<CampaignCommand> commands() {
    BackerId backer = BackerId.of(1001);
    return List.of(
        new CampaignCommand.Create(AT, DEFINITION),
        new CampaignCommand.Submit(AT.plusSeconds(60)),
        new CampaignCommand.Launch(AT.plus(Duration.ofDays(1))),
        new CampaignCommand.LaunchFundraiser(AT.plus(Duration.ofDays(1))),
        new CampaignCommand.Donate(Pledge.of(BackerId.of(21), Money.parse("USD 50.00"), AT.plus(Duration.ofDays(2))),
            Money.parse("USD 7.50"), LateCharge.FAILED),
        new CampaignCommand.ChangeGoal(AT.plusSeconds(120), new Goal.MoneyGoal(Money.parse("USD 4000.00"),
            FundingModel.KEEP_IT_ALL)),
        new CampaignCommand.ChangeDuration(AT.plusSeconds(180), Duration.ofDays(45)),
        new CampaignCommand.PutRewardTier(AT.plusSeconds(240), TIER),
        new CampaignCommand.PutAddOn(AT.plusSeconds(300), ADD_ON),
        new CampaignCommand.PlacePledge(PLEDGE),
        new CampaignCommand.CancelPledge(AT.plus(Duration.ofDays(2)), backer),
        new CampaignCommand.Cancel(AT.plus(Duration.ofDays(3))),
        new CampaignCommand.Suspend(AT.plus(Duration.ofDays(3)), "reported as a copy of another project"),
        new CampaignCommand.End(AT.plus(Duration.ofDays(31))),
        new CampaignCommand.ChargePledges(AT.plus(Duration.ofDays(31)), Set.of(BackerId.of(7)),
            Set.of(BackerId.of(12))),
        new CampaignCommand.FixPayment(AT.plus(Duration.ofDays(33)), backer),
        new CampaignCommand.AuthenticatePayment(AT.plus(Duration.ofDays(34)), BackerId.of(12)),
        new CampaignCommand.CloseRetryWindow(AT.plus(Duration.ofDays(38)), Set.of(backer)),
        new CampaignCommand.RefundPledge(AT.plus(Duration.ofDays(40)), backer, "the lantern never shipped"),
        new CampaignCommand.EnableLatePledges(AT.plusSeconds(360), List.of(LATE_REWARD),
            Optional.of(AT.plus(Duration.ofDays(120)))),
        new CampaignCommand.PutLateReward(AT.plusSeconds(420), LATE_REWARD),
        new CampaignCommand.PlaceLatePledge(LATE_PLEDGE, LateCharge.COLLECTED),
        new CampaignCommand.EndLatePledges(AT.plus(Duration.ofDays(90)), Optional.empty()),
        new CampaignCommand.EnablePaymentPlans(AT.plusSeconds(480), PLAN_SHAPE),
        new CampaignCommand.ChoosePaymentPlan(AT.plus(Duration.ofDays(2)), backer, 3),
        new CampaignCommand.ChargeInstallment(AT.plus(Duration.ofDays(31)), backer, 1, InstallmentCharge.COLLECTED),
        new CampaignCommand.StopPaymentPlan(AT.plus(Duration.ofDays(75)), backer),
        new CampaignCommand.RefundBacker(AT.plus(Duration.ofDays(80)), backer, Money.parse("USD 12.50"),
            RefundReason.CHANGE_OR_REMOVAL, RefundKind.ADD_ON),
        new CampaignCommand.DisputeCharge(AT.plus(Duration.ofDays(85)), backer, Money.parse("USD 30.00")),
        new CampaignCommand.ResolveDispute(AT.plus(Duration.ofDays(120)), backer, DisputeOutcome.WON));
  }
}
