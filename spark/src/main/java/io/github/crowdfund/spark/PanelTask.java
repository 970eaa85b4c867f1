package io.github.crowdfund.spark;

import io.github.crowdfund.outcomes.dataset.DatasetLayout;
import io.github.crowdfund.outcomes.dataset.ProjectRecord;
import io.github.crowdfund.outcomes.dataset.SnapshotPanel;
import io.github.crowdfund.outcomes.statistics.Grouping;
import io.github.crowdfund.outcomes.statistics.OutcomeAccumulator;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import scala.Tuple2;

/**
 * The files of one snapshot (the chunks of one scrape), or one undated file, or one range of a large file that is
 * not a scrape, read in one task as the local engine reads them: records of scrapes go into the task's
 * {@link SnapshotPanel}, all others into its {@link OutcomeAccumulator}. The task gives one piece per project of its
 * panel, keyed by project id, and one piece holding its accumulator and file summaries, keyed by {@code -1 - group} so
 * that it meets no other.
 *
 * @param group the task's index
 * @param parts the files, or the one range, in the order named
 * @param layout the layout of every file when the user named one, else null
 * @param groupings the tables wanted
 */
record PanelTask(int group, List<FileTask.FilePart> parts, DatasetLayout layout, EnumSet<Grouping> groupings)
    implements Serializable {

  private static final long serialVersionUID = 1L;

  /** What a task gives: a project of a panel, or a task's accumulator and summaries; merged by key. */
  interface Piece extends Serializable {
    /** Merges two pieces of the same key. */
    Piece merge(Piece other);
  }

  /** A task's accumulator (records that are not scrapes), file summaries and panel counts. */
  record GroupPiece(FileTask.Partial<OutcomeAccumulator> partial) implements Piece {
    private static final long serialVersionUID = 1L;

    @Override
    public Piece merge(Piece other) {
      throw new IllegalStateException("the pieces of two tasks share a key");
    }
  }

  static Set<Grouping> copy(Set<Grouping> groupings) {
    return groupings.isEmpty() ? EnumSet.noneOf(Grouping.class) : EnumSet.copyOf(groupings);
  }

  Iterator<Tuple2<Long, Piece>> run() {
    OutcomeAccumulator accumulator = OutcomeAccumulator.of(groupings);
    SnapshotPanel panel = SnapshotPanel.create();
    FileTask.Partial<OutcomeAccumulator> partial = new FileTask.Partial<>(accumulator);
    Consumer<ProjectRecord> route = record -> {
      boolean scrape = record.file().map(file -> file.layout().isScrape()).orElse(false);
      (scrape ? panel : accumulator).accept(record);
    };
    for (FileTask.FilePart part : parts) {
      partial.read(part, Optional.ofNullable(layout), route);
    }
    partial.snapshots.addAll(panel.snapshots());
    partial.panelRows = panel.rowsAdded();
    List<Tuple2<Long, Piece>> pieces = new ArrayList<>(panel.size() + 1);
    pieces.add(new Tuple2<>(-1L - group, new GroupPiece(partial)));
    panel.forEach(project -> pieces.add(new Tuple2<>(project.latest().id(), new PanelEntry(project))));
    return pieces.iterator();
  }
}
