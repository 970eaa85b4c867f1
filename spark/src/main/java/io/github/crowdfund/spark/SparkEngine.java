package io.github.crowdfund.spark;

import io.github.crowdfund.outcomes.dataset.ProjectRecord;
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
import java.util.Set;
import java.util.function.Consumer;
import org.apache.spark.api.java.JavaRDD;
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
 * <p>Files are named as Hadoop paths (a local path, {@code file:}, {@code hdfs:}, {@code s3a:} and so on) that
 * every executor can open; each file is read whole by one task, so a set of files is read in parallel and one file
 * on one core.
 *
 * <p>An engine started by {@link #start(String)} owns its session and stops it on {@link #close()}; one made
 * {@link #on(SparkSession) on} a session the caller owns leaves it running. Thread-safe as far as its session is;
 * Spark runs one job at a time per caller thread.
 */
public final class SparkEngine implements AutoCloseable {

  /** The master URL used unless another is given: every core of this machine. */
  public static final String DEFAULT_MASTER = "local[*]";

  /** Simulation tasks per core of the cluster, so that cores done early take more. */
  private static final int TASKS_PER_CORE = 4;

  private final SparkSession session;
  private final JavaSparkContext context;
  private final boolean owned;

  private SparkEngine(SparkSession session, boolean owned) {
    this.session = session;
    this.context = JavaSparkContext.fromSparkContext(session.sparkContext());
    this.owned = owned;
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
    return new SparkEngine(session, true);
  }

  /**
   * Returns an engine on a session the caller owns and stops.
   *
   * @param session a running session; not null
   * @return the engine, which leaves the session running when closed; never null
   */
  public static SparkEngine on(SparkSession session) {
    return new SparkEngine(Objects.requireNonNull(session, "session"), false);
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
   * Reads files in parallel and computes their outcome statistics, which equal those of the same records added to
   * one {@link OutcomeAccumulator} on one machine.
   *
   * @param files the datasets (Hadoop paths), each in a layout the library reads; not null or empty
   * @param groupings the tables wanted; not null
   * @return the statistics of every kept record, and the report and problems of each file; never null
   * @throws IllegalArgumentException if no file is named, or a file is empty or in no known layout (the message
   *     names the file)
   * @throws java.io.UncheckedIOException if a file cannot be read
   */
  public SparkRead<OutcomeStatistics> analyze(List<String> files, Set<Grouping> groupings) {
    Set<Grouping> wanted = groupings.isEmpty() ? EnumSet.noneOf(Grouping.class) : EnumSet.copyOf(groupings);
    SparkRead<OutcomeAccumulator> read = aggregate(files, () -> OutcomeAccumulator.of(wanted),
        OutcomeAccumulator::merge);
    return new SparkRead<>(read.result().result(), read.files());
  }

  /**
   * Reads files in parallel, each by the library's reader in one task, adds each task's kept records to a new
   * accumulator and merges the accumulators in a tree. The result equals that of one accumulator fed every record
   * when {@code merge} is associative and commutative, as the library's accumulators are.
   *
   * @param <A> the accumulator type; serializable, as Spark ships it from executors to the driver
   * @param files the datasets (Hadoop paths), each in a layout the library reads; not null or empty
   * @param zero makes an empty accumulator, the identity of {@code merge}; not null
   * @param merge adds the second accumulator to the first and returns the first; not null
   * @return the merged accumulator, and the report and problems of each file; never null
   * @throws IllegalArgumentException if no file is named, or a file is empty or in no known layout (the message
   *     names the file)
   * @throws java.io.UncheckedIOException if a file cannot be read
   */
  public <A extends Consumer<ProjectRecord> & Serializable> SparkRead<A> aggregate(List<String> files,
      Function0<A> zero, Function2<A, A, A> merge) {
    List<String> names = List.copyOf(files);
    Objects.requireNonNull(zero, "zero");
    Objects.requireNonNull(merge, "merge");
    if (names.isEmpty()) {
      throw new IllegalArgumentException("no file to read; name at least one");
    }
    List<JavaRDD<FileTask.Partial<A>>> reads = new ArrayList<>(names.size());
    for (int i = 0; i < names.size(); i++) {
      int index = i;
      String file = names.get(i);
      reads.add(context.binaryFiles(file, 1).map(named -> FileTask.read(index, file, named._2(), zero)));
    }
    JavaRDD<FileTask.Partial<A>> all = reads.get(0);
    if (reads.size() > 1) {
      all = all.union(context.union(reads.subList(1, reads.size()).toArray(FileTask.rddArray(reads.size() - 1))));
    }
    FileTask.Partial<A> total = all.treeReduce((left, right) -> left.merge(right, merge));
    return total.finish(names);
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
