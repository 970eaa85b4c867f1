package io.github.crowdfund.core;

import io.github.crowdfund.core.CampaignCommand.DisputeCharge;
import io.github.crowdfund.core.CampaignCommand.RefundBacker;
import io.github.crowdfund.core.CampaignCommand.ResolveDispute;
import io.github.crowdfund.core.CampaignDecider.Violations;
import io.github.crowdfund.core.CampaignEvent.BackerRefunded;
import io.github.crowdfund.core.CampaignEvent.ChargeDisputed;
import io.github.crowdfund.core.CampaignEvent.DisputeResolved;
import io.github.crowdfund.core.RuleViolation.Code;
import java.util.List;
import org.joda.money.Money;

/**
 * The rules of refunds and disputes, one method per command, decided on one campaign: money goes back to a backer
 * only from a campaign that ended successfully, in its currency, and never more than was collected from that backer
 * net of earlier refunds, lost chargebacks and an open dispute; a backer has one open dispute at most. The same
 * checks guard the events on replay ({@link #problemOf}). Deciding changes nothing.
 *
 * <p>Not thread-safe to share; {@link Campaign#decide} makes one per command.
 */
final class RefundDecider {

  private final Campaign campaign;

  RefundDecider(Campaign campaign) {
    this.campaign = campaign;
  }

  Decision refund(RefundBacker command) {
    Violations v = new Violations();
    check(campaign, command.backer(), command.amount(), "refund", v);
    return v.decide(() -> new BackerRefunded(command.at(), command.backer(), command.amount(), command.reason(),
        command.kind()));
  }

  Decision dispute(DisputeCharge command) {
    Violations v = new Violations();
    check(campaign, command.backer(), command.amount(), "dispute", v);
    return v.decide(() -> new ChargeDisputed(command.at(), command.backer(), command.amount()));
  }

  Decision resolve(ResolveDispute command) {
    Violations v = new Violations();
    checkOpenDispute(campaign, command.backer(), v);
    return v.decide(() -> new DisputeResolved(command.at(), command.backer(), command.outcome()));
  }

  /**
   * Why a whole-pledge refund of {@code backer} would conflict with their refunds and disputes: once money went back
   * in part or a dispute was opened, only {@link RefundBacker} pays back the rest.
   */
  static void checkNoReversal(Campaign campaign, BackerId backer, String action, Violations v) {
    if (!campaign.refunds().reversalsOf(backer).isEmpty()) {
      v.add(Code.REFUND_CONFLICT, "cannot " + action + " of " + backer + ": money was refunded in part or disputed "
          + "(" + campaign.refunds().reversalsOf(backer).size() + " steps); refund the rest with RefundBacker, up to "
          + campaign.refunds().refundableTo(backer));
    }
  }

  /** The problem of a refund, dispute or dispute end found again on replay, or {@link EventCheck#OK}. */
  static String problemOf(Campaign campaign, BackerId backer, Money amount, String what) {
    Violations v = new Violations();
    if (amount == null) {
      checkOpenDispute(campaign, backer, v);
    } else {
      check(campaign, backer, amount, what, v);
    }
    List<RuleViolation> found = v.found();
    return found.isEmpty() ? EventCheck.OK : found.get(0).message();
  }

  private static void check(Campaign campaign, BackerId backer, Money amount, String what, Violations v) {
    if (!campaign.isCreated()) {
      v.add(Code.NOT_CREATED, "cannot " + what + ": the campaign has not been created");
      return;
    }
    if (campaign.status() != CampaignStatus.SUCCESSFUL) {
      v.add(Code.CAMPAIGN_NOT_SUCCESSFUL, "cannot " + what + " on a campaign that is " + campaign.status()
          + ": only a campaign that ended successfully collected money");
    }
    if (!amount.getCurrencyUnit().equals(campaign.currency())) {
      v.add(Code.CURRENCY_MISMATCH, what + " " + amount + " is not in the campaign currency " + campaign.currency());
      return;
    }
    if (campaign.pledgeOf(backer).isEmpty() && campaign.latePledges().of(backer).isEmpty()) {
      v.add(Code.NO_PLEDGE, backer + " has no pledge and no late pledge");
      return;
    }
    if (what.equals("dispute") && campaign.refunds().openDisputeOf(backer).isPresent()) {
      v.add(Code.REFUND_CONFLICT, backer + " already disputes " + campaign.refunds().openDisputeOf(backer).get());
    }
    Money refundable = campaign.refunds().refundableTo(backer);
    if (amount.isGreaterThan(refundable)) {
      v.add(Code.REFUND_ABOVE_COLLECTED, what + " " + amount + " to " + backer + " is more than the " + refundable
          + " that may go back: collected " + campaign.refunds().collectedFrom(backer) + ", returned "
          + campaign.refunds().returnedTo(backer) + ", open dispute " + campaign.refunds().openDisputeOf(backer)
          .map(Money::toString).orElse("none"));
    }
  }

  private static void checkOpenDispute(Campaign campaign, BackerId backer, Violations v) {
    if (!campaign.isCreated()) {
      v.add(Code.NOT_CREATED, "cannot end a dispute: the campaign has not been created");
    } else if (campaign.refunds().openDisputeOf(backer).isEmpty()) {
      v.add(Code.NO_DISPUTE, backer + " has no open dispute to end");
    }
  }
}
