package io.github.crowdfund.outcomes.dataset;

import java.io.Serializable;
import java.util.Objects;

/**
 * One byte range of a dataset file, planned by {@link DatasetReader#split} so that each range can be read on its own
 * ({@link DatasetReader#readSplit}) and the ranges together give what one read of the file gives: the rows that
 * start in {@code [start, end)}, a row that starts there being read to its end even past {@code end}.
 *
 * <p>{@code start} is where a row (or an empty line) starts as the file's reader finds rows when it reads the file
 * from its beginning, quoted fields of several lines included; {@code firstLine} is the number of the line it starts,
 * as that reader counts lines (LF, CRLF or a lone CR each end one line, inside quotes too).
 *
 * <p>This class is immutable and thread-safe; serializable, to be sent to the machine that reads the range.
 *
 * @param layout the file's layout; never null
 * @param start the offset, in bytes, of the range's first row; 0 for the first range
 * @param end the offset at which the next range's first row starts; {@link Long#MAX_VALUE} for the last range
 * @param firstLine the line on which the row at {@code start} starts, 1 for the first line of the file
 */
public record FileSplit(DatasetLayout layout, long start, long end, long firstLine) implements Serializable {

  private static final long serialVersionUID = 1L;

  /**
   * Checks the parts.
   *
   * @throws IllegalArgumentException if {@code start} is negative, {@code end} not after it, or {@code firstLine}
   *     less than 1
   */
  public FileSplit {
    Objects.requireNonNull(layout, "layout");
    if (start < 0 || end <= start || firstLine < 1) {
      throw new IllegalArgumentException("a split runs from a start of 0 or more to an end after it, from line 1 or "
          + "later; was bytes [" + start + ", " + end + ") from line " + firstLine);
    }
  }

  /**
   * Tells whether this range is the whole file.
   *
   * @return true for the range {@code [0, Long.MAX_VALUE)}
   */
  public boolean whole() {
    return start == 0 && end == Long.MAX_VALUE;
  }
}
