package io.github.crowdfund.spark;

import io.github.crowdfund.outcomes.dataset.DatasetLayout;
import io.github.crowdfund.outcomes.dataset.ReadReport;
import io.github.crowdfund.outcomes.dataset.RecordFlag;
import io.github.crowdfund.outcomes.dataset.RowProblem;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Optional;

/**
 * A {@link ReadReport} and the problems of one file in a form Java serialization can carry from an executor to the
 * driver (the report's record, problems and {@code Optional} are not serializable).
 */
final class ReadSummary implements Serializable {

  private static final long serialVersionUID = 1L;

  final int fileIndex;
  private final String file;
  private final DatasetLayout layout;
  private final long rowsRead;
  private final long kept;
  private final long flagged;
  private final long rejected;
  private final EnumMap<RecordFlag, Long> flagCounts = new EnumMap<>(RecordFlag.class);
  private final Problems problems;
  private final Problems listed;
  private final Problems stoppedEarly;

  ReadSummary(int fileIndex, String file, ReadReport report, List<RowProblem> problems) {
    this.fileIndex = fileIndex;
    this.file = file;
    this.layout = report.layout();
    this.rowsRead = report.rowsRead();
    this.kept = report.kept();
    this.flagged = report.flagged();
    this.rejected = report.rejected();
    this.flagCounts.putAll(report.flagCounts());
    this.problems = new Problems(problems);
    this.listed = new Problems(report.firstRejections());
    this.stoppedEarly = new Problems(report.stoppedEarly().stream().toList());
  }

  FileRead toFileRead() {
    Optional<RowProblem> stop = stoppedEarly.list().stream().findFirst();
    ReadReport report = new ReadReport(layout, rowsRead, kept, flagged, rejected, flagCounts, listed.list(), stop);
    return new FileRead(file, report, problems.list());
  }

  /** Row problems as arrays. */
  private static final class Problems implements Serializable {

    private static final long serialVersionUID = 1L;

    private final String[] files;
    private final long[] lines;
    private final String[] reasons;

    Problems(List<RowProblem> problems) {
      files = problems.stream().map(problem -> problem.file().orElse(null)).toArray(String[]::new);
      lines = problems.stream().mapToLong(RowProblem::line).toArray();
      reasons = problems.stream().map(RowProblem::reason).toArray(String[]::new);
    }

    List<RowProblem> list() {
      List<RowProblem> list = new ArrayList<>(lines.length);
      for (int i = 0; i < lines.length; i++) {
        list.add(new RowProblem(Optional.ofNullable(files[i]), lines[i], reasons[i]));
      }
      return list;
    }
  }
}
