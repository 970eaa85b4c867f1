package io.github.crowdfund.outcomes.statistics;

import java.io.Serializable;
import java.util.Arrays;

/**
 * A mergeable histogram of non-negative values with fixed logarithmic buckets, the accumulating side of
 * {@link Distribution}.
 *
 * <p>Zero has its own bucket; from 10<sup>-6</sup> to 10<sup>9</sup> each decade has {@value #BUCKETS_PER_DECADE}
 * buckets; smaller positive values share an underflow bucket and larger ones an overflow bucket. The sum is kept
 * exactly in millionths (each value rounded half-up to a millionth first). Bucket counts and sums add, so merging is
 * exact, associative and commutative, and the empty histogram is its identity.
 *
 * <p>Not thread-safe: each thread accumulates its own and the results are merged.
 */
final class LogHistogram implements Serializable {

  /** Buckets in each power of ten. */
  static final int BUCKETS_PER_DECADE = 100;
  /** The decimal exponent of the smallest bucket's lower bound. */
  static final int MIN_EXPONENT = -6;
  /** The decimal exponent of the overflow bucket's lower bound. */
  static final int MAX_EXPONENT = 9;

  private static final long serialVersionUID = 1L;
  private static final int BUCKETS = (MAX_EXPONENT - MIN_EXPONENT) * BUCKETS_PER_DECADE;
  private static final double MICROS = 1_000_000d;

  private long zeros;
  private long underflow;
  private long overflow;
  private final long[] buckets = new long[BUCKETS];
  private long count;
  private long sumMicros;

  /**
   * Adds one value.
   *
   * @param value zero or more, finite
   */
  void add(double value) {
    if (!(value >= 0) || Double.isInfinite(value)) {
      throw new IllegalArgumentException("value must be finite and not negative, was '" + value + "'");
    }
    count++;
    sumMicros = Math.addExact(sumMicros, Math.round(value * MICROS));
    if (value == 0) {
      zeros++;
      return;
    }
    int index = (int) Math.floor((Math.log10(value) - MIN_EXPONENT) * BUCKETS_PER_DECADE);
    if (index < 0) {
      underflow++;
    } else if (index >= BUCKETS) {
      overflow++;
    } else {
      buckets[index]++;
    }
  }

  /**
   * Adds the other histogram's counts to this one.
   *
   * @param other the histogram to add; not null, unchanged
   */
  void merge(LogHistogram other) {
    zeros += other.zeros;
    underflow += other.underflow;
    overflow += other.overflow;
    for (int i = 0; i < BUCKETS; i++) {
      buckets[i] += other.buckets[i];
    }
    count += other.count;
    sumMicros = Math.addExact(sumMicros, other.sumMicros);
  }

  /**
   * Returns an immutable snapshot.
   *
   * @return the distribution; never null
   */
  Distribution snapshot() {
    return new Distribution(count, sumMicros, zeros, underflow, overflow, Arrays.copyOf(buckets, BUCKETS));
  }

  /** Returns the geometric middle of a bucket. */
  static double middle(int index) {
    return Math.pow(10, MIN_EXPONENT + (index + 0.5) / BUCKETS_PER_DECADE);
  }
}
