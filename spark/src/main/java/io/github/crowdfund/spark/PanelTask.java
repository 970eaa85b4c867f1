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
 * The files of one snapshot (the chunks of one scrape), or one undated file, or one range of a large file, read in
 * one task as the local engine reads them: records of scrapes go into the task's
 * {@link SnapshotPanel}, all others into its {@link OutcomeAccumulator}. The task gives one piece per project of its
 * panel, keyed by project id (as a {@link RangeEntry} for a range of a scrape), and one piece holding its accumulator
 * and file summaries, keyed by {@code -1 - group} so that it meets no other.
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

  /**
   * A project of the panel of one range of a scrape, keyed by the scrape's file and project id before it meets the
   * other snapshots' entries: of the entries of the ranges of one scrape, the first range's wins, as a panel keeps a
   * project's first listing in a scrape, and the snapshot counts once.
   */
  record RangeEntry(int fileIndex, int partIndex, PanelEntry entry) implements Piece {
    private static final long serialVersionUID = 1L;

    @Override
    public Piece merge(Piece other) {
      RangeEntry range = (RangeEntry) other;
      return range.partIndex < partIndex ? range : this;
    }
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
    boolean range = scrapeRange();
    FileTask.FilePart first = parts.get(0);
    panel.forEach(project -> pieces.add(new Tuple2<>(project.latest().id(), range
        ? new RangeEntry(first.fileIndex(), first.partIndex(), new PanelEntry(project)) : new PanelEntry(project))));
    return pieces.iterator();
  }

  /** Tells whether this task reads one range of a scrape, whose projects meet those of its other ranges first. */
  boolean scrapeRange() {
    return parts.size() == 1 && parts.get(0).scrapeRange();
  }

  /**
   * The key under which a piece meets those of the other ranges of its scrape first: its file and key for a
   * {@link RangeEntry}, -1 and its key for any other piece.
   */
  static Tuple2<Integer, Long> rangeKey(Tuple2<Long, Piece> piece) {
    return new Tuple2<>(piece._2() instanceof RangeEntry range ? range.fileIndex() : -1, piece._1());
  }

  /** The piece itself once the ranges of its scrape are merged: the entry of a {@link RangeEntry}. */
  static Piece unwrap(Piece piece) {
    return piece instanceof RangeEntry range ? range.entry() : piece;
  }
}
