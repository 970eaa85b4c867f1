package io.github.crowdfund.outcomes.dataset;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.joda.money.CurrencyUnit;
import org.joda.money.Money;
import org.junit.jupiter.api.Test;

class SnapshotPanelTest {

  private static final Instant MARCH = Instant.parse("2019-03-14T03:20:12.200Z");
  private static final Instant APRIL = Instant.parse("2019-04-11T03:20:12.200Z");
  private static final Instant MAY = Instant.parse("2019-05-16T03:20:12.200Z");

  @Test
  void aProjectLiveInOneScrapeAndEndedInALaterOneCountsOnceEnded() {
    SnapshotPanel panel = SnapshotPanel.create();
    panel.accept(record(1, MARCH, ProjectState.LIVE, 100));
    panel.accept(record(2, MARCH, ProjectState.LIVE, 5));
    panel.accept(record(1, APRIL, ProjectState.SUCCESSFUL, 1_500));

    assertThat(panel.size()).isEqualTo(2);
    PanelProject one = panel.get(1).orElseThrow();
    assertThat(one.latest().state()).isEqualTo(ProjectState.SUCCESSFUL);
    assertThat(one.latest().pledged()).isEqualTo(Money.of(CurrencyUnit.USD, 1_500));
    assertThat(one.snapshots()).isEqualTo(2);
    assertThat(one.firstSeen()).isEqualTo(MARCH);
    assertThat(one.lastSeen()).isEqualTo(APRIL);
    assertThat(one.latest().provenance().orElseThrow().file().name()).isEqualTo("scrape-" + APRIL);
    assertThat(panel.get(2).orElseThrow().snapshots()).isEqualTo(1);
    assertThat(panel.get(3)).isEmpty();
  }

  @Test
  void theLatestSnapshotWinsWhateverOrderTheScrapesComeIn() {
    SnapshotPanel panel = SnapshotPanel.create();
    panel.accept(record(1, MAY, ProjectState.FAILED, 40));
    panel.accept(record(1, MARCH, ProjectState.LIVE, 10));
    panel.accept(record(1, APRIL, ProjectState.LIVE, 30));

    PanelProject one = panel.get(1).orElseThrow();
    assertThat(one.latest().state()).isEqualTo(ProjectState.FAILED);
    assertThat(one.snapshots()).isEqualTo(3);
    assertThat(one.firstSeen()).isEqualTo(MARCH);
    assertThat(panel.snapshots()).containsExactly(MARCH, APRIL, MAY);
  }

  @Test
  void aProjectListedTwiceInOneScrapeCountsOnceAndKeepsItsFirstRow() {
    SnapshotPanel panel = SnapshotPanel.create();
    panel.accept(record(1, MARCH, ProjectState.LIVE, 10));
    panel.accept(record(1, MARCH, ProjectState.LIVE, 11));
    panel.accept(record(1, APRIL, ProjectState.LIVE, 20));
    panel.accept(record(1, APRIL, ProjectState.LIVE, 21));

    assertThat(panel.get(1).orElseThrow().snapshots()).isEqualTo(2);
    assertThat(panel.get(1).orElseThrow().latest().pledged()).isEqualTo(Money.of(CurrencyUnit.USD, 20));
    assertThat(panel.rowsAdded()).isEqualTo(4);
  }

  @Test
  void aSnapshotWhoseRecordsWereClosedIsRefused() {
    SnapshotPanel panel = SnapshotPanel.create();
    panel.accept(record(1, MARCH, ProjectState.LIVE, 10));
    panel.accept(record(1, APRIL, ProjectState.LIVE, 20));
    assertThatThrownBy(() -> panel.accept(record(2, MARCH, ProjectState.LIVE, 10)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("records of snapshot '" + MARCH + "' came after those of snapshot '" + APRIL + "'");
  }

  @Test
  void anUndatedRecordIsRefusedWithItsFile() {
    ProjectRecord undated = ProjectRecord.builder().id(9).name("x").category("c").mainCategory("m")
        .goal(Money.of(CurrencyUnit.USD, 10)).pledged(Money.of(CurrencyUnit.USD, 0)).state(ProjectState.LIVE)
        .backers(0).launched(MARCH).deadline(LocalDate.of(2019, 4, 1))
        .provenance(new Provenance(new DatasetFile(DatasetLayout.WEB_ROBOTS_CSV, "Kickstarter.csv", Optional.empty()),
            2))
        .build();
    assertThatThrownBy(() -> SnapshotPanel.create().accept(undated))
        .hasMessageContaining("record of project '9' from Kickstarter.csv has no snapshot date");
  }

  @Test
  void panelsOfDisjointSnapshotsMergeAsIfReadTogether() {
    List<ProjectRecord> march = List.of(record(1, MARCH, ProjectState.LIVE, 1), record(2, MARCH, ProjectState.LIVE, 2));
    List<ProjectRecord> april = List.of(record(2, APRIL, ProjectState.FAILED, 3), record(3, APRIL, ProjectState.LIVE,
        4));
    List<ProjectRecord> may = List.of(record(1, MAY, ProjectState.SUCCESSFUL, 5), record(3, MAY, ProjectState.LIVE, 6));
    SnapshotPanel together = SnapshotPanel.create();
    List<SnapshotPanel> apart = new ArrayList<>();
    for (List<ProjectRecord> scrape : List.of(may, march, april)) {
      SnapshotPanel one = SnapshotPanel.create();
      scrape.forEach(one);
      scrape.forEach(together);
      apart.add(one);
    }
    SnapshotPanel merged = apart.get(0).addAll(apart.get(1).addAll(apart.get(2)));

    for (long id = 1; id <= 3; id++) {
      assertThat(merged.get(id)).isEqualTo(together.get(id));
    }
    assertThat(merged.get(1).orElseThrow().snapshots()).isEqualTo(2);
    assertThat(merged.get(2).orElseThrow().latest().state()).isEqualTo(ProjectState.FAILED);
    assertThat(merged.rowsAdded()).isEqualTo(6);
  }

  @Test
  void chunksOfOneScrapeReadApartMergeWithoutCountingTwice() {
    SnapshotPanel first = SnapshotPanel.create();
    SnapshotPanel second = SnapshotPanel.create();
    first.accept(record(1, MARCH, ProjectState.LIVE, 1));
    second.accept(record(1, MARCH, ProjectState.LIVE, 1));
    second.accept(record(2, MARCH, ProjectState.LIVE, 1));
    first.addAll(second);
    assertThat(first.get(1).orElseThrow().snapshots()).isEqualTo(1);
    assertThat(first.size()).isEqualTo(2);

    SnapshotPanel overlapping = SnapshotPanel.create();
    overlapping.accept(record(1, MARCH, ProjectState.LIVE, 1));
    overlapping.accept(record(1, APRIL, ProjectState.LIVE, 1));
    assertThatThrownBy(() -> first.addAll(overlapping)).hasMessageContaining("panels share snapshots");
  }

  @Test
  void mergingTwoProjectsKeepsTheLaterAndAddsTheCounts() {
    PanelProject march = PanelProject.of(record(1, MARCH, ProjectState.LIVE, 1));
    PanelProject april = PanelProject.of(record(1, APRIL, ProjectState.SUCCESSFUL, 9));
    assertThat(march.merge(april)).isEqualTo(april.merge(march));
    assertThat(march.merge(april).snapshots()).isEqualTo(2);
    assertThat(march.merge(april).latest().state()).isEqualTo(ProjectState.SUCCESSFUL);
    assertThatThrownBy(() -> march.merge(PanelProject.of(record(2, APRIL, ProjectState.LIVE, 1))))
        .hasMessageContaining("cannot merge project '2' into project '1'");
  }

  @Test
  void thePanelGrowsPastItsFirstTablesAndListsProjectsInIdOrder() {
    SnapshotPanel panel = SnapshotPanel.create();
    for (long id = 5_000; id > 0; id--) {
      panel.accept(record(id * 7_919, MARCH, ProjectState.LIVE, 1));
    }
    assertThat(panel.size()).isEqualTo(5_000);
    List<Long> ids = new ArrayList<>();
    panel.forEachLatest(record -> ids.add(record.id()));
    assertThat(ids).hasSize(5_000).isSorted();
    assertThat(panel.get(7_919 * 4_321L)).isPresent();
  }

  static ProjectRecord record(long id, Instant snapshot, ProjectState state, long pledged) {
    DatasetFile file = new DatasetFile(DatasetLayout.WEB_ROBOTS_JSON, "scrape-" + snapshot, Optional.of(snapshot));
    return ProjectRecord.builder().id(id).name("Project " + id).category("Painting").mainCategory("Art")
        .goal(Money.of(CurrencyUnit.USD, new BigDecimal("1000"))).pledged(Money.of(CurrencyUnit.USD, pledged))
        .state(state).backers(1).launched(Instant.parse("2019-03-01T00:00:00Z")).deadline(LocalDate.of(2019, 4, 30))
        .provenance(new Provenance(file, id + 1)).build();
  }
}
