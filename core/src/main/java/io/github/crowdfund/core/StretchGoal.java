package io.github.crowdfund.core;

import java.util.Objects;
import org.joda.money.Money;

/**
 * A promise unlocked when the total pledged reaches a threshold ("at $50,000 we add a second colour").
 *
 * <p>A campaign keeps its stretch goals ordered by strictly increasing threshold. This class is immutable and
 * thread-safe.
 *
 * @param threshold the total pledged that unlocks it, positive, in the campaign currency
 * @param description what is unlocked, not blank
 */
public record StretchGoal(Money threshold, String description) {

  /**
   * Validates the stretch goal.
   *
   * @throws NullPointerException if an argument is null
   * @throws IllegalArgumentException if {@code threshold} is not positive or {@code description} blank, quoting it
   */
  public StretchGoal {
    Objects.requireNonNull(threshold, "threshold");
    Objects.requireNonNull(description, "description");
    if (!threshold.isPositive()) {
      throw new IllegalArgumentException("stretch goal threshold must be positive: " + threshold);
    }
    if (description.isBlank()) {
      throw new IllegalArgumentException("stretch goal description must not be blank: '" + description + "'");
    }
  }

  /**
   * Returns a stretch goal.
   *
   * @param threshold the total pledged that unlocks it, positive
   * @param description what is unlocked, not blank
   * @return the stretch goal
   * @throws IllegalArgumentException if {@code threshold} is not positive or {@code description} blank
   */
  public static StretchGoal of(Money threshold, String description) {
    return new StretchGoal(threshold, description);
  }
}
