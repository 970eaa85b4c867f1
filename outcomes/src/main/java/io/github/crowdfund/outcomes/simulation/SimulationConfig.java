package io.github.crowdfund.outcomes.simulation;

import io.github.crowdfund.core.CampaignRules;
import io.github.crowdfund.core.RewardTier;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Properties;
import org.joda.money.CurrencyUnit;
import org.joda.money.Money;

/**
 * A campaign to simulate: its definition (goal, duration, reward tiers, platform rules, launch instant) and the
 * models of its backers (arrivals over time, how many come, how much they pledge).
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param goal the all-or-nothing funding goal; positive
 * @param duration from launch to deadline; positive
 * @param tiers the reward tiers, possibly limited; never null, may be empty
 * @param rules the platform rules the real decider applies; never null
 * @param launch the launch instant; never null
 * @param arrivals how arrivals spread over the campaign; never null
 * @param backers how many backers come and how their pace reacts to progress; never null
 * @param pledges how much backers pledge, in the goal's currency; never null
 */
public record SimulationConfig(Money goal, Duration duration, List<RewardTier> tiers, CampaignRules rules,
    Instant launch, ArrivalModel arrivals, BackerModel backers, PledgeSizes pledges) {

  /** The default launch instant of simulated campaigns (a Tuesday afternoon in New York). */
  public static final Instant DEFAULT_LAUNCH = Instant.parse("2026-03-03T19:00:00Z");

  /**
   * Validates the parts.
   *
   * @throws IllegalArgumentException if the goal is not positive or the pledges are in another currency
   */
  public SimulationConfig {
    Objects.requireNonNull(goal, "goal");
    Objects.requireNonNull(duration, "duration");
    Objects.requireNonNull(rules, "rules");
    Objects.requireNonNull(launch, "launch");
    Objects.requireNonNull(arrivals, "arrivals");
    Objects.requireNonNull(backers, "backers");
    Objects.requireNonNull(pledges, "pledges");
    tiers = List.copyOf(tiers);
    if (!goal.isPositive()) {
      throw new IllegalArgumentException("goal must be positive, was '" + goal + "'");
    }
    if (!pledges.median().getCurrencyUnit().equals(goal.getCurrencyUnit())) {
      throw new IllegalArgumentException("pledges '" + pledges.median() + "' are not in the goal's currency '"
          + goal.getCurrencyUnit() + "'");
    }
  }

  /**
   * Returns the calibrated default model for a Kickstarter US campaign with no reward tiers: U-shaped arrivals;
   * pledges log-normal with a median of $49 and log standard deviation 1.1 (pledge per backer in the real data);
   * appeal 1 expects as many backers as the goal needs at the mean pledge; a final push doubling the pace in the last
   * week from 40% of the goal; the goal gradient (Kuppuswamy and Bayus 2017) raising the pace from half the goal to
   * a fitted multiple of the usual just before it, and 30% of the pace once the goal is reached; 2% of backers
   * cancelling. The appeals (the share of campaigns that find traction, the medians of both kinds and the spread of
   * those without) and the strength of the goal gradient come from {@code simulation-calibration.properties}, fitted to a real file by
   * {@code SimulationCalibration} (in {@code statistics}), whose command is written in that file.
   *
   * @param goal the goal, in US dollars; positive
   * @param duration the duration, 1 to 60 days
   * @return the configuration; never null
   */
  public static SimulationConfig calibrated(Money goal, Duration duration) {
    Objects.requireNonNull(goal, "goal");
    PledgeSizes pledges = new PledgeSizes(Money.of(CurrencyUnit.USD, 49), 1.1);
    double expectedBackers = Math.max(1, goal.getAmount().doubleValue() / pledges.meanMajor());
    return new SimulationConfig(goal, duration, List.of(), CampaignRules.defaults(), DEFAULT_LAUNCH,
        ArrivalModel.uShaped(), FittedAppeals.MODEL.withExpectedBackers(expectedBackers), pledges);
  }

  /** The fitted appeals, read once from the resource. */
  private static final class FittedAppeals {
    private static final String RESOURCE = "simulation-calibration.properties";
    private static final BackerModel MODEL = load();

    private static BackerModel load() {
      Properties fitted = new Properties();
      try (InputStream in = SimulationConfig.class.getResourceAsStream(RESOURCE)) {
        if (in == null) {
          throw new IllegalStateException("resource " + RESOURCE + " is missing from the outcomes module");
        }
        fitted.load(in);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
      return new BackerModel(1, number(fitted, "tractionShare"), number(fitted, "viableAppeal"), 0.35,
          number(fitted, "dudAppeal"), number(fitted, "dudSigma"), 2.0, 0.4, 0.3, 0.02, number(fitted, "goalGradient"),
          0.5);
    }

    private static double number(Properties fitted, String key) {
      String value = fitted.getProperty(key);
      if (value == null) {
        throw new IllegalStateException(RESOURCE + " has no '" + key + "'; has " + fitted.stringPropertyNames());
      }
      return Double.parseDouble(value.trim());
    }
  }

  /**
   * Returns this configuration with other reward tiers.
   *
   * @param newTiers the tiers; not null
   * @return a new configuration; never null
   */
  public SimulationConfig withTiers(List<RewardTier> newTiers) {
    return new SimulationConfig(goal, duration, newTiers, rules, launch, arrivals, backers, pledges);
  }

  /**
   * Returns this configuration with another arrival model.
   *
   * @param newArrivals the arrival model; not null
   * @return a new configuration; never null
   */
  public SimulationConfig withArrivals(ArrivalModel newArrivals) {
    return new SimulationConfig(goal, duration, tiers, rules, launch, newArrivals, backers, pledges);
  }

  /**
   * Returns this configuration with another backer model.
   *
   * @param newBackers the backer model; not null
   * @return a new configuration; never null
   */
  public SimulationConfig withBackers(BackerModel newBackers) {
    return new SimulationConfig(goal, duration, tiers, rules, launch, arrivals, newBackers, pledges);
  }
}
