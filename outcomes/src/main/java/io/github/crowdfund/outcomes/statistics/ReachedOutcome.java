package io.github.crowdfund.outcomes.statistics;

import java.io.Serializable;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Optional;

/**
 * How simulated campaigns that reached a share of their goal at some time ended: the path statistic behind rules of
 * thumb such as "a project that reaches 30% of its goal succeeds about 90% of the time".
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param percent the share of the goal, in percent
 * @param campaigns campaigns whose total reached it at some time
 * @param successful those of them that ended successful
 */
public record ReachedOutcome(int percent, long campaigns, long successful) implements Serializable {

  /**
   * Validates the counts.
   *
   * @throws IllegalArgumentException if a count is negative or more succeeded than reached
   */
  public ReachedOutcome {
    if (percent < 0 || campaigns < 0 || successful < 0 || successful > campaigns) {
      throw new IllegalArgumentException("need percent >= 0 and 0 <= successful <= campaigns, were '" + percent
          + "', '" + successful + "', '" + campaigns + "'");
    }
  }

  /**
   * Returns P(success | reached): successful / campaigns, rounded half-even to {@value StateCounts#RATE_SCALE}
   * decimals.
   *
   * @return the probability, or empty when no campaign reached the share
   */
  public Optional<BigDecimal> successRate() {
    return campaigns == 0 ? Optional.empty() : Optional.of(BigDecimal.valueOf(successful)
        .divide(BigDecimal.valueOf(campaigns), StateCounts.RATE_SCALE, RoundingMode.HALF_EVEN));
  }
}
