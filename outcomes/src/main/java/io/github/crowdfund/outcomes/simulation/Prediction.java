package io.github.crowdfund.outcomes.simulation;

/**
 * The predicted success probability of a live campaign.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param probability the share of simulated continuations that ended successful, between 0 and 1
 * @param runs how many continuations were simulated
 * @param successes how many of them ended successful
 * @param meanAppeal the mean appeal of the continuations, drawn from the posterior given the campaign so far
 */
public record Prediction(double probability, int runs, int successes, double meanAppeal) {

  /**
   * Validates the parts.
   *
   * @throws IllegalArgumentException if the counts are inconsistent
   */
  public Prediction {
    if (runs < 1 || successes < 0 || successes > runs) {
      throw new IllegalArgumentException("successes '" + successes + "' of runs '" + runs + "' are inconsistent");
    }
  }
}
