package io.github.crowdfund.outcomes.dataset;

import java.time.Instant;
import java.util.Arrays;
import java.util.Collections;
import java.util.NavigableSet;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeSet;
import java.util.function.Consumer;

/**
 * Merges scrapes taken on different dates into one entry per project (by Kickstarter's project id): the record from
 * the latest snapshot wins, and each entry counts the distinct snapshots that listed the project and remembers the
 * first. A project seen {@code live} in one scrape and {@code successful} in a later one is one project, successful.
 * A project listed several times in one scrape (once per listing page) counts once; the first of those rows is kept.
 *
 * <p>Records are added one snapshot at a time ({@link #accept}: all the records of a snapshot, its chunks in any
 * order, before those of another snapshot; snapshots themselves in any order), or panels of disjoint snapshots (or of
 * the same single snapshot, e.g. chunks read on different threads) are merged ({@link #addAll}). A record of a
 * snapshot whose records were already closed by another snapshot's is refused, since its listings could then no longer
 * be told from a new sighting.
 *
 * <p>Memory: the panel keeps each project's latest {@link ProjectRecord} and 28 bytes of open-addressing tables,
 * kept at most 60% full. Measured with JOL on 20,000 generated Web Robots projects (3 scrapes, 49,967 rows): 336
 * bytes per project in all: the record 112, its two dollar {@code BigDecimal}s 80, its name about 64, the tables 46;
 * categories, codes and files are shared. So every Web Robots scrape since 2016 (about a million distinct projects)
 * takes about 350 MB, whatever the number of rows; rows that repeat a project cost nothing once read.
 *
 * <p>Not thread-safe: fill one panel per thread and merge them.
 */
public final class SnapshotPanel implements Consumer<ProjectRecord> {

  private static final int INITIAL_CAPACITY = 1 << 10;
  private static final double MAX_LOAD = 0.6;

  private long[] ids = new long[INITIAL_CAPACITY];
  private ProjectRecord[] latest = new ProjectRecord[INITIAL_CAPACITY];
  private int[] seen = new int[INITIAL_CAPACITY];
  /** The first snapshot, shared instances from {@link #snapshots}. */
  private Instant[] firstSeen = new Instant[INITIAL_CAPACITY];
  /** The last snapshot counted, shared instances from {@link #snapshots}. */
  private Instant[] lastCounted = new Instant[INITIAL_CAPACITY];
  private int size;
  private long rows;
  private final TreeSet<Instant> snapshots = new TreeSet<>();
  /** The snapshot whose records {@link #accept} is receiving, or null. */
  private Instant current;

  private SnapshotPanel() {}

  /**
   * Returns an empty panel.
   *
   * @return a panel; never null
   */
  public static SnapshotPanel create() {
    return new SnapshotPanel();
  }

  /**
   * Adds a record read from a dated scrape.
   *
   * @param record a record whose provenance has a snapshot; not null
   * @throws IllegalArgumentException if the record has no snapshot, or its snapshot's records were closed by those of
   *     another snapshot
   */
  @Override
  public void accept(ProjectRecord record) {
    Instant snapshot = PanelProject.snapshotOf(Objects.requireNonNull(record, "record"));
    if (!snapshot.equals(current)) {
      if (snapshots.contains(snapshot)) {
        throw new IllegalArgumentException("records of snapshot '" + snapshot + "' came after those of snapshot '"
            + current + "'; add one snapshot at a time, or fill a panel per snapshot and merge them");
      }
      snapshots.add(snapshot);
      current = snapshot;
    }
    rows++;
    add(record, 1, current, current);
  }

  /**
   * Merges another panel into this one.
   *
   * @param other a panel whose snapshots are all different from this one's, or which holds the same single snapshot
   *     as this one; not null, not changed
   * @return this panel
   * @throws IllegalArgumentException if the panels share some snapshots but not as one single snapshot
   */
  public SnapshotPanel addAll(SnapshotPanel other) {
    Objects.requireNonNull(other, "other");
    boolean same = snapshots.size() == 1 && snapshots.equals(other.snapshots);
    if (!same && !Collections.disjoint(snapshots, other.snapshots)) {
      throw new IllegalArgumentException("panels share snapshots " + intersection(other)
          + "; merge panels of different snapshots, or of one and the same snapshot");
    }
    for (Instant snapshot : other.snapshots) {
      snapshots.add(snapshot);
    }
    current = same ? current : null;
    rows += other.rows;
    for (int slot = 0; slot < other.ids.length; slot++) {
      if (other.latest[slot] != null) {
        add(other.latest[slot], same ? 0 : other.seen[slot], snapshots.floor(other.firstSeen[slot]),
            snapshots.floor(other.lastCounted[slot]));
      }
    }
    return this;
  }

  private NavigableSet<Instant> intersection(SnapshotPanel other) {
    TreeSet<Instant> shared = new TreeSet<>(snapshots);
    shared.retainAll(other.snapshots);
    return shared;
  }

  /** Adds a project seen in {@code count} more snapshots, first at {@code first}, last counted at {@code counted}. */
  private void add(ProjectRecord record, int count, Instant first, Instant counted) {
    int slot = slot(record.id());
    if (latest[slot] == null) {
      ids[slot] = record.id();
      latest[slot] = record;
      seen[slot] = Math.max(1, count);
      firstSeen[slot] = first;
      lastCounted[slot] = counted;
      if (++size > ids.length * MAX_LOAD) {
        grow();
      }
      return;
    }
    if (count == 1 && counted.equals(lastCounted[slot])) {
      return;
    }
    seen[slot] = Math.addExact(seen[slot], count);
    if (PanelProject.snapshotOf(record).isAfter(PanelProject.snapshotOf(latest[slot]))) {
      latest[slot] = record;
    }
    if (first.isBefore(firstSeen[slot])) {
      firstSeen[slot] = first;
    }
    if (counted.isAfter(lastCounted[slot]) || count == 1) {
      lastCounted[slot] = counted;
    }
  }

  /** Returns the slot holding {@code id}, or the empty slot where it goes. */
  private int slot(long id) {
    int mask = ids.length - 1;
    long mixed = id * 0x9E3779B97F4A7C15L;
    int slot = (int) (mixed ^ (mixed >>> 32)) & mask;
    while (latest[slot] != null && ids[slot] != id) {
      slot = (slot + 1) & mask;
    }
    return slot;
  }

  private void grow() {
    long[] oldIds = ids;
    ProjectRecord[] oldLatest = latest;
    int[] oldSeen = seen;
    Instant[] oldFirst = firstSeen;
    Instant[] oldCounted = lastCounted;
    int capacity = oldIds.length * 2;
    ids = new long[capacity];
    latest = new ProjectRecord[capacity];
    seen = new int[capacity];
    firstSeen = new Instant[capacity];
    lastCounted = new Instant[capacity];
    for (int old = 0; old < oldIds.length; old++) {
      if (oldLatest[old] != null) {
        int slot = slot(oldIds[old]);
        ids[slot] = oldIds[old];
        latest[slot] = oldLatest[old];
        seen[slot] = oldSeen[old];
        firstSeen[slot] = oldFirst[old];
        lastCounted[slot] = oldCounted[old];
      }
    }
  }

  /**
   * Returns the number of distinct projects.
   *
   * @return the count, zero or more
   */
  public int size() {
    return size;
  }

  /**
   * Returns the number of records added, listings repeated within a scrape included.
   *
   * @return the count, zero or more
   */
  public long rowsAdded() {
    return rows;
  }

  /**
   * Returns the snapshots added so far, oldest first.
   *
   * @return an unmodifiable copy; never null
   */
  public NavigableSet<Instant> snapshots() {
    return Collections.unmodifiableNavigableSet(new TreeSet<>(snapshots));
  }

  /**
   * Returns one project.
   *
   * @param id Kickstarter's project id
   * @return the project, or empty when no snapshot listed it
   */
  public Optional<PanelProject> get(long id) {
    int slot = slot(id);
    return latest[slot] == null ? Optional.empty() : Optional.of(project(slot));
  }

  /**
   * Passes every project to an action, in no particular order.
   *
   * @param action receives each project; not null
   */
  public void forEach(Consumer<? super PanelProject> action) {
    Objects.requireNonNull(action, "action");
    for (int slot = 0; slot < ids.length; slot++) {
      if (latest[slot] != null) {
        action.accept(project(slot));
      }
    }
  }

  /**
   * Passes every project's latest record to an action, in ascending order of project id (so that results that depend
   * on order are the same on every run).
   *
   * @param action receives each record; not null
   */
  public void forEachLatest(Consumer<? super ProjectRecord> action) {
    Objects.requireNonNull(action, "action");
    long[] sorted = new long[size];
    int n = 0;
    for (int slot = 0; slot < ids.length; slot++) {
      if (latest[slot] != null) {
        sorted[n++] = ids[slot];
      }
    }
    Arrays.sort(sorted);
    for (long id : sorted) {
      action.accept(latest[slot(id)]);
    }
  }

  private PanelProject project(int slot) {
    return new PanelProject(latest[slot], seen[slot], firstSeen[slot]);
  }
}
