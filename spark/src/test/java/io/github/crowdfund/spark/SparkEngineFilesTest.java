package io.github.crowdfund.spark;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.CsvRecord;
import de.siegmar.fastcsv.writer.CsvWriter;
import io.github.crowdfund.outcomes.dataset.DatasetLayout;
import io.github.crowdfund.outcomes.dataset.PanelProject;
import io.github.crowdfund.outcomes.dataset.ReadReport;
import io.github.crowdfund.outcomes.dataset.RowProblem;
import io.github.crowdfund.outcomes.statistics.Grouping;
import io.github.crowdfund.outcomes.statistics.OutcomeAccumulator;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.zip.GZIPOutputStream;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * How the engine names and reaches files: {@code file:} URIs and other Hadoop URIs (a local stand-in for
 * {@code hdfs:}), plain or gzipped, scrapes dated by a folder of the URI, a layout named by the caller, and files
 * that cannot be read, reported as the local reader reports them, the first one named first.
 */
class SparkEngineFilesTest {

  private static final EnumSet<Grouping> YEAR = EnumSet.of(Grouping.YEAR);

  private static SparkEngine engine;

  @TempDir
  static Path directory;

  private static Path kaggle;

  @BeforeAll
  static void shareSpark() {
    engine = SharedSpark.engine();
    kaggle = LocalReads.outcomesFixture("ks-201801-dirty.csv").toAbsolutePath();
  }

  @Test
  void aFileUriReadsAsThePathItNamesAndKeepsItsName() {
    String uri = kaggle.toUri().toString();

    DatasetAnalysis byPath = engine.analyze(List.of(kaggle.toString()), YEAR);
    DatasetAnalysis byUri = engine.analyze(List.of(uri), YEAR);

    assertThat(byUri.statistics()).isEqualTo(byPath.statistics());
    assertThat(byUri.files()).singleElement().satisfies(read -> {
      assertThat(read.file()).isEqualTo(uri);
      assertThat(read.report()).isEqualTo(byPath.files().get(0).report());
    });
  }

  @Test
  void aFileOnAClusterFileSystemIsReadThroughHadoopPlainOrGzipped() throws IOException {
    Path plain = Files.copy(kaggle, directory.resolve("cluster.csv"));
    Path packed = directory.resolve("cluster.csv.gz");
    try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(packed))) {
      Files.copy(kaggle, out);
    }
    OutcomeAccumulator local = OutcomeAccumulator.of(YEAR);
    ReadReport report = LocalReads.read(List.of(kaggle), local).files().get(0).report();

    for (Path file : List.of(plain, packed)) {
      String name = LocalTestFileSystem.uriOf(file);
      DatasetAnalysis spark = engine.analyze(List.of(name), YEAR);

      assertThat(spark.statistics()).as(name).isEqualTo(local.result());
      FileRead read = spark.files().get(0);
      assertThat(read.file()).isEqualTo(name);
      assertThat(read.report().rowsRead()).isEqualTo(report.rowsRead());
      assertThat(read.report().kept()).isEqualTo(report.kept());
      assertThat(read.report().rejected()).isEqualTo(report.rejected()).isPositive();
      assertThat(read.problems()).extracting(RowProblem::file).containsOnly(Optional.of(name));
    }
  }

  @Test
  void aScrapeOnAClusterFileSystemIsDatedByItsFolder() throws IOException {
    Path chunks = LocalReads.outcomesFixture("Kickstarter_2018-11-15T03_20_12_200Z");
    Path copy = Files.createDirectories(directory.resolve("bucket").resolve(chunks.getFileName().toString()));
    Files.copy(chunks.resolve("Kickstarter.csv"), copy.resolve("Kickstarter.csv"));
    Files.copy(chunks.resolve("Kickstarter001.csv"), copy.resolve("Kickstarter001.csv"));

    List<PanelProject> local = engine.panel(List.of(chunks.resolve("Kickstarter.csv").toString(),
        chunks.resolve("Kickstarter001.csv").toString()));
    List<String> names = List.of(LocalTestFileSystem.uriOf(copy.resolve("Kickstarter.csv")),
        LocalTestFileSystem.uriOf(copy.resolve("Kickstarter001.csv")));
    List<PanelProject> remote = engine.panel(names);
    DatasetAnalysis analysis = engine.analyze(names, YEAR);

    assertThat(remote).hasSameSizeAs(local).isNotEmpty();
    for (int i = 0; i < local.size(); i++) {
      assertThat(remote.get(i).latest().id()).isEqualTo(local.get(i).latest().id());
      assertThat(remote.get(i).firstSeen()).isEqualTo(local.get(i).firstSeen());
      assertThat(remote.get(i).snapshots()).isEqualTo(1);
    }
    assertThat(analysis.panel()).hasValueSatisfying(counts -> {
      assertThat(counts.snapshots()).as("the two chunks are one scrape").isEqualTo(1);
      assertThat(counts.projects()).isEqualTo(local.size());
    });
  }

  @Test
  void aProjectListedInTwoChunksOfOneScrapeIsOneSnapshotOfItEvenInAFolderNameWithSpaces() throws IOException {
    Path chunks = LocalReads.outcomesFixture("Kickstarter_2018-11-15T03_20_12_200Z");
    Path copy = Files.createDirectories(directory.resolve("scrapes of 2018").resolve(chunks.getFileName().toString()));
    // The second chunk lists the projects of the first again, as pages of a scrape overlap.
    List<Path> files = List.of(Files.copy(chunks.resolve("Kickstarter.csv"), copy.resolve("Kickstarter.csv")),
        Files.copy(chunks.resolve("Kickstarter.csv"), copy.resolve("Kickstarter001.csv")));
    LocalReads.Local read = LocalReads.read(files, record -> { });
    List<PanelProject> local = new ArrayList<>();
    read.panel().forEach(local::add);
    local.sort(Comparator.comparingLong(project -> project.latest().id()));

    List<PanelProject> spark = engine.panel(LocalReads.names(files));
    DatasetAnalysis analysis = engine.analyze(LocalReads.names(files), YEAR);

    assertThat(local).isNotEmpty().allSatisfy(project -> assertThat(project.snapshots()).isEqualTo(1));
    assertThat(spark).isEqualTo(local);
    assertThat(analysis.panel()).contains(new DatasetAnalysis.PanelCounts(local.size(), 1, read.panel().rowsAdded()));
    assertThat(read.panel().rowsAdded()).as("rows of both chunks").isGreaterThanOrEqualTo(2L * local.size());
  }

  @Test
  void projectsWithTheSmallestIdsMergeLikeAnyOtherBesideOtherTasks() throws IOException {
    Path chunk = LocalReads.outcomesFixture("Kickstarter_2018-11-15T03_20_12_200Z").resolve("Kickstarter.csv");
    Path folder = Files.createDirectories(directory.resolve("renumbered").resolve("Kickstarter_2018-11-15T03_20_12_200Z"));
    // The scrape's projects renumbered 0, 1, 2, ... as a dataset of one's own may number them.
    Path renumbered = folder.resolve("Kickstarter.csv");
    try (CsvReader<CsvRecord> rows = CsvReader.builder().allowExtraFields(true).allowMissingFields(true)
        .ofCsvRecord(chunk);
        CsvWriter out = CsvWriter.builder().build(renumbered)) {
      int id = -1;
      int idColumn = -1;
      for (CsvRecord row : rows) {
        List<String> fields = new ArrayList<>(row.getFields());
        if (idColumn < 0) {
          idColumn = fields.indexOf("id");
        } else if (fields.size() > idColumn) {
          fields.set(idColumn, Integer.toString(id));
        }
        id++;
        out.writeRecord(fields);
      }
    }
    // Three tasks: two undated files before the scrape.
    List<Path> files = List.of(kaggle, LocalReads.outcomesFixture("icpsr-dirty.tsv"), renumbered);
    OutcomeAccumulator local = OutcomeAccumulator.of(YEAR);
    LocalReads.Local read = LocalReads.read(files, local);
    read.panel().forEachLatest(local);

    DatasetAnalysis spark = engine.analyze(LocalReads.names(files), YEAR);

    assertThat(read.panel().size()).isGreaterThan(2);
    assertThat(spark.statistics()).isEqualTo(local.result());
    assertThat(spark.panel()).contains(new DatasetAnalysis.PanelCounts(read.panel().size(), 1,
        read.panel().rowsAdded()));
  }

  @Test
  void aZipArchiveOnAClusterFileSystemIsRefusedNamingIt() {
    String name = LocalTestFileSystem.uriOf(directory.resolve("scrape.zip"));

    assertThatThrownBy(() -> engine.analyze(List.of(name), YEAR))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(name + ": zip archives are read from paths on a shared file system only; unzip the scrape's"
            + " chunks into a folder named by its date");
  }

  @Test
  void aMissingFileIsAnInputErrorNamingItWhateverTheComputation() {
    String missing = directory.resolve("missing.csv").toString();
    List<String> files = List.of(kaggle.toString(), missing);

    assertThatThrownBy(() -> engine.analyze(files, YEAR))
        .isInstanceOf(UncheckedIOException.class).hasMessageContaining(missing);
    assertThatThrownBy(() -> engine.panel(List.of(missing)))
        .isInstanceOf(UncheckedIOException.class).hasMessageContaining(missing);
    assertThatThrownBy(() -> engine.aggregate(files, () -> OutcomeAccumulator.of(YEAR), OutcomeAccumulator::merge))
        .isInstanceOf(UncheckedIOException.class).hasMessageContaining(missing);
  }

  @Test
  void ofSeveralFilesThatFailTheFirstNamedIsReported() throws IOException {
    String missing = directory.resolve("absent.csv").toString();
    String odd = Files.writeString(directory.resolve("odd-layout.csv"), "a,b,c\n1,2,3\n").toString();

    assertThatThrownBy(() -> engine.analyze(List.of(kaggle.toString(), missing, odd), YEAR))
        .isInstanceOf(UncheckedIOException.class).hasMessageContaining(missing);
    assertThatThrownBy(() -> engine.analyze(List.of(odd, kaggle.toString(), missing), YEAR))
        .isInstanceOf(IllegalArgumentException.class).hasMessageStartingWith(odd + ": ");
  }

  @Test
  void anUndatedScrapeIsRefusedWithTheReadersOwnMessage() throws IOException {
    Path dated = LocalReads.outcomesFixture("Kickstarter_2018-01-12T10_20_09_196Z.json");
    String undated = Files.copy(dated, directory.resolve("scrape.json")).toString();

    assertThatThrownBy(() -> engine.analyze(List.of(undated), YEAR))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("record of project '")
        .hasMessageContaining(" from " + undated + " has no snapshot date");
  }

  @Test
  void aLayoutNamedByTheCallerReadsEveryFileInItAndRefusesOthers() {
    String icpsr = LocalReads.outcomesFixture("icpsr-dirty.tsv").toString();

    DatasetAnalysis named = engine.analyze(List.of(kaggle.toString()), Optional.of(DatasetLayout.KAGGLE_201801), YEAR);
    DatasetAnalysis recognised = engine.analyze(List.of(kaggle.toString()), YEAR);

    assertThat(named).isEqualTo(recognised);
    assertThatThrownBy(() -> engine.analyze(List.of(icpsr), Optional.of(DatasetLayout.KAGGLE_201801), YEAR))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith(icpsr + ": not the " + DatasetLayout.KAGGLE_201801 + " layout");
  }

  @Test
  void anAggregateCountsTheRowsOfEveryFile() throws IOException {
    List<Path> files = List.of(kaggle, LocalReads.outcomesFixture("icpsr-dirty.tsv"));
    List<FileRead> local = LocalReads.read(files, record -> { }).files();

    SparkRead<OutcomeAccumulator> spark = engine.aggregate(LocalReads.names(files),
        () -> OutcomeAccumulator.of(YEAR), OutcomeAccumulator::merge);

    assertThat(spark.files()).isEqualTo(local);
    assertThat(spark.rowsRead()).isEqualTo(local.stream().mapToLong(read -> read.report().rowsRead()).sum())
        .isGreaterThan(local.get(0).report().rowsRead());
  }

  @Test
  void anEngineOnTheCallersSessionLeavesItRunningWhenClosed() {
    SparkEngine shared = SharedSpark.engine();
    SparkEngine borrowed = SparkEngine.on(shared.session());

    assertThat(borrowed.session()).isSameAs(shared.session());
    borrowed.close();

    assertThat(shared.session().sparkContext().isStopped()).isFalse();
    assertThat(engine.analyze(List.of(kaggle.toString()), YEAR).files()).hasSize(1);
  }

  @Test
  void startingAnEngineAgainJoinsTheSessionRunningInThisJvm() {
    SparkSession running = SharedSpark.engine().session();

    // Not closed: an engine started, even on a session it joined, stops that session when closed.
    assertThat(SparkEngine.start("local[2]").session()).isSameAs(running);
    assertThat(SparkEngine.start().session()).isSameAs(running);
  }

  @Test
  void aBlankMasterIsRefusedQuotingIt() {
    assertThatThrownBy(() -> SparkEngine.start(" "))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("master must name a Spark master URL such as 'local[*]', was ' '");
    assertThatThrownBy(() -> SparkEngine.start(null)).isInstanceOf(NullPointerException.class).hasMessage("master");
  }
}
