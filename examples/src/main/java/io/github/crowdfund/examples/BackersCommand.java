package io.github.crowdfund.examples;

import io.github.crowdfund.outcomes.dataset.DatasetReader;
import io.github.crowdfund.outcomes.dataset.ProjectRecord;
import io.github.crowdfund.outcomes.dataset.ProjectState;
import io.github.crowdfund.outcomes.dataset.ReadReport;
import io.github.crowdfund.outcomes.statistics.BackerFigures;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code crowdfund backers}: each state's backers in datasets, and how far they are from a reference file's. */
@Command(
    name = "backers",
    mixinStandardHelpOptions = true,
    header = "Prints each state's backers per project: mean, median, 90th and 99th percentile, largest.",
    description = "Reads Kickstarter datasets (any layout, recognised from each file) and prints, for each file and "
        + "state, the number of projects and the exact mean, median, 90th and 99th percentile (interpolated "
        + "linearly between order statistics, as R's and NumPy's defaults do) and largest number of backers. With "
        + "--against, each figure is followed by its deviation from the reference file's in percent, and the "
        + "largest deviation of each figure over all files closes the output. Unreadable rows are skipped and "
        + "counted on stderr.",
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {"0:The figures were printed.", "1:Reading failed.",
        "2:Bad options or input: a file missing, special or in no layout."},
    footer = {"", "Examples:",
        "  crowdfund backers ks-projects-201801.csv",
        "  crowdfund backers --against ks-projects-201801-first10k.csv generated-1.csv generated-2.csv"})
final class BackersCommand implements Callable<Integer> {

  @Spec
  CommandSpec spec;

  @Parameters(index = "0..*", arity = "1..*", paramLabel = "FILE",
      description = "The files, folders or globs to read; quote globs so that the shell leaves them alone.")
  List<String> files;

  @Option(names = "--against", paramLabel = "FILE",
      description = "A reference dataset (the real one, say) to print each figure's deviation from.")
  String against;

  @Override
  public Integer call() throws IOException {
    PrintWriter out = spec.commandLine().getOut();
    Map<ProjectState, BackerFigures> reference = null;
    if (against != null) {
      reference = figures(against);
      print(out, against + " (reference)", reference, null);
    }
    Map<ProjectState, double[]> worst = new EnumMap<>(ProjectState.class);
    for (String file : files) {
      Map<ProjectState, BackerFigures> figures = figures(file);
      print(out, file, figures, reference);
      if (reference != null) {
        for (Map.Entry<ProjectState, BackerFigures> entry : figures.entrySet()) {
          BackerFigures real = reference.get(entry.getKey());
          if (real == null) {
            continue;
          }
          double[] largest = worst.computeIfAbsent(entry.getKey(), state -> new double[BackerFigures.NAMES.size()]);
          double[] deviations = deviations(entry.getValue(), real);
          for (int i = 0; i < largest.length; i++) {
            if (Math.abs(deviations[i]) > Math.abs(largest[i])) {
              largest[i] = deviations[i];
            }
          }
        }
      }
    }
    if (reference != null) {
      out.printf(Locale.ROOT, "%nlargest deviation from %s over %d file(s), in percent:%n", against, files.size());
      out.printf(Locale.ROOT, "%-11s %9s %9s %9s %9s %9s%n", "state", "mean", "median", "90th pct", "99th pct",
          "max");
      worst.forEach((state, deviations) -> {
        out.printf(Locale.ROOT, "%-11s", state.label());
        for (double deviation : deviations) {
          out.printf(Locale.ROOT, " %+8.1f%%", deviation);
        }
        out.println();
      });
    }
    out.flush();
    return 0;
  }

  /** Reads the files NAME stands for, printing each rejected row and each file's summary on stderr. */
  private Map<ProjectState, BackerFigures> figures(String name) throws IOException {
    List<ProjectRecord> records = Collections.synchronizedList(new ArrayList<>());
    PrintWriter err = spec.commandLine().getErr();
    for (Path input : InputFiles.expand(List.of(name))) {
      ReadReport report = DatasetReader.create().read(input, records::add, err::println);
      err.println(input + ": " + report.summary());
    }
    return BackerFigures.byState(records);
  }

  /** Each figure's deviation from the reference's, in percent; 0 when both are 0. */
  private static double[] deviations(BackerFigures figures, BackerFigures reference) {
    double[] values = figures.values();
    double[] real = reference.values();
    double[] deviations = new double[values.length];
    for (int i = 0; i < values.length; i++) {
      deviations[i] = real[i] == 0 ? (values[i] == 0 ? 0 : Double.POSITIVE_INFINITY)
          : 100 * (values[i] - real[i]) / real[i];
    }
    return deviations;
  }

  private static void print(PrintWriter out, String name, Map<ProjectState, BackerFigures> figures,
      Map<ProjectState, BackerFigures> reference) {
    out.println(name + ":");
    out.printf(Locale.ROOT, "%-11s %8s %17s %17s %17s %17s %17s%n", "state", "projects", "mean", "median",
        "90th pct", "99th pct", "max");
    figures.forEach((state, figure) -> {
      out.printf(Locale.ROOT, "%-11s %8d", state.label(), figure.projects());
      double[] values = figure.values();
      BackerFigures real = reference == null ? null : reference.get(state);
      double[] deviations = real == null ? null : deviations(figure, real);
      for (int i = 0; i < values.length; i++) {
        String value = String.format(Locale.ROOT, i == values.length - 1 ? "%.0f" : "%.1f", values[i]);
        if (deviations != null) {
          value += String.format(Locale.ROOT, " (%+.1f%%)", deviations[i]);
        }
        out.printf(Locale.ROOT, " %17s", value);
      }
      out.println();
    });
  }
}
