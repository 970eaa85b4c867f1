package io.github.crowdfund.outcomes.statistics;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.crowdfund.core.CampaignStatus;
import io.github.crowdfund.core.RewardTier;
import io.github.crowdfund.outcomes.simulation.CampaignSimulator;
import io.github.crowdfund.outcomes.simulation.SimulatedCampaign;
import io.github.crowdfund.outcomes.simulation.SimulationConfig;
import java.time.Duration;
import java.time.YearMonth;
import java.util.List;
import java.util.stream.IntStream;
import org.joda.money.CurrencyUnit;
import org.joda.money.Money;
import org.junit.jupiter.api.Test;

/** A batch's figures counted by hand from its simulated campaigns, with tiers that turn backers away. */
class SimulationAccumulatorTest {

  private static List<SimulatedCampaign> campaigns() {
    RewardTier limited = RewardTier.builder().id("early").title("Early bird").price(Money.of(CurrencyUnit.USD, 25))
        .limit(3).estimatedDelivery(YearMonth.of(2026, 12)).build();
    RewardTier open = RewardTier.builder().id("thanks").title("Thanks").price(Money.of(CurrencyUnit.USD, 5))
        .estimatedDelivery(YearMonth.of(2026, 12)).build();
    CampaignSimulator simulator = CampaignSimulator.of(SimulationConfig.calibrated(Money.of(CurrencyUnit.USD, 2_000),
        Duration.ofDays(30)).withTiers(List.of(limited, open)));
    return IntStream.range(0, 60).mapToObj(index -> simulator.run(21, index)).toList();
  }

  private static long count(List<SimulatedCampaign> runs, java.util.function.Predicate<SimulatedCampaign> test) {
    return runs.stream().filter(test).count();
  }

  @Test
  void theResultCountsEachCampaignOnce() {
    List<SimulatedCampaign> runs = campaigns();
    SimulationAccumulator accumulator = new SimulationAccumulator();
    runs.forEach(accumulator);
    SimulationResult result = accumulator.result();
    long successful = count(runs, run -> run.status() == CampaignStatus.SUCCESSFUL);
    long failed = count(runs, run -> run.status() == CampaignStatus.FAILED);
    assertThat(successful).isPositive();
    assertThat(failed).isPositive();
    assertThat(result.runs()).isEqualTo(60);
    assertThat(result.successful()).isEqualTo(successful);
    assertThat(result.failed()).isEqualTo(failed);
    assertThat(result.successfulRatios().projects()).isEqualTo(successful);
    assertThat(result.failedRatios().projects()).isEqualTo(failed);
    assertThat(result.failedRatios().reaching(20)).isEqualTo(
        count(runs, run -> run.status() == CampaignStatus.FAILED && run.campaign().totalPledged()
            .multipliedBy(5).compareTo(Money.of(CurrencyUnit.USD, 2_000)) >= 0));
    long rejected = runs.stream().mapToLong(SimulatedCampaign::rejectedPledges).sum();
    assertThat(rejected).isPositive();
    assertThat(result.rejectedPledges()).isEqualTo(rejected);
    assertThat(result.rejectedCancellations())
        .isEqualTo(runs.stream().mapToLong(SimulatedCampaign::rejectedCancellations).sum());
    assertThat(result.daysToGoal().count()).isEqualTo(count(runs, run -> run.timeToGoal().isPresent()));
    assertThat(result.backers().count()).isEqualTo(60);
    assertThat(result.backers().zeros()).isEqualTo(count(runs, run -> run.campaign().backerCount() == 0));
    for (int percent : SimulationAccumulator.REACHED_PERCENTS) {
      assertThat(result.reached(percent)).contains(new ReachedOutcome(percent, count(runs, run -> run.reached(percent)),
          count(runs, run -> run.reached(percent) && run.status() == CampaignStatus.SUCCESSFUL)));
    }
  }

  @Test
  void mergedHalvesGiveTheWhole() {
    List<SimulatedCampaign> runs = campaigns();
    SimulationAccumulator whole = new SimulationAccumulator();
    runs.forEach(whole);
    SimulationAccumulator first = new SimulationAccumulator();
    SimulationAccumulator second = new SimulationAccumulator();
    runs.subList(0, 25).forEach(first);
    runs.subList(25, 60).forEach(second);
    SimulationResult merged = first.merge(second).result();
    assertThat(merged).isEqualTo(whole.result());
    assertThat(merged.rejectedPledges()).isEqualTo(whole.result().rejectedPledges()).isPositive();
  }
}
