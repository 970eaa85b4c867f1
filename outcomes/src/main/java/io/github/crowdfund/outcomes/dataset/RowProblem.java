package io.github.crowdfund.outcomes.dataset;

import java.util.Objects;

/**
 * A row of a dataset that could not be read, with where it starts and why.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param line the 1-based line of the file on which the row starts
 * @param reason a sentence saying what is wrong, quoting the bad value; never null
 */
public record RowProblem(long line, String reason) {

  /**
   * Validates the parts.
   *
   * @throws IllegalArgumentException if the line is not positive
   */
  public RowProblem {
    Objects.requireNonNull(reason, "reason");
    if (line < 1) {
      throw new IllegalArgumentException("line must be positive, was '" + line + "'");
    }
  }

  /**
   * Returns the problem as {@code line N: reason}.
   *
   * @return the text; never null
   */
  @Override
  public String toString() {
    return "line " + line + ": " + reason;
  }
}
