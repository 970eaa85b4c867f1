package io.github.crowdfund.examples;

import io.github.crowdfund.outcomes.dataset.SyntheticDataset;
import java.io.IOException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.function.LongConsumer;
import me.tongfei.progressbar.ProgressBar;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code crowdfund generate}: a synthetic file in the ks-projects-201801 layout. */
@Command(
    name = "generate",
    mixinStandardHelpOptions = true,
    description = {
      "Writes a synthetic Kickstarter dataset in the ks-projects-201801.csv layout, with the real file's kinds of",
      "dirt. Outcomes follow published figures of the real file (state shares, success rate per main category,",
      "projects per country and year) and Mollick's funding-ratio shape; the same seed gives the same file."
    })
final class GenerateCommand implements Callable<Integer> {

  @Spec
  CommandSpec spec;

  @Option(names = "--rows", paramLabel = "N", defaultValue = "378661",
      description = "how many projects (default: ${DEFAULT-VALUE}, the size of the real file)")
  long rows;

  @Option(names = "--seed", paramLabel = "S", defaultValue = "1", description = "the seed (default: ${DEFAULT-VALUE})")
  long seed;

  @Parameters(index = "0", paramLabel = "FILE", description = "the file to write (replaced if it exists)")
  Path file;

  @Override
  public Integer call() throws IOException {
    if (rows < 0) {
      throw new ParameterException(spec.commandLine(), "--rows must not be negative, was '" + rows + "'");
    }
    SyntheticDataset generator = SyntheticDataset.create();
    try {
      if (rows < ProgressBars.MANY_ROWS) {
        generator.write(file, rows, seed, written -> { });
      } else {
        try (ProgressBar bar = ProgressBars.bar("Generating", rows, "rows", 1).build()) {
          LongConsumer progress = bar::stepTo;
          generator.write(file, rows, seed, progress);
        }
      }
    } catch (NoSuchFileException e) {
      spec.commandLine().getErr().println("generate: cannot create '" + file + "': no such directory");
      return 1;
    }
    spec.commandLine().getErr().println("wrote " + rows + " projects (seed " + seed + ") to " + file);
    return 0;
  }
}
