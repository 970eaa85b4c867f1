package io.github.crowdfund.outcomes.statistics;

import io.github.crowdfund.core.CampaignStatus;
import io.github.crowdfund.core.Goal;
import io.github.crowdfund.outcomes.simulation.SimulatedCampaign;
import java.io.Serializable;
import java.util.Objects;
import java.util.function.Consumer;
import java.util.stream.Collector;

/**
 * Accumulates {@link SimulationResult}s over simulated campaigns, in pieces that merge exactly (associative,
 * commutative, with a new accumulator as identity), so that runs split over threads or machines give the same
 * result as one loop.
 *
 * <p>Not thread-safe: each thread or partition uses its own accumulator.
 */
public final class SimulationAccumulator implements Consumer<SimulatedCampaign>, Serializable {

  private static final long serialVersionUID = 1L;
  private static final double MILLIS_PER_DAY = 86_400_000d;

  private long runs;
  private long successful;
  private long failed;
  private long rejectedPledges;
  private long rejectedCancellations;
  private final FundingRatioAccumulator successfulRatios = new FundingRatioAccumulator();
  private final FundingRatioAccumulator failedRatios = new FundingRatioAccumulator();
  private final LogHistogram daysToGoal = new LogHistogram();
  private final LogHistogram backers = new LogHistogram();

  /** Creates an empty accumulator, the identity of {@link #merge(SimulationAccumulator)}. */
  public SimulationAccumulator() {}

  /**
   * Returns a collector of runs, usable on parallel streams.
   *
   * @return the collector; never null
   */
  public static Collector<SimulatedCampaign, SimulationAccumulator, SimulationResult> collector() {
    return Collector.of(SimulationAccumulator::new, SimulationAccumulator::accept, SimulationAccumulator::merge,
        SimulationAccumulator::result, Collector.Characteristics.UNORDERED);
  }

  /**
   * Adds one run.
   *
   * @param run a run; not null
   */
  @Override
  public void accept(SimulatedCampaign run) {
    runs++;
    long pledged = run.campaign().totalPledged().getAmountMinorLong();
    long goal = run.campaign().goal() instanceof Goal.MoneyGoal money
        ? money.target().getAmountMinorLong() : 1;
    if (run.status() == CampaignStatus.SUCCESSFUL) {
      successful++;
      successfulRatios.add(pledged, goal);
    } else if (run.status() == CampaignStatus.FAILED) {
      failed++;
      failedRatios.add(pledged, goal);
    }
    rejectedPledges += run.rejectedPledges();
    rejectedCancellations += run.rejectedCancellations();
    run.timeToGoal().ifPresent(time -> daysToGoal.add(time.toMillis() / MILLIS_PER_DAY));
    backers.add(run.campaign().backerCount());
  }

  /**
   * Adds everything the other accumulator holds to this one.
   *
   * @param other the accumulator to add; not null
   * @return this accumulator
   */
  public SimulationAccumulator merge(SimulationAccumulator other) {
    Objects.requireNonNull(other, "other");
    runs += other.runs;
    successful += other.successful;
    failed += other.failed;
    rejectedPledges += other.rejectedPledges;
    rejectedCancellations += other.rejectedCancellations;
    successfulRatios.merge(other.successfulRatios);
    failedRatios.merge(other.failedRatios);
    daysToGoal.merge(other.daysToGoal);
    backers.merge(other.backers);
    return this;
  }

  /**
   * Returns the result of the runs added so far.
   *
   * @return the result; never null
   */
  public SimulationResult result() {
    return new SimulationResult(runs, successful, failed, successfulRatios.result(), failedRatios.result(),
        daysToGoal.snapshot(), backers.snapshot(), rejectedPledges, rejectedCancellations);
  }
}
