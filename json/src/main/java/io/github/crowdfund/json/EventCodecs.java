package io.github.crowdfund.json;

import static io.github.crowdfund.json.ObjectCodec.field;
import static io.github.crowdfund.json.ObjectCodec.optional;
import static io.github.crowdfund.json.TaggedCodec.variant;

import io.github.crowdfund.core.AddOn;
import io.github.crowdfund.core.BackerId;
import io.github.crowdfund.core.CampaignCommand;
import io.github.crowdfund.core.CampaignDefinition;
import io.github.crowdfund.core.CampaignEvent;
import io.github.crowdfund.core.FundingOutcome;
import io.github.crowdfund.core.Goal;
import io.github.crowdfund.core.LateCharge;
import io.github.crowdfund.core.LateReward;
import io.github.crowdfund.core.Pledge;
import io.github.crowdfund.core.RewardTier;
import io.github.crowdfund.core.installments.InstallmentCharge;
import io.github.crowdfund.core.installments.PaymentPlanShape;
import io.github.crowdfund.json.ObjectCodec.Field;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import org.joda.money.Money;

/**
 * The JSON form of a campaign's commands and events: each an object whose first fields are its stable type name
 * (the record's name, such as {@code "PledgePlaced"}) and its schema version, then its own fields, as
 * {@link TaggedCodec} writes them. Instants are ISO-8601 texts, durations ISO-8601 durations.
 *
 * <p>Schema history: {@code Created} version 1 held the definition's fields inline (the shape of the first
 * releases); version 2 nests them in {@code "definition"}. {@code PledgesCharged} and {@code ChargePledges} version 1
 * had no {@code "awaitingAuthentication"}; version 2 adds it (the backers whose charge awaits their 3-D Secure
 * authentication). Every version 1 still reads, into today's value (none awaiting authentication).
 */
final class EventCodecs {

  private EventCodecs() {}

  private static <T> Field<T, Instant> at(Function<T, Instant> at) {
    return field("at", Scalars.INSTANT, at);
  }

  private static <T> Field<T, BackerId> backer(Function<T, BackerId> backer) {
    return field("backer", CoreCodecs.BACKER_ID, backer);
  }

  private static <T> Field<T, String> reason(Function<T, String> reason) {
    return field("reason", Scalars.STRING, reason);
  }

  private static <T> Field<T, Set<BackerId>> backers(String name, Function<T, Set<BackerId>> backers) {
    return field(name, CampaignCodecs.BACKERS, backers);
  }

  private static <T> Field<T, CampaignDefinition> definition(Function<T, CampaignDefinition> definition) {
    return field("definition", CampaignCodecs.DEFINITION, definition);
  }

  private static <T> Field<T, Goal> goal(Function<T, Goal> goal) {
    return field("goal", CampaignCodecs.GOAL, goal);
  }

  private static <T> Field<T, Duration> duration(Function<T, Duration> duration) {
    return field("duration", Scalars.DURATION, duration);
  }

  private static <T> Field<T, RewardTier> tier(Function<T, RewardTier> tier) {
    return field("tier", CampaignCodecs.REWARD_TIER, tier);
  }

  private static <T> Field<T, AddOn> addOn(Function<T, AddOn> addOn) {
    return field("addOn", CampaignCodecs.ADD_ON, addOn);
  }

  private static <T> Field<T, Pledge> pledge(Function<T, Pledge> pledge) {
    return field("pledge", CampaignCodecs.PLEDGE, pledge);
  }

  private static <T> Field<T, Pledge> donation(Function<T, Pledge> donation) {
    return field("donation", CampaignCodecs.PLEDGE, donation);
  }

  private static <T> Field<T, Money> tip(Function<T, Money> tip) {
    return field("tip", CurrencyCodecs.MONEY, tip);
  }

  private static <T> Field<T, List<LateReward>> lateRewards(Function<T, List<LateReward>> rewards) {
    return field("rewards", Containers.listOf(CampaignCodecs.LATE_REWARD), rewards);
  }

  private static <T> Field<T, Optional<Instant>> plannedEnd(Function<T, Optional<Instant>> plannedEnd) {
    return optional("plannedEnd", Scalars.INSTANT, plannedEnd);
  }

  private static <T> Field<T, LateReward> lateReward(Function<T, LateReward> reward) {
    return field("reward", CampaignCodecs.LATE_REWARD, reward);
  }

  private static <T> Field<T, LateCharge> charge(Function<T, LateCharge> charge) {
    return field("charge", CampaignCodecs.LATE_CHARGE, charge);
  }

  private static <T> Field<T, Optional<String>> rewardId(Function<T, Optional<String>> rewardId) {
    return optional("rewardId", Scalars.STRING, rewardId);
  }

  private static <T> Field<T, PaymentPlanShape> shape(Function<T, PaymentPlanShape> shape) {
    return field("shape", PlanCodecs.SHAPE, shape);
  }

  private static <T> Field<T, Integer> payments(Function<T, Integer> payments) {
    return field("payments", Scalars.INT, payments);
  }

  /** The layout of a charged payment of a plan, event or command: at, backer, number, charge. */
  private static <T> ObjectCodec<T> installment(String name, Function<T, Instant> at, Function<T, BackerId> backer,
      Function<T, Integer> number, Function<T, InstallmentCharge> charge,
      InstallmentFactory<T> factory) {
    Field<T, Instant> atField = at(at);
    Field<T, BackerId> backerField = backer(backer);
    Field<T, Integer> numberField = field("number", Scalars.INT, number);
    Field<T, InstallmentCharge> chargeField = field("charge", PlanCodecs.INSTALLMENT_CHARGE, charge);
    return ObjectCodec.of(name, List.of(atField, backerField, numberField, chargeField),
        values -> factory.create(values.get(atField), values.get(backerField), values.get(numberField),
            values.get(chargeField)));
  }

  /** Builds an event or command of a charged payment. */
  private interface InstallmentFactory<T> {
    T create(Instant at, BackerId backer, int number, InstallmentCharge charge);
  }

  /** The layout of a charge's outcome in which the card asked for the backer's authentication (3-D Secure). */
  private static <T> Field<T, Set<BackerId>> awaitingAuthentication(Function<T, Set<BackerId>> backers) {
    return backers("awaitingAuthentication", backers);
  }

  private static Field<CampaignEvent.PledgesCharged, Optional<Instant>> retryUntil() {
    return optional("retryUntil", Scalars.INSTANT, CampaignEvent.PledgesCharged::retryUntil);
  }

  /** Version 2 of {@code PledgesCharged}: at, declined, awaitingAuthentication, retryUntil. */
  private static ObjectCodec<CampaignEvent.PledgesCharged> pledgesCharged() {
    Field<CampaignEvent.PledgesCharged, Instant> at = at(CampaignEvent.PledgesCharged::at);
    Field<CampaignEvent.PledgesCharged, Set<BackerId>> declined =
        backers("declined", CampaignEvent.PledgesCharged::declined);
    Field<CampaignEvent.PledgesCharged, Set<BackerId>> awaiting =
        awaitingAuthentication(CampaignEvent.PledgesCharged::awaitingAuthentication);
    Field<CampaignEvent.PledgesCharged, Optional<Instant>> retryUntil = retryUntil();
    return ObjectCodec.of("PledgesCharged", List.of(at, declined, awaiting, retryUntil),
        values -> new CampaignEvent.PledgesCharged(values.get(at), values.get(declined), values.get(awaiting),
            values.get(retryUntil)));
  }

  // ---- events ---------------------------------------------------------------------------------------------------

  static final TaggedCodec<CampaignEvent> EVENT = TaggedCodec.of("event", CampaignEvent.class, List.of(
      variant("Created", CampaignEvent.Created.class, 2, ObjectCodec.of("Created",
          at(CampaignEvent.Created::at), definition(CampaignEvent.Created::definition), CampaignEvent.Created::new))
          .readsOlder(1, CampaignCodecs.createdVersion1()),
      variant("Submitted", CampaignEvent.Submitted.class,
          at(CampaignEvent.Submitted::at), CampaignEvent.Submitted::new),
      variant("Launched", CampaignEvent.Launched.class,
          at(CampaignEvent.Launched::at), field("deadline", Scalars.INSTANT, CampaignEvent.Launched::deadline),
          CampaignEvent.Launched::new),
      variant("FundraiserLaunched", CampaignEvent.FundraiserLaunched.class,
          at(CampaignEvent.FundraiserLaunched::at), CampaignEvent.FundraiserLaunched::new),
      variant("DonationCharged", CampaignEvent.DonationCharged.class,
          donation(CampaignEvent.DonationCharged::donation), tip(CampaignEvent.DonationCharged::tip),
          charge(CampaignEvent.DonationCharged::charge), CampaignEvent.DonationCharged::new),
      variant("GoalChanged", CampaignEvent.GoalChanged.class,
          at(CampaignEvent.GoalChanged::at), goal(CampaignEvent.GoalChanged::goal), CampaignEvent.GoalChanged::new),
      variant("DurationChanged", CampaignEvent.DurationChanged.class,
          at(CampaignEvent.DurationChanged::at), duration(CampaignEvent.DurationChanged::duration),
          CampaignEvent.DurationChanged::new),
      variant("RewardTierPut", CampaignEvent.RewardTierPut.class,
          at(CampaignEvent.RewardTierPut::at), tier(CampaignEvent.RewardTierPut::tier),
          CampaignEvent.RewardTierPut::new),
      variant("AddOnPut", CampaignEvent.AddOnPut.class,
          at(CampaignEvent.AddOnPut::at), addOn(CampaignEvent.AddOnPut::addOn), CampaignEvent.AddOnPut::new),
      variant("PledgePlaced", CampaignEvent.PledgePlaced.class,
          pledge(CampaignEvent.PledgePlaced::pledge), CampaignEvent.PledgePlaced::new),
      variant("PledgeCanceled", CampaignEvent.PledgeCanceled.class,
          at(CampaignEvent.PledgeCanceled::at), backer(CampaignEvent.PledgeCanceled::backer),
          CampaignEvent.PledgeCanceled::new),
      variant("Canceled", CampaignEvent.Canceled.class,
          at(CampaignEvent.Canceled::at), CampaignEvent.Canceled::new),
      variant("Suspended", CampaignEvent.Suspended.class,
          at(CampaignEvent.Suspended::at), reason(CampaignEvent.Suspended::reason), CampaignEvent.Suspended::new),
      variant("Ended", CampaignEvent.Ended.class, at(CampaignEvent.Ended::at),
          field("outcome", Scalars.enumeration(FundingOutcome.class), CampaignEvent.Ended::outcome),
          CampaignEvent.Ended::new),
      variant("PledgesCharged", CampaignEvent.PledgesCharged.class, 2, pledgesCharged())
          .readsOlder(1, ObjectCodec.of("PledgesCharged",
              at(CampaignEvent.PledgesCharged::at), backers("declined", CampaignEvent.PledgesCharged::declined),
              retryUntil(), CampaignEvent.PledgesCharged::new)),
      variant("PaymentFixed", CampaignEvent.PaymentFixed.class,
          at(CampaignEvent.PaymentFixed::at), backer(CampaignEvent.PaymentFixed::backer),
          CampaignEvent.PaymentFixed::new),
      variant("PaymentAuthenticated", CampaignEvent.PaymentAuthenticated.class,
          at(CampaignEvent.PaymentAuthenticated::at), backer(CampaignEvent.PaymentAuthenticated::backer),
          CampaignEvent.PaymentAuthenticated::new),
      variant("RetryWindowClosed", CampaignEvent.RetryWindowClosed.class,
          at(CampaignEvent.RetryWindowClosed::at), backers("recovered", CampaignEvent.RetryWindowClosed::recovered),
          backers("dropped", CampaignEvent.RetryWindowClosed::dropped), CampaignEvent.RetryWindowClosed::new),
      variant("PledgeRefunded", CampaignEvent.PledgeRefunded.class,
          at(CampaignEvent.PledgeRefunded::at), backer(CampaignEvent.PledgeRefunded::backer),
          reason(CampaignEvent.PledgeRefunded::reason), CampaignEvent.PledgeRefunded::new),
      variant("LatePledgesEnabled", CampaignEvent.LatePledgesEnabled.class,
          at(CampaignEvent.LatePledgesEnabled::at), lateRewards(CampaignEvent.LatePledgesEnabled::rewards),
          plannedEnd(CampaignEvent.LatePledgesEnabled::plannedEnd), CampaignEvent.LatePledgesEnabled::new),
      variant("LateRewardPut", CampaignEvent.LateRewardPut.class,
          at(CampaignEvent.LateRewardPut::at), lateReward(CampaignEvent.LateRewardPut::reward),
          CampaignEvent.LateRewardPut::new),
      variant("LatePledgeCharged", CampaignEvent.LatePledgeCharged.class,
          pledge(CampaignEvent.LatePledgeCharged::pledge), charge(CampaignEvent.LatePledgeCharged::charge),
          CampaignEvent.LatePledgeCharged::new),
      variant("LatePledgesEnded", CampaignEvent.LatePledgesEnded.class,
          at(CampaignEvent.LatePledgesEnded::at), rewardId(CampaignEvent.LatePledgesEnded::rewardId),
          CampaignEvent.LatePledgesEnded::new),
      variant("PaymentPlansEnabled", CampaignEvent.PaymentPlansEnabled.class,
          at(CampaignEvent.PaymentPlansEnabled::at), shape(CampaignEvent.PaymentPlansEnabled::shape),
          CampaignEvent.PaymentPlansEnabled::new),
      variant("PaymentPlanChosen", CampaignEvent.PaymentPlanChosen.class,
          at(CampaignEvent.PaymentPlanChosen::at), backer(CampaignEvent.PaymentPlanChosen::backer),
          payments(CampaignEvent.PaymentPlanChosen::payments), CampaignEvent.PaymentPlanChosen::new),
      variant("InstallmentCharged", CampaignEvent.InstallmentCharged.class, installment("InstallmentCharged",
          CampaignEvent.InstallmentCharged::at, CampaignEvent.InstallmentCharged::backer,
          CampaignEvent.InstallmentCharged::number, CampaignEvent.InstallmentCharged::charge,
          CampaignEvent.InstallmentCharged::new)),
      variant("PaymentPlanStopped", CampaignEvent.PaymentPlanStopped.class,
          at(CampaignEvent.PaymentPlanStopped::at), backer(CampaignEvent.PaymentPlanStopped::backer),
          CampaignEvent.PaymentPlanStopped::new),
      variant("BackerRefunded", CampaignEvent.BackerRefunded.class, RefundCodecs.refund("BackerRefunded",
          CampaignEvent.BackerRefunded::at, CampaignEvent.BackerRefunded::backer, CampaignEvent.BackerRefunded::amount,
          CampaignEvent.BackerRefunded::reason, CampaignEvent.BackerRefunded::kind,
          CampaignEvent.BackerRefunded::new)),
      variant("ChargeDisputed", CampaignEvent.ChargeDisputed.class,
          at(CampaignEvent.ChargeDisputed::at), backer(CampaignEvent.ChargeDisputed::backer),
          RefundCodecs.amount(CampaignEvent.ChargeDisputed::amount), CampaignEvent.ChargeDisputed::new),
      variant("DisputeResolved", CampaignEvent.DisputeResolved.class,
          at(CampaignEvent.DisputeResolved::at), backer(CampaignEvent.DisputeResolved::backer),
          RefundCodecs.outcome(CampaignEvent.DisputeResolved::outcome), CampaignEvent.DisputeResolved::new)));

  // ---- commands -------------------------------------------------------------------------------------------------

  static final TaggedCodec<CampaignCommand> COMMAND = TaggedCodec.of("command", CampaignCommand.class, List.of(
      variant("Create", CampaignCommand.Create.class,
          at(CampaignCommand.Create::at), definition(CampaignCommand.Create::definition),
          CampaignCommand.Create::new),
      variant("Submit", CampaignCommand.Submit.class,
          at(CampaignCommand.Submit::at), CampaignCommand.Submit::new),
      variant("Launch", CampaignCommand.Launch.class,
          at(CampaignCommand.Launch::at), CampaignCommand.Launch::new),
      variant("LaunchFundraiser", CampaignCommand.LaunchFundraiser.class,
          at(CampaignCommand.LaunchFundraiser::at), CampaignCommand.LaunchFundraiser::new),
      variant("Donate", CampaignCommand.Donate.class,
          donation(CampaignCommand.Donate::donation), tip(CampaignCommand.Donate::tip),
          charge(CampaignCommand.Donate::charge), CampaignCommand.Donate::new),
      variant("ChangeGoal", CampaignCommand.ChangeGoal.class,
          at(CampaignCommand.ChangeGoal::at), goal(CampaignCommand.ChangeGoal::goal),
          CampaignCommand.ChangeGoal::new),
      variant("ChangeDuration", CampaignCommand.ChangeDuration.class,
          at(CampaignCommand.ChangeDuration::at), duration(CampaignCommand.ChangeDuration::duration),
          CampaignCommand.ChangeDuration::new),
      variant("PutRewardTier", CampaignCommand.PutRewardTier.class,
          at(CampaignCommand.PutRewardTier::at), tier(CampaignCommand.PutRewardTier::tier),
          CampaignCommand.PutRewardTier::new),
      variant("PutAddOn", CampaignCommand.PutAddOn.class,
          at(CampaignCommand.PutAddOn::at), addOn(CampaignCommand.PutAddOn::addOn), CampaignCommand.PutAddOn::new),
      variant("PlacePledge", CampaignCommand.PlacePledge.class,
          pledge(CampaignCommand.PlacePledge::pledge), CampaignCommand.PlacePledge::new),
      variant("CancelPledge", CampaignCommand.CancelPledge.class,
          at(CampaignCommand.CancelPledge::at), backer(CampaignCommand.CancelPledge::backer),
          CampaignCommand.CancelPledge::new),
      variant("Cancel", CampaignCommand.Cancel.class,
          at(CampaignCommand.Cancel::at), CampaignCommand.Cancel::new),
      variant("Suspend", CampaignCommand.Suspend.class,
          at(CampaignCommand.Suspend::at), reason(CampaignCommand.Suspend::reason), CampaignCommand.Suspend::new),
      variant("End", CampaignCommand.End.class,
          at(CampaignCommand.End::at), CampaignCommand.End::new),
      variant("ChargePledges", CampaignCommand.ChargePledges.class, 2, ObjectCodec.of("ChargePledges",
          at(CampaignCommand.ChargePledges::at), backers("declined", CampaignCommand.ChargePledges::declined),
          awaitingAuthentication(CampaignCommand.ChargePledges::awaitingAuthentication),
          CampaignCommand.ChargePledges::new))
          .readsOlder(1, ObjectCodec.of("ChargePledges",
              at(CampaignCommand.ChargePledges::at), backers("declined", CampaignCommand.ChargePledges::declined),
              CampaignCommand.ChargePledges::new)),
      variant("FixPayment", CampaignCommand.FixPayment.class,
          at(CampaignCommand.FixPayment::at), backer(CampaignCommand.FixPayment::backer),
          CampaignCommand.FixPayment::new),
      variant("AuthenticatePayment", CampaignCommand.AuthenticatePayment.class,
          at(CampaignCommand.AuthenticatePayment::at), backer(CampaignCommand.AuthenticatePayment::backer),
          CampaignCommand.AuthenticatePayment::new),
      variant("CloseRetryWindow", CampaignCommand.CloseRetryWindow.class,
          at(CampaignCommand.CloseRetryWindow::at), backers("recovered", CampaignCommand.CloseRetryWindow::recovered),
          CampaignCommand.CloseRetryWindow::new),
      variant("RefundPledge", CampaignCommand.RefundPledge.class,
          at(CampaignCommand.RefundPledge::at), backer(CampaignCommand.RefundPledge::backer),
          reason(CampaignCommand.RefundPledge::reason), CampaignCommand.RefundPledge::new),
      variant("EnableLatePledges", CampaignCommand.EnableLatePledges.class,
          at(CampaignCommand.EnableLatePledges::at), lateRewards(CampaignCommand.EnableLatePledges::rewards),
          plannedEnd(CampaignCommand.EnableLatePledges::plannedEnd), CampaignCommand.EnableLatePledges::new),
      variant("PutLateReward", CampaignCommand.PutLateReward.class,
          at(CampaignCommand.PutLateReward::at), lateReward(CampaignCommand.PutLateReward::reward),
          CampaignCommand.PutLateReward::new),
      variant("PlaceLatePledge", CampaignCommand.PlaceLatePledge.class,
          pledge(CampaignCommand.PlaceLatePledge::pledge), charge(CampaignCommand.PlaceLatePledge::charge),
          CampaignCommand.PlaceLatePledge::new),
      variant("EndLatePledges", CampaignCommand.EndLatePledges.class,
          at(CampaignCommand.EndLatePledges::at), rewardId(CampaignCommand.EndLatePledges::rewardId),
          CampaignCommand.EndLatePledges::new),
      variant("EnablePaymentPlans", CampaignCommand.EnablePaymentPlans.class,
          at(CampaignCommand.EnablePaymentPlans::at), shape(CampaignCommand.EnablePaymentPlans::shape),
          CampaignCommand.EnablePaymentPlans::new),
      variant("ChoosePaymentPlan", CampaignCommand.ChoosePaymentPlan.class,
          at(CampaignCommand.ChoosePaymentPlan::at), backer(CampaignCommand.ChoosePaymentPlan::backer),
          payments(CampaignCommand.ChoosePaymentPlan::payments), CampaignCommand.ChoosePaymentPlan::new),
      variant("ChargeInstallment", CampaignCommand.ChargeInstallment.class, installment("ChargeInstallment",
          CampaignCommand.ChargeInstallment::at, CampaignCommand.ChargeInstallment::backer,
          CampaignCommand.ChargeInstallment::number, CampaignCommand.ChargeInstallment::charge,
          CampaignCommand.ChargeInstallment::new)),
      variant("StopPaymentPlan", CampaignCommand.StopPaymentPlan.class,
          at(CampaignCommand.StopPaymentPlan::at), backer(CampaignCommand.StopPaymentPlan::backer),
          CampaignCommand.StopPaymentPlan::new),
      variant("RefundBacker", CampaignCommand.RefundBacker.class, RefundCodecs.refund("RefundBacker",
          CampaignCommand.RefundBacker::at, CampaignCommand.RefundBacker::backer, CampaignCommand.RefundBacker::amount,
          CampaignCommand.RefundBacker::reason, CampaignCommand.RefundBacker::kind,
          CampaignCommand.RefundBacker::new)),
      variant("DisputeCharge", CampaignCommand.DisputeCharge.class,
          at(CampaignCommand.DisputeCharge::at), backer(CampaignCommand.DisputeCharge::backer),
          RefundCodecs.amount(CampaignCommand.DisputeCharge::amount), CampaignCommand.DisputeCharge::new),
      variant("ResolveDispute", CampaignCommand.ResolveDispute.class,
          at(CampaignCommand.ResolveDispute::at), backer(CampaignCommand.ResolveDispute::backer),
          RefundCodecs.outcome(CampaignCommand.ResolveDispute::outcome), CampaignCommand.ResolveDispute::new)));
}
