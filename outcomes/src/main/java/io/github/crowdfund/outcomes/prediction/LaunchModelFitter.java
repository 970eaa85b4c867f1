package io.github.crowdfund.outcomes.prediction;

import java.util.List;

/**
 * Fits a {@link LaunchModel} to decided projects. Implementations must be deterministic: the same examples in the
 * same order give the same model.
 *
 * <p>The {@code crowdfund-tribuo} module supplies one built on Tribuo's logistic regression.
 */
@FunctionalInterface
public interface LaunchModelFitter {

  /**
   * Fits a model.
   *
   * @param examples the decided projects to learn from, at least one successful and one failed; not null
   * @return the fitted model; never null
   * @throws IllegalArgumentException if the examples do not hold both outcomes
   */
  LaunchModel fit(List<LaunchExample> examples);
}
