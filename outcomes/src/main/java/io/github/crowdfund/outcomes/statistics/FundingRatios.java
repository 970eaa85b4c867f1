package io.github.crowdfund.outcomes.statistics;

import java.io.Serializable;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Objects;
import java.util.Optional;

/**
 * How far projects got towards their goals: the distribution of pledged / goal (in the project's own currency) and
 * exact counts of projects that reached 20%, 30%, 50% and 100% of their goal.
 *
 * <p>Mollick (2014) found that projects "succeed narrowly or fail badly": about 10% of failed projects reached 30%
 * of their goal and about 3% reached 50%; {@link #shareReaching(int)} gives those figures for a dataset.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param ratio the distribution of pledged / goal; never null
 * @param reached20 projects with pledged of at least 20% of goal
 * @param reached30 projects with pledged of at least 30% of goal
 * @param reached50 projects with pledged of at least 50% of goal
 * @param reached100 projects with pledged of at least their goal
 */
public record FundingRatios(Distribution ratio, long reached20, long reached30, long reached50, long reached100)
    implements Serializable {

  /**
   * Validates the parts.
   *
   * @throws IllegalArgumentException if the counts are not nested (100% within 50% within 30% within 20% within all)
   */
  public FundingRatios {
    Objects.requireNonNull(ratio, "ratio");
    if (!(ratio.count() >= reached20 && reached20 >= reached30 && reached30 >= reached50 && reached50 >= reached100
        && reached100 >= 0)) {
      throw new IllegalArgumentException("counts are not nested: projects '" + ratio.count() + "', reached 20% '"
          + reached20 + "', 30% '" + reached30 + "', 50% '" + reached50 + "', 100% '" + reached100 + "'");
    }
  }

  /**
   * Returns the number of projects.
   *
   * @return the count, zero or more
   */
  public long projects() {
    return ratio.count();
  }

  /**
   * Returns how many projects reached a share of their goal.
   *
   * @param percent 20, 30, 50 or 100
   * @return the count, zero or more
   * @throws IllegalArgumentException for any other percentage
   */
  public long reaching(int percent) {
    return switch (percent) {
      case 20 -> reached20;
      case 30 -> reached30;
      case 50 -> reached50;
      case 100 -> reached100;
      default -> throw new IllegalArgumentException(
          "percent must be one of 20, 30, 50, 100, was '" + percent + "'");
    };
  }

  /**
   * Returns the share of projects that reached a share of their goal, rounded half-even to
   * {@value StateCounts#RATE_SCALE} decimals.
   *
   * @param percent 20, 30, 50 or 100
   * @return the fraction between 0 and 1, or empty when there are no projects
   * @throws IllegalArgumentException for any other percentage
   */
  public Optional<BigDecimal> shareReaching(int percent) {
    long reached = reaching(percent);
    if (projects() == 0) {
      return Optional.empty();
    }
    return Optional.of(BigDecimal.valueOf(reached)
        .divide(BigDecimal.valueOf(projects()), StateCounts.RATE_SCALE, RoundingMode.HALF_EVEN));
  }
}
