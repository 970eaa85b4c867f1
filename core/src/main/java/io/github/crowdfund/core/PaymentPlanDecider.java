package io.github.crowdfund.core;

import io.github.crowdfund.core.CampaignCommand.ChargeInstallment;
import io.github.crowdfund.core.CampaignCommand.ChoosePaymentPlan;
import io.github.crowdfund.core.CampaignCommand.EnablePaymentPlans;
import io.github.crowdfund.core.CampaignCommand.StopPaymentPlan;
import io.github.crowdfund.core.CampaignDecider.Violations;
import io.github.crowdfund.core.CampaignEvent.InstallmentCharged;
import io.github.crowdfund.core.CampaignEvent.PaymentPlanChosen;
import io.github.crowdfund.core.CampaignEvent.PaymentPlanStopped;
import io.github.crowdfund.core.CampaignEvent.PaymentPlansEnabled;
import io.github.crowdfund.core.RuleViolation.Code;
import io.github.crowdfund.core.installments.Installment;
import io.github.crowdfund.core.installments.InstallmentCharge;
import io.github.crowdfund.core.installments.PaymentPlan;
import io.github.crowdfund.core.installments.PaymentPlanShape;
import java.time.Instant;
import java.util.Optional;
import java.util.stream.Collectors;
import org.joda.money.Money;

/**
 * The rules of pledges over time, one method per payment-plan command, decided on one campaign under one rule set.
 * Kept apart from {@code CampaignDecider}, which dispatches to it and asks it about pledge changes and the campaign
 * charge; deciding changes nothing.
 *
 * <p>Not thread-safe to share; {@link Campaign#decide} makes one per command.
 */
final class PaymentPlanDecider {

  private final Campaign campaign;
  private final CampaignRules rules;

  PaymentPlanDecider(Campaign campaign, CampaignRules rules) {
    this.campaign = campaign;
    this.rules = rules;
  }

  Decision enable(EnablePaymentPlans command) {
    Violations v = new Violations();
    if (!campaign.isCreated()) {
      return v.add(Code.NOT_CREATED, "cannot offer payment plans: the campaign has not been created").rejection();
    }
    CampaignStatus status = campaign.status();
    if (status != CampaignStatus.DRAFT && status != CampaignStatus.SUBMITTED && status != CampaignStatus.LIVE) {
      v.add(Code.ILLEGAL_TRANSITION, "cannot offer payment plans on a campaign that is " + status
          + "; allowed from DRAFT, SUBMITTED or LIVE, before the deadline");
    }
    Instant deadline = campaign.deadlineOrNull();
    if (deadline != null && !command.at().isBefore(deadline)) {
      v.add(Code.DEADLINE_PASSED, "payment plans are offered before the deadline " + deadline + ", not at "
          + command.at());
    }
    if (campaign.plans().enabled()) {
      v.add(Code.PAYMENT_PLANS_ALREADY_ENABLED, "the campaign already offers payment plan '"
          + campaign.plans().shape().orElseThrow().id() + "'");
    }
    PaymentPlanShape shape = command.shape();
    if (!rules.paymentPlanShapes().contains(shape)) {
      v.add(Code.PAYMENT_PLAN_NOT_OFFERED, "the rules do not offer payment plan '" + shape.id() + "' as given; they "
          + "offer " + rules.paymentPlanShapes().stream().map(PaymentPlanShape::id)
          .collect(Collectors.joining(", ", "[", "]")));
    } else if (shape.minimum(campaign.currency()).isEmpty()) {
      v.add(Code.PAYMENT_PLAN_NOT_OFFERED, "payment plan '" + shape.id() + "' has no minimum in the campaign "
          + "currency " + campaign.currency() + "; it has " + shape.minimums().keySet());
    }
    return v.decide(() -> new PaymentPlansEnabled(command.at(), shape));
  }

  Decision choose(ChoosePaymentPlan command) {
    Violations v = new Violations();
    CampaignDecider.requireLiveBeforeDeadline(campaign, v, "choose a payment plan", command.at());
    if (!campaign.isCreated()) {
      return v.rejection();
    }
    Optional<PaymentPlanShape> offered = campaign.plans().shape();
    if (offered.isEmpty()) {
      return v.add(Code.PAYMENT_PLANS_NOT_ENABLED, "the campaign does not offer payment plans").rejection();
    }
    PaymentPlanShape shape = offered.get();
    long backer = command.backer().value();
    PledgeTrie.Entry pledge = campaign.book().get(backer);
    if (pledge == null) {
      return v.add(Code.NO_PLEDGE, command.backer() + " has no pledge to pay over time").rejection();
    }
    checkMinimum(shape, Money.ofMinor(campaign.currency(), pledge.amountMinor()), v);
    if (command.payments() < shape.minPayments() || command.payments() > shape.maxPayments()) {
      v.add(Code.PAYMENTS_OUT_OF_RANGE, "payment plan '" + shape.id() + "' takes " + shape.minPayments() + " to "
          + shape.maxPayments() + " payments, not " + command.payments());
    }
    if (campaign.plans().get(backer) != null && !shape.editable()) {
      v.add(Code.PAYMENT_PLAN_LOCKED, command.backer() + " already chose a plan of "
          + campaign.plans().get(backer).count() + " payments, and plan '" + shape.id() + "' cannot be edited");
    }
    return v.decide(() -> new PaymentPlanChosen(command.at(), command.backer(), command.payments()));
  }

  /**
   * A charge of one plan payment, any outcome: the payment is open, due, within its window (whose end is inclusive:
   * an attempt at exactly the end is the automatic retry at the end), not before its last failed attempt plus the
   * shape's spacing ({@link Code#RETRY_TOO_SOON}), and, unless the charge only asks for authentication, with an
   * attempt left. The spacing is the decider's rule only: {@link EventCheck} does not check it, so logs stored
   * before it was enforced, with attempts closer together, still replay.
   *
   * <p>At a window's end a charge and a {@code StopPaymentPlan} may both be accepted; the order of the commands
   * decides: a charge first is the retry at the end and the stop then cancels what is still open; a stop first
   * cancels the payment and the charge is then refused as {@link Code#INSTALLMENT_NOT_OPEN}.
   */
  Decision charge(ChargeInstallment command) {
    Violations v = new Violations();
    PaymentPlan plan = requireScheduledPlan(command.backer(), v);
    if (plan == null) {
      return v.rejection();
    }
    int number = command.number();
    if (number < 1 || number > plan.installments().size()) {
      return v.add(Code.UNKNOWN_INSTALLMENT, "the plan of " + command.backer() + " has payments 1 to "
          + plan.installments().size() + ", not " + number).rejection();
    }
    Installment payment = plan.installment(number);
    Instant at = command.at();
    if (!payment.state().isOpen()) {
      v.add(Code.INSTALLMENT_NOT_OPEN, "payment " + number + " of " + command.backer() + " is " + payment.state());
    }
    if (at.isBefore(payment.due())) {
      v.add(Code.INSTALLMENT_NOT_DUE, "payment " + number + " of " + command.backer() + " is due at "
          + payment.due() + ", not " + at);
    }
    if (at.isAfter(payment.windowEnd())) {
      v.add(Code.INSTALLMENT_WINDOW_CLOSED, "payment " + number + " of " + command.backer()
          + " may be charged until " + payment.windowEnd() + " inclusive, not at " + at);
    }
    Instant earliest = plan.earliestAttempt(number);
    if (payment.lastFailedAt().isPresent() && at.isBefore(earliest)) {
      v.add(Code.RETRY_TOO_SOON, "payment " + number + " of " + command.backer() + " failed at "
          + payment.lastFailedAt().get() + "; plan '" + plan.shape().id() + "' tries it again "
          + plan.shape().attemptSpacing() + " later, from " + earliest + ", not at " + at);
    }
    if (command.charge() != InstallmentCharge.AUTHENTICATION_REQUIRED && payment.attempts() >= plan.shape().attempts()) {
      v.add(Code.INSTALLMENT_ATTEMPTS_USED, "payment " + number + " of " + command.backer() + " was tried "
          + payment.attempts() + " times, the most plan '" + plan.shape().id() + "' allows");
    }
    return v.decide(() -> new InstallmentCharged(at, command.backer(), number, command.charge()));
  }

  Decision stop(StopPaymentPlan command) {
    Violations v = new Violations();
    PaymentPlan plan = requireScheduledPlan(command.backer(), v);
    if (plan != null && plan.installments().stream().noneMatch(p -> p.state().isOpen())) {
      v.add(Code.INSTALLMENT_NOT_OPEN, "the plan of " + command.backer() + " has no open payment to stop");
    }
    if (plan != null && !plan.shape().keepsPaidOnStop()) {
      RefundDecider.checkNoReversal(campaign, command.backer(), "stop and pay back the plan", v);
    }
    return v.decide(() -> new PaymentPlanStopped(command.at(), command.backer()));
  }

  /**
   * The checks a pledge change makes when the backer pays over time: a locked plan keeps its pledge; an editable one
   * keeps it at or above the minimum.
   */
  static void checkPledgeChange(Campaign campaign, Pledge pledge, Violations v) {
    PaymentPlans plans = campaign.plans();
    PaymentPlans.Payments chosen = plans.get(pledge.backer().value());
    if (chosen == null) {
      return;
    }
    PaymentPlanShape shape = plans.shape().orElseThrow();
    if (!shape.editable()) {
      v.add(Code.PAYMENT_PLAN_LOCKED, pledge.backer() + " pays over time with plan '" + shape.id()
          + "', which allows no edits to the pledge");
    } else {
      checkMinimum(shape, pledge.amount(), v);
    }
  }

  /** The violation of a campaign charge declining a backer who pays over time, if {@code backer} does. */
  static Optional<RuleViolation> chargedApart(Campaign campaign, BackerId backer) {
    return campaign.plans().get(backer.value()) == null ? Optional.empty() : Optional.of(new RuleViolation(
        Code.PAID_OVER_TIME, backer + " pays over time: the campaign charge does not take the pledge, its payments "
        + "are charged with ChargeInstallment"));
  }

  private static void checkMinimum(PaymentPlanShape shape, Money amount, Violations v) {
    Optional<Money> minimum = shape.minimum(amount.getCurrencyUnit());
    if (minimum.isEmpty() || amount.isLessThan(minimum.get())) {
      v.add(Code.PLEDGE_BELOW_PLAN_MINIMUM, "pledge " + amount + " cannot be paid with plan '" + shape.id()
          + "': its minimum is " + minimum.map(Money::toString).orElse("not set in " + amount.getCurrencyUnit()));
    }
  }

  /** The backer's plan once the pledges were charged, or null with the violation. */
  private PaymentPlan requireScheduledPlan(BackerId backer, Violations v) {
    if (!campaign.isCreated()) {
      v.add(Code.NOT_CREATED, "the campaign has not been created");
      return null;
    }
    if (!campaign.plans().enabled()) {
      v.add(Code.PAYMENT_PLANS_NOT_ENABLED, "the campaign does not offer payment plans");
      return null;
    }
    Optional<PaymentPlan> plan = campaign.paymentPlans().of(backer);
    if (plan.isEmpty()) {
      v.add(Code.NO_PAYMENT_PLAN, backer + " has no payment plan");
      return null;
    }
    if (!campaign.book().payments().charged()) {
      v.add(Code.NOT_CHARGED, "the pledges of this " + campaign.status() + " campaign have not been charged, so no "
          + "plan has started");
      return null;
    }
    return plan.get();
  }
}
