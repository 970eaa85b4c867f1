package io.github.crowdfund.outcomes.statistics;

import io.github.crowdfund.outcomes.dataset.ProjectRecord;
import io.github.crowdfund.outcomes.dataset.ProjectState;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Exact figures of the backers of a group of projects: how many projects, the mean, median, 90th and 99th percentile
 * and the largest number of backers. Percentiles interpolate linearly between order statistics (the value at
 * probability p lies at 0-based rank p (n - 1), the definition of R's and NumPy's defaults), so the median of an even
 * count is the mean of the middle two.
 *
 * <p>Unlike {@link Distribution}, this keeps no histogram: it is computed from every value at once, for files that
 * fit in memory. Instances are immutable and thread-safe.
 *
 * @param projects how many projects, at least 1
 * @param mean the mean number of backers
 * @param median the median number of backers
 * @param percentile90 the 90th percentile of backers
 * @param percentile99 the 99th percentile of backers
 * @param largest the largest number of backers
 */
public record BackerFigures(long projects, double mean, double median, double percentile90, double percentile99,
    long largest) {

  /** The names of {@link #values()}, in order. */
  public static final List<String> NAMES = List.of("mean", "median", "90th pct", "99th pct", "max");

  /**
   * Computes the figures of some projects' backers.
   *
   * @param backers each project's backers, in any order; not null, not empty, none negative
   * @return the figures; never null
   * @throws IllegalArgumentException if there are no values or one is negative
   */
  public static BackerFigures of(long[] backers) {
    Objects.requireNonNull(backers, "backers");
    if (backers.length == 0) {
      throw new IllegalArgumentException("backers must not be empty");
    }
    long[] sorted = backers.clone();
    Arrays.sort(sorted);
    if (sorted[0] < 0) {
      throw new IllegalArgumentException("backers must not be negative, was '" + sorted[0] + "'");
    }
    double sum = 0;
    for (long value : sorted) {
      sum += value;
    }
    return new BackerFigures(sorted.length, sum / sorted.length, percentile(sorted, 0.5), percentile(sorted, 0.9),
        percentile(sorted, 0.99), sorted[sorted.length - 1]);
  }

  /**
   * Computes the figures of each state's projects, for the states that have any.
   *
   * @param records the projects; not null
   * @return the figures by state, in the states' order; never null, unmodifiable
   */
  public static Map<ProjectState, BackerFigures> byState(Iterable<ProjectRecord> records) {
    Map<ProjectState, List<Integer>> backers = new EnumMap<>(ProjectState.class);
    for (ProjectRecord record : records) {
      backers.computeIfAbsent(record.state(), state -> new ArrayList<>()).add(record.backers());
    }
    Map<ProjectState, BackerFigures> figures = new EnumMap<>(ProjectState.class);
    backers.forEach((state, values) -> figures.put(state,
        of(values.stream().mapToLong(Integer::longValue).toArray())));
    return Collections.unmodifiableMap(figures);
  }

  /**
   * Returns the figures in the order mean, median, 90th percentile, 99th percentile, largest.
   *
   * @return five numbers; never null
   */
  public double[] values() {
    return new double[] {mean, median, percentile90, percentile99, largest};
  }

  private static double percentile(long[] sorted, double probability) {
    double rank = probability * (sorted.length - 1);
    int below = (int) Math.floor(rank);
    int above = Math.min(sorted.length - 1, below + 1);
    return sorted[below] + (rank - below) * (sorted[above] - sorted[below]);
  }
}
