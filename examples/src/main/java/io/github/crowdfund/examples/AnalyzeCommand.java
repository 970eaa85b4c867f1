package io.github.crowdfund.examples;

import io.github.crowdfund.outcomes.dataset.DatasetLayout;
import io.github.crowdfund.outcomes.dataset.ProjectState;
import io.github.crowdfund.outcomes.dataset.ReadReport;
import io.github.crowdfund.outcomes.dataset.RowProblem;
import io.github.crowdfund.outcomes.statistics.Distribution;
import io.github.crowdfund.outcomes.statistics.FundingRatios;
import io.github.crowdfund.outcomes.statistics.Grouping;
import io.github.crowdfund.outcomes.statistics.OutcomeStatistics;
import io.github.crowdfund.outcomes.statistics.OutcomeTable;
import java.io.IOException;
import java.io.PrintWriter;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code crowdfund analyze}: outcome statistics of Kickstarter datasets, in any layout, on an engine. */
@Command(
    name = "analyze",
    mixinStandardHelpOptions = true,
    header = "Prints the outcome statistics of Kickstarter datasets.",
    description = "Reads Kickstarter datasets and prints projects by state and the success rates per group: successful / all "
        + "projects, and successful / (successful + failed), each with its 95%% Wilson interval. It takes any mix of "
        + "files, folders and globs, each in its layout: Kaggle (ks-projects-201801.csv, ks-projects-201612.csv), ICPSR "
        + "38050 (public_data.tsv) or a Web Robots scrape (CSV chunks or a .zip of them, JSON lines, .gz). The layout "
        + "is recognised from each file's first line unless --layout names it. Scrapes are merged into one record per "
        + "project, its latest state winning; they must be dated by their names (Kickstarter_2019-03-14T03_20_12_200Z.zip) "
        + "or their folders' (2019-03-14/). Rows that cannot be read go to stderr with their file and line, and reading "
        + "goes on.",
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {"0:The statistics were printed.", "1:An operation failed (the chart could not be written).",
        "2:Bad options or input: a file missing, special or in no layout."},
    footer = {"", "Examples:",
        "  crowdfund analyze ks-projects-201801.csv --by main_category --chart success.png",
        "  crowdfund analyze 'scrapes/Kickstarter_2019-*.zip' --by year --format csv > by-year.csv"})
final class AnalyzeCommand implements Callable<Integer> {

  @Spec
  CommandSpec spec;

  @Parameters(index = "0..*", arity = "1..*", paramLabel = "FILE",
      description = "The files, folders or globs to read; quote globs so that the shell leaves them alone.")
  List<String> files;

  @Option(names = "--layout", paramLabel = "LAYOUT",
      description = "The layout of every file, one of ${COMPLETION-CANDIDATES} (default: recognised from each file).")
  DatasetLayout layout;

  @Option(names = "--engine", paramLabel = "ENGINE", defaultValue = "local",
      description = "Where to compute, one of ${COMPLETION-CANDIDATES}: this machine's cores or Apache Spark "
          + "(default: ${DEFAULT-VALUE}).")
  Engine engine;

  @Option(names = "--master", paramLabel = "URL",
      description = "The Spark master URL, with --engine spark (default: " + SparkAnalysisEngine.DEFAULT_MASTER
          + "; spark://host:7077, yarn or k8s://... for a cluster that can read the files).")
  String master;

  @Option(names = "--split-bytes", paramLabel = "BYTES",
      description = "With --engine spark: read a file larger than BYTES in byte ranges of about BYTES, a task each, "
          + "cut where rows start (default: 134217728, 128 MiB, or the input's size per core when that is smaller "
          + "but at least 4 MiB).")
  Long splitBytes;

  @Option(names = "--by", paramLabel = "GROUPING", defaultValue = "main_category",
      converter = OptionTypes.Groupings.class, completionCandidates = OptionTypes.Groupings.class,
      description = "What to group projects by, one of ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
  Grouping by;

  @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "table",
      description = "How to print the statistics, one of ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
  OutputFormat format;

  @Option(names = "--chart", paramLabel = "FILE", converter = ChartFormat.Files.class,
      description = "Also writes a bar chart of the success rates with 95%% intervals, as PNG, SVG or PDF by the "
          + "name's extension.")
  Path chart;

  @Option(names = "--min-count", paramLabel = "N", defaultValue = "0",
      description = "Leaves out groups with fewer than N decided projects (default: ${DEFAULT-VALUE}).")
  long minCount;

  @Override
  public Integer call() throws IOException {
    if (minCount < 0) {
      throw new ParameterException(spec.commandLine(), "--min-count must not be negative, was '" + minCount + "'");
    }
    if (master != null && engine != Engine.SPARK) {
      throw new ParameterException(spec.commandLine(), "--master '" + master + "' needs --engine spark");
    }
    if (splitBytes != null && engine != Engine.SPARK) {
      throw new ParameterException(spec.commandLine(), "--split-bytes '" + splitBytes + "' needs --engine spark");
    }
    if (splitBytes != null && splitBytes < 1) {
      throw new ParameterException(spec.commandLine(), "--split-bytes must be at least 1, was '" + splitBytes + "'");
    }
    if (chart != null) {
      AtomicOutput.checkTarget(chart);
    }
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    List<Path> inputs = InputFiles.expand(files);
    long bytes = 0;
    for (Path input : inputs) {
      bytes += Files.size(input);
    }
    AnalysisEngine.Input input = new AnalysisEngine.Input(inputs, Optional.ofNullable(layout), EnumSet.of(by));
    AnalysisEngine.Analysis analysis;
    try (ProgressBars.Progress progress = ProgressBars.start("Reading", bytes, ProgressBars.LARGE_FILE_BYTES, "MB",
        1 << 20)) {
      analysis = engine.create(Optional.ofNullable(master), Optional.ofNullable(splitBytes))
          .analyze(input, listener(err, progress, inputs.size() > 1));
    }
    analysis.panel().ifPresent(panel -> err.println("panel: " + panel.rows() + " rows from " + panel.snapshots()
        + " snapshots merged into " + panel.projects() + " projects, each in its latest state"));
    OutcomeStatistics statistics = analysis.statistics();
    OutcomeTable table = statistics.table(by);
    if (format == OutputFormat.CSV) {
      table.writeCsv(out, minCount);
      OutcomeRendering.hiddenNote(table, minCount).ifPresent(err::println);
    } else {
      OutcomeRendering.printTable(out, table, minCount);
      printFunding(out, statistics);
    }
    out.flush();
    if (chart != null) {
      OutcomeRendering.writeChart(table, minCount, chart).ifPresent(note -> err.println("chart: " + note));
      err.println("chart written to " + chart);
    }
    return 0;
  }

  /** Prints problems and each file's summary on stderr, and moves the progress bar, if any. */
  private static AnalysisEngine.Listener listener(PrintWriter err, ProgressBars.Progress progress,
      boolean nameFiles) {
    return new AnalysisEngine.Listener() {
      @Override
      public void bytesRead(long bytes) {
        progress.stepBy(bytes);
      }

      @Override
      public void problem(RowProblem problem) {
        synchronized (err) {
          err.println(problem);
        }
      }

      @Override
      public void fileRead(String file, ReadReport report) {
        synchronized (err) {
          err.println((nameFiles ? file + ": " : "") + report.summary());
        }
      }
    };
  }

  private static void printFunding(PrintWriter out, OutcomeStatistics statistics) {
    out.println();
    out.println("pledged / goal (medians approximate to 1.2%):");
    for (ProjectState state : List.of(ProjectState.SUCCESSFUL, ProjectState.FAILED)) {
      FundingRatios ratios = statistics.fundingRatios(state);
      if (ratios.projects() == 0) {
        continue;
      }
      out.printf(Locale.ROOT, "  %-10s median %s, mean %s; reached 30%% of goal: %s, 50%%: %s, 100%%: %s%n",
          state.label(), percent(Optional.of(BigDecimal.valueOf(ratios.ratio().quantile(0.5).getAsDouble()))),
          percent(ratios.ratio().mean()), percent(ratios.shareReaching(30)), percent(ratios.shareReaching(50)),
          percent(ratios.shareReaching(100)));
    }
    Distribution backers = statistics.backers();
    if (backers.count() > 0) {
      out.printf(Locale.ROOT, "backers per project: mean %s, median %.0f, 90th percentile %.0f%n",
          backers.mean().orElseThrow().setScale(1, RoundingMode.HALF_EVEN), backers.quantile(0.5).getAsDouble(),
          backers.quantile(0.9).getAsDouble());
    }
  }

  static String percent(Optional<BigDecimal> fraction) {
    return fraction.map(value -> value.movePointRight(2).setScale(2, RoundingMode.HALF_EVEN) + "%").orElse("-");
  }
}
