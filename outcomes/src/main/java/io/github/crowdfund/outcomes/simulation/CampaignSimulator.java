package io.github.crowdfund.outcomes.simulation;

import io.github.crowdfund.core.BackerId;
import io.github.crowdfund.core.Campaign;
import io.github.crowdfund.core.CampaignCommand;
import io.github.crowdfund.core.CampaignDefinition;
import io.github.crowdfund.core.Decision;
import io.github.crowdfund.core.Goal;
import io.github.crowdfund.core.Pledge;
import io.github.crowdfund.core.RewardTier;
import java.time.Duration;
import java.time.DateTimeException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.PriorityQueue;
import java.util.SplittableRandom;
import org.joda.money.CurrencyUnit;
import org.joda.money.Money;

/**
 * Runs campaigns through the real {@code core} decider ({@link Campaign#decide}), so that every platform rule
 * applies: pledge limits, reward tier limits, the final-window rule against dropping below the goal.
 *
 * <p>Each campaign draws its hidden appeal and all its randomness from one {@link SplittableRandom} seeded for that
 * campaign alone ({@link #run(long, long)}), so a batch gives the same runs sequentially, in a parallel stream or
 * split across machines. Backers arrive as described by {@link BackerModel} and {@link ArrivalModel} (sampled by
 * thinning a Poisson process), pledge as described by {@link PledgeSizes}, choose the dearest reward tier they can
 * afford (falling back to cheaper ones, then to no reward, when the decider rejects), and a share of them cancel at
 * a uniformly drawn later time.
 *
 * <p>What the calibrated default ({@link SimulationConfig#calibrated}) reproduces, for a $10,000, 30-day campaign:
 * about 40% of campaigns succeed (the real file: 40.39% of decided projects); failed campaigns fail badly (median
 * pledged/goal of a few percent; about 10% reach 30% of the goal and a few percent 50%, as Mollick found) and
 * successful ones succeed narrowly (median about 110-130% of the goal); backers arrive U-shaped. What it does not:
 * categories, goals or countries differ only through the configuration; there are no social effects beyond the
 * final push and the slowdown after the goal; pledge sizes do not depend on the campaign.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class CampaignSimulator {

  private static final Duration PUSH_PERIOD = Duration.ofDays(7);
  private static final long[] MINOR_PER_MAJOR = {1, 10, 100, 1_000, 10_000};

  private final SimulationConfig config;
  private final Campaign launched;
  private final List<RewardTier> tiersByPriceDescending;
  private final long minimumPledgeMinor;
  private final long maximumPledgeMinor;

  private CampaignSimulator(SimulationConfig config) {
    this.config = config;
    Instant launch = requireRepresentable(config.launch(), config.duration());
    CampaignCommand.Create create = new CampaignCommand.Create(launch.minus(Duration.ofDays(2)),
        CampaignDefinition.builder().id("simulated").creator("simulator").title("Simulated campaign")
            .goal(Goal.allOrNothing(config.goal())).duration(config.duration()).tiers(config.tiers()).build());
    this.launched = Campaign.initial().apply(create, config.rules()).orElseThrow()
        .apply(new CampaignCommand.Submit(launch.minus(Duration.ofDays(1))), config.rules()).orElseThrow()
        .apply(new CampaignCommand.Launch(launch), config.rules()).orElseThrow();
    List<RewardTier> tiers = new ArrayList<>(config.tiers());
    tiers.sort(Comparator.comparing(RewardTier::price).reversed());
    this.tiersByPriceDescending = List.copyOf(tiers);
    CurrencyUnit currency = config.goal().getCurrencyUnit();
    this.minimumPledgeMinor = config.rules().minimumPledge(currency).getAmountMinorLong();
    this.maximumPledgeMinor = config.rules().maximumPledge(currency).getAmountMinorLong();
  }

  /**
   * Returns a simulator of a configuration.
   *
   * @param config the campaign and its models; not null
   * @return the simulator; never null
   * @throws IllegalArgumentException if the rules refuse the campaign (currency, duration, tier prices): a
   *     {@link io.github.crowdfund.core.CommandRejectedException} quoting the rules it breaks; or if the launch or
   *     the deadline lies beyond what a simulation can count in epoch milliseconds, naming the launch
   */
  public static CampaignSimulator of(SimulationConfig config) {
    return new CampaignSimulator(Objects.requireNonNull(config, "config"));
  }

  /** Earliest launch: the campaign is created two days before it, and times are counted in epoch milliseconds. */
  private static final Instant EARLIEST_LAUNCH = Instant.ofEpochMilli(Long.MIN_VALUE).plus(Duration.ofDays(2));
  private static final Instant LATEST_DEADLINE = Instant.ofEpochMilli(Long.MAX_VALUE);

  /** The launch, if it and its deadline are instants a simulation can count in epoch milliseconds. */
  private static Instant requireRepresentable(Instant launch, Duration duration) {
    boolean fits;
    try {
      fits = !launch.isBefore(EARLIEST_LAUNCH) && !launch.plus(duration).isAfter(LATEST_DEADLINE);
    } catch (DateTimeException | ArithmeticException beyond) {
      fits = false;
    }
    if (!fits) {
      throw new IllegalArgumentException("cannot simulate a campaign launched at " + launch + " for " + duration
          + ": launch and deadline must lie between " + EARLIEST_LAUNCH + " and " + LATEST_DEADLINE);
    }
    return launch;
  }

  /**
   * Returns the configuration.
   *
   * @return the configuration; never null
   */
  public SimulationConfig config() {
    return config;
  }

  /**
   * Returns the seed of one campaign of a batch: campaign {@code index} of batch {@code seed}, mixed by SplitMix64's
   * finalizer. (Seeds {@code seed + index × 0x9E3779B97F4A7C15} unmixed would give each campaign the stream of the
   * previous one shifted by one draw, since that constant is the step of {@link SplittableRandom}: neighbouring
   * campaigns would be nearly the same campaign.)
   *
   * @param seed the batch seed
   * @param index the campaign's index in the batch
   * @return the campaign's own seed
   */
  public static long campaignSeed(long seed, long index) {
    long z = seed + index * 0x9E3779B97F4A7C15L;
    z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
    z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
    return z ^ (z >>> 31);
  }

  /**
   * Runs campaign {@code index} of batch {@code seed} from launch to its end.
   *
   * @param seed the batch seed
   * @param index the campaign's index, zero or more
   * @return the run; never null
   */
  public SimulatedCampaign run(long seed, long index) {
    return runUntil(seed, index, config.duration());
  }

  /**
   * Runs campaign {@code index} of batch {@code seed} until some time after launch, the same way as
   * {@link #run(long, long)} up to that time; the campaign stays LIVE when stopped before its deadline.
   *
   * @param seed the batch seed
   * @param index the campaign's index, zero or more
   * @param elapsed how long after launch to stop; zero or more (the deadline at most)
   * @return the run; never null
   */
  public SimulatedCampaign runUntil(long seed, long index, Duration elapsed) {
    SplittableRandom random = new SplittableRandom(campaignSeed(seed, index));
    double appeal = config.backers().drawAppeal(random);
    double stop = Math.min(seconds(elapsed), seconds(config.duration()));
    return simulate(launched, 0, stop, appeal, 1, random);
  }

  /**
   * Continues a live campaign from an instant to its end, with a given appeal.
   *
   * @param live a LIVE campaign of this configuration's rules
   * @param now the instant to continue from, before the deadline
   * @param appeal the hidden appeal to assume
   * @param random the randomness to use
   * @return the run; never null
   */
  SimulatedCampaign continueFrom(Campaign live, Instant now, double appeal, SplittableRandom random) {
    Instant launch = live.launchedAt().orElseThrow();
    double from = (now.toEpochMilli() - launch.toEpochMilli()) / 1000.0;
    double length = (live.deadline().orElseThrow().toEpochMilli() - launch.toEpochMilli()) / 1000.0;
    long nextBacker = live.pledges().mapToLong(pledge -> pledge.backer().value()).max().orElse(0) + 1;
    return simulate(live, from, length, appeal, nextBacker, random);
  }

  /**
   * Returns the pace of arrivals for appeal 1, in backers per second, at a moment of a campaign with a given total.
   *
   * @param elapsed seconds since launch
   * @param length the campaign's length in seconds
   * @param totalMinor the pledged total in minor units
   * @return the pace, zero or more
   */
  double unitPace(double elapsed, double length, long totalMinor) {
    BackerModel model = config.backers();
    long goalMinor = config.goal().getAmountMinorLong();
    double factor = 1;
    if (totalMinor >= goalMinor) {
      factor = model.afterGoalFactor();
    } else {
      factor = model.gradientFactor((double) totalMinor / goalMinor);
      if (elapsed >= length - Math.min(seconds(PUSH_PERIOD), length / 4)
          && totalMinor >= model.finalPushFrom() * goalMinor) {
        factor *= model.finalPushFactor();
      }
    }
    return model.expectedBackers() / length * config.arrivals().weight(elapsed, length) * factor;
  }

  private SimulatedCampaign simulate(Campaign start, double from, double until, double appeal, long firstBacker,
      SplittableRandom random) {
    Instant launch = start.launchedAt().orElseThrow();
    Instant deadline = start.deadline().orElseThrow();
    double length = (deadline.toEpochMilli() - launch.toEpochMilli()) / 1000.0;
    double maxPace = appeal * config.backers().expectedBackers() / length
        * config.arrivals().maxWeight(length) * config.backers().maxFactor();
    long goalMinor = config.goal().getAmountMinorLong();
    Campaign campaign = start;
    long total = campaign.totalPledged().getAmountMinorLong();
    long peak = total;
    PriorityQueue<double[]> cancellations = new PriorityQueue<>(Comparator.comparingDouble(c -> c[0]));
    long nextBacker = firstBacker;
    int arrivals = 0;
    int rejectedPledges = 0;
    int rejectedCancellations = 0;
    Optional<Duration> timeToGoal = Optional.empty();
    double time = from;
    while (true) {
      time += -Math.log(1 - random.nextDouble()) / maxPace;
      double horizon = Math.min(time, until);
      while (!cancellations.isEmpty() && cancellations.peek()[0] < horizon) {
        double[] cancellation = cancellations.poll();
        Decision decision = campaign.decide(new CampaignCommand.CancelPledge(at(launch, cancellation[0]),
            BackerId.of((long) cancellation[1])), config.rules());
        if (decision.isAccepted()) {
          campaign = campaign.evolve(decision.events());
          total = campaign.totalPledged().getAmountMinorLong();
        } else {
          rejectedCancellations++;
        }
      }
      if (time >= until) {
        break;
      }
      if (random.nextDouble() * maxPace >= appeal * unitPace(time, length, total)) {
        continue;
      }
      arrivals++;
      long backer = nextBacker++;
      Instant at = at(launch, time);
      Money amount = pledgeAmount(random);
      Decision decision = null;
      for (RewardTier tier : tiersByPriceDescending) {
        if (tier.price().isGreaterThan(amount)) {
          continue;
        }
        decision = campaign.decide(new CampaignCommand.PlacePledge(
            Pledge.forReward(BackerId.of(backer), amount, tier.id(), at)), config.rules());
        if (decision.isAccepted()) {
          break;
        }
        rejectedPledges++;
      }
      if (decision == null || !decision.isAccepted()) {
        decision = campaign.decide(new CampaignCommand.PlacePledge(Pledge.of(BackerId.of(backer), amount, at)),
            config.rules());
      }
      if (!decision.isAccepted()) {
        rejectedPledges++;
        continue;
      }
      campaign = campaign.evolve(decision.events());
      long before = total;
      total = campaign.totalPledged().getAmountMinorLong();
      peak = Math.max(peak, total);
      if (timeToGoal.isEmpty() && before < goalMinor && total >= goalMinor) {
        timeToGoal = Optional.of(Duration.ofMillis((long) (time * 1000)));
      }
      if (random.nextDouble() < config.backers().cancelShare()) {
        cancellations.add(new double[] {time + random.nextDouble() * (length - time), backer});
      }
    }
    if (until >= length) {
      campaign = campaign.apply(new CampaignCommand.End(deadline), config.rules()).orElseThrow();
    }
    return new SimulatedCampaign(campaign, appeal, arrivals, rejectedPledges, rejectedCancellations, timeToGoal,
        Money.ofMinor(config.goal().getCurrencyUnit(), peak));
  }

  private Money pledgeAmount(SplittableRandom random) {
    PledgeSizes sizes = config.pledges();
    double major = sizes.median().getAmount().doubleValue() * Math.exp(sizes.sigma() * random.nextGaussian());
    CurrencyUnit currency = sizes.median().getCurrencyUnit();
    long minor = Math.max(1, Math.round(major)) * MINOR_PER_MAJOR[currency.getDecimalPlaces()];
    return Money.ofMinor(currency, Math.min(maximumPledgeMinor, Math.max(minimumPledgeMinor, minor)));
  }

  private static Instant at(Instant launch, double seconds) {
    return launch.plusMillis((long) (seconds * 1000));
  }

  static double seconds(Duration duration) {
    return duration.toMillis() / 1000.0;
  }
}
