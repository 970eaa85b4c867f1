package io.github.crowdfund.outcomes.dataset;

import java.time.Instant;
import java.util.Objects;

/**
 * One project of a {@link SnapshotPanel}: its record from the latest snapshot that saw it, how many snapshots saw it
 * and when it was first seen.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param latest the record read from the latest snapshot that listed the project (its provenance names that
 *     snapshot's file and line); never null
 * @param snapshots how many distinct snapshots listed the project, at least 1
 * @param firstSeen the earliest snapshot that listed the project; never null
 */
public record PanelProject(ProjectRecord latest, int snapshots, Instant firstSeen) {

  /**
   * Checks the parts.
   *
   * @throws IllegalArgumentException if the record has no snapshot, {@code snapshots} is less than 1, or
   *     {@code firstSeen} is after the latest snapshot
   */
  public PanelProject {
    Objects.requireNonNull(latest, "latest");
    Objects.requireNonNull(firstSeen, "firstSeen");
    Instant last = snapshotOf(latest);
    if (snapshots < 1) {
      throw new IllegalArgumentException("snapshots must be at least 1, was '" + snapshots + "'");
    }
    if (firstSeen.isAfter(last)) {
      throw new IllegalArgumentException("first seen '" + firstSeen + "' is after the latest snapshot '" + last + "'");
    }
  }

  /**
   * Returns the project as one snapshot saw it.
   *
   * @param record a record whose provenance has a snapshot; not null
   * @return the project seen once; never null
   * @throws IllegalArgumentException if the record has no snapshot
   */
  public static PanelProject of(ProjectRecord record) {
    return new PanelProject(record, 1, snapshotOf(record));
  }

  /**
   * Returns the latest snapshot that listed the project.
   *
   * @return the instant of {@link #latest()}'s snapshot; never null
   */
  public Instant lastSeen() {
    return snapshotOf(latest);
  }

  /**
   * Merges what two disjoint sets of snapshots saw of the same project: the later record wins (on the same instant,
   * this one), the counts add up and the earlier first sighting is kept. Associative and, up to which of two records
   * of the same instant is kept, commutative, so it can run in any engine's reduce; the snapshot sets must be disjoint
   * (de-duplicate the listings of one scrape first).
   *
   * @param other the same project in other snapshots; not null
   * @return the merged project; never null
   * @throws IllegalArgumentException if the ids differ
   */
  public PanelProject merge(PanelProject other) {
    Objects.requireNonNull(other, "other");
    if (other.latest.id() != latest.id()) {
      throw new IllegalArgumentException("cannot merge project '" + other.latest.id() + "' into project '"
          + latest.id() + "'");
    }
    ProjectRecord newer = other.lastSeen().isAfter(lastSeen()) ? other.latest : latest;
    Instant first = other.firstSeen.isBefore(firstSeen) ? other.firstSeen : firstSeen;
    return new PanelProject(newer, Math.addExact(snapshots, other.snapshots), first);
  }

  /** Returns the snapshot a record was read from. */
  static Instant snapshotOf(ProjectRecord record) {
    return record.file().flatMap(DatasetFile::snapshot).orElseThrow(() -> new IllegalArgumentException(
        "record of project '" + record.id() + "'" + record.file().map(file -> " from " + file.name()).orElse("")
            + " has no snapshot date; name scrapes by date (see SnapshotNames) or give the date when reading"));
  }
}
