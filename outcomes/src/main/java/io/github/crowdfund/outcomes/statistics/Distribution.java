package io.github.crowdfund.outcomes.statistics;

import java.io.Serializable;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Arrays;
import java.util.Optional;
import java.util.OptionalDouble;

/**
 * The distribution of a non-negative quantity over projects (a funding ratio, a number of backers), kept as a
 * fixed logarithmic histogram so that distributions from parts of a dataset merge exactly.
 *
 * <p>Counts and the mean are exact (the mean to a millionth of each value). Quantiles are approximate: a quantile is
 * the geometric middle of the histogram bucket that holds the nearest-rank value, so its relative error is below
 * 1.2% (each decade from 10<sup>-6</sup> to 10<sup>9</sup> has 100 buckets); zero is exact; values below
 * 10<sup>-6</sup> report as 0 and values of 10<sup>9</sup> or more report as 10<sup>9</sup>.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class Distribution implements Serializable {

  private static final long serialVersionUID = 1L;
  private static final BigDecimal MICROS = BigDecimal.valueOf(1_000_000);

  private final long count;
  private final long sumMicros;
  private final long zeros;
  private final long underflow;
  private final long overflow;
  private final long[] buckets;

  Distribution(long count, long sumMicros, long zeros, long underflow, long overflow, long[] buckets) {
    this.count = count;
    this.sumMicros = sumMicros;
    this.zeros = zeros;
    this.underflow = underflow;
    this.overflow = overflow;
    this.buckets = buckets;
  }

  /**
   * Returns the number of values.
   *
   * @return the count, zero or more
   */
  public long count() {
    return count;
  }

  /**
   * Returns how many values were exactly zero.
   *
   * @return the count, zero or more
   */
  public long zeros() {
    return zeros;
  }

  /**
   * Returns the mean, rounded half-even to six decimals.
   *
   * @return the mean, or empty when there are no values
   */
  public Optional<BigDecimal> mean() {
    if (count == 0) {
      return Optional.empty();
    }
    return Optional.of(BigDecimal.valueOf(sumMicros).divide(MICROS.multiply(BigDecimal.valueOf(count)), 6,
        RoundingMode.HALF_EVEN));
  }

  /**
   * Returns the nearest-rank quantile, approximated as described in the class comment.
   *
   * @param probability between 0 and 1 inclusive, e.g. 0.5 for the median
   * @return the quantile, or empty when there are no values
   * @throws IllegalArgumentException if the probability is outside [0, 1]
   */
  public OptionalDouble quantile(double probability) {
    if (!(probability >= 0 && probability <= 1)) {
      throw new IllegalArgumentException("probability must be between 0 and 1, was '" + probability + "'");
    }
    if (count == 0) {
      return OptionalDouble.empty();
    }
    long rank = Math.max(1, (long) Math.ceil(probability * count));
    long seen = zeros + underflow;
    if (rank <= seen) {
      return OptionalDouble.of(0);
    }
    for (int i = 0; i < buckets.length; i++) {
      seen += buckets[i];
      if (rank <= seen) {
        return OptionalDouble.of(LogHistogram.middle(i));
      }
    }
    return OptionalDouble.of(Math.pow(10, LogHistogram.MAX_EXPONENT));
  }

  /**
   * Compares the counts of two distributions.
   *
   * @param other the object to compare; may be null
   * @return true when both hold the same counts and sum
   */
  @Override
  public boolean equals(Object other) {
    return other instanceof Distribution that
        && count == that.count && sumMicros == that.sumMicros && zeros == that.zeros
        && underflow == that.underflow && overflow == that.overflow && Arrays.equals(buckets, that.buckets);
  }

  /**
   * Returns a hash of the counts.
   *
   * @return the hash
   */
  @Override
  public int hashCode() {
    return Long.hashCode(count) * 31 + Long.hashCode(sumMicros) * 17 + Arrays.hashCode(buckets);
  }

  /**
   * Describes the distribution by count, mean and median.
   *
   * @return the text; never null
   */
  @Override
  public String toString() {
    return "Distribution[count=" + count + ", mean=" + mean().map(BigDecimal::toPlainString).orElse("none")
        + ", median=" + (count == 0 ? "none" : quantile(0.5).getAsDouble()) + "]";
  }
}
