package io.github.crowdfund.core.settlement;

import io.github.crowdfund.core.BackerId;
import io.github.crowdfund.core.Campaign;
import io.github.crowdfund.core.FundingOutcome;
import io.github.crowdfund.core.LatePledgePhase;
import io.github.crowdfund.core.PaymentState;
import io.github.crowdfund.core.Pledge;
import io.github.crowdfund.core.fees.FeeSchedule;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.joda.money.Money;

/**
 * A campaign's payouts by date: the campaign payout (its settlement at the deadline, {@link Settlement#of(Campaign,
 * FeeSchedule)}) on the schedule's campaign payout day, then one payout per late-pledge window that collected late
 * pledges, each settled on its own with the same fee schedule. Each payout lists what it covers and its deductions.
 *
 * <p>This class is a set of static functions; it has no state and is thread-safe.
 */
public final class PayoutCalendar {

  private PayoutCalendar() {}

  /**
   * Returns the payouts of a settled campaign as of {@code asOf}, by date: the campaign payout, then a late-pledge
   * payout for every window that started before {@code asOf} and before late pledges ended and collected late
   * pledges (a window without any pays nothing and is left out).
   *
   * @param campaign a campaign whose payments are final ({@link Campaign#paymentsFinal()})
   * @param fees the platform's fee schedule
   * @param schedule when the platform pays
   * @param asOf the instant the calendar is drawn up to
   * @return the payouts in date order; only the campaign payout for a campaign without late pledges; empty for a
   *     failed campaign
   * @throws IllegalStateException if the campaign's payments are not final
   */
  public static List<Payout> of(Campaign campaign, FeeSchedule fees, PayoutSchedule schedule, Instant asOf) {
    Objects.requireNonNull(campaign, "campaign");
    Objects.requireNonNull(fees, "fees");
    Objects.requireNonNull(schedule, "schedule");
    Objects.requireNonNull(asOf, "asOf");
    Settlement<BackerId> settlement = Settlement.of(campaign, fees);
    if (settlement.outcome() == FundingOutcome.FAILED) {
      return List.of();
    }
    Instant deadline = campaign.deadline().orElseThrow();
    List<Payout> payouts = new ArrayList<>();
    payouts.add(payout(schedule.campaignPayout(deadline), Payout.Kind.CAMPAIGN, campaign.launchedAt().orElseThrow(),
        deadline, campaign.backerCount(), settlement));
    if (campaign.latePledgeBackerCount() == 0) {
      return payouts;
    }
    List<Pledge> late = new ArrayList<>(campaign.latePledgeBackerCount());
    campaign.forEachLatePledge(late::add);
    for (int n = 1; ; n++) {
      Instant from = schedule.lateWindowStart(deadline, n);
      if (!from.isBefore(asOf) || campaign.latePledgePhase(from) == LatePledgePhase.ENDED) {
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
    return payouts;
  }

  private static Payout payout(Instant date, Payout.Kind kind, Instant from, Instant until, int pledges,
      Settlement<BackerId> s) {
    Money collected = s.collected();
    return new Payout(date, kind, from, until, pledges, collected, s.platformFee(), s.processingFees(),
        s.taxOnFees(), s.payout());
  }
}
