package io.github.crowdfund.examples;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class OutcomeCommandsTest {

  private static final String HEADER = "ID,name,category,main_category,currency,deadline,goal,launched,pledged,state,"
      + "backers,country,usd pledged,usd_pledged_real,usd_goal_real";

  @TempDir
  Path dir;

  private static CliRun run(String... args) {
    return CliRun.of(args);
  }

  private Path write(String name, List<String> lines) throws IOException {
    Path file = dir.resolve(name);
    Files.writeString(file, String.join("\r\n", lines) + "\r\n", StandardCharsets.UTF_8);
    return file;
  }

  @Test
  void analyzeWritesTheCsvHeaderOneRowPerGroupAndAnAllRowWithFourDecimalRates() throws IOException {
    Path file = write("small.csv", List.of(HEADER,
        "1,\"Ink, Paper\",Poetry,Publishing,USD,2015-10-09,100.00,2015-09-09 10:00:00,150.00,successful,3,US,150.00,"
            + "150.00,100.00",
        "2,Drums,Rock,Music,USD,2015-10-09,100.00,2015-09-09 10:00:00,10.00,failed,1,US,10.00,10.00,100.00",
        "3,Bass,Rock,Music,GBP,2015-10-09,100.00,2015-09-09 10:00:00,200.00,successful,5,GB,260.00,260.00,130.00",
        "4,Horns,Jazz,Music,USD,2015-10-09,100.00,2015-09-09 10:00:00,0.00,canceled,0,US,0.00,0.00,100.00"));
    CliRun run = run("analyze", file.toString(), "--format", "csv");
    assertThat(run.exitCode()).isZero();
    assertThat(run.out()).isEqualTo("""
        group,projects,successful,failed,canceled,suspended,live,undefined,success_rate,success_rate_decided,\
        decided,success_rate_low,success_rate_high,success_rate_decided_low,success_rate_decided_high
        Music,3,1,1,1,0,0,0,0.3333,0.5000,2,0.0615,0.7923,0.0945,0.9055
        Publishing,1,1,0,0,0,0,0,1.0000,1.0000,1,0.2065,1.0000,0.2065,1.0000
        ALL,4,2,1,1,0,0,0,0.5000,0.6667,3,0.1500,0.8500,0.2077,0.9385
        """);
    assertThat(run.err()).contains("read 4 rows").contains("0 rejected");

    assertThat(run("analyze", file.toString(), "--by", "country", "--format", "csv").out())
        .contains("\nGB,1,1,0,0,0,0,0,1.0000,1.0000,1,").contains("\nUS,3,1,1,1,0,0,0,0.3333,0.5000,2,");

    CliRun small = run("analyze", file.toString(), "--format", "csv", "--min-count", "2");
    assertThat(small.out()).contains("\nMusic,").doesNotContain("Publishing").contains("\nALL,4,");
    assertThat(small.err()).contains("left out: 1 with fewer than 2 decided projects [Publishing]");
  }

  @Test
  void theChartLeavesOutGroupsWithoutDecidedProjectsAndSaysSo() throws IOException {
    Path file = write("undecided.csv", List.of(HEADER,
        "1,Drums,Rock,Music,USD,2015-10-09,100.00,2015-09-09 10:00:00,150.00,successful,3,US,150.00,150.00,100.00",
        "2,Steps,Ballet,Dance,USD,2015-10-09,100.00,2015-09-09 10:00:00,0.00,canceled,0,US,0.00,0.00,100.00"));
    Path chart = dir.resolve("undecided.svg");
    CliRun run = run("analyze", file.toString(), "--chart", chart.toString());
    assertThat(run.exitCode()).isZero();
    assertThat(run.err()).contains("left out: 1 without decided projects [Dance]");
    assertThat(Files.readString(chart, StandardCharsets.UTF_8)).contains("<svg");
  }

  @Test
  void chartBarsAreSortedByRateExceptYearsAndBucketsAndSmallGroupsAreLeftOut() throws IOException {
    Path file = write("order.csv", List.of(HEADER,
        "1,A,Rock,Music,USD,2015-10-09,100.00,2015-09-09 10:00:00,150.00,successful,3,US,150.00,150.00,100.00",
        "2,B,Rock,Music,USD,2015-10-09,100.00,2015-09-09 10:00:00,10.00,failed,1,US,10.00,10.00,100.00",
        "3,C,Ballet,Dance,USD,2013-10-09,100.00,2013-09-09 10:00:00,150.00,successful,3,US,150.00,150.00,100.00",
        "4,D,Ballet,Dance,USD,2013-10-09,100.00,2013-09-09 10:00:00,150.00,successful,3,US,150.00,150.00,100.00",
        "5,E,Apps,Technology,USD,2011-10-09,100.00,2011-09-09 10:00:00,1.00,failed,1,US,1.00,1.00,100.00",
        "6,F,Poetry,Publishing,USD,2011-10-09,100.00,2011-09-09 10:00:00,0.00,canceled,0,US,0.00,0.00,100.00"));
    io.github.crowdfund.outcomes.statistics.OutcomeAccumulator accumulator =
        io.github.crowdfund.outcomes.statistics.OutcomeAccumulator.of(java.util.EnumSet.of(
            io.github.crowdfund.outcomes.statistics.Grouping.MAIN_CATEGORY,
            io.github.crowdfund.outcomes.statistics.Grouping.YEAR));
    io.github.crowdfund.outcomes.dataset.ProjectReader.create().read(file, accumulator, problem -> { });
    io.github.crowdfund.outcomes.statistics.OutcomeStatistics statistics = accumulator.result();
    assertThat(OutcomeRendering.chartRows(statistics.table(
        io.github.crowdfund.outcomes.statistics.Grouping.MAIN_CATEGORY), 0))
        .extracting(io.github.crowdfund.outcomes.statistics.OutcomeRow::group)
        .containsExactly("Dance", "Music", "Technology");
    assertThat(OutcomeRendering.chartRows(statistics.table(
        io.github.crowdfund.outcomes.statistics.Grouping.MAIN_CATEGORY), 2))
        .extracting(io.github.crowdfund.outcomes.statistics.OutcomeRow::group).containsExactly("Dance", "Music");
    assertThat(OutcomeRendering.chartRows(statistics.table(io.github.crowdfund.outcomes.statistics.Grouping.YEAR), 0))
        .extracting(io.github.crowdfund.outcomes.statistics.OutcomeRow::group)
        .containsExactly("2011", "2013", "2015");
  }

  @Test
  void analyzeReportsUnreadableRowsOnStderrWithLineNumbersAndGoesOn() throws IOException {
    Path file = write("dirty.csv", List.of(HEADER,
        "1,Fine,Rock,Music,USD,2015-10-09,100.00,2015-09-09 10:00:00,150.00,successful,3,US,150.00,150.00,100.00",
        "2,Broken,Rock,Music,USD,2015-10-09,lots,2015-09-09 10:00:00,10.00,failed,1,US,10.00,10.00,100.00",
        "3,Lost,Rock,Music,USD,2015-10-09,100.00,2015-09-09 10:00:00,0.00,undefined,0,\"N,0\"\"\",,0.00,100.00"));
    CliRun run = run("analyze", file.toString(), "--format", "csv");
    assertThat(run.exitCode()).isZero();
    assertThat(run.err()).contains(file + ":3: goal 'lots' is not a number")
        .contains("1 flagged").contains("1 rejected");
    assertThat(run.out()).endsWith("ALL,2,1,0,0,0,0,1,0.5000,1.0000,1,0.0945,0.9055,0.2065,1.0000\n");
  }

  @Test
  void analyzeRejectsARowWithACharacterAfterAClosingQuoteAndReadsTheRest() throws IOException {
    Path file = write("stray.csv", List.of(HEADER,
        "1,Fine,Rock,Music,USD,2015-10-09,100.00,2015-09-09 10:00:00,150.00,successful,3,US,150.00,150.00,100.00",
        "2,\"Lamp\"x,Rock,Music,USD,2015-10-09,100.00,2015-09-09 10:00:00,10.00,failed,1,US,10.00,10.00,100.00",
        "3,Drums,Rock,Music,USD,2015-10-09,100.00,2015-09-09 10:00:00,0.00,failed,0,US,0.00,0.00,100.00"));
    CliRun run = run("analyze", file.toString(), "--format", "csv");
    assertThat(run.exitCode()).isZero();
    assertThat(run.err()).contains(file + ":3: the row cannot be split into fields: field 2 has 'x' after its "
        + "closing quote").contains("2 kept").contains("1 rejected").doesNotContain("stopped early");
    assertThat(run.out()).contains("\nALL,2,1,1,0,0,0,0,0.5000,0.5000,");
  }

  @Test
  void analyzeRefusesADeviceInOneLine() {
    Path device = Path.of("/dev/null");
    assumeTrue(Files.exists(device), "needs /dev/null");
    CliRun run = run("analyze", device.toString());
    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err()).isEqualTo("crowdfund analyze: '" + device + "' is not a regular file (a FIFO, device or "
        + "socket); give a dataset file" + System.lineSeparator());
  }

  @Test
  void analyzePrintsAReadableTableByDefault() throws IOException {
    Path file = dir.resolve("generated.csv");
    assertThat(run("generate", "--rows", "500", "--seed", "3", file.toString()).exitCode()).isZero();
    CliRun run = run("analyze", file.toString(), "--by", "year");
    assertThat(run.exitCode()).isZero();
    assertThat(run.out().lines().findFirst().orElseThrow()).startsWith("year").contains("projects", "decided");
    assertThat(run.out()).contains("\nALL ").contains("reached 30% of goal");
  }

  @Test
  void generateWritesAFileThatAnalyzeReadsWithoutRejections() throws IOException {
    Path file = dir.resolve("generated.csv");
    CliRun generated = run("generate", "--rows", "2000", "--seed", "11", file.toString());
    assertThat(generated.exitCode()).isZero();
    assertThat(generated.err()).contains("wrote 2000 projects");
    assertThat(Files.readAllLines(file).get(0)).isEqualTo(HEADER);
    CliRun run = run("analyze", file.toString(), "--format", "csv");
    assertThat(run.err()).contains("2000 kept").contains("0 rejected");
    assertThat(run.out()).contains("\nALL,2000,");
    assertThat(run.out().lines().count()).isEqualTo(1 + 15 + 1);
  }

  @Test
  void theSameSeedGeneratesTheSameFile() throws IOException {
    Path first = dir.resolve("first.csv");
    Path second = dir.resolve("second.csv");
    run("generate", "--rows", "300", "--seed", "5", first.toString());
    run("generate", "--rows", "300", "--seed", "5", second.toString());
    assertThat(Files.mismatch(first, second)).isEqualTo(-1L);
  }

  @Test
  void analyzeWritesAPngOrSvgBarChartByTheFileName() throws IOException {
    Path file = dir.resolve("generated.csv");
    run("generate", "--rows", "1000", "--seed", "9", file.toString());
    Path chart = dir.resolve("rates.png");
    CliRun run = run("analyze", file.toString(), "--chart", chart.toString());
    assertThat(run.exitCode()).isZero();
    BufferedImage image = ImageIO.read(chart.toFile());
    assertThat(image).isNotNull();
    assertThat(image.getWidth()).isGreaterThanOrEqualTo(900);
    assertThat(image.getHeight()).isEqualTo(650);

    Path vector = dir.resolve("years.svg");
    CliRun years = run("analyze", file.toString(), "--by", "year", "--chart", vector.toString());
    assertThat(years.exitCode()).isZero();
    String svg = Files.readString(vector, StandardCharsets.UTF_8);
    assertThat(svg).startsWith("<?xml").contains("<svg").contains("</svg>");

    CliRun gif = run("analyze", file.toString(), "--chart", dir.resolve("rates.gif").toString());
    assertThat(gif.exitCode()).isEqualTo(2);
    assertThat(gif.err()).contains("rates.gif").contains(".png, .svg or .pdf");

    Path pdf = dir.resolve("rates.PDF");
    assertThat(run("analyze", file.toString(), "--chart", pdf.toString()).exitCode()).isZero();
    assertThat(new String(Files.readAllBytes(pdf), 0, 5, StandardCharsets.ISO_8859_1)).isEqualTo("%PDF-");
  }

  @Test
  void badOptionsAndMissingFilesAreReportedNotThrown() throws IOException {
    Path file = write("empty-ish.csv", List.of(HEADER));
    CliRun badGrouping = run("analyze", file.toString(), "--by", "planet");
    assertThat(badGrouping.exitCode()).isEqualTo(2);
    assertThat(badGrouping.err()).contains("'planet'").contains("main_category");
    assertThat(run("analyze", file.toString(), "--format", "xml").err()).contains("'xml'");
    CliRun missing = run("analyze", dir.resolve("nowhere.csv").toString());
    assertThat(missing.exitCode()).isEqualTo(2);
    assertThat(missing.err()).contains("no such file");
    CliRun nowhere = run("generate", "--rows", "5", dir.resolve("no/such/dir/out.csv").toString());
    assertThat(nowhere.exitCode()).isEqualTo(2);
    assertThat(nowhere.err()).contains("does not exist");
    CliRun wrongHeader = run("analyze", write("other.csv", List.of("a,b", "1,2")).toString());
    assertThat(wrongHeader.exitCode()).isEqualTo(2);
    assertThat(wrongHeader.err()).contains("unknown layout; found columns [a, b]");
  }
}
