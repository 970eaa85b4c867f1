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
 * driver (the report's record, problems and {@code Optional} are not serializable); for a file read in ranges, one
 * per range.
 */
final class ReadSummary implements Serializable {

  private static final long serialVersionUID = 1L;

  final int fileIndex;
  final int partIndex;
  final int parts;
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

  ReadSummary(FileTask.FilePart part, ReadReport report, List<RowProblem> problems) {
    this.fileIndex = part.fileIndex();
    this.partIndex = part.partIndex();
    this.parts = part.parts();
    this.file = part.name();
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

  /** What the parts of one file gave together, the parts given in file order: reports added, problems in order. */
  static FileRead combine(List<ReadSummary> parts) {
    FileRead first = parts.get(0).toFileRead();
    ReadReport report = first.report();
    List<RowProblem> problems = new ArrayList<>(first.problems());
    for (ReadSummary part : parts.subList(1, parts.size())) {
      FileRead read = part.toFileRead();
      report = report.plus(read.report());
      problems.addAll(read.problems());
    }
    return new FileRead(first.file(), report, problems);
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
