package io.github.crowdfund.outcomes.simulation;

import java.util.Objects;
import org.joda.money.Money;

/**
 * The amounts backers pledge: log-normal with the given median and log standard deviation, rounded to whole units
 * of the currency and kept within the platform's pledge limits.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param median the median pledge; positive
 * @param sigma the log standard deviation; zero or more
 */
public record PledgeSizes(Money median, double sigma) {

  /**
   * Validates the parts.
   *
   * @throws IllegalArgumentException if the median is not positive or sigma is negative
   */
  public PledgeSizes {
    Objects.requireNonNull(median, "median");
    if (!median.isPositive()) {
      throw new IllegalArgumentException("median must be positive, was '" + median + "'");
    }
    if (!(sigma >= 0 && sigma <= 5)) {
      throw new IllegalArgumentException("sigma must be between 0 and 5, was '" + sigma + "'");
    }
  }

  /**
   * Returns the mean pledge in major units, before rounding and limits: {@code median × exp(sigma² / 2)}.
   *
   * @return the mean, positive
   */
  public double meanMajor() {
    return median.getAmount().doubleValue() * Math.exp(sigma * sigma / 2);
  }
}
