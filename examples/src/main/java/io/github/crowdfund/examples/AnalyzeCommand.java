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
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import me.tongfei.progressbar.ProgressBar;
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
    description = {
      "Reads Kickstarter datasets and prints projects by state and the success rates per group: successful / all",
      "projects, and successful / (successful + failed). Any mix of files, folders and globs, each in its layout:",
      "Kaggle (ks-projects-201801.csv, ks-projects-201612.csv), ICPSR 38050 (public_data.tsv), Web Robots scrapes",
      "(CSV chunks or a .zip of them, JSON lines, .gz). The layout is recognised from each file's first line unless",
      "--layout names it. Scrapes are merged into one record per project, its latest state winning; they must be",
      "dated by their names (Kickstarter_2019-03-14T03_20_12_200Z.zip) or their folders' (2019-03-14/).",
      "Rows that cannot be read go to stderr with their file and line."
    })
final class AnalyzeCommand implements Callable<Integer> {

  @Spec
  CommandSpec spec;

  @Parameters(index = "0..*", arity = "1..*", paramLabel = "FILE",
      description = "files, folders or globs (quote globs so that the shell leaves them alone)")
  List<String> files;

  @Option(names = "--layout", paramLabel = "LAYOUT",
      description = "kaggle-201801, kaggle-201612, icpsr-38050, web-robots-csv or web-robots-json (default: "
          + "recognised from each file)")
  String layout;

  @Option(names = "--engine", paramLabel = "ENGINE", defaultValue = "local",
      description = "where to compute: local (this machine's cores) or spark (Apache Spark) (default: "
          + "${DEFAULT-VALUE})")
  String engine;

  @Option(names = "--master", paramLabel = "URL",
      description = "the Spark master URL, with --engine spark (default: " + SparkAnalysisEngine.DEFAULT_MASTER
          + "; spark://host:7077, yarn, k8s://... for a cluster that can read the files)")
  String master;

  @Option(names = "--by", paramLabel = "GROUPING", defaultValue = "main_category",
      description = "main_category, category, country, currency, year, goal or duration (default: ${DEFAULT-VALUE})")
  String by;

  @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "table",
      description = "table or csv (default: ${DEFAULT-VALUE})")
  String format;

  @Option(names = "--chart", paramLabel = "FILE",
      description = "also write a bar chart of success rates with 95%% intervals: PNG or SVG by the name's extension")
  Path chart;

  @Option(names = "--min-count", paramLabel = "N", defaultValue = "0",
      description = "leave out groups with fewer than N decided projects (default: ${DEFAULT-VALUE})")
  long minCount;

  @Override
  public Integer call() throws IOException {
    Grouping grouping = Grouping.ofLabel(by).orElseThrow(() -> new ParameterException(spec.commandLine(),
        "--by '" + by + "' is not one of " + Arrays.stream(Grouping.values()).map(Grouping::label).toList()));
    if (minCount < 0) {
      throw new ParameterException(spec.commandLine(), "--min-count must not be negative, was '" + minCount + "'");
    }
    if (chart != null && !chart.toString().toLowerCase(Locale.ROOT).matches(".*\\.(png|svg)")) {
      throw new ParameterException(spec.commandLine(), "--chart '" + chart + "' must end in .png or .svg");
    }
    if (!format.equals("table") && !format.equals("csv")) {
      throw new ParameterException(spec.commandLine(), "--format '" + format + "' is not one of [table, csv]");
    }
    Engine chosen = Engine.ofLabel(engine).orElseThrow(() -> new ParameterException(spec.commandLine(),
        "--engine '" + engine + "' is not one of " + Engine.labels()));
    if (master != null && chosen != Engine.SPARK) {
      throw new ParameterException(spec.commandLine(), "--master '" + master + "' needs --engine spark");
    }
    Optional<DatasetLayout> named;
    try {
      named = Optional.ofNullable(layout).map(DatasetLayout::ofLabel);
    } catch (IllegalArgumentException e) {
      throw new ParameterException(spec.commandLine(), "--" + e.getMessage());
    }
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    AnalysisEngine.Analysis analysis;
    try {
      List<Path> inputs = InputFiles.expand(files);
      for (Path given : inputs) {
        if (!Files.isRegularFile(given)) {
          err.println("analyze: '" + given + "' is not a regular file (a FIFO, device or socket); give a dataset file");
          return 2;
        }
      }
      long bytes = 0;
      for (Path input : inputs) {
        bytes += Files.size(input);
      }
      AnalysisEngine.Input input = new AnalysisEngine.Input(inputs, named, EnumSet.of(grouping));
      try (ProgressBar bar = bytes < ProgressBars.LARGE_FILE_BYTES ? null
          : ProgressBars.bar("Reading", bytes, "MB", 1 << 20).build()) {
        analysis = chosen.create(Optional.ofNullable(master)).analyze(input, listener(err, bar, inputs.size() > 1));
      }
    } catch (NoSuchFileException e) {
      err.println("analyze: no such file '" + e.getFile() + "'" + (e.getReason() == null ? "" : ": " + e.getReason()));
      return 1;
    } catch (FileSystemException e) {
      err.println("analyze: '" + e.getFile() + "' " + e.getReason());
      return 2;
    } catch (IllegalArgumentException e) {
      err.println("analyze: " + e.getMessage());
      return 1;
    }
    analysis.panel().ifPresent(panel -> err.println("panel: " + panel.rows() + " rows from " + panel.snapshots()
        + " snapshots merged into " + panel.projects() + " projects, each in its latest state"));
    OutcomeStatistics statistics = analysis.statistics();
    OutcomeTable table = statistics.table(grouping);
    if (format.equals("csv")) {
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
  private static AnalysisEngine.Listener listener(PrintWriter err, ProgressBar bar, boolean nameFiles) {
    return new AnalysisEngine.Listener() {
      @Override
      public void bytesRead(long bytes) {
        if (bar != null) {
          bar.stepBy(bytes);
        }
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
