package io.github.crowdfund.outcomes.dataset;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.joda.money.Money;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DatasetGeneratorTest {

  private static final int ROWS = 1_200;
  private static final DatasetGenerator GENERATOR = DatasetGenerator.create();

  @TempDir
  Path dir;

  @Test
  void generatedWebRobotsFilesReadBackToTheProjectsWritten() throws IOException {
    List<ProjectRecord> source = source();
    for (DatasetLayout layout : List.of(DatasetLayout.WEB_ROBOTS_CSV, DatasetLayout.WEB_ROBOTS_JSON)) {
      Path file = dir.resolve("generated-" + layout);
      GENERATOR.write(layout, file, ROWS, 7, written -> { });
      DatasetFixtures.Read read = DatasetFixtures.read(DatasetReader.create(), file);
      assertThat(read.report().layout()).isEqualTo(layout);
      assertThat(read.problems()).as(layout.label()).isEmpty();
      assertThat(read.records()).hasSize(ROWS);
      for (int i = 0; i < ROWS; i++) {
        ProjectRecord written = source.get(i);
        ProjectRecord back = read.records().get(i);
        String name = DatasetGenerator.stateIn(layout, written) == ProjectState.CANCELED
            ? written.name() + " (Canceled)" : written.name();
        assertThat(back.id()).isEqualTo(written.id());
        assertThat(back.name()).isEqualTo(name);
        assertThat(back.category()).isEqualTo(written.category());
        assertThat(back.mainCategory()).isEqualTo(written.mainCategory());
        assertThat(back.goal()).isEqualTo(written.goal());
        assertThat(back.pledged()).isEqualTo(written.pledged());
        assertThat(back.state()).isEqualTo(DatasetGenerator.stateIn(layout, written));
        assertThat(back.backers()).isEqualTo(written.backers());
        assertThat(back.country()).isEqualTo(written.country());
        assertThat(back.launched()).isEqualTo(written.launched());
        assertThat(back.deadline()).isEqualTo(written.deadline());
        assertThat(back.provenance().orElseThrow().file().layout()).isEqualTo(layout);
      }
    }
  }

  @Test
  void aGeneratedIcpsrFileReadsBackInWholeUnitsWithItsUnreadableRowsReported() throws IOException {
    List<ProjectRecord> source = source();
    Path file = dir.resolve("public_data.tsv");
    GENERATOR.write(DatasetLayout.ICPSR_38050, file, ROWS, 7, written -> { });
    DatasetFixtures.Read read = DatasetFixtures.read(DatasetReader.create(), file);

    assertThat(read.report().layout()).isEqualTo(DatasetLayout.ICPSR_38050);
    assertThat(read.report().rowsRead()).isEqualTo(ROWS);
    assertThat(read.problems()).extracting(RowProblem::reason)
        .containsExactly("BACKERS_COUNT '-2' is negative", "BACKERS_COUNT is blank");
    assertThat(read.problems()).extracting(RowProblem::line).containsExactly(501L, 1_001L);
    Map<Long, ProjectRecord> back = new HashMap<>();
    read.records().forEach(record -> back.put(record.id(), record));
    for (int i = 0; i < ROWS; i++) {
      ProjectRecord written = source.get(i);
      ProjectRecord record = back.get(written.id());
      if (record == null) {
        continue;
      }
      assertThat(record.goal()).isEqualTo(Money.of(written.currency(),
          written.goal().getAmount().setScale(0, RoundingMode.HALF_EVEN).max(BigDecimal.ONE)));
      assertThat(record.pledged()).isEqualTo(Money.of(written.currency(),
          written.pledged().getAmount().setScale(0, RoundingMode.HALF_EVEN)));
      assertThat(record.state()).isEqualTo(DatasetGenerator.stateIn(DatasetLayout.ICPSR_38050, written));
      assertThat(record.state()).isNotIn(ProjectState.LIVE, ProjectState.UNDEFINED);
      assertThat(record.mainCategory()).isEqualTo(written.mainCategory());
      assertThat(record.category()).isIn(written.category(), written.mainCategory());
      assertThat(record.backers()).isEqualTo(written.backers());
      assertThat(record.deadline()).isEqualTo(written.deadline());
      assertThat(record.provenance().orElseThrow().line()).isEqualTo(i + 2);
    }
    assertThat(back).hasSize(ROWS - 2);
  }

  @Test
  void monthlyScrapesMergeIntoEachProjectsLastStateCountedOnce() throws IOException {
    for (DatasetLayout layout : List.of(DatasetLayout.WEB_ROBOTS_CSV, DatasetLayout.WEB_ROBOTS_JSON)) {
      Path folder = Files.createDirectories(dir.resolve(layout.label()));
      List<Path> scrapes = GENERATOR.writeScrapes(folder, layout, 3, 2_500, 3);
      assertThat(scrapes).hasSize(3);
      assertThat(scrapes.get(0).getFileName().toString()).startsWith("Kickstarter_2018-01-12T10_20_09_196Z");

      SnapshotPanel panel = SnapshotPanel.create();
      Map<Long, Integer> sightings = new HashMap<>();
      Map<Long, ProjectRecord> lastRow = new HashMap<>();
      Set<Long> everLive = new HashSet<>();
      long rows = 0;
      for (Path scrape : scrapes) {
        Set<Long> seen = new HashSet<>();
        List<ProjectRecord> records = new ArrayList<>();
        DatasetReader.create().read(scrape, records::add, problem -> {
          throw new AssertionError(problem.toString());
        });
        for (ProjectRecord record : records) {
          panel.accept(record);
          rows++;
          if (seen.add(record.id())) {
            sightings.merge(record.id(), 1, Integer::sum);
            lastRow.put(record.id(), record);
          }
          if (record.state() == ProjectState.LIVE) {
            everLive.add(record.id());
          }
        }
      }
      assertThat(panel.rowsAdded()).isEqualTo(rows).isGreaterThan(panel.size());
      assertThat(panel.size()).isEqualTo(sightings.size());
      assertThat(panel.snapshots()).hasSize(3);
      long liveThenEnded = 0;
      for (Map.Entry<Long, Integer> project : sightings.entrySet()) {
        PanelProject merged = panel.get(project.getKey()).orElseThrow();
        assertThat(merged.snapshots()).isEqualTo(project.getValue());
        assertThat(merged.latest()).isEqualTo(lastRow.get(project.getKey()));
        if (everLive.contains(project.getKey()) && merged.latest().state() != ProjectState.LIVE) {
          liveThenEnded++;
        }
      }
      assertThat(liveThenEnded).as("projects seen live, then ended").isGreaterThan(20);
      Instant first = panel.snapshots().first();
      assertThat(first).isEqualTo(DatasetGenerator.FIRST_SCRAPE);
    }
  }

  @Test
  void aProjectLaunchedOn1970InTheKaggleFileRunsThirtyDaysInAScrape() {
    ProjectRecord epoch = ProjectRecord.builder().id(1).name("Epoch").category("Art").mainCategory("Art")
        .goal(Money.parse("USD 1000")).pledged(Money.parse("USD 0")).state(ProjectState.CANCELED).backers(0)
        .launched(Instant.parse("1970-01-01T01:00:00Z")).deadline(java.time.LocalDate.parse("2014-09-16")).build();
    long launched = Instant.parse("2017-12-01T10:00:00Z").getEpochSecond();

    DatasetGenerator.Timed timed = DatasetGenerator.Timed.of(epoch, launched);

    assertThat(timed.record.launched()).isEqualTo(Instant.ofEpochSecond(launched));
    assertThat(timed.record.deadline()).isEqualTo(java.time.LocalDate.parse("2017-12-31"));
  }

  @Test
  void scrapesAreOnlyWrittenInScrapeLayouts() {
    assertThatThrownBy(() -> GENERATOR.writeScrapes(dir, DatasetLayout.ICPSR_38050, 2, 10, 1))
        .hasMessageContaining("layout 'icpsr-38050' has no scrapes");
  }

  private static List<ProjectRecord> source() throws IOException {
    List<ProjectRecord> source = new ArrayList<>();
    GENERATOR.projects(ROWS, 7, source::add);
    return source;
  }
}
