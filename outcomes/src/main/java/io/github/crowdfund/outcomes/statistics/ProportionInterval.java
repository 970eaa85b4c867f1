package io.github.crowdfund.outcomes.statistics;

/**
 * A confidence interval for a proportion (such as a success rate) estimated from {@code successes} out of
 * {@code trials}.
 *
 * <p>{@link #wilson95} gives the Wilson score interval (Wilson 1927), which unlike the normal approximation stays
 * within [0, 1] and keeps close to its nominal coverage for small groups and rates near 0 or 1 (Brown, Cai and
 * DasGupta 2001): with {@code p = successes / trials}, {@code n = trials} and {@code z} the normal quantile,
 * {@code (p + z²/2n ± z √(p(1-p)/n + z²/4n²)) / (1 + z²/n)}.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param successes the successes, zero or more
 * @param trials the trials, at least 1 and at least {@code successes}
 * @param lower the lower bound, between 0 and the estimate
 * @param upper the upper bound, between the estimate and 1
 */
public record ProportionInterval(long successes, long trials, double lower, double upper) {

  /** The standard normal quantile of a two-sided 95% interval. */
  public static final double Z95 = 1.959963984540054;

  /**
   * Validates the parts.
   *
   * @throws IllegalArgumentException if the counts or bounds are out of their ranges
   */
  public ProportionInterval {
    if (trials < 1 || successes < 0 || successes > trials) {
      throw new IllegalArgumentException("need 0 <= successes <= trials and trials >= 1, were successes '"
          + successes + "' and trials '" + trials + "'");
    }
    if (!(lower >= 0 && lower <= upper && upper <= 1)) {
      throw new IllegalArgumentException("need 0 <= lower <= upper <= 1, were '" + lower + "' and '" + upper + "'");
    }
  }

  /**
   * Returns the 95% Wilson score interval.
   *
   * @param successes the successes, zero or more
   * @param trials the trials, at least 1 and at least {@code successes}
   * @return the interval; never null
   * @throws IllegalArgumentException if the counts are out of range
   */
  public static ProportionInterval wilson95(long successes, long trials) {
    return wilson(successes, trials, Z95);
  }

  /**
   * Returns the Wilson score interval for a given normal quantile.
   *
   * @param successes the successes, zero or more
   * @param trials the trials, at least 1 and at least {@code successes}
   * @param z the standard normal quantile, positive (1.96 for 95%)
   * @return the interval; never null
   * @throws IllegalArgumentException if the counts are out of range or z is not positive
   */
  public static ProportionInterval wilson(long successes, long trials, double z) {
    if (trials < 1 || successes < 0 || successes > trials) {
      throw new IllegalArgumentException("need 0 <= successes <= trials and trials >= 1, were successes '"
          + successes + "' and trials '" + trials + "'");
    }
    if (!(z > 0) || !Double.isFinite(z)) {
      throw new IllegalArgumentException("z must be positive, was '" + z + "'");
    }
    double n = trials;
    double p = successes / n;
    double z2 = z * z;
    double denominator = 1 + z2 / n;
    double center = (p + z2 / (2 * n)) / denominator;
    double half = z / denominator * Math.sqrt(p * (1 - p) / n + z2 / (4 * n * n));
    double lower = successes == 0 ? 0 : Math.max(0, Math.min(p, center - half));
    double upper = successes == trials ? 1 : Math.min(1, Math.max(p, center + half));
    return new ProportionInterval(successes, trials, lower, upper);
  }

  /**
   * Returns the point estimate.
   *
   * @return {@code successes / trials}
   */
  public double estimate() {
    return (double) successes / trials;
  }
}
