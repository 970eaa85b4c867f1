package io.github.crowdfund.spark;

import io.github.crowdfund.outcomes.simulation.ArrivalModel;
import io.github.crowdfund.outcomes.simulation.SimulationConfig;
import java.time.Duration;
import java.util.Objects;
import org.joda.money.Money;

/**
 * One cell of a {@link SimulationGrid}: the calibrated Kickstarter US campaign of a goal and duration, with an
 * arrival model, simulated from a batch seed.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param goal the goal, in US dollars; never null
 * @param duration the campaign's duration; never null
 * @param arrivals how backer arrivals spread over the campaign; never null
 * @param seed the batch seed: campaign {@code i} of the cell runs on
 *     {@link io.github.crowdfund.outcomes.simulation.CampaignSimulator#campaignSeed(long, long) campaignSeed(seed, i)}
 */
public record SweepCell(Money goal, Duration duration, ArrivalModel arrivals, long seed) {

  /** Checks that no part is null. */
  public SweepCell {
    Objects.requireNonNull(goal, "goal");
    Objects.requireNonNull(duration, "duration");
    Objects.requireNonNull(arrivals, "arrivals");
  }

  /**
   * Returns the simulation configuration of this cell: {@link SimulationConfig#calibrated} with this cell's
   * arrivals.
   *
   * @return the configuration; never null
   * @throws IllegalArgumentException if the goal is not positive
   */
  public SimulationConfig config() {
    return SimulationConfig.calibrated(goal, duration).withArrivals(arrivals);
  }
}
