package io.github.crowdfund.examples;

import io.github.crowdfund.outcomes.dataset.ProjectReader;
import io.github.crowdfund.outcomes.dataset.ProjectState;
import io.github.crowdfund.outcomes.dataset.ReadReport;
import io.github.crowdfund.outcomes.statistics.Distribution;
import io.github.crowdfund.outcomes.statistics.FundingRatios;
import io.github.crowdfund.outcomes.statistics.Grouping;
import io.github.crowdfund.outcomes.statistics.OutcomeAccumulator;
import io.github.crowdfund.outcomes.statistics.OutcomeRow;
import io.github.crowdfund.outcomes.statistics.OutcomeStatistics;
import io.github.crowdfund.outcomes.statistics.OutcomeTable;
import io.github.crowdfund.outcomes.statistics.StateCounts;
import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import me.tongfei.progressbar.ProgressBar;
import org.knowm.xchart.BitmapEncoder;
import org.knowm.xchart.CategoryChart;
import org.knowm.xchart.CategoryChartBuilder;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code crowdfund analyze}: outcome statistics of a Kaggle Kickstarter file. */
@Command(
    name = "analyze",
    mixinStandardHelpOptions = true,
    description = {
      "Reads a Kaggle \"Kickstarter Projects\" file (ks-projects-201801.csv or ks-projects-201612.csv layout) and",
      "prints projects by state and the success rates per group: successful / all projects, and",
      "successful / (successful + failed). Rows that cannot be read go to stderr with their line numbers."
    })
final class AnalyzeCommand implements Callable<Integer> {

  @Spec
  CommandSpec spec;

  @Parameters(index = "0", paramLabel = "FILE", description = "the dataset (CSV, UTF-8)")
  Path file;

  @Option(names = "--by", paramLabel = "GROUPING", defaultValue = "main_category",
      description = "main_category, category, country, currency, year, goal or duration (default: ${DEFAULT-VALUE})")
  String by;

  @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "table",
      description = "table or csv (default: ${DEFAULT-VALUE})")
  String format;

  @Option(names = "--chart", paramLabel = "FILE.png", description = "also write a PNG bar chart of success rates")
  Path chart;

  @Override
  public Integer call() throws IOException {
    Grouping grouping = Grouping.ofLabel(by).orElseThrow(() -> new ParameterException(spec.commandLine(),
        "--by '" + by + "' is not one of " + Arrays.stream(Grouping.values()).map(Grouping::label).toList()));
    if (!format.equals("table") && !format.equals("csv")) {
      throw new ParameterException(spec.commandLine(), "--format '" + format + "' is not one of [table, csv]");
    }
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    OutcomeAccumulator accumulator = OutcomeAccumulator.of(EnumSet.of(grouping));
    ReadReport report;
    try (InputStream in = open(file)) {
      report = ProjectReader.create().read(in, accumulator,
          problem -> err.println(file + ":" + problem.line() + ": " + problem.reason()));
    } catch (NoSuchFileException e) {
      err.println("analyze: no such file '" + file + "'");
      return 1;
    } catch (IllegalArgumentException e) {
      err.println("analyze: " + file + ": " + e.getMessage());
      return 1;
    }
    err.println(report.summary());
    OutcomeStatistics statistics = accumulator.result();
    OutcomeTable table = statistics.table(grouping);
    if (format.equals("csv")) {
      table.writeCsv(out);
    } else {
      printTable(out, table);
      printFunding(out, statistics);
    }
    out.flush();
    if (chart != null) {
      writeChart(table, chart);
      err.println("chart written to " + chart);
    }
    return 0;
  }

  private static InputStream open(Path file) throws IOException {
    long size = Files.size(file);
    InputStream in = new BufferedInputStream(Files.newInputStream(file), 1 << 16);
    if (size < ProgressBars.LARGE_FILE_BYTES) {
      return in;
    }
    return ProgressBar.wrap(in, ProgressBars.bar("Reading", size, "MB", 1 << 20));
  }

  private static void printTable(PrintWriter out, OutcomeTable table) {
    int width = Math.max(5, table.rows().stream().mapToInt(row -> row.group().length()).max().orElse(0));
    String rowFormat = "%-" + width + "s %9s %10s %9s %9s %9s %6s %9s %9s %9s%n";
    out.printf(Locale.ROOT, rowFormat, table.grouping().label(), "projects", "successful", "failed", "canceled",
        "suspended", "live", "undefined", "success", "decided");
    for (OutcomeRow row : table.rows()) {
      printRow(out, rowFormat, row.group(), row.counts());
    }
    printRow(out, rowFormat, OutcomeTable.ALL, table.total());
  }

  private static void printRow(PrintWriter out, String rowFormat, String group, StateCounts counts) {
    out.printf(Locale.ROOT, rowFormat, group, counts.projects(), counts.successful(), counts.failed(),
        counts.canceled(), counts.suspended(), counts.live(), counts.undefined(), percent(counts.successRate()),
        percent(counts.successRateDecided()));
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

  private static String percent(Optional<BigDecimal> fraction) {
    return fraction.map(value -> value.movePointRight(2).setScale(2, RoundingMode.HALF_EVEN) + "%").orElse("-");
  }

  private static void writeChart(OutcomeTable table, Path target) throws IOException {
    System.setProperty("java.awt.headless", "true");
    List<String> groups = table.rows().stream().map(OutcomeRow::group).toList();
    List<Double> all = table.rows().stream().map(row -> rate(row.counts().successRate())).toList();
    List<Double> decided = table.rows().stream().map(row -> rate(row.counts().successRateDecided())).toList();
    CategoryChart chart = new CategoryChartBuilder()
        .width(Math.max(800, 60 * groups.size()))
        .height(600)
        .title("Success rate by " + table.grouping().label() + " (" + table.total().projects() + " projects)")
        .xAxisTitle(table.grouping().label())
        .yAxisTitle("success rate (%)")
        .build();
    chart.getStyler().setXAxisLabelRotation(groups.size() > 8 ? 45 : 0);
    chart.getStyler().setYAxisMin(0.0);
    chart.getStyler().setYAxisMax(100.0);
    chart.addSeries("successful / all projects", groups, all);
    chart.addSeries("successful / (successful + failed)", groups, decided);
    try (OutputStream png = Files.newOutputStream(target)) {
      BitmapEncoder.saveBitmap(chart, png, BitmapEncoder.BitmapFormat.PNG);
    }
  }

  private static double rate(Optional<BigDecimal> fraction) {
    return fraction.map(value -> value.doubleValue() * 100).orElse(0.0);
  }
}
