package io.github.crowdfund.spark;

import io.github.crowdfund.outcomes.dataset.ReadReport;
import io.github.crowdfund.outcomes.dataset.RowProblem;
import java.util.List;
import java.util.Objects;

/**
 * What reading one file gave on the cluster: its report and every row it rejected, as the local reader gives them.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param file the file as it was named to the engine; never null
 * @param report what was read; never null
 * @param problems every rejected row (and the reason reading stopped early, if it did), in file order; never null
 */
public record FileRead(String file, ReadReport report, List<RowProblem> problems) {

  /** Checks the parts and copies the list. */
  public FileRead {
    Objects.requireNonNull(file, "file");
    Objects.requireNonNull(report, "report");
    problems = List.copyOf(problems);
  }
}
