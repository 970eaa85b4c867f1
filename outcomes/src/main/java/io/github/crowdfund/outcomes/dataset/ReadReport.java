package io.github.crowdfund.outcomes.dataset;

import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * What reading a dataset did: how many rows were read, kept, flagged and rejected, and why rows were rejected.
 *
 * <p>Every data row is either kept (possibly flagged) or rejected: {@code rowsRead == kept + rejected}. The first
 * {@value #MAX_LISTED} rejections are listed here; every rejection is also passed to the reader's problem
 * listener as it happens.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param layout the layout recognised from the header; never null
 * @param rowsRead data rows read (the header excluded)
 * @param kept rows turned into {@link ProjectRecord}s
 * @param flagged kept rows that carry at least one {@link RecordFlag}
 * @param rejected rows that could not be read
 * @param flagCounts how many kept rows carry each flag (a row may carry several), in flag order; never null
 * @param firstRejections up to {@value #MAX_LISTED} rejections in file order; never null
 * @param stoppedEarly why reading stopped before the end of the input, when the CSV itself became unreadable
 */
public record ReadReport(
    KaggleLayout layout,
    long rowsRead,
    long kept,
    long flagged,
    long rejected,
    Map<RecordFlag, Long> flagCounts,
    List<RowProblem> firstRejections,
    Optional<RowProblem> stoppedEarly) {

  /** How many rejections a report lists. */
  public static final int MAX_LISTED = 100;

  /**
   * Validates the counts and copies the collections.
   *
   * @throws IllegalArgumentException if the counts do not add up
   */
  public ReadReport {
    Objects.requireNonNull(layout, "layout");
    Objects.requireNonNull(stoppedEarly, "stoppedEarly");
    flagCounts = flagCounts.isEmpty() ? Map.of()
        : Collections.unmodifiableMap(new EnumMap<>(Map.copyOf(flagCounts)));
    firstRejections = List.copyOf(firstRejections);
    if (rowsRead != kept + rejected || flagged > kept || kept < 0 || rejected < 0 || flagged < 0) {
      throw new IllegalArgumentException("counts do not add up: read '" + rowsRead + "', kept '" + kept
          + "', flagged '" + flagged + "', rejected '" + rejected + "'");
    }
  }

  /**
   * Returns how many kept rows carry the flag.
   *
   * @param flag the flag; not null
   * @return the count, zero or more
   */
  public long flagCount(RecordFlag flag) {
    return flagCounts.getOrDefault(Objects.requireNonNull(flag, "flag"), 0L);
  }

  /**
   * Summarises the report in one line, e.g. {@code read 10 rows: 8 kept (3 flagged), 2 rejected}.
   *
   * @return the summary; never null
   */
  public String summary() {
    StringBuilder text = new StringBuilder()
        .append("read ").append(rowsRead).append(" rows (").append(layout).append("): ")
        .append(kept).append(" kept (").append(flagged).append(" flagged");
    flagCounts.entrySet().stream()
        .sorted(Map.Entry.comparingByKey())
        .forEach(entry -> text.append(", ").append(entry.getValue()).append(' ')
            .append(entry.getKey().name().toLowerCase(Locale.ROOT)));
    text.append("), ").append(rejected).append(" rejected");
    stoppedEarly.ifPresent(problem -> text.append("; stopped early at ").append(problem));
    return text.toString();
  }
}
