package io.github.crowdfund.outcomes.dataset;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class SnapshotNamesTest {

  @Test
  void webRobotsStemsGiveTheirInstant() {
    assertThat(SnapshotNames.dateOf(Path.of("Kickstarter_2016-03-22T07_41_08_693Z.zip")))
        .contains(Instant.parse("2016-03-22T07:41:08.693Z"));
    assertThat(SnapshotNames.dateOf(Path.of("Kickstarter_2019-03-14T03_20_12Z.json.gz")))
        .contains(Instant.parse("2019-03-14T03:20:12Z"));
  }

  @Test
  void dateOnlyNamesAndFoldersGiveMidnightUtc() {
    assertThat(SnapshotNames.dateOf(Path.of("Kickstarter_2015-04-02.json.zip")))
        .contains(Instant.parse("2015-04-02T00:00:00Z"));
    assertThat(SnapshotNames.dateOf(Path.of("scrapes", "2019-03-14", "Kickstarter001.csv")))
        .contains(Instant.parse("2019-03-14T00:00:00Z"));
    assertThat(SnapshotNames.dateOf(Path.of("2018-01-01", "Kickstarter_2019-03-14T03_20_12_200Z", "K.csv")))
        .as("the nearest name wins").contains(Instant.parse("2019-03-14T03:20:12.200Z"));
  }

  @Test
  void namesWithoutARealDateAreNotDated() {
    assertThat(SnapshotNames.dateOf(Path.of("Kickstarter001.csv"))).isEmpty();
    assertThat(SnapshotNames.dateOf("Kickstarter_2019-02-30.zip")).isEmpty();
    assertThat(SnapshotNames.dateOf("run12019-03-145.csv")).isEmpty();
    assertThat(SnapshotNames.dateOf("Kickstarter_2019-13-01.zip")).isEmpty();
  }
}
