package io.github.crowdfund.examples;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.crowdfund.outcomes.dataset.SyntheticDataset;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code analyze --engine spark} prints what {@code analyze --engine local} prints. */
class AnalyzeEnginesTest {

  @TempDir
  Path dir;

  @Test
  void sparkPrintsTheSameTableProblemsAndSummariesAsTheLocalEngine() throws IOException {
    List<String> files = new ArrayList<>();
    for (int i = 0; i < 3; i++) {
      Path file = dir.resolve("generated-" + i + ".csv");
      SyntheticDataset.create().write(file, 1_500 + 700 * i, 11 + i, written -> { });
      files.add(file.toString());
    }
    Path dirty = dir.resolve("dirty.csv");
    Files.writeString(dirty, Files.readString(Path.of(files.get(0))).lines().limit(40)
        .map(line -> line.replace(",successful,", ",sucessful,")).reduce("", (a, b) -> a + b + "\n"));
    files.add(1, dirty.toString());

    CliRun local = CliRun.of(args(files, "--engine", "local"));
    CliRun spark = CliRun.of(args(files, "--engine", "spark", "--master", "local[2]"));

    assertThat(local.exitCode()).as(local.err()).isZero();
    assertThat(spark.exitCode()).as(spark.err()).isZero();
    assertThat(local.out()).contains("Technology").contains("pledged / goal");
    assertThat(spark.out()).isEqualTo(local.out());
    assertThat(local.err()).contains(dirty + ":").contains("sucessful");
    assertThat(crowdfundLines(spark.err())).isEqualTo(crowdfundLines(local.err()));
  }

  @Test
  void aMasterWithoutTheSparkEngineIsRefused() {
    CliRun run = CliRun.of("analyze", "any.csv", "--master", "local[2]");

    assertThat(run.exitCode()).isNotZero();
    assertThat(run.err()).contains("--master 'local[2]' needs --engine spark");
  }

  private static String[] args(List<String> files, String... options) {
    return Stream.concat(Stream.of("analyze"), Stream.concat(files.stream(), Stream.of(options)))
        .toArray(String[]::new);
  }

  /** The lines the application printed itself, without anything Spark logged. */
  private static List<String> crowdfundLines(String err) {
    return err.lines().filter(line -> line.startsWith("/") || line.startsWith("analyze")).toList();
  }
}
