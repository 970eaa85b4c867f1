package io.github.crowdfund.spark;

import io.github.crowdfund.outcomes.dataset.DatasetLayout;
import io.github.crowdfund.outcomes.dataset.DatasetReader;
import io.github.crowdfund.outcomes.dataset.PanelProject;
import io.github.crowdfund.outcomes.dataset.ProjectRecord;
import io.github.crowdfund.outcomes.dataset.SnapshotPanel;
import io.github.crowdfund.outcomes.statistics.Grouping;
import io.github.crowdfund.outcomes.statistics.OutcomeAccumulator;
import io.github.crowdfund.outcomes.statistics.OutcomeStatistics;
import io.github.crowdfund.outcomes.statistics.SimulationAccumulator;
import io.github.crowdfund.outcomes.statistics.SimulationResult;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import org.apache.spark.api.java.JavaPairRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.api.java.function.Function0;
import org.apache.spark.api.java.function.Function2;
import org.apache.spark.sql.SparkSession;
import scala.Tuple2;

/**
 * Runs the outcomes computations on Apache Spark, with the library's own code inside the executors: each file is
 * read by the library's reader, records are folded into the library's mergeable accumulators, and the partial
 * accumulators are merged in a tree. Because the accumulators are exact and their merge is associative and
 * commutative, every figure equals the one the same accumulators give on one machine.
 *
 * <p>Files are paths every executor can open (a shared file system; any path in local mode) or Hadoop URIs
 * ({@code hdfs:}, {@code s3a:} and so on). A set of files is read in parallel, a file by a task; a file larger than
 * the {@link #withSplitBytes split size} (not compressed; unless set, the split size is smaller when the input is
 * small for the cluster's cores) is read in ranges by several tasks: a first task plans the ranges with
 * {@link DatasetReader#split}, one sequential pass over the file's bytes that finds where rows start as the reader
 * finds them (a line break inside a quoted field of several lines starts no row), with the number of the line each
 * range starts on; each range is then read by its own task with {@link DatasetReader#readSplit}, rows that
 * start in it read to their end. The ranges' records, reports and problems (with the file's own line numbers) are
 * those of one read of the file. Of a project listed twice in one scrape (once per listing page), the listing of the
 * earlier range is kept, as a panel keeps the first listing, before the snapshots are merged.
 *
 * <p>An engine started by {@link #start(String)} owns its session and stops it on {@link #close()}; one made
 * {@link #on(SparkSession) on} a session the caller owns leaves it running. Thread-safe as far as its session is;
 * Spark runs one job at a time per caller thread.
 */
public final class SparkEngine implements AutoCloseable {

  /** The master URL used unless another is given: every core of this machine. */
  public static final String DEFAULT_MASTER = "local[*]";

  /** The split size unless another is given: 128 MiB, as Spark's own file sources split files. */
  public static final long DEFAULT_SPLIT_BYTES = 128L << 20;

  /** The smallest range cut to give every core one: below it, starting a task costs more than it saves. */
  private static final long MIN_SPLIT_BYTES = 4L << 20;

  /** Simulation tasks per core of the cluster, so that cores done early take more. */
  private static final int TASKS_PER_CORE = 4;

  private final SparkSession session;
  private final JavaSparkContext context;
  private final boolean owned;
  private final long splitBytes;
  /** Whether the split size shrinks to the input's size per core: only while the caller has set none. */
  private final boolean fitsCores;

  private SparkEngine(SparkSession session, boolean owned, long splitBytes, boolean fitsCores) {
    this.session = session;
    this.context = JavaSparkContext.fromSparkContext(session.sparkContext());
    this.owned = owned;
    this.splitBytes = splitBytes;
    this.fitsCores = fitsCores;
  }

  /**
   * Starts a Spark session on {@link #DEFAULT_MASTER} (or joins the one already running in this JVM).
   *
   * @return the engine; never null
   */
  public static SparkEngine start() {
    return start(DEFAULT_MASTER);
  }

  /**
   * Starts a Spark session on a master URL ({@code local[2]}, {@code spark://host:7077}, {@code yarn},
   * {@code k8s://...}), without the web UI, or joins the one already running in this JVM.
   *
   * @param master the master URL; not null or blank
   * @return the engine, which stops the session when closed; never null
   * @throws IllegalArgumentException if the master is blank
   */
  public static SparkEngine start(String master) {
    Objects.requireNonNull(master, "master");
    if (master.isBlank()) {
      throw new IllegalArgumentException("master must name a Spark master URL such as 'local[*]', was '" + master
          + "'");
    }
    SparkSession session = SparkSession.builder()
        .master(master)
        .appName("crowdfund")
        .config("spark.ui.enabled", "false")
        .config("spark.ui.showConsoleProgress", "false")
        .getOrCreate();
    return new SparkEngine(session, true, DEFAULT_SPLIT_BYTES, true);
  }

  /**
   * Returns an engine on a session the caller owns and stops.
   *
   * @param session a running session; not null
   * @return the engine, which leaves the session running when closed; never null
   */
  public static SparkEngine on(SparkSession session) {
    return new SparkEngine(Objects.requireNonNull(session, "session"), false, DEFAULT_SPLIT_BYTES, true);
  }

  /**
   * Returns an engine on the same session that reads files larger than {@code bytes} in ranges of about that size,
   * each by its own task (see the class comment), whatever the input's size per core; closing either engine stops
   * the session if this one owns it. {@code Long.MAX_VALUE} reads every file whole, by one task. (An engine whose
   * split size is not set cuts files into ranges of the input's size per core of the cluster when that is smaller
   * than {@link #DEFAULT_SPLIT_BYTES} and at least 4 MiB, so that every core reads, as Spark's own file sources cut
   * them.)
   *
   * @param bytes the split size in bytes, at least 1; {@link #DEFAULT_SPLIT_BYTES} unless set
   * @return the engine; never null
   * @throws IllegalArgumentException if {@code bytes} is less than 1
   */
  public SparkEngine withSplitBytes(long bytes) {
    if (bytes < 1) {
      throw new IllegalArgumentException("the split size must be at least 1 byte, was '" + bytes + "'");
    }
    return new SparkEngine(session, owned, bytes, false);
  }

  /**
   * Returns the size above which a file is read in ranges by several tasks.
   *
   * @return the size in bytes, at least 1
   */
  public long splitBytes() {
    return splitBytes;
  }

  /**
   * Returns the session this engine runs on.
   *
   * @return the session; never null
   */
  public SparkSession session() {
    return session;
  }

  /**
   * Reads files of any layout in parallel and computes their outcome statistics as the local engine does: every
   * file is read by the library's reader in a task (the chunks of one scrape, named by the same date, in the same
   * task, in the order named; a file larger than the split size in ranges, a task each); scrapes are merged into one record per project, the latest snapshot's winning
   * ({@link PanelProject#merge}, by project id across tasks); the records of other files and the latest record of
   * each scraped project are folded into {@link OutcomeAccumulator}s, merged in a tree. The figures equal those of
   * the same records added to one accumulator on one machine.
   *
   * @param files the datasets: paths every executor can open (plain, {@code .gz} or {@code .zip}) or Hadoop URIs
   *     ({@code hdfs://...}, plain or {@code .gz}); not null or empty
   * @param layout the layout of every file, or empty to recognise each file's from its content; not null
   * @param groupings the tables wanted; not null
   * @return the statistics, what each file gave and how scrapes were merged; never null
   * @throws IllegalArgumentException if no file is named, a file is empty or in no known layout, or a scrape has
   *     no date in its name (the message names the file)
   * @throws java.io.UncheckedIOException if a file cannot be read
   */
  public DatasetAnalysis analyze(List<String> files, Optional<DatasetLayout> layout, Set<Grouping> groupings) {
    List<String> names = checkFiles(files);
    Set<Grouping> wanted = PanelTask.copy(groupings);
    FileTask.Partial<OutcomeAccumulator> total = mergedPanel(names, layout, wanted)
        .mapPartitions(pieces -> {
          FileTask.Partial<OutcomeAccumulator> partial = new FileTask.Partial<>(OutcomeAccumulator.of(wanted));
          while (pieces.hasNext()) {
            PanelTask.Piece piece = pieces.next()._2();
            if (piece instanceof PanelEntry project) {
              partial.accumulator.accept(project.latest());
              partial.panelProjects++;
            } else {
              partial.merge(((PanelTask.GroupPiece) piece).partial(), OutcomeAccumulator::merge);
            }
          }
          return List.of(partial).iterator();
        })
        .treeReduce((left, right) -> left.merge(right, OutcomeAccumulator::merge));
    List<FileRead> reads = total.finish(names);
    Optional<DatasetAnalysis.PanelCounts> panel = total.snapshots.isEmpty() ? Optional.empty()
        : Optional.of(new DatasetAnalysis.PanelCounts(total.panelProjects, total.snapshots.size(), total.panelRows));
    return new DatasetAnalysis(total.accumulator.result(), reads, panel);
  }

  /**
   * Reads files in parallel and computes their outcome statistics, each file's layout recognised from its content;
   * see {@link #analyze(List, Optional, Set)}.
   *
   * @param files the datasets; not null or empty
   * @param groupings the tables wanted; not null
   * @return the statistics, what each file gave and how scrapes were merged; never null
   */
  public DatasetAnalysis analyze(List<String> files, Set<Grouping> groupings) {
    return analyze(files, Optional.empty(), groupings);
  }

  /**
   * Merges scrapes into one entry per project on the cluster, as a {@link SnapshotPanel} fed the same scrapes
   * does, and brings the entries to the driver: for panels that fit in the driver's memory.
   *
   * @param files the scrapes, dated by their names or their folders' names; not null or empty
   * @return every project, in ascending id; never null
   * @throws IllegalArgumentException if no file is named, a file cannot be read as a dataset, or a scrape has no
   *     date
   */
  public List<PanelProject> panel(List<String> files) {
    List<String> names = checkFiles(files);
    FileTask.Partial<OutcomeAccumulator> reads = new FileTask.Partial<>(OutcomeAccumulator.of(Set.of()));
    List<PanelProject> projects = new ArrayList<>();
    for (Tuple2<Long, PanelTask.Piece> piece : mergedPanel(names, Optional.empty(), Set.of()).collect()) {
      if (piece._2() instanceof PanelEntry project) {
        projects.add(project.toProject());
      } else {
        FileTask.Partial<OutcomeAccumulator> group = ((PanelTask.GroupPiece) piece._2()).partial();
        reads.summaries.addAll(group.summaries);
        reads.failures.addAll(group.failures);
      }
    }
    reads.finish(names);
    projects.sort(Comparator.comparingLong(project -> project.latest().id()));
    return projects;
  }

  /**
   * Reads the files in tasks of one snapshot each (a large file alone in its snapshot in a task per range) and merges
   * the projects of scrapes by id: those of the ranges of one scrape first, the first range's listing winning, then
   * those of different snapshots.
   */
  private JavaPairRDD<Long, PanelTask.Piece> mergedPanel(List<String> names, Optional<DatasetLayout> layout,
      Set<Grouping> groupings) {
    List<List<FileTask.FilePart>> planned = plan(names, layout);
    Map<Object, List<Integer>> bySnapshot = new LinkedHashMap<>();
    for (int i = 0; i < names.size(); i++) {
      Object key = FileTask.snapshotOf(names.get(i)).<Object>map(instant -> instant).orElse(i);
      bySnapshot.computeIfAbsent(key, k -> new ArrayList<>()).add(i);
    }
    List<PanelTask> tasks = new ArrayList<>();
    EnumSet<Grouping> wanted = EnumSet.noneOf(Grouping.class);
    wanted.addAll(groupings);
    for (List<Integer> indexes : bySnapshot.values()) {
      List<FileTask.FilePart> parts = planned.get(indexes.get(0));
      if (indexes.size() == 1 && parts.get(0).split() != null) {
        for (FileTask.FilePart part : parts) {
          tasks.add(new PanelTask(tasks.size(), List.of(part), layout.orElse(null), wanted));
        }
      } else {
        tasks.add(new PanelTask(tasks.size(), indexes.stream().map(i -> FileTask.FilePart.whole(i, names.get(i)))
            .toList(), layout.orElse(null), wanted));
      }
    }
    JavaPairRDD<Long, PanelTask.Piece> pieces = context.parallelize(tasks, tasks.size()).flatMapToPair(PanelTask::run);
    if (tasks.stream().anyMatch(PanelTask::scrapeRange)) {
      pieces = pieces.mapToPair(piece -> new Tuple2<>(PanelTask.rangeKey(piece), piece._2()))
          .reduceByKey(PanelTask.Piece::merge, context.defaultParallelism())
          .mapToPair(piece -> new Tuple2<>(piece._1()._2(), PanelTask.unwrap(piece._2())));
    }
    return pieces.reduceByKey(PanelTask.Piece::merge, context.defaultParallelism());
  }

  /**
   * Returns the parts of each file in the order named: the ranges of each file larger than the split size (or, when
   * the caller has set none, than the input's size per core, when that is smaller and at least
   * {@value #MIN_SPLIT_BYTES} bytes), planned by one task per such file, and every other file whole.
   */
  List<List<FileTask.FilePart>> plan(List<String> names, Optional<DatasetLayout> layout) {
    List<List<FileTask.FilePart>> parts = new ArrayList<>(names.size());
    long[] sizes = new long[names.size()];
    long total = 0;
    for (int i = 0; i < names.size(); i++) {
      parts.add(List.of(FileTask.FilePart.whole(i, names.get(i))));
      sizes[i] = FileTask.splittableSize(names.get(i));
      total += Math.max(0, sizes[i]);
    }
    long perCore = Math.max(MIN_SPLIT_BYTES, (total + context.defaultParallelism() - 1) / context.defaultParallelism());
    long bytes = fitsCores ? Math.min(splitBytes, perCore) : splitBytes;
    List<Integer> large = new ArrayList<>();
    for (int i = 0; i < names.size(); i++) {
      if (sizes[i] > bytes) {
        large.add(i);
      }
    }
    if (!large.isEmpty()) {
      DatasetLayout named = layout.orElse(null);
      for (List<FileTask.FilePart> planned : context.parallelize(large, large.size())
          .map(index -> FileTask.plan(index, names.get(index), Optional.ofNullable(named), bytes)).collect()) {
        parts.set(planned.get(0).fileIndex(), planned);
      }
    }
    return parts;
  }

  private static List<String> checkFiles(List<String> files) {
    List<String> names = List.copyOf(files);
    if (names.isEmpty()) {
      throw new IllegalArgumentException("no file to read; name at least one");
    }
    return names;
  }

  /**
   * Reads files in parallel, each by the library's reader in one task (a file larger than the split size in ranges,
   * a task each) into a new accumulator, and merges the accumulators in a tree. Scrapes are not merged into panels here: every record of every file is added. The result
   * equals that of one accumulator fed every record when {@code merge} is associative and commutative, as the
   * library's accumulators are.
   *
   * @param <A> the accumulator type; serializable, as Spark ships it from executors to the driver
   * @param files the datasets (see {@link #analyze(List, Optional, Set)}); not null or empty
   * @param zero makes an empty accumulator, the identity of {@code merge}; not null
   * @param merge adds the second accumulator to the first and returns the first; not null
   * @return the merged accumulator, and the report and problems of each file; never null
   * @throws IllegalArgumentException if no file is named, or a file is empty or in no known layout (the message
   *     names the file)
   * @throws java.io.UncheckedIOException if a file cannot be read
   */
  public <A extends Consumer<ProjectRecord> & Serializable> SparkRead<A> aggregate(List<String> files,
      Function0<A> zero, Function2<A, A, A> merge) {
    List<String> names = checkFiles(files);
    Objects.requireNonNull(zero, "zero");
    Objects.requireNonNull(merge, "merge");
    List<FileTask.FilePart> parts = plan(names, Optional.empty()).stream().flatMap(List::stream).toList();
    FileTask.Partial<A> total = context.parallelize(parts, parts.size())
        .map(part -> FileTask.readInto(part, zero.call(), Optional.empty()))
        .treeReduce((left, right) -> left.merge(right, merge));
    return new SparkRead<>(total.accumulator, total.finish(names));
  }

  /**
   * Runs every cell of a simulation grid, each campaign seeded as {@link SimulationGrid#runLocally()} seeds it, and
   * returns the same results: campaigns of a cell are split into ranges, each range is run into a
   * {@link SimulationAccumulator}, and the accumulators of a cell are merged.
   *
   * @param grid the sweep; not null
   * @return one result per cell, in the grid's cell order; never null
   * @throws IllegalArgumentException if the rules refuse a cell's campaign
   */
  public Map<SweepCell, SimulationResult> sweep(SimulationGrid grid) {
    Objects.requireNonNull(grid, "grid");
    List<SweepCell> cells = grid.cells();
    long campaigns = grid.campaigns();
    long total = Math.multiplyExact(campaigns, cells.size());
    long targetTasks = (long) context.defaultParallelism() * TASKS_PER_CORE;
    long chunk = Math.max(1, (total + targetTasks - 1) / targetTasks);
    List<SweepTask> tasks = new ArrayList<>();
    for (int cell = 0; cell < cells.size(); cell++) {
      SweepTask.Cell spec = SweepTask.Cell.of(cells.get(cell));
      for (long from = 0; from < campaigns; from += chunk) {
        tasks.add(new SweepTask(cell, spec, from, Math.min(campaigns, from + chunk)));
      }
    }
    List<Tuple2<Integer, SimulationAccumulator>> merged = context.parallelize(tasks, tasks.size())
        .mapToPair(task -> new Tuple2<>(task.cell(), task.run()))
        .reduceByKey(SimulationAccumulator::merge, Math.max(1, Math.min(cells.size(), context.defaultParallelism())))
        .collect();
    List<Tuple2<Integer, SimulationAccumulator>> ordered = new ArrayList<>(merged);
    ordered.sort(Comparator.comparing(Tuple2::_1));
    Map<SweepCell, SimulationResult> results = new LinkedHashMap<>();
    for (Tuple2<Integer, SimulationAccumulator> entry : ordered) {
      results.put(cells.get(entry._1()), entry._2().result());
    }
    return results;
  }

  /** Stops the session if this engine started it. */
  @Override
  public void close() {
    if (owned) {
      session.stop();
    }
  }
}
