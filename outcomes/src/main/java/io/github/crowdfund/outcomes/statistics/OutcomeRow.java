package io.github.crowdfund.outcomes.statistics;

import java.io.Serializable;
import java.util.Objects;

/**
 * One group of an {@link OutcomeTable}: its key and its projects' states.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param group the group key, e.g. {@code "Games"}; never null
 * @param counts the projects of the group by state; never null
 */
public record OutcomeRow(String group, StateCounts counts) implements Serializable {

  /** Checks that no part is null. */
  public OutcomeRow {
    Objects.requireNonNull(group, "group");
    Objects.requireNonNull(counts, "counts");
  }
}
