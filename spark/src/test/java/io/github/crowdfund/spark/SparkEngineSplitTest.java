package io.github.crowdfund.spark;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.crowdfund.outcomes.dataset.DatasetLayout;
import io.github.crowdfund.outcomes.dataset.PanelProject;
import io.github.crowdfund.outcomes.statistics.Grouping;
import io.github.crowdfund.outcomes.statistics.OutcomeAccumulator;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.zip.GZIPInputStream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Large files read in byte ranges, a task each, give what one read of each file gives. */
class SparkEngineSplitTest {

  private static SparkEngine engine;

  @TempDir
  static Path directory;

  /** A generated Kaggle file (CRLF ends, quoted names of two lines) with dirty rows, and one file per other layout. */
  private static List<Path> large;
  /** Where the first dirty row of the Kaggle file starts, in bytes. */
  private static long strayRowOffset;

  @BeforeAll
  static void shareSparkAndWriteFiles() throws IOException {
    engine = SharedSpark.engine();
    Path kaggle = LocalReads.generated(directory, DatasetLayout.KAGGLE_201801, "ks.csv", 1_500, 5);
    String text = Files.readString(kaggle, StandardCharsets.UTF_8);
    int middle = text.indexOf("\r\n", text.length() / 2) + 2;
    String row = text.substring(middle, text.indexOf("\r\n", middle) + 2);
    String stray = row.replaceFirst(",", ",\"Stray\r\nquote\"x");
    String unclosed = row.replaceFirst(",", ",\"Never\nclosed ");
    String shifted = row.replaceFirst(",", ",\"Shifted\nby\",one,");
    Files.writeString(kaggle, text.substring(0, middle) + stray + unclosed + "\r\n" + shifted
        + text.substring(middle), StandardCharsets.UTF_8);
    strayRowOffset = text.substring(0, middle).getBytes(StandardCharsets.UTF_8).length;
    large = List.of(kaggle,
        LocalReads.generated(directory, DatasetLayout.ICPSR_38050, "public_data.tsv", 1_200, 6),
        insertAfterMiddleLine(LocalReads.generated(directory, DatasetLayout.WEB_ROBOTS_CSV, "Kickstarter.csv", 300,
            7), "\"Stray\nquote\"x,1\r\n\n"),
        insertAfterMiddleLine(LocalReads.generated(directory, DatasetLayout.WEB_ROBOTS_JSON, "projects.json", 300, 8),
            "{\"data\":{\"id\":1,\"name\":\"cut \u00e9\r\n"));
  }

  /** Writes dirt after the line break nearest the middle of a file (which may be inside a quoted field). */
  private static Path insertAfterMiddleLine(Path file, String dirt) throws IOException {
    String text = Files.readString(file, StandardCharsets.UTF_8);
    int middle = text.indexOf('\n', text.length() / 2) + 1;
    Files.writeString(file, text.substring(0, middle) + dirt + text.substring(middle), StandardCharsets.UTF_8);
    return file;
  }

  @Test
  void recordsReportsAndProblemsOfFilesReadInRangesEqualThoseOfOneReadWhateverTheSplitSize() throws IOException {
    List<Path> files = new ArrayList<>(large);
    files.add(LocalReads.outcomesFixture("ks-201801-dirty.csv"));
    List<String> local = new ArrayList<>();
    List<FileRead> localReads = LocalReads.readEach(files, record -> local.add(record.toString()));
    assertThat(localReads).allSatisfy(read -> assertThat(read.report().rejected()).isPositive());

    // the first split size cuts the Kaggle file right at its first dirty row, the second everywhere
    for (long splitBytes : new long[] {strayRowOffset, 7_919}) {
      SparkEngine split = engine.withSplitBytes(splitBytes);
      SparkRead<SparkEngineAnalyzeTest.RecordTexts> spark = split.aggregate(LocalReads.names(files),
          SparkEngineAnalyzeTest.RecordTexts::new, SparkEngineAnalyzeTest.RecordTexts::merge);

      assertThat(spark.result().texts).as("split at %d bytes", splitBytes).hasSameSizeAs(local)
          .containsExactlyInAnyOrderElementsOf(local);
      assertThat(spark.files()).as("split at %d bytes", splitBytes).isEqualTo(localReads);
    }
  }

  @Test
  void largeFilesArePlannedIntoRangesAndSmallOrCompressedOnesAreReadWhole() throws IOException {
    Path gzip = directory.resolve("public_data.tsv.gz");
    try (var out = new java.util.zip.GZIPOutputStream(Files.newOutputStream(gzip))) {
      Files.copy(large.get(1), out);
    }
    List<Path> files = List.of(large.get(0), large.get(1), gzip, LocalReads.outcomesFixture("ks-201612-sample.csv"));

    List<List<FileTask.FilePart>> parts = engine.withSplitBytes(4_096).plan(LocalReads.names(files),
        Optional.empty());

    assertThat(parts.get(0)).hasSizeGreaterThan(20).allSatisfy(part -> assertThat(part.split()).isNotNull());
    assertThat(parts.get(1)).hasSizeGreaterThan(20);
    assertThat(parts.get(2)).hasSize(1).allSatisfy(part -> assertThat(part.split()).isNull());
    assertThat(parts.get(3)).hasSize(1).allSatisfy(part -> assertThat(part.split()).isNull());
    List<FileTask.FilePart> cutAtDirt = engine.withSplitBytes(strayRowOffset)
        .plan(List.of(large.get(0).toString()), Optional.empty()).get(0);
    assertThat(cutAtDirt.get(1).split().start()).isEqualTo(strayRowOffset);
    assertThat(engine.splitBytes()).isEqualTo(SparkEngine.DEFAULT_SPLIT_BYTES);
    assertThatThrownBy(() -> engine.withSplitBytes(0)).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("'0'");
  }

  @Test
  void theDefaultSplitSizeShrinksToTheInputPerCoreButASetOneIsTakenAsGiven() throws IOException {
    // about 9.8 MB: more than twice the 4 MiB below which the default split size does not shrink
    Path file = LocalReads.generated(directory, DatasetLayout.ICPSR_38050, "per-core.tsv", 70_000, 12);
    List<String> names = List.of(file.toString());
    long size = Files.size(file);
    assertThat(size).isGreaterThan(2L * (4 << 20)).isLessThan(SparkEngine.DEFAULT_SPLIT_BYTES);

    // local[2]: two cores, so the default engine cuts the file in two though it is under 128 MiB
    assertThat(engine.plan(names, Optional.empty()).get(0)).hasSize(2);
    // a split size that is set is kept: a file under it is read whole, by one task
    assertThat(engine.withSplitBytes(Long.MAX_VALUE).plan(names, Optional.empty()).get(0)).hasSize(1)
        .allSatisfy(part -> assertThat(part.split()).isNull());
    assertThat(engine.withSplitBytes(SparkEngine.DEFAULT_SPLIT_BYTES).plan(names, Optional.empty()).get(0))
        .hasSize(1);
    assertThat(engine.withSplitBytes(size / 3).plan(names, Optional.empty()).get(0)).hasSize(3);
  }

  @Test
  void scrapesReadInRangesMergeIntoTheLocalPanelKeepingEachProjectsFirstListingInAScrape() throws IOException {
    Path into = Files.createDirectories(directory.resolve("plain"));
    List<Path> scrapes = new ArrayList<>();
    for (Path gzip : LocalReads.scrapes(directory, "gzip", DatasetLayout.WEB_ROBOTS_JSON, 3, 300, 10)) {
      Path plain = into.resolve(gzip.getFileName().toString().replaceFirst("\\.gz$", ""));
      try (InputStream in = new GZIPInputStream(Files.newInputStream(gzip))) {
        Files.copy(in, plain);
      }
      scrapes.add(plain);
    }
    for (Path zip : LocalReads.scrapes(directory, "zip", DatasetLayout.WEB_ROBOTS_CSV, 2, 200, 11)) {
      // a year earlier than the JSON scrapes, so that no two scrapes share a snapshot (and a task)
      Path folder = Files.createDirectories(into.resolve(zip.getFileName().toString().replaceFirst("\\.zip$", "")
          .replace("2018-", "2017-")));
      try (ZipInputStream in = new ZipInputStream(Files.newInputStream(zip))) {
        for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
          Files.copy(in, folder.resolve(entry.getName()));
          scrapes.add(folder.resolve(entry.getName()));
        }
      }
    }
    // the first project of the latest scrape listed again at its end, with other backers: the first listing counts
    Path latest = scrapes.get(2);
    String first = Files.readAllLines(latest, StandardCharsets.UTF_8).get(0);
    String again = first.replaceFirst("\"backers_count\":\\d+", "\"backers_count\":987654");
    assertThat(again).isNotEqualTo(first);
    Files.writeString(latest, again + "\n", StandardCharsets.UTF_8, StandardOpenOption.APPEND);
    List<PanelProject> local = new ArrayList<>();
    OutcomeAccumulator statistics = OutcomeAccumulator.ofAllGroupings();
    LocalReads.Local read = LocalReads.read(scrapes, statistics);
    read.panel().forEach(local::add);
    read.panel().forEachLatest(statistics);
    local.sort(Comparator.comparingLong(project -> project.latest().id()));
    SparkEngine split = engine.withSplitBytes(9_973);

    assertThat(split.plan(LocalReads.names(scrapes), Optional.empty()))
        .allSatisfy(parts -> assertThat(parts).hasSizeGreaterThan(2));
    assertThat(split.panel(LocalReads.names(scrapes))).isEqualTo(local);
    DatasetAnalysis analysis = split.analyze(LocalReads.names(scrapes), EnumSet.allOf(Grouping.class));
    assertThat(analysis.statistics()).isEqualTo(statistics.result());
    assertThat(analysis.files()).isEqualTo(read.files());
    assertThat(analysis.panel()).contains(new DatasetAnalysis.PanelCounts(read.panel().size(),
        read.panel().snapshots().size(), read.panel().rowsAdded()));
  }

  @Test
  void statisticsOfLargeFilesReadInRangesBesideScrapesEqualThoseOfTheLocalPath() throws IOException {
    List<Path> files = new ArrayList<>(List.of(large.get(0), large.get(1)));
    files.addAll(LocalReads.scrapes(directory, "json", DatasetLayout.WEB_ROBOTS_JSON, 2, 300, 9));
    if (Files.isRegularFile(LocalReads.REAL_SLICE)) {
      files.add(LocalReads.REAL_SLICE);
    }
    OutcomeAccumulator local = OutcomeAccumulator.ofAllGroupings();
    LocalReads.Local read = LocalReads.read(files, local);
    read.panel().forEachLatest(local);

    DatasetAnalysis spark = engine.withSplitBytes(20_000).analyze(LocalReads.names(files),
        EnumSet.allOf(Grouping.class));

    assertThat(spark.statistics()).isEqualTo(local.result());
    assertThat(spark.files()).isEqualTo(read.files());
    assertThat(spark.panel()).contains(new DatasetAnalysis.PanelCounts(read.panel().size(),
        read.panel().snapshots().size(), read.panel().rowsAdded()));
  }
}
