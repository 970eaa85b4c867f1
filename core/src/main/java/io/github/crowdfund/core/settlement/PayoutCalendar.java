package io.github.crowdfund.core.settlement;

import io.github.crowdfund.core.BackerId;
import io.github.crowdfund.core.Campaign;
import io.github.crowdfund.core.FundingOutcome;
import io.github.crowdfund.core.LatePledgePhase;
import io.github.crowdfund.core.PaymentState;
import io.github.crowdfund.core.Pledge;
import io.github.crowdfund.core.fees.FeeSchedule;
import io.github.crowdfund.core.fees.ProcessingFeeOnRefund;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.joda.money.Money;

/**
 * A campaign's payouts by date: the campaign payout on the schedule's campaign payout day, then one payout per
 * late-pledge window that collected late pledges, and one installments payout for the later payments of the payment
 * plans, each settled on its own with the same fee schedule. Each payout lists what it covers and its deductions.
 *
 * <p>Pledges over time follow Kickstarter's Pledge Over Time: the campaign payout covers the one-off pledges and the
 * first payment of each plan ({@link Campaign#campaignChargePayments()}, collected with the campaign charge); one
 * final {@link Payout.Kind#INSTALLMENTS} payout covers the payments numbered 2 and later
 * ({@link Campaign#laterPlanPayments()}), dated {@link PayoutSchedule#installmentPayout} after the instant the last
 * of them was collected ({@link io.github.crowdfund.core.PaymentPlanView#lastLaterPaymentCollectedAt()}). One final
 * payout rather than one per payment number, because that is what the platform describes ("a final payout when the
 * rest is collected") and because a campaign is settled only once every plan is finished. A plan stopped after its
 * first payment adds nothing to it; a campaign whose later payments were never collected has none.
 * {@link #ledger} adds the refunds and lost chargebacks by date: what the creator was paid and what they owe.
 *
 * <p>This class is a set of static functions; it has no state and is thread-safe.
 */
public final class PayoutCalendar {

  private PayoutCalendar() {}

  /**
   * Returns the payouts of a settled campaign as of {@code asOf}, by date: the campaign payout, then a late-pledge
   * payout for every window that started before {@code asOf} and before late pledges ended and collected late
   * pledges (a window without any pays nothing and is left out), and the installments payout if a plan payment
   * numbered 2 or later was collected.
   *
   * @param campaign a campaign whose payments are final ({@link Campaign#paymentsFinal()})
   * @param fees the platform's fee schedule
   * @param schedule when the platform pays
   * @param asOf the instant the calendar is drawn up to
   * @return the payouts in date order (payouts due on the same instant in the order campaign, late pledges,
   *     installments); only the campaign payout for a campaign without late pledges or later plan payments; empty
   *     for a failed campaign
   * @throws IllegalStateException if the campaign's payments are not final
   * @throws IllegalArgumentException if the campaign is a fundraiser without a deadline, naming it
   */
  public static List<Payout> of(Campaign campaign, FeeSchedule fees, PayoutSchedule schedule, Instant asOf) {
    Objects.requireNonNull(campaign, "campaign");
    Objects.requireNonNull(fees, "fees");
    Objects.requireNonNull(schedule, "schedule");
    Objects.requireNonNull(asOf, "asOf");
    if (campaign.fundraiser().isPresent()) {
      throw new IllegalArgumentException("campaign " + campaign.id() + " is a fundraiser without a deadline, so it has"
          + " no payout calendar counted from one: settle it with Settlement.of whenever it pays out");
    }
    // a payout is drawn up on its date: refunds and disputes after it are debits of the ledger, not its deductions
    FeeSchedule atPayout = fees.withProcessingFeeOnRefund(ProcessingFeeOnRefund.KEPT_BY_PROCESSOR);
    Optional<Instant> laterCollected = campaign.paymentPlans().lastLaterPaymentCollectedAt();
    Settlement<BackerId> settlement;
    if (laterCollected.isEmpty()) {
      settlement = Settlement.of(campaign, atPayout);
    } else {
      // the campaign payout holds only what the campaign charge collected: settle that part alone, once
      Settlement.requireFinal(campaign);
      settlement = Settlement.of(campaign.currency(), campaign.fundingOutcome().orElseThrow(),
          campaign.campaignChargePayments(), atPayout);
    }
    if (settlement.outcome() == FundingOutcome.FAILED) {
      return List.of();
    }
    Instant deadline = campaign.deadline().orElseThrow();
    List<Payout> payouts = new ArrayList<>();
    payouts.add(payout(schedule.campaignPayout(deadline), Payout.Kind.CAMPAIGN, campaign.launchedAt().orElseThrow(),
        deadline, campaign.backerCount(), settlement));
    addLatePayouts(campaign, fees, schedule, asOf, payouts);
    laterCollected.ifPresent(last -> payouts.add(installments(campaign, atPayout, schedule, last)));
    payouts.sort(Comparator.comparing(Payout::date));
    return payouts;
  }

  /**
   * The installments payout: the plan payments numbered 2 and later, settled on their own, dated after the last of
   * them was collected; it covers from the deadline until just after that instant.
   */
  private static Payout installments(Campaign campaign, FeeSchedule fees, PayoutSchedule schedule,
      Instant lastCollected) {
    List<PledgePayment<BackerId>> later = campaign.laterPlanPayments();
    Set<BackerId> paying = new HashSet<>();
    for (PledgePayment<BackerId> payment : later) {
      if (payment.state() == PaymentState.COLLECTED || payment.state() == PaymentState.REFUNDED) {
        paying.add(payment.backer());
      }
    }
    return payout(schedule.installmentPayout(lastCollected), Payout.Kind.INSTALLMENTS,
        campaign.deadline().orElseThrow(), lastCollected.plusNanos(1), paying.size(),
        Settlement.of(campaign.currency(), FundingOutcome.SUCCESSFUL, later, fees));
  }

  /** Adds the payout of every late-pledge window that collected late pledges, as {@link #of} says. */
  private static void addLatePayouts(Campaign campaign, FeeSchedule fees, PayoutSchedule schedule, Instant asOf,
      List<Payout> payouts) {
    if (campaign.latePledges().backerCount() == 0) {
      return;
    }
    Instant deadline = campaign.deadline().orElseThrow();
    List<Pledge> late = new ArrayList<>(campaign.latePledges().backerCount());
    campaign.latePledges().forEach(late::add);
    for (int n = 1; ; n++) {
      Instant from = schedule.lateWindowStart(deadline, n);
      if (!from.isBefore(asOf) || campaign.latePledges().phase(from) == LatePledgePhase.ENDED) {
        break;
      }
      Instant until = schedule.lateWindowEnd(deadline, n);
      List<PledgePayment<BackerId>> window = new ArrayList<>();
      for (Pledge pledge : late) {
        if (!pledge.placedAt().isBefore(from) && pledge.placedAt().isBefore(until)) {
          window.add(new PledgePayment<>(pledge.backer(), pledge.amount(), PaymentState.COLLECTED));
        }
      }
      if (!window.isEmpty()) {
        payouts.add(payout(schedule.latePayout(deadline, n), Payout.Kind.LATE_PLEDGES, from, until, window.size(),
            Settlement.of(campaign.currency(), FundingOutcome.SUCCESSFUL, window, fees)));
      }
    }
  }

  /**
   * Returns the creator's ledger as of {@code asOf}, by date: each payout of {@link #of} credited on its date and
   * paid out as far as the balance is positive ({@link CreatorBalance#earnedAndPaid}), each refund debited on its
   * date less the processing fee the schedule's {@link FeeSchedule#processingFeeOnRefund()} returns, and each lost
   * chargeback debited (no chargeback fee). A refund before a payout is deducted from it; one after leaves the balance
   * negative until the next payout. Refunds of the whole pledge by {@code RefundPledge}, which carry no amount of
   * their own, are in the campaign payout's figures as before, not here.
   *
   * <p>Everything collected = the payouts' deductions − processing fees returned + paid out + refunded + the closing
   * balance, to the minor unit.
   *
   * @param campaign a campaign whose payments are final
   * @param fees the platform's fee schedule
   * @param schedule when the platform pays
   * @param asOf the instant the ledger is drawn up to (exclusive for refunds, as for payouts)
   * @return the balance with its entries by date
   * @throws IllegalStateException if the campaign's payments are not final
   */
  public static CreatorBalance ledger(Campaign campaign, FeeSchedule fees, PayoutSchedule schedule, Instant asOf) {
    List<Payout> payouts = of(campaign, fees, schedule, asOf);
    List<ChargeReversal> reversals = campaign.refunds().reversals();
    Map<BackerId, Money[]> accounts = new HashMap<>();
    for (ChargeReversal reversal : reversals) {
      if (reversal.kind() == ChargeReversal.Kind.REFUND) {
        accounts.put(reversal.backer(), null);
      }
    }
    feesOfCharges(campaign, fees, accounts);
    CreatorBalance balance = CreatorBalance.empty(campaign.currency());
    int next = 0;
    for (ChargeReversal reversal : reversals) {
      if (!reversal.at().isBefore(asOf)) {
        break;
      }
      for (; next < payouts.size() && payouts.get(next).date().isBefore(reversal.at()); next++) {
        balance = balance.earnedAndPaid(payouts.get(next));
      }
      if (reversal.kind() == ChargeReversal.Kind.CHARGEBACK_LOST) {
        balance = balance.chargebackLost(reversal.at(), reversal.amount(), Money.zero(campaign.currency()));
      } else if (reversal.kind() == ChargeReversal.Kind.REFUND) {
        Money[] account = accounts.get(reversal.backer());
        Money returned = fees.processingFeeOnRefund().returnedBy(account[1], account[0], account[2],
            reversal.amount());
        account[2] = account[2].plus(reversal.amount());
        balance = balance.refund(reversal.at(), reversal.amount(), reversal.reason().orElseThrow(),
            reversal.part().orElseThrow(), returned);
      }
    }
    for (; next < payouts.size(); next++) {
      balance = balance.earnedAndPaid(payouts.get(next));
    }
    return balance;
  }

  /**
   * Fills, for each backer key of {@code accounts}, what was collected from them, the processing fee of those
   * charges and (zero) what was refunded so far.
   */
  private static void feesOfCharges(Campaign campaign, FeeSchedule fees, Map<BackerId, Money[]> accounts) {
    if (accounts.isEmpty()) {
      return;
    }
    Money zero = Money.zero(campaign.currency());
    List<PledgePayment<BackerId>> charges = new ArrayList<>(campaign.pledgePayments());
    campaign.latePledges().forEach(late -> charges.add(new PledgePayment<>(late.backer(), late.amount(),
        PaymentState.COLLECTED)));
    for (PledgePayment<BackerId> charge : charges) {
      if (!accounts.containsKey(charge.backer()) || charge.state() != PaymentState.COLLECTED
          && charge.state() != PaymentState.REFUNDED) {
        continue;
      }
      Money[] account = accounts.get(charge.backer());
      if (account == null) {
        account = new Money[] {zero, zero, zero};
        accounts.put(charge.backer(), account);
      }
      account[0] = account[0].plus(charge.amount());
      account[1] = account[1].plus(fees.processingFee().on(charge.amount()));
    }
  }

  private static Payout payout(Instant date, Payout.Kind kind, Instant from, Instant until, int pledges,
      Settlement<BackerId> s) {
    Money collected = s.collected();
    return new Payout(date, kind, from, until, pledges, collected, s.platformFee(), s.processingFees(),
        s.taxOnFees(), s.payout());
  }
}
