package io.github.crowdfund.benchmarks;

import io.github.crowdfund.outcomes.simulation.ArrivalModel;
import io.github.crowdfund.outcomes.simulation.BackerModel;
import io.github.crowdfund.outcomes.simulation.CampaignSimulator;
import io.github.crowdfund.outcomes.simulation.SimulationConfig;
import io.github.crowdfund.outcomes.statistics.SimulationAccumulator;
import io.github.crowdfund.outcomes.statistics.SimulationResult;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.joda.money.CurrencyUnit;
import org.joda.money.Money;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Threads;

/**
 * Simulation throughput: 30-day, $10,000, Kickstarter US campaigns of about 100 backers each (every campaign finds
 * traction, appeal log-normal around 1 with the calibrated pace rules and U-shaped arrivals), each through the real
 * core decider. Scores are campaigns per second over all threads: {@code oneThread} is the baseline of
 * {@code twoThreads} in the same run (target: at least 1.7 times as many campaigns per second on two threads).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
public class SimulationBenchmark {

  private static final int BATCH = 1_000;

  /** The batch seed. */
  @Param({"1"})
  public long seed;

  private final AtomicLong nextBatch = new AtomicLong();
  private CampaignSimulator simulator;

  /** Builds the simulator. */
  @Setup
  public void setUp() {
    SimulationConfig calibrated = SimulationConfig.calibrated(Money.of(CurrencyUnit.USD, 10_000), Duration.ofDays(30));
    BackerModel backers = calibrated.backers();
    simulator = CampaignSimulator.of(calibrated.withArrivals(ArrivalModel.uShaped()).withBackers(new BackerModel(
        backers.expectedBackers(), 1, 1, 0.35, 1, 0, backers.finalPushFactor(), backers.finalPushFrom(),
        backers.afterGoalFactor(), backers.cancelShare())));
  }

  /** One thread simulating campaigns. */
  @Benchmark
  @Threads(1)
  @OperationsPerInvocation(BATCH)
  public SimulationResult oneThread() {
    return batch();
  }

  /** Two threads simulating campaigns, each its own batch. */
  @Benchmark
  @Threads(2)
  @OperationsPerInvocation(BATCH)
  public SimulationResult twoThreads() {
    return batch();
  }

  /** Runs the next {@value #BATCH} campaigns; every batch has indices no other batch uses. */
  private SimulationResult batch() {
    long first = nextBatch.getAndIncrement() * BATCH;
    SimulationAccumulator accumulator = new SimulationAccumulator();
    for (long i = first; i < first + BATCH; i++) {
      accumulator.accept(simulator.run(seed, i));
    }
    return accumulator.result();
  }
}
