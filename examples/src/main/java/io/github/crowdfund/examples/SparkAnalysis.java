package io.github.crowdfund.examples;

import io.github.crowdfund.outcomes.dataset.RowProblem;
import io.github.crowdfund.outcomes.statistics.Grouping;
import io.github.crowdfund.outcomes.statistics.OutcomeStatistics;
import io.github.crowdfund.spark.DatasetAnalysis;
import io.github.crowdfund.spark.FileRead;
import io.github.crowdfund.spark.SparkEngine;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;

/**
 * {@code analyze --engine spark}: the files read and analysed on Apache Spark by the crowdfund-spark module, with
 * the same figures, problems and summaries as the local engine.
 *
 * <p>Spark is not in the application's jar: {@code ./crowdfund} puts it and the crowdfund-spark module on the class
 * path (with the JVM flags Spark needs) when {@code --engine spark} is asked for. Only this class refers to them.
 */
final class SparkAnalysis {

  /** The master used unless {@code --master} names another (a copy of the engine's, readable without Spark). */
  static final String DEFAULT_MASTER = "local[*]";

  private SparkAnalysis() {}

  /** Runs {@link #analyze} if Spark is on the class path, and says how to get it there if it is not. */
  static Optional<OutcomeStatistics> analyzeIfAvailable(String master, List<String> files, Grouping grouping,
      PrintWriter err) {
    try {
      return analyze(master, files, grouping, err);
    } catch (NoClassDefFoundError e) {
      err.println("analyze: --engine spark needs Apache Spark and the crowdfund-spark module on the class path ("
          + e.getMessage() + " is missing); start the application with ./crowdfund, which adds them");
      return Optional.empty();
    }
  }

  private static Optional<OutcomeStatistics> analyze(String master, List<String> files, Grouping grouping,
      PrintWriter err) {
    for (String file : files) {
      if (!file.contains(":") && !Files.isRegularFile(Path.of(file))) {
        err.println("analyze: no such file '" + file + "'");
        return Optional.empty();
      }
    }
    try (SparkEngine engine = SparkEngine.start(master)) {
      DatasetAnalysis read = engine.analyze(files, EnumSet.of(grouping));
      for (FileRead file : read.files()) {
        for (RowProblem problem : file.problems()) {
          AnalyzeCommand.printProblem(err, file.file(), problem);
        }
        AnalyzeCommand.printSummary(err, file.file(), file.report(), files.size());
      }
      return Optional.of(read.statistics());
    } catch (IllegalArgumentException | UncheckedIOException e) {
      err.println("analyze: " + e.getMessage());
      return Optional.empty();
    }
  }
}
