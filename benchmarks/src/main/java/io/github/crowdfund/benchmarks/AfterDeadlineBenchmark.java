package io.github.crowdfund.benchmarks;

import io.github.crowdfund.core.BackerId;
import io.github.crowdfund.core.Campaign;
import io.github.crowdfund.core.CampaignCommand;
import io.github.crowdfund.core.CampaignDefinition;
import io.github.crowdfund.core.CampaignRules;
import io.github.crowdfund.core.Country;
import io.github.crowdfund.core.Goal;
import io.github.crowdfund.core.LateCharge;
import io.github.crowdfund.core.LateReward;
import io.github.crowdfund.core.Pledge;
import io.github.crowdfund.core.RewardTier;
import io.github.crowdfund.core.installments.InstallmentCharge;
import io.github.crowdfund.core.installments.PaymentPlanShape;
import io.github.crowdfund.core.settlement.PayoutCalendar;
import io.github.crowdfund.core.settlement.PayoutSchedule;
import io.github.crowdfund.core.settlement.Settlement;
import io.github.crowdfund.markets.PaymentPlanShapes;
import io.github.crowdfund.markets.Platform;
import io.github.crowdfund.markets.PlatformRules;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.joda.money.CurrencyUnit;
import org.joda.money.Money;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * The cost of the time after the deadline, under Kickstarter's US rules with its 3-payment Pledge Over Time, on a
 * campaign of n pledges built through the decider:
 * <ul>
 *   <li>{@code settleAfterDeadline}: settling (settlement and payout calendar) the campaign where 10% of the n
 *       backers pay over time (every payment collected) and n / 20 more backers pledge late, against
 *       {@code settlePlain}: the same n pledges paid at once, nothing late. Run with {@code -prof gc} for the bytes
 *       allocated per settlement ({@code gc.alloc.rate.norm}).
 *   <li>{@code latePledge}: deciding and applying one more late pledge on that settled campaign, against
 *       {@code campaignPledge}: one more campaign pledge on the same campaign while it was live with its n pledges.
 *       Both leave the campaign unchanged (a persistent value), so n stays n.
 * </ul>
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class AfterDeadlineBenchmark {

  private static final CurrencyUnit USD = CurrencyUnit.USD;
  private static final LocalDate LAUNCH_DAY = LocalDate.of(2026, 3, 2);
  private static final Instant LAUNCH = LAUNCH_DAY.atTime(16, 0).toInstant(ZoneOffset.UTC);
  private static final Duration DURATION = Duration.ofDays(30);
  private static final Instant DEADLINE = LAUNCH.plus(DURATION);
  private static final Instant CHARGED = DEADLINE.plus(Duration.ofHours(1));
  private static final Instant MONTH_2 = DEADLINE.atZone(ZoneOffset.UTC).plusMonths(1).toInstant();
  private static final Instant MONTH_3 = DEADLINE.atZone(ZoneOffset.UTC).plusMonths(2).toInstant();
  private static final Instant AS_OF = MONTH_3.plus(Duration.ofDays(1));
  private static final RewardTier LAMP = RewardTier.builder().id("lamp").title("Lamp")
      .price(Money.ofMajor(USD, 150)).estimatedDelivery(YearMonth.of(2026, 11)).build();
  private static final Money LATE_PRICE = Money.ofMajor(USD, 175);

  /** Campaign pledges. */
  @Param({"1000000"})
  public int n;

  private PlatformRules kickstarter;
  private CampaignRules rules;
  private Campaign plain;
  private Campaign afterDeadline;
  private Campaign live;
  private int next;

  /** Builds both campaigns through the decider. */
  @Setup(Level.Trial)
  public void setUp() {
    kickstarter = Platform.kickstarter().rules(Country.of("US"), USD, LAUNCH_DAY);
    PaymentPlanShape monthly = PaymentPlanShapes.bundled().shape("kickstarter-2025");
    rules = kickstarter.withPaymentPlanShapes(List.of(monthly));
    plain = settledPlain();

    Campaign c = launched();
    c = apply(c, new CampaignCommand.EnablePaymentPlans(LAUNCH.plusSeconds(60), monthly));
    c = apply(c, new CampaignCommand.EnableLatePledges(LAUNCH.plusSeconds(120),
        List.of(LateReward.of(LAMP, LATE_PRICE)), Optional.empty()));
    for (int i = 0; i < n; i++) {
      Instant at = pledgedAt(i);
      boolean overTime = i % 10 == 0;
      c = apply(c, new CampaignCommand.PlacePledge(overTime
          ? Pledge.forReward(BackerId.of(i), LAMP.price(), "lamp", at) : campaignPledge(i, at)));
      if (overTime) {
        c = apply(c, new CampaignCommand.ChoosePaymentPlan(at, BackerId.of(i), 3));
      }
    }
    live = c;
    c = apply(c, new CampaignCommand.End(DEADLINE));
    c = apply(c, new CampaignCommand.ChargePledges(CHARGED, Set.of()));
    for (int i = 0; i < n; i += 10) {
      c = apply(c, new CampaignCommand.ChargeInstallment(CHARGED, BackerId.of(i), 1, InstallmentCharge.COLLECTED));
    }
    for (int i = 0; i < n / 20; i++) {
      c = apply(c, new CampaignCommand.PlaceLatePledge(latePledge(n + i, DEADLINE.plus(Duration.ofDays(1))
          .plusSeconds(10L * i)), LateCharge.COLLECTED));
    }
    c = apply(c, new CampaignCommand.CloseRetryWindow(DEADLINE.plus(Duration.ofDays(8)), Set.of()));
    for (int number = 2; number <= 3; number++) {
      Instant at = number == 2 ? MONTH_2 : MONTH_3;
      for (int i = 0; i < n; i += 10) {
        c = apply(c, new CampaignCommand.ChargeInstallment(at, BackerId.of(i), number, InstallmentCharge.COLLECTED));
      }
    }
    if (!c.paymentsFinal() || c.paymentPlans().count() != (n + 9) / 10 || c.latePledges().backerCount() != n / 20) {
      throw new IllegalStateException("the campaign is not as described: " + c);
    }
    afterDeadline = c;
  }

  private Campaign settledPlain() {
    Campaign c = launched();
    for (int i = 0; i < n; i++) {
      Instant at = pledgedAt(i);
      c = apply(c, new CampaignCommand.PlacePledge(i % 10 == 0
          ? Pledge.forReward(BackerId.of(i), LAMP.price(), "lamp", at) : campaignPledge(i, at)));
    }
    c = apply(c, new CampaignCommand.End(DEADLINE));
    c = apply(c, new CampaignCommand.ChargePledges(CHARGED, Set.of()));
    return apply(c, new CampaignCommand.CloseRetryWindow(DEADLINE.plus(Duration.ofDays(8)), Set.of()));
  }

  private Campaign launched() {
    Campaign c = apply(Campaign.initial(), new CampaignCommand.Create(LAUNCH.minus(Duration.ofDays(7)),
        CampaignDefinition.builder().id("after-the-deadline").creator("bench").title("After the deadline")
            .goal(Goal.allOrNothing(Money.ofMajor(USD, 5_000))).duration(DURATION).tier(LAMP).build()));
    c = apply(c, new CampaignCommand.Submit(LAUNCH.minus(Duration.ofDays(1))));
    return apply(c, new CampaignCommand.Launch(LAUNCH));
  }

  private Campaign apply(Campaign campaign, CampaignCommand command) {
    return campaign.apply(command, rules).orElseThrow();
  }

  /** One millisecond apart from an hour after the launch. */
  private static Instant pledgedAt(int i) {
    return LAUNCH.plus(Duration.ofHours(1)).plusMillis(i);
  }

  /** 1 to 100 dollars, no reward. */
  private static Pledge campaignPledge(long backer, Instant at) {
    return Pledge.of(BackerId.of(backer), Money.ofMajor(USD, 1 + backer % 100), at);
  }

  private static Pledge latePledge(long backer, Instant at) {
    return Pledge.forReward(BackerId.of(backer), LATE_PRICE, "lamp", at);
  }

  /**
   * Settles the campaign paid at once: its settlement and payout calendar.
   *
   * @return the number of payouts plus the settlement's statements
   */
  @Benchmark
  public int settlePlain() {
    return settle(plain);
  }

  /**
   * Settles the campaign with payment plans and late pledges: its settlement and payout calendar.
   *
   * @return the number of payouts plus the settlement's statements
   */
  @Benchmark
  public int settleAfterDeadline() {
    return settle(afterDeadline);
  }

  private int settle(Campaign campaign) {
    Settlement<BackerId> settlement = Settlement.of(campaign, kickstarter);
    return PayoutCalendar.of(campaign, kickstarter, PayoutSchedule.kickstarter(), AS_OF).size()
        + settlement.statements().size();
  }

  /**
   * Decides and applies a campaign pledge from a new backer on the live campaign of n pledges.
   *
   * @return the campaign after it
   */
  @Benchmark
  public Campaign campaignPledge() {
    int i = next++ & 4095;
    return apply(live, new CampaignCommand.PlacePledge(campaignPledge(2L * n + i,
        LAUNCH.plus(Duration.ofDays(2)).plusSeconds(i))));
  }

  /**
   * Decides and applies a late pledge from a new backer on the settled campaign.
   *
   * @return the campaign after it
   */
  @Benchmark
  public Campaign latePledge() {
    int i = next++ & 4095;
    return apply(afterDeadline, new CampaignCommand.PlaceLatePledge(latePledge(2L * n + i, AS_OF.plusSeconds(i)),
        LateCharge.COLLECTED));
  }
}
