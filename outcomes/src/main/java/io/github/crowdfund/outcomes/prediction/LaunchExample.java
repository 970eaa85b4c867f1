package io.github.crowdfund.outcomes.prediction;

import io.github.crowdfund.outcomes.dataset.ProjectRecord;
import io.github.crowdfund.outcomes.dataset.ProjectState;
import java.util.Objects;
import java.util.Optional;

/**
 * A decided project for fitting or evaluating a {@link LaunchModel}: its launch-time features and whether it
 * succeeded.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param features what was known at launch; never null
 * @param succeeded true when the project ended successful, false when it failed
 */
public record LaunchExample(LaunchFeatures features, boolean succeeded) {

  /** Checks that no part is null. */
  public LaunchExample {
    Objects.requireNonNull(features, "features");
  }

  /**
   * Returns the example of a decided project (successful or failed) whose launch-time features are known.
   *
   * @param record the project; not null
   * @return the example, or empty for projects that were canceled, suspended, live or undefined, or whose features
   *     are not known (see {@link LaunchFeatures#of(ProjectRecord)})
   */
  public static Optional<LaunchExample> of(ProjectRecord record) {
    Objects.requireNonNull(record, "record");
    if (record.state() != ProjectState.SUCCESSFUL && record.state() != ProjectState.FAILED) {
      return Optional.empty();
    }
    return LaunchFeatures.of(record).map(features -> new LaunchExample(features,
        record.state() == ProjectState.SUCCESSFUL));
  }
}
