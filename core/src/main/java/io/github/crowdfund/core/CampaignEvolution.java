package io.github.crowdfund.core;

import io.github.crowdfund.core.CampaignEvent.AddOnPut;
import io.github.crowdfund.core.CampaignEvent.BackerRefunded;
import io.github.crowdfund.core.CampaignEvent.Canceled;
import io.github.crowdfund.core.CampaignEvent.ChargeDisputed;
import io.github.crowdfund.core.CampaignEvent.Created;
import io.github.crowdfund.core.CampaignEvent.DisputeResolved;
import io.github.crowdfund.core.CampaignEvent.DonationCharged;
import io.github.crowdfund.core.CampaignEvent.DurationChanged;
import io.github.crowdfund.core.CampaignEvent.Ended;
import io.github.crowdfund.core.CampaignEvent.FundraiserLaunched;
import io.github.crowdfund.core.CampaignEvent.GoalChanged;
import io.github.crowdfund.core.CampaignEvent.InstallmentCharged;
import io.github.crowdfund.core.CampaignEvent.LatePledgeCharged;
import io.github.crowdfund.core.CampaignEvent.LatePledgesEnabled;
import io.github.crowdfund.core.CampaignEvent.LatePledgesEnded;
import io.github.crowdfund.core.CampaignEvent.LateRewardPut;
import io.github.crowdfund.core.CampaignEvent.Launched;
import io.github.crowdfund.core.CampaignEvent.PaymentAuthenticated;
import io.github.crowdfund.core.CampaignEvent.PaymentFixed;
import io.github.crowdfund.core.CampaignEvent.PaymentPlanChosen;
import io.github.crowdfund.core.CampaignEvent.PaymentPlanStopped;
import io.github.crowdfund.core.CampaignEvent.PaymentPlansEnabled;
import io.github.crowdfund.core.CampaignEvent.PledgeCanceled;
import io.github.crowdfund.core.CampaignEvent.PledgePlaced;
import io.github.crowdfund.core.CampaignEvent.PledgeRefunded;
import io.github.crowdfund.core.CampaignEvent.PledgesCharged;
import io.github.crowdfund.core.CampaignEvent.RetryWindowClosed;
import io.github.crowdfund.core.CampaignEvent.RewardTierPut;
import io.github.crowdfund.core.CampaignEvent.Submitted;
import io.github.crowdfund.core.CampaignEvent.Suspended;
import io.github.crowdfund.core.installments.InstallmentCharge;
import io.github.crowdfund.core.installments.PaymentPlan;
import io.github.crowdfund.core.settlement.ChargeReversal;
import io.github.crowdfund.core.settlement.DisputeOutcome;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.UnaryOperator;
import org.joda.money.Money;

/**
 * Where each event is applied to a campaign: one method per event, so an event that is not handled here fails the
 * build. Applying trusts the event; {@code EventCheck} checks it first (see {@link Campaign#evolve(CampaignEvent)}).
 * The campaign's place in the log is moved on by the caller.
 *
 * <p>This class is immutable and thread-safe.
 */
final class CampaignEvolution implements CampaignEvent.Handler<Campaign> {

  private final Campaign campaign;

  CampaignEvolution(Campaign campaign) {
    this.campaign = campaign;
  }

  @Override
  public Campaign on(Created e) {
    return Campaign.created(e.definition());
  }

  @Override
  public Campaign on(Submitted e) {
    return campaign.withLifecycle(campaign.lifecycle().withStatus(CampaignStatus.SUBMITTED));
  }

  @Override
  public Campaign on(Launched e) {
    return campaign.withLifecycle(campaign.lifecycle().launched(e.at(), e.deadline()));
  }

  @Override
  public Campaign on(FundraiserLaunched e) {
    return campaign.withLifecycle(campaign.lifecycle().launched(e.at(), null))
        .withBook(campaign.book().withPayments(PaymentRun.fundraiser(e.at())));
  }

  @Override
  public Campaign on(DonationCharged e) {
    return campaign.withBook(Fundraising.charged(campaign.book(), e, campaign.definition()));
  }

  @Override
  public Campaign on(GoalChanged e) {
    return campaign.withDefinition(campaign.definition().withGoal(e.goal()), campaign.book());
  }

  @Override
  public Campaign on(DurationChanged e) {
    return campaign.withDefinition(campaign.definition().withDuration(e.duration()), campaign.book());
  }

  @Override
  public Campaign on(RewardTierPut e) {
    CampaignDefinition definition = campaign.definition();
    return campaign.withDefinition(definition.withTier(e.tier()),
        campaign.book().withTierAt(definition.tierIndex(e.tier().id())));
  }

  @Override
  public Campaign on(AddOnPut e) {
    CampaignDefinition definition = campaign.definition();
    return campaign.withDefinition(definition.withAddOn(e.addOn()),
        campaign.book().withAddOnAt(definition.addOnIndex(e.addOn().id())));
  }

  @Override
  public Campaign on(PledgePlaced e) {
    return campaign.withBook(campaign.book().with(e.pledge(), campaign.definition()));
  }

  @Override
  public Campaign on(PledgeCanceled e) {
    long key = e.backer().value();
    return campaign.withBook(campaign.book().without(key, campaign.definition()))
        .withAfter(campaign.after().withPlans(campaign.plans().without(key)));
  }

  @Override
  public Campaign on(Canceled e) {
    return campaign.withLifecycle(campaign.lifecycle().withStatus(CampaignStatus.CANCELED));
  }

  @Override
  public Campaign on(Suspended e) {
    return campaign.withLifecycle(campaign.lifecycle().withStatus(CampaignStatus.SUSPENDED))
        .withBook(campaign.book().voided())
        .withAfter(campaign.after().withPlans(campaign.plans().cleared()));
  }

  @Override
  public Campaign on(Ended e) {
    return campaign.withLifecycle(campaign.lifecycle().ended(e.outcome()));
  }

  @Override
  public Campaign on(PledgesCharged e) {
    return campaign.withBook(campaign.book().withPayment(e.declined(), PaymentState.ERRORED)
        .withPayment(e.awaitingAuthentication(), PaymentState.AUTHENTICATION_REQUIRED)
        .withPayments(PaymentRun.charged(e.at(), e.retryUntil(), e.awaitingAuthentication())));
  }

  @Override
  public Campaign on(PaymentFixed e) {
    return campaign.withBook(campaign.book().withPayment(Set.of(e.backer()), PaymentState.COLLECTED));
  }

  @Override
  public Campaign on(PaymentAuthenticated e) {
    return campaign.withBook(campaign.book().withPayment(Set.of(e.backer()), PaymentState.COLLECTED));
  }

  @Override
  public Campaign on(RetryWindowClosed e) {
    PledgeBook book = campaign.book();
    return campaign.withBook(book.withPayment(e.recovered(), PaymentState.COLLECTED)
        .withPayment(e.dropped(), PaymentState.DROPPED)
        .withPayments(book.payments().closing(e.at())));
  }

  @Override
  public Campaign on(PledgeRefunded e) {
    return campaign.withBook(campaign.book().withPayment(Set.of(e.backer()), PaymentState.REFUNDED));
  }

  @Override
  public Campaign on(LatePledgesEnabled e) {
    return withLate(campaign.late().enable(e.at(), e.rewards(), e.plannedEnd()));
  }

  @Override
  public Campaign on(LateRewardPut e) {
    return withLate(campaign.late().withReward(e.reward()));
  }

  @Override
  public Campaign on(LatePledgeCharged e) {
    return withLate(campaign.late().charged(e.pledge(), e.charge(), campaign.definition()));
  }

  @Override
  public Campaign on(LatePledgesEnded e) {
    return withLate(campaign.late().ended(e.at(), e.rewardId()));
  }

  @Override
  public Campaign on(PaymentPlansEnabled e) {
    return withPlans(campaign.plans().enable(e.shape()));
  }

  @Override
  public Campaign on(PaymentPlanChosen e) {
    return withPlans(campaign.plans().chosen(e.backer().value(), e.payments()));
  }

  @Override
  public Campaign on(InstallmentCharged e) {
    Campaign charged = changePlan(e.backer(), plan -> switch (e.charge()) {
      case COLLECTED -> plan.attempt(e.number(), e.at(), true);
      case FAILED -> plan.attempt(e.number(), e.at(), false);
      case AUTHENTICATION_REQUIRED -> plan.authenticationRequired(e.number());
    }, e.charge() == InstallmentCharge.AUTHENTICATION_REQUIRED
        ? List.of(new PaymentPlans.AuthenticationAsked(e.number(), e.at())) : List.of());
    if (e.charge() != InstallmentCharge.COLLECTED || e.number() == 1) {
      return charged;
    }
    return charged.withAfter(charged.after().withPlans(charged.plans().laterCollected(e.at())));
  }

  @Override
  public Campaign on(PaymentPlanStopped e) {
    return changePlan(e.backer(), PaymentPlan::stop, List.of());
  }

  @Override
  public Campaign on(BackerRefunded e) {
    return withReversal(ChargeReversal.refund(e.at(), e.backer(), e.amount(), e.reason(), e.kind()));
  }

  @Override
  public Campaign on(ChargeDisputed e) {
    return withReversal(ChargeReversal.dispute(e.at(), e.backer(), ChargeReversal.Kind.DISPUTE_OPENED, e.amount()));
  }

  @Override
  public Campaign on(DisputeResolved e) {
    Money disputed = campaign.reversals().get(e.backer().value()).disputed(campaign.currency());
    return withReversal(ChargeReversal.dispute(e.at(), e.backer(), e.outcome() == DisputeOutcome.WON
        ? ChargeReversal.Kind.DISPUTE_WON : ChargeReversal.Kind.CHARGEBACK_LOST, disputed));
  }

  /** The campaign after a change of a backer's plan, which must exist, and the authentication requests it adds. */
  private Campaign changePlan(BackerId backer, UnaryOperator<PaymentPlan> change,
      List<PaymentPlans.AuthenticationAsked> asked) {
    PaymentPlan changed = change.apply(campaign.paymentPlans().of(backer).orElseThrow());
    PaymentPlans plans = campaign.plans();
    PaymentPlans.Payments payments = PaymentPlans.Payments.of(changed).askedAs(plans.get(backer.value()), asked);
    return withPlans(plans.with(backer.value(), payments));
  }

  private Campaign withLate(LatePledges late) {
    return campaign.withAfter(campaign.after().withLate(late));
  }

  private Campaign withPlans(PaymentPlans plans) {
    return campaign.withAfter(campaign.after().withPlans(plans));
  }

  private Campaign withReversal(ChargeReversal reversal) {
    return campaign.withAfter(campaign.after().withReversals(campaign.reversals().with(reversal)));
  }
}
