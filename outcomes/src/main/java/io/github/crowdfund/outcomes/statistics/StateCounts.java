package io.github.crowdfund.outcomes.statistics;

import io.github.crowdfund.outcomes.dataset.ProjectState;
import java.io.Serializable;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Optional;

/**
 * How many projects ended in each {@link ProjectState}.
 *
 * <p>Counts add up with {@link #plus(StateCounts)}, which is associative and has {@link #ZERO} as identity.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param failed projects that failed
 * @param successful projects that succeeded
 * @param canceled projects that were canceled
 * @param undefined projects whose outcome the dataset does not know
 * @param live projects still running
 * @param suspended projects suspended by the platform
 */
public record StateCounts(long failed, long successful, long canceled, long undefined, long live, long suspended)
    implements Serializable {

  /** No projects at all: the identity of {@link #plus(StateCounts)}. */
  public static final StateCounts ZERO = new StateCounts(0, 0, 0, 0, 0, 0);

  /** The number of decimals of the rates. */
  public static final int RATE_SCALE = 10;

  /**
   * Validates the counts.
   *
   * @throws IllegalArgumentException if a count is negative
   */
  public StateCounts {
    for (long count : new long[] {failed, successful, canceled, undefined, live, suspended}) {
      if (count < 0) {
        throw new IllegalArgumentException("counts must not be negative, was '" + count + "'");
      }
    }
  }

  /**
   * Returns counts from an array indexed by {@link ProjectState#ordinal()}.
   *
   * @param counts six counts; not null
   * @return the counts; never null
   */
  static StateCounts ofArray(long[] counts) {
    return new StateCounts(counts[ProjectState.FAILED.ordinal()], counts[ProjectState.SUCCESSFUL.ordinal()],
        counts[ProjectState.CANCELED.ordinal()], counts[ProjectState.UNDEFINED.ordinal()],
        counts[ProjectState.LIVE.ordinal()], counts[ProjectState.SUSPENDED.ordinal()]);
  }

  /**
   * Returns the count of one state.
   *
   * @param state the state; not null
   * @return the count, zero or more
   */
  public long count(ProjectState state) {
    return switch (state) {
      case FAILED -> failed;
      case SUCCESSFUL -> successful;
      case CANCELED -> canceled;
      case UNDEFINED -> undefined;
      case LIVE -> live;
      case SUSPENDED -> suspended;
    };
  }

  /**
   * Returns the number of projects in all states.
   *
   * @return the total, zero or more
   */
  public long projects() {
    return failed + successful + canceled + undefined + live + suspended;
  }

  /**
   * Adds two sets of counts.
   *
   * @param other the counts to add; not null
   * @return the sums; never null
   */
  public StateCounts plus(StateCounts other) {
    return new StateCounts(failed + other.failed, successful + other.successful, canceled + other.canceled,
        undefined + other.undefined, live + other.live, suspended + other.suspended);
  }

  /**
   * Returns the success rate over all projects: successful / all, rounded half-even to {@value #RATE_SCALE}
   * decimals.
   *
   * @return the fraction between 0 and 1, or empty when there are no projects
   */
  public Optional<BigDecimal> successRate() {
    return rate(successful, projects());
  }

  /**
   * Returns the success rate over decided projects: successful / (successful + failed), rounded half-even to
   * {@value #RATE_SCALE} decimals.
   *
   * @return the fraction between 0 and 1, or empty when no project succeeded or failed
   */
  public Optional<BigDecimal> successRateDecided() {
    return rate(successful, successful + failed);
  }

  private static Optional<BigDecimal> rate(long part, long whole) {
    if (whole == 0) {
      return Optional.empty();
    }
    return Optional.of(BigDecimal.valueOf(part).divide(BigDecimal.valueOf(whole), RATE_SCALE, RoundingMode.HALF_EVEN));
  }
}
