package io.github.crowdfund.outcomes.dataset;

import java.util.Objects;

/**
 * What {@link ProjectReader#collect} made of a file: the collector's result and the read report.
 *
 * @param <R> the collector's result type
 * @param result the collector's result, as its finisher returned it
 * @param report what was read; never null
 */
public record ReadResult<R>(R result, ReadReport report) {

  /**
   * Checks the report.
   *
   * @throws NullPointerException if {@code report} is null
   */
  public ReadResult {
    Objects.requireNonNull(report, "report");
  }
}
