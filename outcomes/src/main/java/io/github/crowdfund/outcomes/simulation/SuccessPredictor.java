package io.github.crowdfund.outcomes.simulation;

import io.github.crowdfund.core.Campaign;
import io.github.crowdfund.core.CampaignStatus;
import io.github.crowdfund.core.Goal;
import io.github.crowdfund.core.Pledge;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.SplittableRandom;

/**
 * Predicts the success probability of a live campaign from its pledges so far, by simulating the rest of it.
 *
 * <p>The campaign's hidden appeal is inferred first: appeals are drawn from the model's prior and weighted by the
 * likelihood of the backers seen so far under the model's pace over the campaign's actual path (a Poisson count
 * with mean {@code appeal × Λ}, where {@code Λ} integrates the pace at appeal 1 hour by hour, with the final push
 * and the slowdown after the goal applied as the pledges so far dictate). Then {@code runs} continuations are
 * simulated from the campaign's current state through the real decider, each with an appeal resampled from that
 * posterior and its own seed. The prediction is the share that ends successful.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class SuccessPredictor {

  private static final double STEP_SECONDS = 3_600;
  private static final int PRIOR_DRAWS_PER_RUN = 20;
  private static final int MIN_PRIOR_DRAWS = 2_000;

  private final CampaignSimulator simulator;

  private SuccessPredictor(CampaignSimulator simulator) {
    this.simulator = simulator;
  }

  /**
   * Returns a predictor for campaigns of a configuration.
   *
   * @param config the campaign's definition and models; not null
   * @return the predictor; never null
   * @throws IllegalArgumentException if the rules refuse the configured campaign
   */
  public static SuccessPredictor of(SimulationConfig config) {
    return new SuccessPredictor(CampaignSimulator.of(config));
  }

  /**
   * Predicts whether a live campaign will succeed.
   *
   * @param live a LIVE campaign with the configuration's goal; not null
   * @param now the instant of the prediction, from launch to before the deadline; not null
   * @param runs how many continuations to simulate, at least 1
   * @param seed the seed; the same arguments give the same prediction
   * @return the prediction; never null
   * @throws IllegalArgumentException if the campaign is not live, has another goal, or {@code now} is outside it
   */
  public Prediction predict(Campaign live, Instant now, int runs, long seed) {
    Objects.requireNonNull(live, "live");
    Objects.requireNonNull(now, "now");
    if (runs < 1) {
      throw new IllegalArgumentException("runs must be at least 1, was '" + runs + "'");
    }
    if (live.status() != CampaignStatus.LIVE) {
      throw new IllegalArgumentException("campaign must be LIVE, is '" + live.status() + "'");
    }
    SimulationConfig config = simulator.config();
    if (!(live.goal() instanceof Goal.MoneyGoal goal) || !goal.target().equals(config.goal())) {
      throw new IllegalArgumentException("campaign goal '" + live.goal() + "' is not the configured goal '"
          + config.goal() + "'");
    }
    Instant launch = live.launchedAt().orElseThrow();
    Instant deadline = live.deadline().orElseThrow();
    if (now.isBefore(launch) || !now.isBefore(deadline)) {
      throw new IllegalArgumentException("now '" + now + "' is not within the campaign, " + launch + " to "
          + deadline);
    }
    double exposure = exposure(live, launch, deadline, now);
    int backers = live.backerCount();
    SplittableRandom random = new SplittableRandom(seed);
    int draws = Math.max(MIN_PRIOR_DRAWS, PRIOR_DRAWS_PER_RUN * runs);
    double[] appeals = new double[draws];
    double[] logWeights = new double[draws];
    double maxLog = Double.NEGATIVE_INFINITY;
    for (int i = 0; i < draws; i++) {
      appeals[i] = config.backers().drawAppeal(random);
      logWeights[i] = backers * Math.log(appeals[i]) - appeals[i] * exposure;
      maxLog = Math.max(maxLog, logWeights[i]);
    }
    double[] cumulative = new double[draws];
    double sum = 0;
    for (int i = 0; i < draws; i++) {
      sum += Math.exp(logWeights[i] - maxLog);
      cumulative[i] = sum;
    }
    int successes = 0;
    double appealSum = 0;
    double offset = random.nextDouble();
    int index = 0;
    for (int run = 0; run < runs; run++) {
      double target = (run + offset) / runs * sum;
      while (index < draws - 1 && cumulative[index] < target) {
        index++;
      }
      double appeal = appeals[index];
      appealSum += appeal;
      SplittableRandom continuation = new SplittableRandom(CampaignSimulator.campaignSeed(seed, run + 1L));
      if (simulator.continueFrom(live, now, appeal, continuation).succeeded()) {
        successes++;
      }
    }
    return new Prediction((double) successes / runs, runs, successes, appealSum / runs);
  }

  /** Integrates the pace at appeal 1 from launch to now over the campaign's actual pledges, hour by hour. */
  private double exposure(Campaign live, Instant launch, Instant deadline, Instant now) {
    double length = (deadline.toEpochMilli() - launch.toEpochMilli()) / 1000.0;
    double elapsed = (now.toEpochMilli() - launch.toEpochMilli()) / 1000.0;
    List<Pledge> pledges = live.pledges().sorted(Comparator.comparing(Pledge::placedAt)).toList();
    int next = 0;
    long total = 0;
    double exposure = 0;
    for (double from = 0; from < elapsed; from += STEP_SECONDS) {
      double to = Math.min(elapsed, from + STEP_SECONDS);
      while (next < pledges.size()
          && (pledges.get(next).placedAt().toEpochMilli() - launch.toEpochMilli()) / 1000.0 < from) {
        total += pledges.get(next++).amount().getAmountMinorLong();
      }
      exposure += simulator.unitPace((from + to) / 2, length, total) * (to - from);
    }
    return exposure;
  }
}
