package io.github.crowdfund.examples;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every failure of the command line is one line on standard error, naming the command and the input, with exit
 * code 2 for bad options or input and 1 for a failed operation, and never a stack trace.
 */
class ErrorPathTest {

  @TempDir
  Path dir;

  /** Runs a command line that must fail, and checks the shape of its failure. */
  private static CliRun fails(int exitCode, String... args) {
    CliRun run = CliRun.of(args);
    String command = CrowdfundCli.commandLine().getSubcommands().containsKey(args[0]) ? "crowdfund " + args[0]
        : "crowdfund:";
    assertThat(run.exitCode()).as("exit code of %s; stderr: %s", List.of(args), run.err()).isEqualTo(exitCode);
    assertThat(run.err().lines().toList()).as("stderr of %s", List.of(args)).hasSize(1)
        .allSatisfy(line -> assertThat(line).startsWith(command));
    assertThat(run.err()).doesNotContain("\tat ").doesNotContain("Exception in").doesNotContain("Usage:");
    return run;
  }

  private Path fifo() throws IOException, InterruptedException {
    Path fifo = dir.resolve("fifo");
    Process mkfifo;
    try {
      mkfifo = new ProcessBuilder("mkfifo", fifo.toString()).inheritIO().start();
    } catch (IOException e) {
      assumeTrue(false, "needs mkfifo");
      throw e;
    }
    assumeTrue(mkfifo.waitFor() == 0 && Files.exists(fifo), "needs mkfifo");
    return fifo;
  }

  @Test
  void marketsRefusesABadCatalogueInOneLine() throws IOException, InterruptedException {
    Path missing = dir.resolve("missing.csv");
    assertThat(fails(2, "markets", "--on", "2017-01-01", "--catalog", missing.toString()).err())
        .contains("'" + missing + "' does not exist");
    assertThat(fails(2, "markets", "--on", "2017-01-01", "--catalog", dir.toString()).err())
        .contains("'" + dir + "' is a directory");
    Path fifo = fifo();
    assertThat(fails(2, "markets", "--on", "2017-01-01", "--catalog", fifo.toString()).err())
        .contains("'" + fifo + "' is not a regular file");
    Path binary = Files.write(dir.resolve("binary.csv"), new byte[] {(byte) 0xFF, (byte) 0xFE, 0, 1, 2, '\n'});
    assertThat(fails(2, "markets", "--on", "2017-01-01", "--catalog", binary.toString()).err())
        .contains(binary.toString()).contains("not UTF-8");
    Path text = Files.writeString(dir.resolve("text.csv"), "hello,world\n1,2\n", StandardCharsets.UTF_8);
    assertThat(fails(2, "markets", "--on", "2017-01-01", "--catalog", text.toString()).err())
        .contains("problems in data file").contains("more)");
  }

  @Test
  void badDatesAndNumbersAreRefusedWithTheValueAndTheExpectedForm() {
    assertThat(fails(2, "markets", "--on", "2017-13-01").err())
        .contains("'2017-13-01' is not a date; write it as YYYY-MM-DD").doesNotContain("java.time");
    assertThat(fails(2, "generate", "--rows", "many", "x.csv").err()).contains("'many' is not a whole number");
    assertThat(fails(2, "simulate", "--goal", "100000000000").err()).contains("'100000000000' is more than USD");
    assertThat(fails(2, "simulate", "--goal", "9223372036854775807").err())
        .contains("'9223372036854775807' is not an amount of US dollars");
    assertThat(fails(2, "simulate", "--goal", "0.5", "--campaigns", "1").err()).contains("--goal must be at least 1");
    assertThat(fails(2, "simulate", "--threads", "100000").err()).contains("--threads 1 to 256").contains("'100000'");
    assertThat(fails(2, "simulate", "--arrivals", "sideways").err()).contains("'sideways'").contains("u-shaped");
    assertThat(fails(2, "predict", "--day", "NaN", "--pledged", "1", "--backers", "1").err())
        .contains("'NaN' is not a decimal number");
    assertThat(fails(2, "predict", "--day", "10", "--pledged", "200000000", "--backers", "100000000").err())
        .contains("--backers 0 to " + PredictCommand.MAX_BACKERS);
    assertThat(fails(2, "analyze", "x.csv", "--by", "planet").err()).contains("'planet' is not one of main_category");
    assertThat(fails(2, "model", "validate", "x.csv", "--test-from", "soon").err()).contains("'soon' is not a month");
    assertThat(fails(2, "eligibility", "--market", "XX", "--on", "2017-01-01", "--born", "1990-01-01",
        "--residence", "FR").err()).contains("'XX' is not an ISO 3166-1 country code");
    assertThat(fails(2, "eligibility", "--market", "FR", "--on", "2017-01-01", "--born", "1990-01-01",
        "--residence", "FR", "--bank", "FR").err()).contains("'FR' is not COUNTRY:CURRENCY");
    assertThat(fails(2, "demo", "--no-such-option").err()).contains("--no-such-option");
    assertThat(fails(2, "nonsense").err()).startsWith("crowdfund: ");
  }

  @Test
  void optionsThatExcludeEachOtherAreRefused() throws IOException {
    Path model = Files.writeString(dir.resolve("m.json"), "{}");
    assertThat(fails(2, "eligibility", "--market", "FR", "--on", "2021-03-01", "--born", "1990-01-01",
        "--residence", "FR", "--entity", "X", "--registered-in", "FR").err()).contains("mutually exclusive");
    assertThat(fails(2, "predict", "--at-launch", "--model", model.toString(), "--category", "Rock", "--day", "3",
        "--pledged", "10", "--backers", "1").err()).contains("mutually exclusive");
    assertThat(fails(2, "model", "validate", "x.csv", "--folds", "3", "--test-from", "2015-01").err())
        .contains("mutually exclusive");
    assertThat(fails(2, "eligibility", "--market", "US", "--on", "2014-05-20", "--born", "1978-02-01",
        "--residence", "FR", "--partner", "Giroptic US").err()).contains("--partner-country");
  }

  @Test
  void generateRefusesTargetsThatCannotBeAFileAndLeavesNothingBehind() throws IOException, InterruptedException {
    assertThat(fails(2, "generate", "--rows", "5", dir.toString()).err()).contains("is a directory");
    Path nowhere = dir.resolve("no/such/folder/out.csv");
    assertThat(fails(2, "generate", "--rows", "5", nowhere.toString()).err()).contains("does not exist");
    Path fifo = fifo();
    assertThat(fails(2, "generate", "--rows", "5", fifo.toString()).err()).contains("is not a regular file");
    Path full = Path.of("/dev/full");
    if (Files.exists(full)) {
      assertThat(fails(2, "generate", "--rows", "5", full.toString()).err()).contains("is not a regular file");
    }
    try (var left = Files.list(dir)) {
      assertThat(left.map(path -> path.getFileName().toString())).containsExactly("fifo");
    }
  }

  @Test
  void analyzeRefusesADirectoryAndABadChartTargetBeforePrintingAnything() throws IOException {
    Path empty = Files.createDirectory(dir.resolve("empty"));
    assertThat(fails(2, "analyze", empty.toString()).err()).contains("the folder holds no file");
    Path data = dir.resolve("data.csv");
    assertThat(CliRun.of("generate", "--rows", "50", data.toString()).exitCode()).isZero();
    CliRun missingFolder = fails(2, "analyze", data.toString(), "--chart", dir.resolve("none/chart.png").toString());
    assertThat(missingFolder.out()).isEmpty();
    CliRun ontoDirectory = fails(2, "analyze", data.toString(), "--chart", empty.toString() + "/");
    assertThat(ontoDirectory.err()).contains("name the file .png, .svg or .pdf");
    Path chartDirectory = Files.createDirectory(dir.resolve("chart.svg"));
    assertThat(fails(2, "analyze", data.toString(), "--chart", chartDirectory.toString()).err())
        .contains("is a directory");
  }

  @Test
  void modelFilesThatAreNotRegularFilesAreRefused() {
    assertThat(fails(2, "model", "evaluate", "--model", dir.toString(), "x.csv").err()).contains("is a directory");
    assertThat(fails(2, "predict", "--at-launch", "--model", dir.resolve("none.json").toString(), "--category",
        "Rock").err()).contains("does not exist");
  }

  @Test
  void filesThatAreNotModelsAreRefusedNamingTheFile() throws IOException {
    Path binary = Files.write(dir.resolve("binary.json"), new byte[] {'{', (byte) 0xFF, (byte) 0xFE, '}'});
    Path text = Files.writeString(dir.resolve("text.json"), "root:x:0:0:root:/root:/bin/bash\n");
    Path json = Files.writeString(dir.resolve("other.json"), "{\"name\": \"not a model\"}");

    assertThat(fails(2, "predict", "--at-launch", "--model", binary.toString(), "--category", "Rock").err())
        .contains("'" + binary + "': not UTF-8 text, so not a launch model").contains("crowdfund model fit");
    assertThat(fails(2, "predict", "--at-launch", "--model", text.toString(), "--category", "Rock").err())
        .contains("'" + text + "': not JSON");
    assertThat(fails(2, "model", "evaluate", "--model", json.toString(), "x.csv").err())
        .contains("'" + json + "': not a launch model: format is 'null'");
  }

  @Test
  void aDayJustBeforeTheDeadlineIsPredicted() {
    CliRun run = CliRun.of("predict", "--days", "60", "--day", "59.9999999", "--pledged", "100", "--backers", "2",
        "--runs", "20");
    assertThat(run.exitCode()).as(run.err()).isZero();
    assertThat(run.out()).contains("day 60.0 of 60").contains("of 20 simulated continuations");
  }

  @Test
  void aFailureOfAnyOtherKindIsOneLineWithExitCodeOne() {
    List<String> lines = new ArrayList<>();
    int code = CliErrors.exitCode(new ArithmeticException("overflow"));
    lines.add(CliErrors.describe(new ArithmeticException("overflow")));
    lines.add(CliErrors.describe(new IOException("No space left on device")));
    assertThat(code).isEqualTo(CliErrors.FAILED);
    assertThat(CliErrors.exitCode(new IOException("No space left on device"))).isEqualTo(CliErrors.FAILED);
    assertThat(CliErrors.exitCode(new IllegalArgumentException("bad"))).isEqualTo(CliErrors.BAD_INPUT);
    assertThat(lines).allSatisfy(line -> assertThat(line).doesNotContain("\n"));
    assertThat(CliErrors.oneLine("3 problems:\n  a\n  b\n  c")).isEqualTo("3 problems: a (and 2 more)");
  }
}
