package io.github.crowdfund.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import io.github.crowdfund.core.fees.BackerFee;
import io.github.crowdfund.core.fees.FeeSchedule;
import io.github.crowdfund.core.fees.FeeTax;
import io.github.crowdfund.core.fees.PlatformFee;
import io.github.crowdfund.core.fees.PledgeFee;
import io.github.crowdfund.core.fees.ProcessingFeeOnRefund;
import io.github.crowdfund.core.installments.Installment;
import io.github.crowdfund.core.installments.InstallmentCharge;
import io.github.crowdfund.core.installments.PaymentPlanShape;
import io.github.crowdfund.core.settlement.CreatorBalance;
import io.github.crowdfund.core.settlement.DisputeOutcome;
import io.github.crowdfund.core.settlement.Payout;
import io.github.crowdfund.core.settlement.PayoutCalendar;
import io.github.crowdfund.core.settlement.PayoutSchedule;
import io.github.crowdfund.core.settlement.RefundKind;
import io.github.crowdfund.core.settlement.RefundReason;
import io.github.crowdfund.core.settlement.Settlement;
import io.github.crowdfund.currency.Allocation;
import io.github.crowdfund.currency.Percentage;
import java.math.RoundingMode;
import java.time.Duration;
import java.time.Instant;
import java.time.Period;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.SplittableRandom;
import org.joda.money.CurrencyUnit;
import org.joda.money.Money;
import org.junit.jupiter.api.Test;

/**
 * Conservation after the deadline: random successful campaigns in JPY, USD, EUR and BHD with late pledges (collected
 * or failed), pledges over time whose payments are collected, retried, wait for authentication or are abandoned,
 * campaign charges that fail and are recovered or dropped, and partial refunds and disputes (won or lost) before and
 * after the payouts, under a processor that keeps or returns the fee of refunded charges. Every command the scenario
 * gives must be accepted; then money is conserved to the minor unit (everything collected = fees + tax on fees + paid
 * out to the creator + paid back to backers + the creator's closing balance, less the processing fees returned),
 * every backer's statement sums to what that backer paid minus what they got back, every plan's payments sum to its
 * pledge, and replaying the log gives an equal campaign, an equal settlement and an equal ledger.
 */
class AfterDeadlinePropertiesTest {

  static final List<CurrencyUnit> CURRENCIES = CoreGenerators.CURRENCIES;
  static final Instant T0 = Instant.parse("2026-03-02T15:00:00Z");
  static final Instant LAUNCH = T0.plus(Duration.ofDays(2));
  static final Duration DURATION = Duration.ofDays(30);
  static final Instant DEADLINE = LAUNCH.plus(DURATION);

  @Test
  void moneyIsConservedAndEveryStatementAddsUpAndReplayGivesTheSameSettlement() {
    qt().withExamples(60).forAll(integers().between(0, CURRENCIES.size() - 1), longs().all())
        .checkAssert((currencyIndex, seed) -> new Scenario(CURRENCIES.get(currencyIndex), seed).check());
  }

  /** One random campaign, driven through the decider, and what each backer should have paid. */
  static final class Scenario {
    private final CurrencyUnit currency;
    private final SplittableRandom random;
    private final PaymentPlanShape shape;
    private final CampaignRules rules;
    private final FeeSchedule fees;
    /** What each backer paid and kept paid, in minor units, as the scenario decided it. */
    private final Map<BackerId, Long> expectedPaid = new HashMap<>();
    /** When each backer's money was all collected, as the scenario decided it. */
    private final Map<BackerId, Instant> collectedBy = new HashMap<>();
    /** What went back to backers (refunds and lost chargebacks), and the part of it refunded, in minor units. */
    private long expectedReturned;
    private long expectedRefunded;
    private final List<CampaignCommand> afterDeadline = new ArrayList<>();

    Scenario(CurrencyUnit currency, long seed) {
      this.currency = currency;
      this.random = new SplittableRandom(seed);
      Money minimum = major(100);
      shape = new PaymentPlanShape("monthly-3", 3, 3, Period.ofMonths(1), Duration.ZERO, Map.of(currency, minimum),
          2, Duration.ofDays(1), Duration.ofDays(7), Duration.ofDays(14), false, random.nextBoolean());
      rules = new DelegatingRules(DelegatingRules.anyCurrency(CampaignRules.defaults())) {
        @Override
        public List<PaymentPlanShape> paymentPlanShapes() {
          return List.of(shape);
        }
      };
      fees = FeeSchedule.of(PlatformFee.percent(Percentage.parse("5%"), RoundingMode.HALF_UP),
          PledgeFee.percentPlusFixed(Percentage.parse("2.9%"), Money.ofMinor(currency, 30), RoundingMode.HALF_UP),
          FeeTax.onAllFees(Percentage.parse("10%"), RoundingMode.HALF_EVEN), BackerFee.none())
          .withProcessingFeeOnRefund(random.nextBoolean() ? ProcessingFeeOnRefund.RETURNED
              : ProcessingFeeOnRefund.KEPT_BY_PROCESSOR);
    }

    private Money major(long amount) {
      return Money.ofMajor(currency, currency.getDecimalPlaces() == 0 ? amount * 100 : amount);
    }

    void check() {
      List<CampaignEvent> log = new ArrayList<>();
      Campaign campaign = run(log);
      assertThat(campaign.paymentsFinal()).as("payments final").isTrue();
      Settlement<BackerId> settlement = Settlement.of(campaign, fees);

      assertThat(settlement.collected()).isEqualTo(settlement.platformFee().plus(settlement.processingFees())
          .plus(settlement.taxOnFees()).plus(settlement.payout()));
      assertThat(settlement.pledgedAtDeadline()).isEqualTo(settlement.collected().plus(settlement.dropped()));
      assertThat(settlement.pledgedAtDeadline()).isEqualTo(campaign.totalPledged());
      expectedPaid.forEach((backer, paid) -> {
        if (campaign.pledgeOf(backer).isPresent()) {
          assertThat(settlement.statementOf(backer).orElseThrow().netPaid()).as("statement of %s", backer)
              .isEqualTo(Money.ofMinor(currency, paid));
        } else {
          assertThat(campaign.latePledges().of(backer).map(Pledge::amount).orElse(Money.zero(currency))
              .minus(campaign.refunds().returnedTo(backer))).as("late pledge of %s", backer)
              .isEqualTo(Money.ofMinor(currency, paid));
        }
      });
      campaign.forEachPledge(pledge -> campaign.paymentPlans().of(pledge.backer()).ifPresent(plan ->
          assertThat(Money.total(plan.installments().stream().map(Installment::amount).toList()))
              .isEqualTo(pledge.amount())));

      assertThat(settlement.refunded()).as("paid back to campaign backers").isEqualTo(Money.total(currency,
          expectedPaid.keySet().stream().filter(b -> campaign.pledgeOf(b).isPresent())
              .map(campaign.refunds()::returnedTo).toList()));

      Instant asOf = DEADLINE.plus(Duration.ofDays(400));
      List<Payout> payouts = PayoutCalendar.of(campaign, fees, PayoutSchedule.kickstarter(), asOf);
      CreatorBalance ledger = PayoutCalendar.ledger(campaign, fees, PayoutSchedule.kickstarter(), asOf);
      Money collected = Money.zero(currency);
      Money deductions = Money.zero(currency);
      Money processing = Money.zero(currency);
      for (Payout payout : payouts) {
        collected = collected.plus(payout.collected());
        deductions = deductions.plus(payout.platformFee()).plus(payout.processingFees()).plus(payout.taxOnFees());
        processing = processing.plus(payout.processingFees());
      }
      assertThat(collected).isEqualTo(settlement.collected().plus(campaign.latePledges().total()));
      Money paidOut = ledger.total(CreatorBalance.Kind.PAID_OUT).negated();
      Money returned = Money.ofMinor(currency, expectedReturned);
      // what the refunds debited the creator is the refunds less the processing fees returned on them
      Money feesReturned = Money.ofMinor(currency, expectedRefunded).plus(ledger.total(CreatorBalance.Kind.REFUND));
      assertThat(feesReturned).as("processing fees returned").isBetween(Money.zero(currency), processing);
      if (fees.processingFeeOnRefund() == ProcessingFeeOnRefund.KEPT_BY_PROCESSOR) {
        assertThat(feesReturned).isEqualTo(Money.zero(currency));
      }
      assertThat(collected).as("collected = fees + tax + paid out + paid back + closing balance")
          .isEqualTo(deductions.minus(feesReturned).plus(paidOut).plus(returned).plus(ledger.balance()));
      assertThat(paidOut).as("never paid out more than earned")
          .isLessThanOrEqualTo(ledger.total(CreatorBalance.Kind.EARNED));

      Campaign replayed = Campaign.replay(log);
      assertThat(replayed).isEqualTo(campaign);
      assertThat(Settlement.of(replayed, fees)).isEqualTo(settlement);
      assertThat(PayoutCalendar.ledger(replayed, fees, PayoutSchedule.kickstarter(), asOf)).isEqualTo(ledger);
    }

    /**
     * Refunds and disputes for the backers who paid something, each after their money was collected: a backer who
     * paid at the campaign charge may get money back before the campaign payout on day 14 or after it.
     */
    private void moneyBack() {
      List<BackerId> paying = expectedPaid.keySet().stream().filter(b -> expectedPaid.get(b) > 0)
          .sorted(Comparator.comparingLong(BackerId::value)).toList();
      for (BackerId backer : paying) {
        long paid = expectedPaid.get(backer);
        Instant at = collectedBy.get(backer).plus(Duration.ofHours(1 + random.nextInt(40 * 24)));
        long back = 0;
        switch (random.nextInt(4)) {
          case 1 -> { // a partial (or whole) refund
            long amount = 1 + random.nextLong(paid);
            afterDeadline.add(new CampaignCommand.RefundBacker(at, backer, Money.ofMinor(currency, amount),
                RefundReason.values()[random.nextInt(RefundReason.values().length)],
                RefundKind.values()[random.nextInt(RefundKind.values().length)]));
            back += amount;
            expectedRefunded += amount;
          }
          case 2 -> { // a dispute, won or lost ten days later
            long amount = 1 + random.nextLong(paid);
            boolean lost = random.nextBoolean();
            afterDeadline.add(new CampaignCommand.DisputeCharge(at, backer, Money.ofMinor(currency, amount)));
            afterDeadline.add(new CampaignCommand.ResolveDispute(at.plus(Duration.ofDays(10)), backer,
                lost ? DisputeOutcome.LOST : DisputeOutcome.WON));
            back += lost ? amount : 0;
          }
          case 3 -> { // a partial refund, then a lost chargeback of the rest
            long amount = 1 + random.nextLong(paid);
            afterDeadline.add(new CampaignCommand.RefundBacker(at, backer, Money.ofMinor(currency, amount),
                RefundReason.BACKER_REQUEST, RefundKind.REWARD));
            expectedRefunded += amount;
            back += amount;
            if (amount < paid) {
              afterDeadline.add(new CampaignCommand.DisputeCharge(at.plusSeconds(60), backer,
                  Money.ofMinor(currency, paid - amount)));
              afterDeadline.add(new CampaignCommand.ResolveDispute(at.plus(Duration.ofDays(20)), backer,
                  DisputeOutcome.LOST));
              back = paid;
            }
          }
          default -> { }
        }
        expectedReturned += back;
        expectedPaid.put(backer, paid - back);
      }
    }

    /** The rules the scenario's campaign is decided under (they offer its payment plan shape). */
    CampaignRules rules() {
      return rules;
    }

    /** Every command the scenario gives, in order, all of which the campaign accepts. */
    List<CampaignCommand> commands() {
      List<CampaignCommand> given = new ArrayList<>();
      run(new ArrayList<>(), given);
      return given;
    }

    private Campaign run(List<CampaignEvent> log) {
      return run(log, new ArrayList<>());
    }

    private Campaign run(List<CampaignEvent> log, List<CampaignCommand> given) {
      RewardTier lamp = RewardTier.builder().id("lamp").title("Lamp").price(major(40))
          .estimatedDelivery(YearMonth.of(2027, 1)).build();
      Campaign campaign = Campaign.initial();
      List<CampaignCommand> commands = new ArrayList<>(List.of(
          new CampaignCommand.Create(T0, CampaignDefinition.builder().id("c").creator("k").title("Lamps")
              .goal(Goal.allOrNothing(Money.ofMinor(currency, 1))).duration(DURATION).tier(lamp).build()),
          new CampaignCommand.Submit(T0.plusSeconds(60)),
          new CampaignCommand.EnablePaymentPlans(T0.plusSeconds(90), shape),
          new CampaignCommand.EnableLatePledges(T0.plusSeconds(120), List.of(LateReward.of(lamp, major(55))),
              Optional.empty()),
          new CampaignCommand.Launch(LAUNCH)));
      int backers = 1 + random.nextInt(10);
      Set<BackerId> declined = new HashSet<>();
      Set<BackerId> recovered = new HashSet<>();
      Set<BackerId> awaiting = new HashSet<>();
      for (int b = 1; b <= backers; b++) {
        BackerId backer = BackerId.of(b);
        Money amount = Money.ofMinor(currency, 1 + random.nextLong(major(400).getAmountMinorLong()));
        Instant at = LAUNCH.plus(Duration.ofHours(b));
        commands.add(new CampaignCommand.PlacePledge(Pledge.of(backer, amount, at)));
        if (!amount.isLessThan(major(100)) && random.nextInt(3) == 0) {
          commands.add(new CampaignCommand.ChoosePaymentPlan(at.plusSeconds(1), backer, 3));
          planPayments(backer, amount);
        } else if (random.nextInt(4) == 0) {
          declined.add(backer);
          boolean fixed = random.nextBoolean();
          if (fixed) {
            recovered.add(backer);
          }
          expectedPaid.put(backer, fixed ? amount.getAmountMinorLong() : 0L);
          collectedBy.put(backer, DEADLINE.plus(Duration.ofDays(7)));
        } else if (random.nextInt(5) == 0) { // the card asks for 3-D Secure: authenticated in the window, or dropped
          awaiting.add(backer);
          boolean authenticated = random.nextBoolean();
          if (authenticated) {
            afterDeadline.add(new CampaignCommand.AuthenticatePayment(DEADLINE.plus(Duration.ofDays(2)), backer));
          }
          expectedPaid.put(backer, authenticated ? amount.getAmountMinorLong() : 0L);
          collectedBy.put(backer, DEADLINE.plus(Duration.ofDays(2)));
        } else {
          expectedPaid.put(backer, amount.getAmountMinorLong());
          collectedBy.put(backer, DEADLINE);
        }
      }
      int late = random.nextInt(4);
      for (int l = 1; l <= late; l++) {
        BackerId backer = BackerId.of(100 + l);
        LateCharge charge = random.nextInt(4) == 0 ? LateCharge.FAILED : LateCharge.COLLECTED;
        Money amount = major(55 + random.nextInt(20));
        Instant at = DEADLINE.plus(Duration.ofDays(1 + random.nextInt(30)));
        afterDeadline.add(new CampaignCommand.PlaceLatePledge(Pledge.forReward(backer, amount, "lamp", at), charge));
        collectedBy.put(backer, at);
        expectedPaid.put(backer, charge == LateCharge.COLLECTED ? amount.getAmountMinorLong() : 0L);
      }
      commands.add(new CampaignCommand.End(DEADLINE));
      commands.add(new CampaignCommand.ChargePledges(DEADLINE, declined, awaiting));
      afterDeadline.add(new CampaignCommand.CloseRetryWindow(DEADLINE.plus(Duration.ofDays(7)), recovered));
      moneyBack();
      afterDeadline.sort(Comparator.comparing(CampaignCommand::at));
      commands.addAll(afterDeadline);
      given.addAll(commands);
      for (CampaignCommand command : commands) {
        Applied applied = campaign.apply(command, rules);
        assertThat(applied.decision().violations()).as("violations of %s", command).isEmpty();
        log.addAll(applied.decision().events());
        campaign = applied.campaign();
      }
      return campaign;
    }

    /** The charges of a plan's payments as the scenario draws them; what the backer keeps paid. */
    private void planPayments(BackerId backer, Money amount) {
      List<Money> parts = Allocation.split(amount, 3);
      collectedBy.put(backer, DEADLINE.plus(Duration.ofDays(100)));
      long kept = 0;
      for (int n = 1; n <= 3; n++) {
        Instant due = DEADLINE.atZone(ZoneOffset.UTC).plusMonths(n - 1).toInstant();
        Duration window = n == 1 ? Duration.ofDays(7) : Duration.ofDays(14);
        int outcome = random.nextInt(6);
        if (outcome == 0) { // fails twice and is abandoned: the plan stops at the window's end
          afterDeadline.add(new CampaignCommand.ChargeInstallment(due, backer, n, InstallmentCharge.FAILED));
          afterDeadline.add(new CampaignCommand.ChargeInstallment(due.plus(Duration.ofDays(1)), backer, n,
              InstallmentCharge.FAILED));
          afterDeadline.add(new CampaignCommand.StopPaymentPlan(due.plus(window), backer));
          expectedPaid.put(backer, shape.keepsPaidOnStop() ? kept : 0L);
          return;
        }
        if (outcome == 1) {
          afterDeadline.add(new CampaignCommand.ChargeInstallment(due, backer, n, InstallmentCharge.FAILED));
          afterDeadline.add(new CampaignCommand.ChargeInstallment(due.plus(Duration.ofDays(1)), backer, n,
              InstallmentCharge.COLLECTED));
        } else if (outcome == 2) {
          afterDeadline.add(new CampaignCommand.ChargeInstallment(due, backer, n,
              InstallmentCharge.AUTHENTICATION_REQUIRED));
          afterDeadline.add(new CampaignCommand.ChargeInstallment(due.plusSeconds(3_600), backer, n,
              InstallmentCharge.COLLECTED));
        } else {
          afterDeadline.add(new CampaignCommand.ChargeInstallment(due, backer, n, InstallmentCharge.COLLECTED));
        }
        kept += parts.get(n - 1).getAmountMinorLong();
      }
      expectedPaid.put(backer, kept);
    }
  }
}
