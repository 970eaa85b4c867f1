package io.github.crowdfund.core;

import io.github.crowdfund.core.CampaignEvent.AddOnPut;
import io.github.crowdfund.core.CampaignEvent.BackerRefunded;
import io.github.crowdfund.core.CampaignEvent.ChargeDisputed;
import io.github.crowdfund.core.CampaignEvent.DisputeResolved;
import io.github.crowdfund.core.CampaignEvent.Canceled;
import io.github.crowdfund.core.CampaignEvent.Created;
import io.github.crowdfund.core.CampaignEvent.DurationChanged;
import io.github.crowdfund.core.CampaignEvent.DonationCharged;
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
import io.github.crowdfund.core.Goal.MoneyGoal;
import io.github.crowdfund.core.Goal.PreOrderGoal;
import io.github.crowdfund.core.installments.PaymentPlanShape;
import java.time.Instant;
import java.util.function.Function;
import org.joda.money.Money;

/**
 * What is wrong with an event applied to a campaign, if anything: the checks {@link Campaign#evolve} makes before
 * applying an event from storage. Each check is O(1) (one trie lookup at most), so replay stays fast. Returns the
 * problem as a sentence, or the empty string when the event could have been decided on the campaign.
 *
 * <p>Checked: the order of instants (no event before the campaign's last one), the lifecycle (Created first and once,
 * submit from DRAFT, launch from SUBMITTED, no pledge before the launch, end from LIVE; late pledges enabled before
 * the deadline and once, late pledges charged only after a successful end and from the deadline; payment plans
 * offered once before the deadline, chosen while live for a pledge at or above the plan's minimum, their payments
 * changed only as the plan allows once the pledges were charged; an authenticated one-off charge only while it awaits
 * authentication and the retry window is open; refunds and disputes only on a successful campaign
 * and never more than may go back to the backer), currencies, known backers, and amounts and totals
 * a campaign can hold. Not checked, on purpose: the spacing between attempts of a plan payment, a rule of the
 * decider only, so that logs stored before it was enforced, with attempts closer together, still replay. Not
 * thread-safe to share; cheap to create.
 */
final class EventCheck implements CampaignEvent.Handler<String> {

  static final String OK = "";

  private final Campaign campaign;

  EventCheck(Campaign campaign) {
    this.campaign = campaign;
  }

  /** The problem with {@code event} on the campaign, or {@link #OK}. */
  String problemOf(CampaignEvent event) {
    if (!(event instanceof Created)) {
      if (!campaign.isCreated()) {
        return "a " + event.getClass().getSimpleName() + " event before the campaign's Created event";
      }
      Instant last = campaign.lastEventAtOrNull();
      if (last != null && event.at().isBefore(last)) {
        return "dated " + event.at() + ", before the campaign's last event at " + last;
      }
    }
    String noDeadline = FundraiserDecider.eventNeedsDeadline(campaign, event);
    return noDeadline.isEmpty() ? event.accept(this) : noDeadline;
  }

  @Override
  public String on(Created e) {
    return campaign.isCreated() ? "a second Created event for a campaign already created" : goalProblem(e.definition()
        .goal());
  }

  @Override
  public String on(Submitted e) {
    return status("a submission", CampaignStatus.DRAFT);
  }

  @Override
  public String on(Launched e) {
    if (!e.deadline().isAfter(e.at())) {
      return "launched at " + e.at() + " with a deadline " + e.deadline() + " not after it";
    }
    return status("a launch", CampaignStatus.SUBMITTED);
  }

  @Override
  public String on(GoalChanged e) {
    if (campaign.isLaunched() && !e.goal().currency().equals(campaign.currency())) {
      return "the goal changes currency to " + e.goal().currency() + " after the launch, from "
          + campaign.currency();
    }
    return goalProblem(e.goal());
  }

  @Override
  public String on(DurationChanged e) {
    return OK;
  }

  @Override
  public String on(RewardTierPut e) {
    return amountProblem("reward tier '" + e.tier().id() + "'", e.tier().price());
  }

  @Override
  public String on(AddOnPut e) {
    return amountProblem("add-on '" + e.addOn().id() + "'", e.addOn().price());
  }

  @Override
  public String on(PledgePlaced e) {
    Pledge pledge = e.pledge();
    Instant launchedAt = campaign.launchedAtOrNull();
    if (launchedAt == null || pledge.placedAt().isBefore(launchedAt)) {
      return "a pledge of " + pledge.backer() + " placed at " + pledge.placedAt() + " before the launch"
          + (launchedAt == null ? "" : " at " + launchedAt);
    }
    String amount = amountProblem("the pledge of " + pledge.backer(), pledge.amount());
    if (!amount.isEmpty()) {
      return amount;
    }
    PledgeBook book = campaign.book();
    PledgeTrie.Entry current = book.get(pledge.backer().value());
    if (!book.totalHolds(current == null ? 0 : current.amountMinor(), pledge.amount().getAmountMinorLong())) {
      return "the pledge of " + pledge.backer() + " for " + pledge.amount() + " takes the total "
          + campaign.totalPledged() + " beyond " + Long.MAX_VALUE + " minor units";
    }
    if (campaign.plans().get(pledge.backer().value()) != null
        && !campaign.plans().shape().orElseThrow().eligible(pledge.amount())) {
      return "the pledge of " + pledge.backer() + " for " + pledge.amount() + " is below the minimum of the payment "
          + "plan it is paid with";
    }
    return OK;
  }

  @Override
  public String on(PledgeCanceled e) {
    return knownBacker("a cancellation", e.backer());
  }

  @Override
  public String on(Canceled e) {
    return OK;
  }

  @Override
  public String on(Suspended e) {
    return OK;
  }

  @Override
  public String on(FundraiserLaunched e) {
    return FundraiserDecider.launchProblem(campaign);
  }

  @Override
  public String on(DonationCharged e) {
    if (!campaign.book().payments().fundraising().launched() || campaign.status() != CampaignStatus.LIVE) {
      return "a donation to a campaign that is not a live fundraiser: " + campaign.status();
    }
    if (campaign.book().get(e.donation().backer().value()) != null) {
      return "a second donation of " + e.donation().backer() + ", whose donation is final";
    }
    String problem = amountProblem("the donation", e.donation().amount());
    if (!problem.isEmpty()) {
      return problem;
    }
    long tipsMinor = campaign.book().payments().fundraising().tipsMinor();
    return campaign.book().totalHolds(0, e.donation().amount().getAmountMinorLong())
        && e.tip().getAmountMinorLong() <= Long.MAX_VALUE - tipsMinor ? OK
        : "a donation taking the total or the tips beyond " + Long.MAX_VALUE + " minor units";
  }

  @Override
  public String on(Ended e) {
    return status("an end", CampaignStatus.LIVE);
  }

  @Override
  public String on(PledgesCharged e) {
    for (BackerId backer : e.declined()) {
      if (campaign.plans().get(backer.value()) != null) {
        return "a campaign charge declining " + backer + ", who pays over time";
      }
    }
    for (BackerId backer : e.awaitingAuthentication()) {
      if (campaign.plans().get(backer.value()) != null) {
        return "a campaign charge awaiting the authentication of " + backer + ", who pays over time";
      }
      if (e.declined().contains(backer)) {
        return "a campaign charge both declining " + backer + " and awaiting their authentication";
      }
    }
    return OK;
  }

  @Override
  public String on(PaymentFixed e) {
    return knownBacker("a payment fix", e.backer());
  }

  @Override
  public String on(PaymentAuthenticated e) {
    PledgeTrie.Entry entry = campaign.book().get(e.backer().value());
    if (entry == null) {
      return "an authenticated payment for " + e.backer() + ", who has no pledge";
    }
    if (campaign.book().payments().closed()) {
      return "an authenticated payment for " + e.backer() + " after the retry window closed";
    }
    return entry.payment() == PaymentState.AUTHENTICATION_REQUIRED ? OK : "an authenticated payment for "
        + e.backer() + ", whose payment is " + entry.payment() + ", not AUTHENTICATION_REQUIRED";
  }

  @Override
  public String on(RetryWindowClosed e) {
    return OK;
  }

  @Override
  public String on(PledgeRefunded e) {
    String problem = knownBacker("a refund", e.backer());
    return problem.isEmpty() && !campaign.refunds().reversalsOf(e.backer()).isEmpty()
        ? "a whole-pledge refund of " + e.backer() + ", whose money was already refunded in part or disputed"
        : problem;
  }

  @Override
  public String on(LatePledgesEnabled e) {
    CampaignStatus status = campaign.status();
    if (status != CampaignStatus.DRAFT && status != CampaignStatus.SUBMITTED && status != CampaignStatus.LIVE) {
      return "late pledges enabled on a campaign that is " + status + ", not DRAFT, SUBMITTED or LIVE";
    }
    Instant deadline = campaign.deadlineOrNull();
    if (deadline != null && !e.at().isBefore(deadline)) {
      return "late pledges enabled at " + e.at() + ", not before the deadline " + deadline;
    }
    if (campaign.late().enabled()) {
      return "late pledges enabled a second time";
    }
    for (LateReward reward : e.rewards()) {
      String price = amountProblem("the late price of reward '" + reward.id() + "'", reward.latePrice());
      if (!price.isEmpty()) {
        return price;
      }
    }
    return OK;
  }

  @Override
  public String on(LateRewardPut e) {
    String problem = lateEnabled("a late reward");
    if (problem.isEmpty()) {
      problem = notIneligible("a late reward");
    }
    return problem.isEmpty()
        ? amountProblem("the late price of reward '" + e.reward().id() + "'", e.reward().latePrice()) : problem;
  }

  @Override
  public String on(LatePledgeCharged e) {
    Pledge pledge = e.pledge();
    String problem = lateEnabled("a late pledge of " + pledge.backer());
    if (!problem.isEmpty()) {
      return problem;
    }
    if (campaign.status() != CampaignStatus.SUCCESSFUL) {
      return "a late pledge of " + pledge.backer() + " on a campaign that is " + campaign.status()
          + ", not SUCCESSFUL";
    }
    Instant deadline = campaign.deadlineOrNull();
    if (deadline != null && pledge.placedAt().isBefore(deadline)) {
      return "a late pledge of " + pledge.backer() + " placed at " + pledge.placedAt() + " before the deadline "
          + deadline;
    }
    String amount = amountProblem("the late pledge of " + pledge.backer(), pledge.amount());
    if (!amount.isEmpty()) {
      return amount;
    }
    PledgeBook book = campaign.late().book();
    if (book.get(pledge.backer().value()) != null) {
      return "a second late pledge of " + pledge.backer();
    }
    if (!book.totalHolds(0, pledge.amount().getAmountMinorLong())) {
      return "the late pledge of " + pledge.backer() + " for " + pledge.amount() + " takes the late total beyond "
          + Long.MAX_VALUE + " minor units";
    }
    return OK;
  }

  @Override
  public String on(LatePledgesEnded e) {
    return lateEnabled("an end of late pledges");
  }

  @Override
  public String on(PaymentPlansEnabled e) {
    CampaignStatus status = campaign.status();
    if (status != CampaignStatus.DRAFT && status != CampaignStatus.SUBMITTED && status != CampaignStatus.LIVE) {
      return "payment plans offered on a campaign that is " + status + ", not DRAFT, SUBMITTED or LIVE";
    }
    Instant deadline = campaign.deadlineOrNull();
    if (deadline != null && !e.at().isBefore(deadline)) {
      return "payment plans offered at " + e.at() + ", not before the deadline " + deadline;
    }
    return campaign.plans().enabled() ? "payment plans offered a second time" : OK;
  }

  @Override
  public String on(PaymentPlanChosen e) {
    if (!campaign.plans().enabled()) {
      return "a payment plan of " + e.backer() + " on a campaign that offers none";
    }
    if (campaign.status() != CampaignStatus.LIVE) {
      return "a payment plan of " + e.backer() + " chosen on a campaign that is " + campaign.status() + ", not LIVE";
    }
    PledgeTrie.Entry pledge = campaign.book().get(e.backer().value());
    if (pledge == null) {
      return "a payment plan chosen by " + e.backer() + ", who has no pledge";
    }
    PaymentPlanShape shape = campaign.plans().shape().orElseThrow();
    if (e.payments() < shape.minPayments() || e.payments() > shape.maxPayments()) {
      return "a payment plan of " + e.payments() + " payments; plan '" + shape.id() + "' takes "
          + shape.minPayments() + " to " + shape.maxPayments();
    }
    Money amount = Money.ofMinor(campaign.currency(), pledge.amountMinor());
    return shape.eligible(amount) ? OK : "a payment plan for a pledge of " + amount + ", below the minimum of plan '"
        + shape.id() + "'";
  }

  @Override
  public String on(InstallmentCharged e) {
    return planChange(e.backer(), evolution -> evolution.on(e));
  }

  @Override
  public String on(PaymentPlanStopped e) {
    if (!campaign.refunds().reversalsOf(e.backer()).isEmpty() && campaign.paymentPlans().shape()
        .filter(shape -> !shape.keepsPaidOnStop()).isPresent()) {
      return "a plan of " + e.backer() + " stopped and paid back after money was refunded in part or disputed";
    }
    return planChange(e.backer(), evolution -> evolution.on(e));
  }

  @Override
  public String on(BackerRefunded e) {
    return RefundDecider.problemOf(campaign, e.backer(), e.amount(), "refund");
  }

  @Override
  public String on(ChargeDisputed e) {
    return RefundDecider.problemOf(campaign, e.backer(), e.amount(), "dispute");
  }

  @Override
  public String on(DisputeResolved e) {
    return RefundDecider.problemOf(campaign, e.backer(), null, "dispute end");
  }

  /** Whether the backer's started plan takes the change; the change's own refusal is the problem if not. */
  private String planChange(BackerId backer, Function<CampaignEvent.Handler<Campaign>, Campaign> change) {
    if (campaign.paymentPlans().of(backer).isEmpty()) {
      return "a payment of " + backer + ", who has no payment plan";
    }
    if (!campaign.book().payments().charged()) {
      return "a payment of the plan of " + backer + " before the pledges were charged";
    }
    try {
      change.apply(campaign.evolution());
      return OK;
    } catch (IllegalArgumentException refused) {
      return "a payment of the plan of " + backer + " that its plan refuses: " + refused.getMessage();
    }
  }

  private String lateEnabled(String what) {
    return campaign.late().enabled() ? OK : what + " on a campaign whose late pledges were not enabled";
  }

  private String notIneligible(String what) {
    return LatePledgeDecider.ineligible(campaign.status()) ? what + " on a campaign that is " + campaign.status() : OK;
  }

  private String status(String what, CampaignStatus expected) {
    return campaign.status() == expected ? OK
        : what + " on a campaign that is " + campaign.status() + ", not " + expected;
  }

  private String knownBacker(String what, BackerId backer) {
    return campaign.book().get(backer.value()) != null ? OK : what + " for " + backer + ", who has no pledge";
  }

  private String goalProblem(Goal goal) {
    if (goal instanceof MoneyGoal money) {
      return PledgeBook.holds(money.target()) ? OK : "the goal " + money.target() + " is beyond what a campaign holds";
    }
    Money price = ((PreOrderGoal) goal).price();
    return PledgeBook.holds(price) ? OK : "the order price " + price + " is beyond what a campaign holds";
  }

  /** An amount in another currency than the campaign's, or beyond what it holds. */
  private String amountProblem(String what, Money amount) {
    if (!amount.getCurrencyUnit().equals(campaign.currency())) {
      return what + " is in " + amount.getCurrencyUnit() + " (" + amount + ") but the campaign is in "
          + campaign.currency();
    }
    return PledgeBook.holds(amount) ? OK : what + " of " + amount + " is beyond " + Long.MAX_VALUE + " minor units";
  }
}
