package io.github.crowdfund.outcomes.dataset;

import java.util.Objects;
import java.util.Optional;

/**
 * A row of a dataset that could not be read, with where it starts and why.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param file the file's name, when the reader was given one; never null
 * @param line the 1-based line of the file on which the row starts
 * @param reason a sentence saying what is wrong, quoting the bad value; never null
 */
public record RowProblem(Optional<String> file, long line, String reason) {

  /**
   * Validates the parts.
   *
   * @throws IllegalArgumentException if the line is not positive
   */
  public RowProblem {
    Objects.requireNonNull(file, "file");
    Objects.requireNonNull(reason, "reason");
    if (line < 1) {
      throw new IllegalArgumentException("line must be positive, was '" + line + "'");
    }
  }

  /**
   * Makes a problem of an unnamed input.
   *
   * @param line the 1-based line on which the row starts
   * @param reason what is wrong; not null
   */
  public RowProblem(long line, String reason) {
    this(Optional.empty(), line, reason);
  }

  /**
   * Makes a problem of a named file.
   *
   * @param file the file's name; not null
   * @param line the 1-based line on which the row starts
   * @param reason what is wrong; not null
   */
  public RowProblem(String file, long line, String reason) {
    this(Optional.of(Objects.requireNonNull(file, "file")), line, reason);
  }

  /**
   * Returns the problem as {@code file:N: reason}, or {@code line N: reason} when the file is not named.
   *
   * @return the text; never null
   */
  @Override
  public String toString() {
    return file.map(name -> name + ":" + line + ": " + reason).orElse("line " + line + ": " + reason);
  }
}
