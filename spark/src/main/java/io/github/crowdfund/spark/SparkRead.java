package io.github.crowdfund.spark;

import java.util.List;
import java.util.Objects;

/**
 * What reading a set of files on Spark gave: the merged accumulator and, for each file in the order named, its
 * report and problems.
 *
 * <p>Immutable and thread-safe when the accumulator is not changed after the read.
 *
 * @param <A> the accumulator type
 * @param result the accumulator holding every kept record of every file; never null
 * @param files one entry per file, in the order the files were named; never null
 */
public record SparkRead<A>(A result, List<FileRead> files) {

  /** Checks the parts and copies the list. */
  public SparkRead {
    Objects.requireNonNull(result, "result");
    files = List.copyOf(files);
  }

  /**
   * Returns the rows read over all files.
   *
   * @return the count, zero or more
   */
  public long rowsRead() {
    return files.stream().mapToLong(file -> file.report().rowsRead()).sum();
  }
}
