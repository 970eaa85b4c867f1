package io.github.crowdfund.outcomes.statistics;

import java.io.Serializable;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Objects;
import java.util.Optional;

/**
 * What a batch of simulated campaigns gave: the success probability, pledged/goal of successful and failed
 * campaigns, the time to reach the goal and backers per campaign.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param runs campaigns simulated
 * @param successful campaigns that ended successful
 * @param failed campaigns that ended failed
 * @param successfulRatios pledged/goal of successful campaigns; never null
 * @param failedRatios pledged/goal of failed campaigns; never null
 * @param daysToGoal days from launch to reaching the goal, for campaigns that reached it; never null
 * @param backers backers per campaign at its end; never null
 * @param rejectedPledges pledges the decider rejected, over all runs
 * @param rejectedCancellations cancellations the decider rejected, over all runs
 */
public record SimulationResult(long runs, long successful, long failed, FundingRatios successfulRatios,
    FundingRatios failedRatios, Distribution daysToGoal, Distribution backers, long rejectedPledges,
    long rejectedCancellations) implements Serializable {

  /** Checks that no part is null. */
  public SimulationResult {
    Objects.requireNonNull(successfulRatios, "successfulRatios");
    Objects.requireNonNull(failedRatios, "failedRatios");
    Objects.requireNonNull(daysToGoal, "daysToGoal");
    Objects.requireNonNull(backers, "backers");
  }

  /**
   * Returns the share of runs that ended successful, rounded half-even to {@value StateCounts#RATE_SCALE}
   * decimals.
   *
   * @return the probability, or empty when nothing was run
   */
  public Optional<BigDecimal> successProbability() {
    if (runs == 0) {
      return Optional.empty();
    }
    return Optional.of(BigDecimal.valueOf(successful)
        .divide(BigDecimal.valueOf(runs), StateCounts.RATE_SCALE, RoundingMode.HALF_EVEN));
  }
}
