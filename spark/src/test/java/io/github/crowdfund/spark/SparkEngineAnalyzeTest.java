package io.github.crowdfund.spark;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.github.crowdfund.outcomes.dataset.DatasetLayout;
import io.github.crowdfund.outcomes.dataset.PanelProject;
import io.github.crowdfund.outcomes.dataset.ProjectRecord;
import io.github.crowdfund.outcomes.statistics.Grouping;
import io.github.crowdfund.outcomes.statistics.OutcomeAccumulator;
import java.io.IOException;
import java.io.Serializable;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.function.Consumer;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SparkEngineAnalyzeTest {

  private static SparkEngine engine;

  @TempDir
  static Path directory;

  private static List<Path> generated;

  @BeforeAll
  static void shareSparkAndWriteFiles() throws IOException {
    engine = SharedSpark.engine();
    generated = new ArrayList<>();
    generated.add(LocalReads.generated(directory, DatasetLayout.KAGGLE_201801, "ks.csv", 2_000, 1));
    generated.addAll(LocalReads.scrapes(directory, "json", DatasetLayout.WEB_ROBOTS_JSON, 3, 600, 2));
    generated.add(LocalReads.generated(directory, DatasetLayout.ICPSR_38050, "public_data.tsv", 1_500, 3));
    generated.addAll(LocalReads.scrapes(directory, "csv", DatasetLayout.WEB_ROBOTS_CSV, 2, 500, 4));
  }

  private static List<Path> allFiles() {
    List<Path> files = new ArrayList<>(LocalReads.fixtures());
    files.addAll(3, generated);
    return files;
  }

  @Test
  void statisticsPanelReportsAndProblemsEqualThoseOfTheLocalPathOverFilesOfEveryLayout() throws IOException {
    List<Path> files = allFiles();
    OutcomeAccumulator local = OutcomeAccumulator.ofAllGroupings();
    LocalReads.Local read = LocalReads.read(files, local);
    read.panel().forEachLatest(local);

    DatasetAnalysis spark = engine.analyze(LocalReads.names(files), EnumSet.allOf(Grouping.class));

    assertThat(read.panel().snapshots()).hasSizeGreaterThanOrEqualTo(4);
    assertThat(read.files().stream().mapToLong(file -> file.report().rejected()).sum()).isPositive();
    assertThat(spark.statistics()).isEqualTo(local.result());
    assertThat(spark.files()).isEqualTo(read.files());
    assertThat(spark.panel()).contains(new DatasetAnalysis.PanelCounts(read.panel().size(),
        read.panel().snapshots().size(), read.panel().rowsAdded()));
  }

  @Test
  void scrapesMergeOnSparkIntoTheProjectsOfTheLocalPanel() throws IOException {
    List<Path> scrapes = allFiles().stream()
        .filter(file -> file.toString().contains("Kickstarter")).toList();
    List<PanelProject> local = new ArrayList<>();
    LocalReads.read(scrapes, record -> { }).panel().forEach(local::add);
    local.sort(Comparator.comparingLong(project -> project.latest().id()));

    List<PanelProject> spark = engine.panel(LocalReads.names(scrapes));

    assertThat(local).hasSizeGreaterThan(500);
    assertThat(local).anySatisfy(project -> assertThat(project.snapshots()).isGreaterThan(1));
    assertThat(spark).isEqualTo(local);
  }

  @Test
  void everyRecordReadOnTheExecutorsEqualsOneReadLocally() throws IOException {
    List<Path> files = allFiles();
    List<String> local = new ArrayList<>();
    List<FileRead> localReads = LocalReads.readEach(files, record -> local.add(record.toString()));

    SparkRead<RecordTexts> spark = engine.aggregate(LocalReads.names(files), RecordTexts::new, RecordTexts::merge);

    assertThat(spark.result().texts).hasSameSizeAs(local).containsExactlyInAnyOrderElementsOf(local);
    assertThat(spark.files()).isEqualTo(localReads);
  }

  @Test
  void theRealKaggleSliceGivesTheLocalFiguresWhenPresent() throws IOException {
    assumeTrue(Files.isRegularFile(LocalReads.REAL_SLICE), "the real Kaggle slice is not on this machine");
    OutcomeAccumulator local = OutcomeAccumulator.of(EnumSet.of(Grouping.MAIN_CATEGORY, Grouping.COUNTRY));
    LocalReads.Local read = LocalReads.read(List.of(LocalReads.REAL_SLICE), local);

    DatasetAnalysis spark = engine.analyze(List.of(LocalReads.REAL_SLICE.toString()),
        EnumSet.of(Grouping.MAIN_CATEGORY, Grouping.COUNTRY));

    assertThat(spark.statistics()).isEqualTo(local.result());
    assertThat(spark.files()).isEqualTo(read.files());
    assertThat(spark.panel()).isEmpty();
  }

  @Test
  void aFileInNoKnownLayoutIsRefusedNamingTheFile() throws IOException {
    Path odd = Files.writeString(directory.resolve("odd.csv"), "a,b,c\n1,2,3\n");
    List<String> files = List.of(LocalReads.fixtures().get(0).toString(), odd.toString());

    assertThatThrownBy(() -> engine.analyze(files, EnumSet.of(Grouping.YEAR)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining(odd.toString());
  }

  @Test
  void noFileIsRefused() {
    assertThatThrownBy(() -> engine.analyze(List.of(), EnumSet.of(Grouping.YEAR)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("no file");
  }

  /** Every record's text; merging concatenates, so only the multiset is defined. */
  static final class RecordTexts implements Consumer<ProjectRecord>, Serializable {
    private static final long serialVersionUID = 1L;
    final ArrayList<String> texts = new ArrayList<>();

    @Override
    public void accept(ProjectRecord record) {
      texts.add(record.toString());
    }

    RecordTexts merge(RecordTexts other) {
      texts.addAll(other.texts);
      return this;
    }
  }
}
