package io.github.crowdfund.outcomes.dataset;

import java.util.Objects;

/**
 * Where a {@link ProjectRecord} was read: the file (with its layout and snapshot) and the line its row starts on.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param file the file; never null
 * @param line the 1-based line of the file on which the record's row starts
 */
public record Provenance(DatasetFile file, long line) {

  /**
   * Checks the parts.
   *
   * @throws IllegalArgumentException if the line is not positive
   */
  public Provenance {
    Objects.requireNonNull(file, "file");
    if (line < 1) {
      throw new IllegalArgumentException("line must be positive, was '" + line + "'");
    }
  }

  /**
   * Returns the provenance as {@code name:line}.
   *
   * @return the text; never null
   */
  @Override
  public String toString() {
    return file.name() + ":" + line;
  }
}
