package io.github.crowdfund.examples;

import io.github.crowdfund.outcomes.dataset.DatasetGenerator;
import io.github.crowdfund.outcomes.dataset.DatasetLayout;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code crowdfund generate}: a synthetic dataset in any layout, or a series of monthly scrapes. */
@Command(
    name = "generate",
    mixinStandardHelpOptions = true,
    header = "Writes a synthetic Kickstarter dataset, or a folder of monthly scrapes.",
    description = "Writes a synthetic Kickstarter dataset, with the real files' kinds of dirt, in the ks-projects-201801.csv "
        + "layout or (--layout) ICPSR 38050's public_data.tsv or a Web Robots scrape (CSV chunk or JSON lines). "
        + "Outcomes follow published figures of the Kaggle file (state shares, success rate per main category, "
        + "projects per country and year) and Mollick's funding-ratio shape; the same seed gives the same file. "
        + "With --scrapes N, FILE is a folder that receives N monthly Web Robots scrapes (zips of CSV chunks, or "
        + "gzipped JSON lines with --layout web-robots-json) of --rows projects that launch, run and end over them. "
        + "Every file is written to a temporary file first and moved into place when complete, so a failure leaves "
        + "no partial file and an existing file as it was.",
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {"0:The file was written.", "1:Writing failed (the disk is full, say); nothing was left behind.",
        "2:Bad options, or FILE is a directory, a FIFO, a device or in a missing folder."},
    footer = {"", "Examples:",
        "  crowdfund generate --rows 378661 --seed 1 ks-synthetic.csv",
        "  crowdfund generate --layout icpsr-38050 --rows 610015 public_data.tsv",
        "  crowdfund generate --scrapes 12 --rows 200000 scrapes/"})
final class GenerateCommand implements Callable<Integer> {

  /**
   * The most projects {@code --scrapes} takes: all of them are held in memory while the scrapes are written (2,000,000
   * projects peaked at 0.46 GB of memory).
   */
  static final long MAX_SCRAPE_PROJECTS = 2_000_000L;

  @Spec
  CommandSpec spec;

  @Option(names = "--rows", paramLabel = "N", defaultValue = "378661",
      description = "How many projects to write (default: ${DEFAULT-VALUE}, the size of the real Kaggle file).")
  long rows;

  @Option(names = "--seed", paramLabel = "S", defaultValue = "1",
      description = "The seed; the same seed gives the same file (default: ${DEFAULT-VALUE}).")
  long seed;

  @Option(names = "--layout", paramLabel = "LAYOUT", defaultValue = "kaggle-201801",
      completionCandidates = OptionTypes.WritableLayouts.class,
      description = "The layout to write, one of ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}; "
          + "web-robots-csv with --scrapes).")
  DatasetLayout layout;

  @Option(names = "--scrapes", paramLabel = "N",
      description = "Writes N monthly scrapes into the folder FILE (created if needed) instead of one file.")
  Integer scrapes;

  @Parameters(index = "0", paramLabel = "FILE",
      description = "The file to write (replaced if it exists), or the folder with --scrapes.")
  Path file;

  @Override
  public Integer call() throws IOException {
    if (rows < 0) {
      throw new ParameterException(spec.commandLine(), "--rows must not be negative, was '" + rows + "'");
    }
    if (layout == DatasetLayout.KAGGLE_201612) {
      throw new ParameterException(spec.commandLine(), "--layout '" + layout + "' cannot be written; write "
          + DatasetLayout.KAGGLE_201801 + " instead");
    }
    DatasetGenerator generator = DatasetGenerator.create();
    if (scrapes != null) {
      return writeScrapes(generator, layout.isScrape() ? layout : DatasetLayout.WEB_ROBOTS_CSV);
    }
    try (ProgressBars.Progress progress = ProgressBars.start("Generating", rows, ProgressBars.MANY_ROWS, "rows", 1)) {
      AtomicOutput.write(file, temporary -> generator.write(layout, temporary, rows, seed, progress::stepTo));
    }
    spec.commandLine().getErr().println("wrote " + rows + " projects (seed " + seed + ", " + layout + ") to " + file);
    return 0;
  }

  private int writeScrapes(DatasetGenerator generator, DatasetLayout scrapeLayout) throws IOException {
    if (scrapes < 1) {
      throw new ParameterException(spec.commandLine(), "--scrapes must be at least 1, was '" + scrapes + "'");
    }
    if (rows > MAX_SCRAPE_PROJECTS) {
      throw new ParameterException(spec.commandLine(), "--rows must be at most " + MAX_SCRAPE_PROJECTS
          + " with --scrapes, was '" + rows + "'");
    }
    List<Path> written = AtomicOutput.writeInto(file,
        temporary -> generator.writeScrapes(temporary, scrapeLayout, scrapes, rows, seed));
    PrintWriter err = spec.commandLine().getErr();
    for (Path scrape : written) {
      err.println("wrote " + scrape);
    }
    err.println("wrote " + scrapes + " monthly scrapes (" + scrapeLayout + ") of " + rows + " projects (seed " + seed
        + ") to " + file);
    return 0;
  }
}
