package io.github.crowdfund.markets;

import java.io.Serializable;
import java.util.Objects;

/**
 * One problem found while loading a data file: where it is and what is wrong.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param file the file's name as given when it was loaded, not null
 * @param line the 1-based line number in the file
 * @param field the column or metadata key concerned, not null
 * @param message what is wrong, quoting the bad value, not null
 */
public record DataProblem(String file, long line, String field, String message) implements Serializable {

  private static final long serialVersionUID = 1L;

  /** Checks the parts. */
  public DataProblem {
    Objects.requireNonNull(file, "file");
    Objects.requireNonNull(field, "field");
    Objects.requireNonNull(message, "message");
  }

  /** Returns {@code file:line: field: message}. */
  @Override
  public String toString() {
    return file + ":" + line + ": " + field + ": " + message;
  }
}
