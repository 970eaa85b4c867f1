package io.github.crowdfund.outcomes.dataset;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/**
 * The final (or current) state of a Kickstarter project as the public datasets record it.
 *
 * <p>{@link #LIVE} projects had not ended when the data was collected; {@link #UNDEFINED} is the dataset's own
 * label for projects whose outcome it does not know.
 */
public enum ProjectState {
  /** Ended below its goal; no money collected. */
  FAILED,
  /** Ended at or above its goal; money collected. */
  SUCCESSFUL,
  /** Stopped by its creator before the deadline. */
  CANCELED,
  /** Outcome unknown to the dataset. */
  UNDEFINED,
  /** Still running when the data was collected. */
  LIVE,
  /** Stopped by the platform. */
  SUSPENDED;

  private static final ProjectState[] VALUES = values();

  private final String label = name().toLowerCase(Locale.ROOT);

  /**
   * Returns the label the datasets use for this state, e.g. {@code "successful"}.
   *
   * @return the lower-case label; never null
   */
  public String label() {
    return label;
  }

  /**
   * Finds the state with the given dataset label, ignoring case and surrounding spaces.
   *
   * @param label a label such as {@code "failed"}; not null
   * @return the state, or empty when the label names none
   */
  public static Optional<ProjectState> ofLabel(String label) {
    String wanted = label.strip();
    for (ProjectState state : VALUES) {
      if (state.name().equalsIgnoreCase(wanted)) {
        return Optional.of(state);
      }
    }
    return Optional.empty();
  }

  /**
   * Lists the valid labels, for error messages.
   *
   * @return the labels joined by ", "; never null
   */
  static String labels() {
    return String.join(", ", Arrays.stream(VALUES).map(ProjectState::label).toList());
  }
}
