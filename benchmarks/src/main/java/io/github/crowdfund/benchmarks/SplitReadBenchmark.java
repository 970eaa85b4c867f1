package io.github.crowdfund.benchmarks;

import io.github.crowdfund.outcomes.dataset.DatasetGenerator;
import io.github.crowdfund.outcomes.dataset.DatasetLayout;
import io.github.crowdfund.outcomes.dataset.DatasetReader;
import io.github.crowdfund.outcomes.dataset.FileSplit;
import io.github.crowdfund.outcomes.dataset.SeekableSource;
import io.github.crowdfund.outcomes.statistics.Grouping;
import io.github.crowdfund.spark.DatasetAnalysis;
import io.github.crowdfund.spark.SparkEngine;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * One large file on Spark {@code local[2]}: read whole by one task against read in byte ranges, a task each, and the
 * cost of planning the ranges on its own:
 * <ul>
 *   <li>{@code whole}: {@link SparkEngine#analyze} with a split size larger than the file, which the engine keeps as
 *       set: one task reads the file;
 *   <li>{@code split}: the same with the engine's default split size, as {@code analyze --engine spark} runs it (on
 *       {@code local[2]}, a file under 256 MiB is cut in two halves): one task plans the ranges (one pass over the
 *       file's bytes), then each range is read by its own task;
 *   <li>{@code planOnly}: {@link DatasetReader#split} alone, on this thread, cutting the file in two: the pass over the
 *       bytes, to the cut (the rest of a CSV file checked to be UTF-8 only, as the source tells the file's size).
 * </ul>
 * The file ({@code rows} generated rows of {@code layout}, seed 1) is written once per layout and size into
 * {@code -Dcrowdfund.scale.dir} (default: the temporary directory); nothing is committed. The session is started
 * before the measurement. Run with {@code CROWDFUND_BENCHMARK=SplitReadBenchmark benchmarks/spark-scale.sh}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(1)
@Warmup(iterations = 2)
@Measurement(iterations = 5)
public class SplitReadBenchmark {

  /** Rows of the generated file. */
  @Param({"1000000"})
  public long rows;

  /** The layout of the generated file. */
  @Param({"KAGGLE_201801", "ICPSR_38050"})
  public DatasetLayout layout;

  private Path file;
  private SparkEngine engine;

  /** Writes the file unless an earlier run did, and starts Spark on {@code local[2]}. */
  @Setup(Level.Trial)
  public void setUp() throws IOException {
    Path root = Path.of(System.getProperty("crowdfund.scale.dir", System.getProperty("java.io.tmpdir")));
    file = root.resolve("crowdfund-split-" + layout.label() + "-" + rows
        + (layout == DatasetLayout.ICPSR_38050 ? ".tsv" : ".csv"));
    Path done = Path.of(file + ".done");
    if (!Files.exists(done)) {
      DatasetGenerator.create().write(layout, file, rows, 1, written -> { });
      Files.writeString(done, "");
    }
    System.err.println("file: " + file + ", " + Files.size(file) + " bytes");
    engine = SparkEngine.start("local[2]");
  }

  /** Stops Spark. */
  @TearDown(Level.Trial)
  public void tearDown() {
    engine.close();
  }

  /** The file read whole by one task. */
  @Benchmark
  public DatasetAnalysis whole() {
    return engine.withSplitBytes(Long.MAX_VALUE).analyze(List.of(file.toString()), EnumSet.of(Grouping.YEAR));
  }

  /** The file read in ranges, a task each, as the engine cuts it by default. */
  @Benchmark
  public DatasetAnalysis split() {
    return engine.analyze(List.of(file.toString()), EnumSet.of(Grouping.YEAR));
  }

  /** The ranges planned, nothing read. */
  @Benchmark
  public List<FileSplit> planOnly() throws IOException {
    // half the file rounded up, as the engine cuts it for two cores
    return DatasetReader.create().split(SeekableSource.of(file), file.toString(), (Files.size(file) + 1) / 2);
  }
}
