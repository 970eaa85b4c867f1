package io.github.crowdfund.markets;

import java.util.List;
import java.util.stream.Collectors;

/**
 * A data file could not be loaded: it lists every problem found, each with the file, line and field, and nothing of
 * the file is used.
 */
public final class DataFileException extends IllegalArgumentException {

  private static final long serialVersionUID = 1L;

  /** Kept for callers in this JVM; not serialised (the message carries the same text). */
  private final transient List<DataProblem> problems;

  /**
   * Creates the exception.
   *
   * @param problems the problems, at least one, not null
   * @throws IllegalArgumentException if {@code problems} is empty
   */
  public DataFileException(List<DataProblem> problems) {
    super(describe(problems));
    this.problems = List.copyOf(problems);
  }

  private static String describe(List<DataProblem> problems) {
    if (problems.isEmpty()) {
      throw new IllegalArgumentException("a DataFileException needs at least one problem");
    }
    return problems.size() + (problems.size() == 1 ? " problem" : " problems") + " in data file:"
        + problems.stream().map(p -> "\n  " + p).collect(Collectors.joining());
  }

  /**
   * Returns the problems in the order of the file; empty only after deserialisation (read the message then).
   *
   * @return the problems, never null
   */
  public List<DataProblem> problems() {
    return problems == null ? List.of() : problems;
  }
}
