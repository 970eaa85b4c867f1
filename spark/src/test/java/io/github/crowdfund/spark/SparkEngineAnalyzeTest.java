package io.github.crowdfund.spark;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.github.crowdfund.outcomes.dataset.ProjectRecord;
import io.github.crowdfund.outcomes.statistics.Grouping;
import io.github.crowdfund.outcomes.statistics.OutcomeAccumulator;
import io.github.crowdfund.outcomes.statistics.OutcomeStatistics;
import java.io.IOException;
import java.io.Serializable;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.function.Consumer;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SparkEngineAnalyzeTest {

  private static final Path REAL_SLICE = Path.of("/work/shared/data/ks-projects-201801-first10k.csv");

  private static SparkEngine engine;

  @TempDir
  static Path directory;

  @BeforeAll
  static void shareSpark() {
    engine = SharedSpark.engine();
  }

  private static List<Path> mixedFiles() throws IOException {
    List<Path> files = new ArrayList<>(LocalReads.generated(directory, 3_000, 1, 2_500, 0));
    LocalReads.FIXTURES.forEach(name -> files.add(files.size() / 2, LocalReads.outcomesFixture(name)));
    return files;
  }

  @Test
  void statisticsReportsAndProblemsEqualThoseOfTheLocalReaderOverManyFilesInBothLayouts() throws IOException {
    List<Path> files = mixedFiles();
    OutcomeAccumulator local = OutcomeAccumulator.ofAllGroupings();
    List<FileRead> localReads = LocalReads.read(files, local);

    SparkRead<OutcomeStatistics> spark = engine.analyze(LocalReads.names(files), EnumSet.allOf(Grouping.class));

    OutcomeStatistics expected = local.result();
    assertThat(expected.totals().projects()).isGreaterThan(5_000);
    assertThat(localReads.stream().mapToLong(read -> read.report().rejected()).sum()).isPositive();
    assertThat(spark.result()).isEqualTo(expected);
    assertThat(spark.files()).isEqualTo(localReads);
    assertThat(spark.rowsRead()).isEqualTo(localReads.stream().mapToLong(read -> read.report().rowsRead()).sum());
  }

  @Test
  void everyRecordReadOnTheExecutorsEqualsOneReadLocally() throws IOException {
    List<Path> files = mixedFiles();
    List<String> local = new ArrayList<>();
    LocalReads.read(files, record -> local.add(record.toString()));

    SparkRead<RecordTexts> spark = engine.aggregate(LocalReads.names(files), RecordTexts::new, RecordTexts::merge);

    assertThat(spark.result().texts).hasSameSizeAs(local).containsExactlyInAnyOrderElementsOf(local);
  }

  @Test
  void theRealKaggleSliceGivesTheLocalFiguresWhenPresent() throws IOException {
    assumeTrue(Files.isRegularFile(REAL_SLICE), "the real Kaggle slice is not on this machine");
    OutcomeAccumulator local = OutcomeAccumulator.of(EnumSet.of(Grouping.MAIN_CATEGORY, Grouping.COUNTRY));
    List<FileRead> localReads = LocalReads.read(List.of(REAL_SLICE), local);

    SparkRead<OutcomeStatistics> spark = engine.analyze(List.of(REAL_SLICE.toString()),
        EnumSet.of(Grouping.MAIN_CATEGORY, Grouping.COUNTRY));

    assertThat(spark.result()).isEqualTo(local.result());
    assertThat(spark.files()).isEqualTo(localReads);
  }

  @Test
  void aFileInNoKnownLayoutIsRefusedNamingTheFile() throws IOException {
    Path odd = Files.writeString(directory.resolve("odd.csv"), "a,b,c\n1,2,3\n");
    List<String> files = List.of(LocalReads.outcomesFixture(LocalReads.FIXTURES.get(0)).toString(), odd.toString());

    assertThatThrownBy(() -> engine.analyze(files, EnumSet.of(Grouping.YEAR)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining(odd.toString())
        .hasMessageContaining("a,b,c");
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
