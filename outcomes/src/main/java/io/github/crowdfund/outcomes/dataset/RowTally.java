package io.github.crowdfund.outcomes.dataset;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * Counts the rows of a read (or of one part of a file read in parts) as they are met, and passes each problem on.
 *
 * <p>Not thread-safe: one instance per part.
 */
final class RowTally {

  private static final RecordFlag[] FLAGS = RecordFlag.values();

  private final KaggleLayout layout;
  private final Consumer<? super RowProblem> problems;
  private final long[] flagCounts = new long[FLAGS.length];
  private final List<RowProblem> firstRejections = new ArrayList<>();
  private long kept;
  private long flagged;
  private long rejected;
  private Optional<RowProblem> stoppedEarly = Optional.empty();

  RowTally(KaggleLayout layout, Consumer<? super RowProblem> problems) {
    this.layout = layout;
    this.problems = problems;
  }

  void kept(ProjectRecord record) {
    kept++;
    if (record.isFlagged()) {
      flagged++;
      for (RecordFlag flag : record.flags()) {
        flagCounts[flag.ordinal()]++;
      }
    }
  }

  void rejected(RowProblem problem) {
    rejected++;
    listRejection(problem);
  }

  private void listRejection(RowProblem problem) {
    if (firstRejections.size() < ReadReport.MAX_LISTED) {
      firstRejections.add(problem);
    }
    problems.accept(problem);
  }

  void stop(RowProblem problem) {
    stoppedEarly = Optional.of(problem);
    problems.accept(problem);
  }

  /**
   * Adds the counts of a later part of the same file, whose problems were held back, and passes those problems on.
   *
   * @param part the later part's tally
   * @param heldProblems the later part's problems, in order, with lines counted from the part's first line
   * @param lineOffset the number of lines before the part
   */
  void append(RowTally part, List<RowProblem> heldProblems, long lineOffset) {
    kept += part.kept;
    flagged += part.flagged;
    rejected += part.rejected;
    for (int i = 0; i < flagCounts.length; i++) {
      flagCounts[i] += part.flagCounts[i];
    }
    for (RowProblem problem : heldProblems) {
      RowProblem shifted = new RowProblem(problem.line() + lineOffset, problem.reason());
      if (part.stoppedEarly.isPresent() && part.stoppedEarly.get() == problem) {
        stop(shifted);
      } else {
        listRejection(shifted);
      }
    }
  }

  ReadReport report() {
    Map<RecordFlag, Long> counts = new EnumMap<>(RecordFlag.class);
    for (RecordFlag flag : FLAGS) {
      if (flagCounts[flag.ordinal()] > 0) {
        counts.put(flag, flagCounts[flag.ordinal()]);
      }
    }
    return new ReadReport(layout, kept + rejected, kept, flagged, rejected, counts, firstRejections, stoppedEarly);
  }
}
