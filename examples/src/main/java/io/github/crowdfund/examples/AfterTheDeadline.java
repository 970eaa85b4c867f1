package io.github.crowdfund.examples;

import io.github.crowdfund.core.BackerId;
import io.github.crowdfund.core.Campaign;
import io.github.crowdfund.core.CampaignCommand.ChargeInstallment;
import io.github.crowdfund.core.CampaignCommand.Create;
import io.github.crowdfund.core.CampaignCommand.PlacePledge;
import io.github.crowdfund.core.CampaignCommand;
import io.github.crowdfund.core.CampaignDefinition;
import io.github.crowdfund.core.CampaignRules;
import io.github.crowdfund.core.Country;
import io.github.crowdfund.core.FinalWindowRule;
import io.github.crowdfund.core.Goal;
import io.github.crowdfund.core.LateCharge;
import io.github.crowdfund.core.LateReward;
import io.github.crowdfund.core.Pledge;
import io.github.crowdfund.core.RewardTier;
import io.github.crowdfund.core.RuleViolation;
import io.github.crowdfund.core.installments.Installment;
import io.github.crowdfund.core.installments.InstallmentCharge;
import io.github.crowdfund.core.installments.PaymentPlan;
import io.github.crowdfund.core.installments.PaymentPlanShape;
import io.github.crowdfund.core.settlement.CreatorBalance;
import io.github.crowdfund.core.settlement.Payout;
import io.github.crowdfund.core.settlement.PayoutCalendar;
import io.github.crowdfund.core.settlement.PayoutSchedule;
import io.github.crowdfund.core.settlement.RefundKind;
import io.github.crowdfund.core.settlement.RefundReason;
import io.github.crowdfund.markets.PaymentPlanShapes;
import io.github.crowdfund.markets.Platform;
import io.github.crowdfund.markets.PlatformRules;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.joda.money.CurrencyUnit;
import org.joda.money.Money;

/**
 * After the deadline, 2026 (made up, on Kickstarter's published rules): a USD 5,000 lamp campaign succeeds with 30
 * backers paying USD 150 at once and 3 paying a USD 280 pair in Kickstarter's 3 monthly payments; one of them stops
 * paying after the first payment and keeps it paid. Late pledges at a late price of USD 175 (not the campaign's USD
 * 150) arrive on days 2, 5, 16 and 20 after the deadline. On day 20, after the first payouts, a backer gets USD 50
 * back because a shade colour was dropped, which leaves the creator's balance negative until the next payout. The
 * payout calendar (day 14 with the first plan payments, days 17 and 24 for late pledges, and a final installments
 * payout when the last plan payment is collected) and the creator's ledger are printed.
 */
final class AfterTheDeadline implements Scenario {

  static final LocalDate LAUNCH_DAY = LocalDate.of(2026, 3, 2);
  static final Instant LAUNCH = LAUNCH_DAY.atTime(16, 0).toInstant(ZoneOffset.UTC);
  static final Duration DURATION = Duration.ofDays(30);
  static final Instant DEADLINE = LAUNCH.plus(DURATION);
  private static final CurrencyUnit USD = CurrencyUnit.USD;
  private static final RewardTier LAMP = Stories.tier(USD, "lamp", "Tidewater lamp", 150, 0, YearMonth.of(2026, 11));
  private static final RewardTier PAIR = Stories.tier(USD, "pair", "A pair of lamps", 280, 0, YearMonth.of(2026, 11));
  private static final Money GOAL = Money.ofMajor(USD, 5_000);
  private static final Money LATE_PRICE = Money.ofMajor(USD, 175);
  /** The backers who pay over time; the last one stops after the first payment. */
  static final List<BackerId> OVER_TIME = List.of(BackerId.of(31), BackerId.of(32), BackerId.of(33));
  static final BackerId REFUNDED = BackerId.of(5);
  static final Money REFUND = Money.ofMajor(USD, 50);

  /**
   * What happened.
   *
   * @param campaign the campaign once every payment is final
   * @param plans the three payment plans, in backer order
   * @param payouts the payout calendar
   * @param ledger the creator's ledger: payouts and the refund by date
   */
  record Result(Campaign campaign, List<PaymentPlan> plans, List<Payout> payouts, CreatorBalance ledger)
      implements Report {

    @Override
    public String text() {
      StringBuilder out = new StringBuilder();
      out.append("Tidewater Lamps launches on ").append(LAUNCH_DAY).append(": goal ")
          .append(Text.money(GOAL))
          .append(", late pledges at ").append(Text.money(LATE_PRICE)).append(" (campaign price ")
          .append(Text.money(LAMP.price())).append("), pledges over time in 3 monthly payments\n");
      out.append("(A made-up campaign under Kickstarter's rules; the figures are the story's own.)\n");
      out.append("Ended ").append(campaign.status()).append(": ").append(Text.money(campaign.totalPledged()))
          .append(" from ").append(campaign.backerCount()).append(" backers; late pledges ")
          .append(Text.money(campaign.latePledges().total())).append(" from ")
          .append(campaign.latePledges().backerCount())
          .append(" backers, kept apart\n");
      Text.Table plans = Text.Table.of("backer", "payment 1", "payment 2", "payment 3", "paid");
      for (int i = 0; i < this.plans.size(); i++) {
        PaymentPlan plan = this.plans.get(i);
        List<String> cells = new ArrayList<>(List.of(OVER_TIME.get(i).toString()));
        for (Installment payment : plan.installments()) {
          cells.add(Text.money(payment.amount()) + " " + payment.state().name().toLowerCase(Locale.ROOT));
        }
        cells.add(Text.money(plan.paid()));
        plans.row(cells.toArray());
      }
      out.append(plans.render());
      out.append("Day 20: ").append(REFUNDED).append(" gets ").append(Text.money(REFUND))
          .append(" back (CHANGE_OR_REMOVAL, ITEM: a shade colour was dropped)\n");
      out.append("Payout calendar (Kickstarter: day 14 with the first plan payments, late pledges on day 17 and every"
          + " 7 days, the later plan payments when the rest is collected):\n");
      Text.Table calendar = Text.Table.of("date", "covers", "pledges", "collected", "fees", "net");
      for (Payout payout : payouts) {
        calendar.row(payout.date().atOffset(ZoneOffset.UTC).toLocalDate(),
            covers(payout),
            payout.pledges(), Text.money(payout.collected()),
            Text.money(payout.platformFee().plus(payout.processingFees()).plus(payout.taxOnFees())),
            Text.money(payout.net()));
      }
      out.append(calendar.render());
      out.append("The creator's ledger:\n");
      Text.Table entries = Text.Table.of("date", "entry", "amount", "balance");
      Money balance = Money.zero(USD);
      for (CreatorBalance.Entry entry : ledger.entries()) {
        balance = balance.plus(entry.amount());
        entries.row(entry.at().atOffset(ZoneOffset.UTC).toLocalDate(),
            entry.kind().name().toLowerCase(Locale.ROOT).replace('_', ' '), Text.money(entry.amount()),
            Text.money(balance));
      }
      out.append(entries.render());
      return out.toString();
    }
  }

  /** What a payout covers, in a few words. */
  private static String covers(Payout payout) {
    LocalDate until = payout.coversUntil().atOffset(ZoneOffset.UTC).toLocalDate();
    return switch (payout.kind()) {
      case CAMPAIGN -> "campaign";
      case LATE_PLEDGES -> "late pledges to " + until;
      case INSTALLMENTS -> "plan payments 2-3 to " + until;
    };
  }

  @Override
  public String title() {
    return "After the deadline, 2026: late pledges, pledges over time, a refund after the payout";
  }

  @Override
  public Result run() {
    PlatformRules kickstarter = Platform.kickstarter().rules(Country.of("US"), USD, LAUNCH_DAY);
    PaymentPlanShape monthly = PaymentPlanShapes.bundled().shape("kickstarter-2025");
    StoryCampaign run = StoryCampaign.launch(new Create(LAUNCH.minus(Duration.ofDays(7)), CampaignDefinition
        .builder().id("tidewater-lamps").creator("tidewater").title("Tidewater Lamps")
        .goal(Goal.allOrNothing(GOAL)).duration(DURATION).tier(LAMP).tier(PAIR).build()),
        LAUNCH, kickstarter.withPaymentPlanShapes(List.of(monthly)));
    run.require(new CampaignCommand.EnablePaymentPlans(LAUNCH.plusSeconds(60), monthly));
    run.require(new CampaignCommand.EnableLatePledges(LAUNCH.plusSeconds(120),
        List.of(LateReward.of(LAMP, LATE_PRICE)), Optional.empty()));
    for (int b = 1; b <= 30; b++) {
      run.require(new PlacePledge(Pledge.forReward(BackerId.of(b), LAMP.price(), "lamp",
          LAUNCH.plus(Duration.ofHours(12L * b)))));
    }
    for (BackerId backer : OVER_TIME) {
      Instant at = LAUNCH.plus(Duration.ofDays(20 + backer.value() - 30));
      run.require(new PlacePledge(Pledge.forReward(backer, PAIR.price(), "pair", at)));
      run.require(new CampaignCommand.ChoosePaymentPlan(at.plusSeconds(30), backer, 3));
    }
    run.end();
    Instant charged = DEADLINE.plus(Duration.ofHours(1));
    run.require(new CampaignCommand.ChargePledges(charged, Set.of()));
    OVER_TIME.forEach(backer -> run.require(new ChargeInstallment(charged, backer, 1, InstallmentCharge.COLLECTED)));
    late(run, 101, 2);
    late(run, 102, 5);
    run.require(new CampaignCommand.CloseRetryWindow(afterDeadline(7), Set.of()));
    late(run, 103, 16);
    late(run, 104, 20);
    run.require(new CampaignCommand.RefundBacker(afterDeadline(20).plus(Duration.ofHours(2)), REFUNDED, REFUND,
        RefundReason.CHANGE_OR_REMOVAL, RefundKind.ITEM));
    run.require(new CampaignCommand.EndLatePledges(afterDeadline(28), Optional.empty()));
    Instant month2 = DEADLINE.atZone(ZoneOffset.UTC).plusMonths(1).toInstant();
    Instant month3 = DEADLINE.atZone(ZoneOffset.UTC).plusMonths(2).toInstant();
    BackerId stops = OVER_TIME.get(2);
    for (BackerId backer : OVER_TIME) {
      run.require(new ChargeInstallment(month2, backer, 2, backer.equals(stops) ? InstallmentCharge.FAILED
          : InstallmentCharge.COLLECTED));
    }
    run.require(new ChargeInstallment(month2.plus(Duration.ofDays(7)), stops, 2, InstallmentCharge.FAILED));
    run.require(new CampaignCommand.StopPaymentPlan(month2.plus(Duration.ofDays(14)), stops));
    for (BackerId backer : OVER_TIME.subList(0, 2)) {
      run.require(new ChargeInstallment(month3, backer, 3, InstallmentCharge.COLLECTED));
    }
    Campaign campaign = run.campaign();
    Instant asOf = month3.plus(Duration.ofDays(1));
    return new Result(campaign, OVER_TIME.stream().map(b -> campaign.paymentPlans().of(b).orElseThrow()).toList(),
        PayoutCalendar.of(campaign, kickstarter, PayoutSchedule.kickstarter(), asOf),
        PayoutCalendar.ledger(campaign, kickstarter, PayoutSchedule.kickstarter(), asOf));
  }

  private static void late(StoryCampaign run, long backer, int day) {
    run.require(new CampaignCommand.PlaceLatePledge(Pledge.forReward(BackerId.of(backer), LATE_PRICE, "lamp",
        afterDeadline(day)), LateCharge.COLLECTED));
  }

  static Instant afterDeadline(int days) {
    return DEADLINE.plus(Duration.ofDays(days));
  }
}
