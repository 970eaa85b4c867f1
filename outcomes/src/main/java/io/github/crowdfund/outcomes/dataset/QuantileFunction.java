package io.github.crowdfund.outcomes.dataset;

import java.util.Arrays;
import java.util.List;

/**
 * A distribution given by points of its quantile function, sampled by inverse transform: between two points the
 * value is interpolated geometrically when both are positive, linearly otherwise.
 *
 * <p>This class is immutable and thread-safe.
 */
final class QuantileFunction {

  private final double[] probabilities;
  private final double[] values;

  /**
   * Creates the function from points sorted by probability, from 0 to 1, with values that never decrease.
   *
   * @param points pairs of probability and value; not null
   */
  QuantileFunction(List<double[]> points) {
    probabilities = points.stream().mapToDouble(point -> point[0]).toArray();
    values = points.stream().mapToDouble(point -> point[1]).toArray();
    if (probabilities.length < 2 || probabilities[0] != 0 || probabilities[probabilities.length - 1] != 1) {
      throw new IllegalArgumentException("quantile points must run from probability 0 to 1, were '"
          + Arrays.toString(probabilities) + "'");
    }
    for (int i = 1; i < probabilities.length; i++) {
      if (probabilities[i] <= probabilities[i - 1] || values[i] < values[i - 1]) {
        throw new IllegalArgumentException("quantile points must increase, were '" + Arrays.toString(probabilities)
            + "' -> '" + Arrays.toString(values) + "'");
      }
    }
  }

  /**
   * Returns the share of the distribution at zero or below: the largest probability whose value is not positive, or 0
   * when every value is positive.
   *
   * @return a probability between 0 and 1
   */
  double zeroShare() {
    double share = 0;
    for (int i = 0; i < values.length && values[i] <= 0; i++) {
      share = probabilities[i];
    }
    return share;
  }

  /**
   * Returns the value at a probability.
   *
   * @param probability between 0 and 1
   * @return the interpolated quantile
   */
  double at(double probability) {
    int upper = 1;
    while (upper < probabilities.length - 1 && probabilities[upper] < probability) {
      upper++;
    }
    int lower = upper - 1;
    double fraction = (probability - probabilities[lower]) / (probabilities[upper] - probabilities[lower]);
    double low = values[lower];
    double high = values[upper];
    if (low > 0) {
      return low * Math.pow(high / low, fraction);
    }
    return low + (high - low) * fraction;
  }
}
