package io.github.crowdfund.outcomes.simulation;

import java.time.Duration;
import java.util.Objects;

/**
 * How backer arrivals spread over a campaign: a relative intensity over the campaign's time, averaging 1.
 *
 * <p>Implementations are immutable and thread-safe.
 */
public sealed interface ArrivalModel permits ArrivalModel.Constant, ArrivalModel.UShaped {

  /**
   * Returns the relative intensity at a moment of a campaign.
   *
   * @param elapsed seconds since launch, from 0 to {@code length}
   * @param length the campaign's length in seconds, positive
   * @return the intensity relative to the campaign's average, zero or more
   */
  double weight(double elapsed, double length);

  /**
   * Returns an upper bound of {@link #weight(double, double)} over a campaign.
   *
   * @param length the campaign's length in seconds, positive
   * @return the bound, positive
   */
  double maxWeight(double length);

  /**
   * Arrivals at a constant rate.
   *
   * @return the model; never null
   */
  static ArrivalModel constant() {
    return new Constant();
  }

  /**
   * Arrivals heavier in the first and last week, after Kuppuswamy and Bayus: 35% of backers arrive in the first
   * week and 30% in the last.
   *
   * @return the model; never null
   */
  static ArrivalModel uShaped() {
    return new UShaped(Duration.ofDays(7), 0.35, 0.30);
  }

  /**
   * Backers arrive at the same rate throughout.
   *
   * <p>This class is immutable and thread-safe.
   */
  record Constant() implements ArrivalModel {
    @Override
    public double weight(double elapsed, double length) {
      return 1;
    }

    @Override
    public double maxWeight(double length) {
      return 1;
    }
  }

  /**
   * A given share of backers arrives in the first {@code edge} of the campaign and another share in the last; the
   * rest spread evenly over the middle. For campaigns shorter than four edges, each edge is a quarter of the
   * campaign.
   *
   * <p>This class is immutable and thread-safe.
   *
   * @param edge the length of the first and of the last period; positive
   * @param firstShare the share of arrivals in the first period
   * @param lastShare the share of arrivals in the last period
   */
  record UShaped(Duration edge, double firstShare, double lastShare) implements ArrivalModel {

    /**
     * Validates the parts.
     *
     * @throws IllegalArgumentException if the edge is not positive or the shares are not between 0 and 1 together
     */
    public UShaped {
      Objects.requireNonNull(edge, "edge");
      if (edge.isNegative() || edge.isZero()) {
        throw new IllegalArgumentException("edge must be positive, was '" + edge + "'");
      }
      if (!(firstShare >= 0 && lastShare >= 0 && firstShare + lastShare < 1)) {
        throw new IllegalArgumentException("shares must be at least 0 and add up to less than 1, were '"
            + firstShare + "' and '" + lastShare + "'");
      }
    }

    @Override
    public double weight(double elapsed, double length) {
      double edgeLength = Math.min(edge.toSeconds(), length / 4);
      double edgeFraction = edgeLength / length;
      if (elapsed < edgeLength) {
        return firstShare / edgeFraction;
      } else if (elapsed >= length - edgeLength) {
        return lastShare / edgeFraction;
      }
      return (1 - firstShare - lastShare) / (1 - 2 * edgeFraction);
    }

    @Override
    public double maxWeight(double length) {
      double edgeFraction = Math.min(edge.toSeconds(), length / 4) / length;
      return Math.max(Math.max(firstShare, lastShare) / edgeFraction,
          (1 - firstShare - lastShare) / (1 - 2 * edgeFraction));
    }
  }
}
