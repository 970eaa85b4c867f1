package io.github.crowdfund.examples;

import io.github.crowdfund.outcomes.dataset.DatasetGenerator;
import io.github.crowdfund.outcomes.dataset.DatasetLayout;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.function.LongConsumer;
import me.tongfei.progressbar.ProgressBar;
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
    description = {
      "Writes a synthetic Kickstarter dataset, with the real files' kinds of dirt, in the ks-projects-201801.csv",
      "layout or (--layout) ICPSR 38050's public_data.tsv or a Web Robots scrape (CSV chunk or JSON lines).",
      "Outcomes follow published figures of the Kaggle file (state shares, success rate per main category,",
      "projects per country and year) and Mollick's funding-ratio shape; the same seed gives the same file.",
      "With --scrapes N, FILE is a folder that receives N monthly Web Robots scrapes (zips of CSV chunks, or",
      "gzipped JSON lines with --layout web-robots-json) of --rows projects that launch, run and end over them."
    })
final class GenerateCommand implements Callable<Integer> {

  @Spec
  CommandSpec spec;

  @Option(names = "--rows", paramLabel = "N", defaultValue = "378661",
      description = "how many projects (default: ${DEFAULT-VALUE}, the size of the real Kaggle file)")
  long rows;

  @Option(names = "--seed", paramLabel = "S", defaultValue = "1", description = "the seed (default: ${DEFAULT-VALUE})")
  long seed;

  @Option(names = "--layout", paramLabel = "LAYOUT", defaultValue = "kaggle-201801",
      description = "kaggle-201801, icpsr-38050, web-robots-csv or web-robots-json (default: ${DEFAULT-VALUE}; "
          + "web-robots-csv with --scrapes)")
  String layout;

  @Option(names = "--scrapes", paramLabel = "N",
      description = "write N monthly scrapes into the folder FILE (created if needed) instead of one file")
  Integer scrapes;

  @Parameters(index = "0", paramLabel = "FILE", description = "the file to write (replaced if it exists)")
  Path file;

  @Override
  public Integer call() throws IOException {
    if (rows < 0) {
      throw new ParameterException(spec.commandLine(), "--rows must not be negative, was '" + rows + "'");
    }
    DatasetLayout chosen;
    try {
      chosen = DatasetLayout.ofLabel(layout);
    } catch (IllegalArgumentException e) {
      throw new ParameterException(spec.commandLine(), "--" + e.getMessage());
    }
    DatasetGenerator generator = DatasetGenerator.create();
    if (scrapes != null) {
      return writeScrapes(generator, chosen.isScrape() ? chosen : DatasetLayout.WEB_ROBOTS_CSV);
    }
    try {
      if (rows < ProgressBars.MANY_ROWS) {
        generator.write(chosen, file, rows, seed, written -> { });
      } else {
        try (ProgressBar bar = ProgressBars.bar("Generating", rows, "rows", 1).build()) {
          LongConsumer progress = bar::stepTo;
          generator.write(chosen, file, rows, seed, progress);
        }
      }
    } catch (NoSuchFileException e) {
      spec.commandLine().getErr().println("generate: cannot create '" + file + "': no such directory");
      return 1;
    } catch (IllegalArgumentException e) {
      spec.commandLine().getErr().println("generate: " + e.getMessage());
      return 1;
    }
    spec.commandLine().getErr().println("wrote " + rows + " projects (seed " + seed + ", " + chosen + ") to " + file);
    return 0;
  }

  private int writeScrapes(DatasetGenerator generator, DatasetLayout scrapeLayout) throws IOException {
    if (scrapes < 1) {
      throw new ParameterException(spec.commandLine(), "--scrapes must be at least 1, was '" + scrapes + "'");
    }
    if (rows > Integer.MAX_VALUE - 8) {
      throw new ParameterException(spec.commandLine(), "--rows must be at most " + (Integer.MAX_VALUE - 8)
          + " with --scrapes, was '" + rows + "'");
    }
    Files.createDirectories(file);
    List<Path> written = generator.writeScrapes(file, scrapeLayout, scrapes, rows, seed);
    for (Path scrape : written) {
      spec.commandLine().getErr().println("wrote " + scrape);
    }
    spec.commandLine().getErr().println("wrote " + scrapes + " monthly scrapes (" + scrapeLayout + ") of " + rows
        + " projects (seed " + seed + ") to " + file);
    return 0;
  }
}
