package io.github.crowdfund.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DatasetCommandsTest {

  private static final String STEM = "Kickstarter_2019-03-14T03_20_12_200Z";

  @TempDir
  Path dir;

  @Test
  void generateWritesEveryLayoutAndAnalyzeRecognisesEach() {
    Path icpsr = dir.resolve("public_data.tsv");
    Path csv = dir.resolve(STEM + ".csv");
    Path json = dir.resolve(STEM + ".json");
    assertThat(CliRun.of("generate", "--rows", "600", "--seed", "5", "--layout", "icpsr-38050", icpsr.toString())
        .err()).contains("wrote 600 projects (seed 5, icpsr-38050)");
    CliRun.of("generate", "--rows", "600", "--seed", "5", "--layout", "web-robots-csv", csv.toString());
    CliRun.of("generate", "--rows", "600", "--seed", "5", "--layout", "web-robots-json", json.toString());

    CliRun fromIcpsr = CliRun.of("analyze", icpsr.toString(), "--format", "csv");
    assertThat(fromIcpsr.exitCode()).isZero();
    assertThat(fromIcpsr.err()).contains("read 600 rows (icpsr-38050): 599 kept")
        .contains(icpsr + ":501: BACKERS_COUNT '-2' is negative");
    assertThat(allRow(fromIcpsr.out())).startsWith("ALL,599,");

    CliRun fromCsv = CliRun.of("analyze", csv.toString(), "--format", "csv");
    CliRun fromJson = CliRun.of("analyze", json.toString(), "--format", "csv");
    assertThat(fromCsv.err()).contains("(web-robots-csv): 600 kept").contains("from 1 snapshots merged into 600");
    assertThat(fromJson.err()).contains("(web-robots-json): 600 kept");
    assertThat(fromJson.out()).isEqualTo(fromCsv.out());
  }

  @Test
  void backersPrintsEachStatesFiguresAndTheirDeviationFromAReference() {
    Path one = dir.resolve("one.csv");
    Path two = dir.resolve("two.csv");
    CliRun.of("generate", "--rows", "2000", "--seed", "1", one.toString());
    CliRun.of("generate", "--rows", "2000", "--seed", "2", two.toString());

    CliRun run = CliRun.of("backers", "--against", one.toString(), one.toString(), two.toString());
    assertThat(run.exitCode()).as(run.err()).isZero();
    assertThat(run.out()).contains(one + " (reference):", two + ":", "largest deviation from " + one
        + " over 2 file(s), in percent:");
    // The reference against itself deviates by nothing; every state's median is the slice's whatever the seed.
    assertThat(run.out().lines().filter(line -> line.startsWith("failed "))).hasSize(4)
        .element(1).asString().contains("(+0.0%)").doesNotContain("(-").doesNotContain("(+1");
    assertThat(run.out().lines().filter(line -> line.startsWith("failed ")).toList().get(2))
        .matches("failed +\\d+ .* +3\\.0 \\(\\+0\\.0%\\) .*");
  }

  @Test
  void backersReportsEachRejectedRowWithItsLineAndEachFilesSummary() {
    Path icpsr = dir.resolve("public_data.tsv");
    CliRun.of("generate", "--rows", "600", "--seed", "5", "--layout", "icpsr-38050", icpsr.toString());

    CliRun run = CliRun.of("backers", icpsr.toString());
    assertThat(run.exitCode()).as(run.err()).isZero();
    assertThat(run.err()).contains(icpsr + ":501: BACKERS_COUNT '-2' is negative")
        .contains(icpsr + ": read 600 rows (icpsr-38050): 599 kept");
  }

  @Test
  void severalFilesAndGlobsAddUp() {
    Path kaggle = dir.resolve("ks.csv");
    CliRun.of("generate", "--rows", "300", "--seed", "2", kaggle.toString());
    CliRun.of("generate", "--rows", "400", "--seed", "3", "--layout", "icpsr-38050", dir.resolve("a.tsv").toString());
    CliRun.of("generate", "--rows", "200", "--seed", "4", "--layout", "icpsr-38050", dir.resolve("b.tsv").toString());

    CliRun run = CliRun.of("analyze", kaggle.toString(), dir.resolve("*.tsv").toString(), "--format", "csv");
    assertThat(run.exitCode()).as(run.err()).isZero();
    assertThat(run.err()).contains(dir.resolve("a.tsv") + ": read 400 rows").contains(dir.resolve("b.tsv")
        + ": read 200 rows").contains(kaggle + ": read 300 rows");
    assertThat(allRow(run.out())).startsWith("ALL,900,");
  }

  @Test
  void scrapesMergeIntoAPanelWhateverTheirFormat() throws IOException {
    Path csv = Files.createDirectories(dir.resolve("csv"));
    Path json = Files.createDirectories(dir.resolve("json"));
    CliRun written = CliRun.of("generate", "--scrapes", "3", "--rows", "800", "--seed", "8", csv.toString());
    assertThat(written.err()).contains("wrote 3 monthly scrapes (web-robots-csv) of 800 projects");
    CliRun.of("generate", "--scrapes", "3", "--rows", "800", "--seed", "8", "--layout", "web-robots-json",
        json.toString());

    CliRun fromCsv = CliRun.of("analyze", csv.toString(), "--by", "year", "--format", "csv");
    CliRun fromJson = CliRun.of("analyze", dir.resolve("json").resolve("Kickstarter_*.json.gz").toString(), "--by",
        "year", "--format", "csv");
    assertThat(fromCsv.exitCode()).as(fromCsv.err()).isZero();
    Matcher panel = Pattern.compile("panel: (\\d+) rows from 3 snapshots merged into (\\d+) projects")
        .matcher(fromCsv.err());
    assertThat(panel.find()).as(fromCsv.err()).isTrue();
    long projects = Long.parseLong(panel.group(2));
    assertThat(Long.parseLong(panel.group(1))).isGreaterThan(projects);
    assertThat(projects).isBetween(1L, 800L);
    assertThat(allRow(fromCsv.out())).startsWith("ALL," + projects + ",");
    assertThat(fromJson.out()).isEqualTo(fromCsv.out());
  }

  @Test
  void badLayoutsEnginesAndUndatedScrapesAreReported() {
    Path kaggle = dir.resolve("ks.csv");
    CliRun.of("generate", "--rows", "20", "--seed", "2", kaggle.toString());
    CliRun wrong = CliRun.of("analyze", kaggle.toString(), "--layout", "icpsr-38050");
    assertThat(wrong.exitCode()).isEqualTo(2);
    assertThat(wrong.err()).contains("not the icpsr-38050 layout: it is kaggle-201801");
    CliRun unknown = CliRun.of("analyze", kaggle.toString(), "--layout", "excel");
    assertThat(unknown.exitCode()).isEqualTo(2);
    assertThat(unknown.err()).contains("'excel'").contains("kaggle-201801");
    CliRun engine = CliRun.of("analyze", kaggle.toString(), "--engine", "mainframe");
    assertThat(engine.exitCode()).isEqualTo(2);
    assertThat(engine.err()).contains("'mainframe' is not one of local, spark");
    Path undated = dir.resolve("scrape.json");
    CliRun.of("generate", "--rows", "20", "--seed", "2", "--layout", "web-robots-json", undated.toString());
    CliRun refused = CliRun.of("analyze", undated.toString());
    assertThat(refused.exitCode()).isEqualTo(2);
    assertThat(refused.err()).contains("is a scrape without a date in its name");
    CliRun noMatch = CliRun.of("analyze", dir.resolve("*.nothing").toString());
    assertThat(noMatch.exitCode()).isEqualTo(2);
    assertThat(noMatch.err()).contains("no file matches");
  }

  private static String allRow(String csv) {
    String[] lines = csv.strip().split("\n");
    return lines[lines.length - 1];
  }
}
