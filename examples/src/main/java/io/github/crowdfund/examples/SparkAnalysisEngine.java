package io.github.crowdfund.examples;

import io.github.crowdfund.outcomes.dataset.DatasetReader;
import io.github.crowdfund.outcomes.dataset.RowProblem;
import io.github.crowdfund.spark.DatasetAnalysis;
import io.github.crowdfund.spark.FileRead;
import io.github.crowdfund.spark.SparkEngine;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The engine of {@code analyze --engine spark}: the files read, merged and analysed on Apache Spark by the
 * crowdfund-spark module ({@link SparkEngine#analyze}), which gives the local engine's figures, problems and file
 * summaries. A session is started on the master URL for each analysis and stopped after it.
 *
 * <p>Spark is not in the application's jar: {@code ./crowdfund} puts it and the crowdfund-spark module on the class
 * path, with the JVM flags Spark needs, when {@code --engine spark} is asked for. Only this class refers to them;
 * {@link Engine} loads it only for that engine.
 */
final class SparkAnalysisEngine implements AnalysisEngine {

  /** The master used unless {@code --master} names another (a copy of the engine's, readable without Spark). */
  static final String DEFAULT_MASTER = "local[*]";

  private final String master;
  private final Optional<Long> splitBytes;

  /** Makes the engine for a master URL and, unless empty, a split size in bytes (at least 1). */
  SparkAnalysisEngine(String master, Optional<Long> splitBytes) {
    this.master = Objects.requireNonNull(master, "master");
    this.splitBytes = Objects.requireNonNull(splitBytes, "splitBytes");
  }

  @Override
  public Analysis analyze(Input input, Listener listener) throws IOException {
    // The library's reader refuses a directory, FIFO or device, and a file in no layout, here on the driver, as
    // the local engine does, rather than in a task.
    DatasetReader reader = input.layout().map(DatasetReader.create()::withLayout).orElse(DatasetReader.create());
    for (Path file : input.files()) {
      reader.detect(file);
    }
    List<String> names = input.files().stream().map(Path::toString).toList();
    DatasetAnalysis analysis;
    try (SparkEngine started = SparkEngine.start(master)) {
      SparkEngine engine = splitBytes.map(started::withSplitBytes).orElse(started);
      analysis = engine.analyze(names, input.layout(), input.groupings());
    } catch (UncheckedIOException e) {
      throw e.getCause();
    }
    for (FileRead file : analysis.files()) {
      for (RowProblem problem : file.problems()) {
        listener.problem(problem);
      }
      listener.fileRead(file.file(), file.report());
      listener.bytesRead(Files.size(Path.of(file.file())));
    }
    return new Analysis(analysis.statistics(), analysis.panel().map(panel -> new PanelSummary(panel.projects(),
        panel.snapshots(), panel.rows())));
  }
}
