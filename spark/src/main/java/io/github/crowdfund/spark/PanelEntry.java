package io.github.crowdfund.spark;

import io.github.crowdfund.outcomes.dataset.PanelProject;
import io.github.crowdfund.outcomes.dataset.ProjectRecord;
import java.time.Instant;

/** A {@link PanelProject} in a form Java serialization carries through Spark's shuffle, keyed by its project id. */
final class PanelEntry implements PanelTask.Piece {

  private static final long serialVersionUID = 1L;

  private final SerializedRecord latest;
  private final int snapshots;
  private final Instant firstSeen;

  PanelEntry(PanelProject project) {
    latest = new SerializedRecord(project.latest());
    snapshots = project.snapshots();
    firstSeen = project.firstSeen();
  }

  PanelProject toProject() {
    return new PanelProject(latest.toRecord(), snapshots, firstSeen);
  }

  ProjectRecord latest() {
    return latest.toRecord();
  }

  /** Merges as {@link PanelProject#merge} does: the later snapshot's record wins, the counts add up. */
  @Override
  public PanelTask.Piece merge(PanelTask.Piece other) {
    return new PanelEntry(toProject().merge(((PanelEntry) other).toProject()));
  }
}
