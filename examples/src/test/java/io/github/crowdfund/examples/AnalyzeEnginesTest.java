package io.github.crowdfund.examples;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.crowdfund.outcomes.dataset.DatasetGenerator;
import io.github.crowdfund.outcomes.dataset.DatasetLayout;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.apache.logging.log4j.Level;
import org.apache.logging.log4j.LogManager;
import org.apache.logging.log4j.core.LoggerContext;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code analyze --engine spark} prints what {@code analyze --engine local} prints. */
class AnalyzeEnginesTest {

  @TempDir
  Path dir;

  @Test
  void sparkPrintsTheSameTablePanelProblemsAndSummariesAsTheLocalEngine() throws IOException {
    DatasetGenerator generator = DatasetGenerator.create();
    List<String> files = new ArrayList<>();
    for (Path scrape : generator.writeScrapes(Files.createDirectories(dir.resolve("scrapes")),
        DatasetLayout.WEB_ROBOTS_JSON, 3, 900, 5)) {
      files.add(scrape.toString());
    }
    Path kaggle = dir.resolve("ks.csv");
    generator.write(DatasetLayout.KAGGLE_201801, kaggle, 1_200, 6, written -> { });
    files.add(1, kaggle.toString());
    Path icpsr = dir.resolve("public_data.tsv");
    generator.write(DatasetLayout.ICPSR_38050, icpsr, 1_100, 7, written -> { });
    files.add(icpsr.toString());

    CliRun local = CliRun.of(args(files, "--engine", "local", "--by", "country"));
    CliRun spark = CliRun.of(args(files, "--engine", "spark", "--master", "local[2]", "--by", "country"));
    CliRun ranges = CliRun.of(args(files, "--engine", "spark", "--master", "local[2]", "--by", "country",
        "--split-bytes", "20000"));

    assertThat(local.exitCode()).as(local.err()).isZero();
    assertThat(spark.exitCode()).as(spark.err()).isZero();
    assertThat(local.out()).contains("country").contains("pledged / goal");
    assertThat(spark.out()).isEqualTo(local.out());
    assertThat(local.err()).contains("panel: ").contains(icpsr + ":");
    assertThat(applicationLines(spark.err())).containsExactlyInAnyOrderElementsOf(applicationLines(local.err()));
    assertThat(ranges.exitCode()).as(ranges.err()).isZero();
    assertThat(ranges.out()).isEqualTo(local.out());
    assertThat(applicationLines(ranges.err())).containsExactlyInAnyOrderElementsOf(applicationLines(local.err()));
  }

  @Test
  void sparkLogsOnlyItsErrorsOneLineEachAsConfiguredInTheApplication() {
    // Spark logs through Log4j 2; the build, like ./crowdfund, names the configuration crowdfund.jar carries.
    LoggerContext context = (LoggerContext) LogManager.getContext(false);

    assertThat(context.getConfiguration().getConfigurationSource().getLocation())
        .endsWith("crowdfund-spark-log4j2.properties");
    assertThat(context.getRootLogger().getLevel()).isEqualTo(Level.ERROR);
    assertThat(context.getConfiguration().getAppenders().values()).singleElement()
        .extracting(appender -> appender.getLayout().toString()).asString().contains("%m%n");
  }

  @Test
  void aMasterWithoutTheSparkEngineIsRefused() {
    CliRun run = CliRun.of("analyze", "any.csv", "--master", "local[2]");

    assertThat(run.exitCode()).isNotZero();
    assertThat(run.err()).contains("--master 'local[2]' needs --engine spark");
  }

  @Test
  void aSplitSizeWithoutTheSparkEngineIsRefused() {
    CliRun run = CliRun.of("analyze", "any.csv", "--split-bytes", "1000");

    assertThat(run.exitCode()).isNotZero();
    assertThat(run.err()).contains("--split-bytes '1000' needs --engine spark");
  }

  private static String[] args(List<String> files, String... options) {
    return Stream.concat(Stream.of("analyze"), Stream.concat(files.stream(), Stream.of(options)))
        .toArray(String[]::new);
  }

  /** What the application printed on stderr (problems, summaries, the panel), without SLF4J's notes. */
  private static List<String> applicationLines(String err) {
    return err.lines().filter(line -> !line.startsWith("SLF4J")).toList();
  }
}
