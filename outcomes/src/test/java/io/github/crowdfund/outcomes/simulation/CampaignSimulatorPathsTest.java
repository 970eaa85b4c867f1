package io.github.crowdfund.outcomes.simulation;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.crowdfund.core.Pledge;
import io.github.crowdfund.core.RewardTier;
import java.time.Duration;
import java.time.Instant;
import java.time.YearMonth;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.SplittableRandom;
import java.util.stream.Collectors;
import org.joda.money.CurrencyUnit;
import org.joda.money.Money;
import org.junit.jupiter.api.Test;

/** The simulator's bookkeeping, checked against the campaigns it gives: arrivals, the goal's time, tiers, continuations. */
class CampaignSimulatorPathsTest {

  private static final SimulationConfig CALIBRATED =
      SimulationConfig.calibrated(Money.of(CurrencyUnit.USD, 2_000), Duration.ofDays(30));

  /** The calibrated model with no backer ever cancelling. */
  private static SimulationConfig withoutCancellations() {
    return withCancelShare(0);
  }

  private static SimulationConfig withCancelShare(double share) {
    BackerModel b = CALIBRATED.backers();
    return CALIBRATED.withBackers(new BackerModel(b.expectedBackers(), b.tractionShare(), b.viableAppeal(),
        b.viableSigma(), b.dudAppeal(), b.dudSigma(), b.finalPushFactor(), b.finalPushFrom(), b.afterGoalFactor(),
        share, b.goalGradient(), b.gradientFrom()));
  }

  @Test
  void whenEveryBackerCancelsBeforeTheDeadlineAFailedCampaignEndsWithNoPledges() {
    // Cancellations are dated between the pledge and the deadline and applied in time order; only the final
    // window rule refuses some, and only for campaigns that reached their goal.
    CampaignSimulator simulator = CampaignSimulator.of(withCancelShare(1));
    int failedWithBackers = 0;
    for (int i = 0; i < 30; i++) {
      SimulatedCampaign run = simulator.run(37, i);
      if (run.succeeded()) {
        continue;
      }
      failedWithBackers += run.arrivals() > run.rejectedPledges() ? 1 : 0;
      assertThat(run.campaign().backerCount()).as("campaign %d", i).isZero();
      assertThat(run.rejectedCancellations()).as("campaign %d", i).isZero();
    }
    assertThat(failedWithBackers).isPositive();
  }

  private static RewardTier tier(String id, int price) {
    return RewardTier.builder().id(id).title(id).price(Money.of(CurrencyUnit.USD, price))
        .estimatedDelivery(YearMonth.of(2026, 12)).build();
  }

  @Test
  void withoutCancellationsEveryArrivalIsABackerOrARejectedPledge() {
    CampaignSimulator simulator = CampaignSimulator.of(withoutCancellations());
    int backers = 0;
    for (int i = 0; i < 30; i++) {
      SimulatedCampaign run = simulator.run(17, i);
      assertThat(run.arrivals()).isEqualTo(run.campaign().backerCount() + run.rejectedPledges());
      assertThat(run.rejectedCancellations()).isZero();
      backers += run.campaign().backerCount();
    }
    assertThat(backers).isPositive();
  }

  @Test
  void theGoalIsReachedAtThePledgeThatCrossesIt() {
    CampaignSimulator simulator = CampaignSimulator.of(withoutCancellations());
    Money goal = CALIBRATED.goal();
    int reached = 0;
    for (int i = 0; i < 30; i++) {
      SimulatedCampaign run = simulator.run(23, i);
      Instant launch = run.campaign().launchedAt().orElseThrow();
      Money total = Money.zero(CurrencyUnit.USD);
      Optional<Duration> crossing = Optional.empty();
      for (Pledge pledge : run.campaign().pledges().sorted(Comparator.comparing(Pledge::placedAt)).toList()) {
        total = total.plus(pledge.amount());
        if (crossing.isEmpty() && !total.isLessThan(goal)) {
          crossing = Optional.of(Duration.between(launch, pledge.placedAt()));
        }
      }
      assertThat(run.timeToGoal()).as("campaign %d", i).isEqualTo(crossing);
      reached += crossing.isPresent() ? 1 : 0;
    }
    assertThat(reached).isPositive();
  }

  @Test
  void aBackerTakesTheDearestTierThePledgeAffordsWhateverTheOrderTheTiersWereGiven() {
    SimulationConfig config = CALIBRATED.withTiers(List.of(tier("thanks", 5), tier("early", 25), tier("deluxe", 500)));
    config = new SimulationConfig(config.goal(), config.duration(), config.tiers(), config.rules(), config.launch(),
        config.arrivals(), config.backers(), new PledgeSizes(Money.of(CurrencyUnit.USD, 30), 0));
    CampaignSimulator simulator = CampaignSimulator.of(config);
    List<Optional<String>> tiers = java.util.stream.IntStream.range(0, 10)
        .mapToObj(i -> simulator.run(29, i).campaign())
        .flatMap(campaign -> campaign.pledges().map(Pledge::tierId))
        .collect(Collectors.toList());
    assertThat(tiers).isNotEmpty().containsOnly(Optional.of("early"));
  }

  @Test
  void aContinuationKeepsThePledgesSoFarAndNumbersNewBackersAfterThem() {
    CampaignSimulator simulator = CampaignSimulator.of(withoutCancellations());
    Duration observed = Duration.ofDays(12);
    for (int i = 0; i < 20; i++) {
      SimulatedCampaign live = simulator.runUntil(31, i, observed);
      if (live.campaign().backerCount() == 0) {
        continue;
      }
      Instant now = CALIBRATED.launch().plus(observed);
      long highest = live.campaign().pledges().mapToLong(pledge -> pledge.backer().value()).max().orElseThrow();
      SimulatedCampaign ended = simulator.continueFrom(live.campaign(), now, 1, new SplittableRandom(i));
      List<Pledge> before = live.campaign().pledges().toList();
      assertThat(ended.campaign().pledges().toList()).containsAll(before);
      assertThat(ended.campaign().pledges().filter(pledge -> !before.contains(pledge)))
          .allMatch(pledge -> pledge.backer().value() > highest && !pledge.placedAt().isBefore(now));
      assertThat(ended.campaign().backerCount()).isEqualTo(before.size() + ended.arrivals() - ended.rejectedPledges());
      return;
    }
    throw new AssertionError("no campaign had backers after 12 days");
  }
}
