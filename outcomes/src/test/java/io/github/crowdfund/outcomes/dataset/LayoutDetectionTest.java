package io.github.crowdfund.outcomes.dataset;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LayoutDetectionTest {

  @TempDir
  Path dir;

  @Test
  void eachFixtureIsRecognisedFromItsContent() throws IOException {
    DatasetReader reader = DatasetReader.create();
    assertThat(reader.detect(DatasetFixtures.path(DatasetFixtures.ICPSR))).isEqualTo(DatasetLayout.ICPSR_38050);
    assertThat(reader.detect(DatasetFixtures.path(DatasetFixtures.WEB_ROBOTS_CHUNK)))
        .isEqualTo(DatasetLayout.WEB_ROBOTS_CSV);
    assertThat(reader.detect(DatasetFixtures.path(DatasetFixtures.WEB_ROBOTS_CHUNK_1)))
        .isEqualTo(DatasetLayout.WEB_ROBOTS_CSV);
    assertThat(reader.detect(DatasetFixtures.path(DatasetFixtures.WEB_ROBOTS_JSON)))
        .isEqualTo(DatasetLayout.WEB_ROBOTS_JSON);
    Path kaggle = dir.resolve("renamed.txt");
    Files.writeString(kaggle, "ID,name,category,main_category,currency,deadline,goal,launched,pledged,state,backers,"
        + "country,usd pledged,usd_pledged_real,usd_goal_real\r\n"
        + "1,A,Poetry,Publishing,USD,2015-10-09,1000.00,2015-08-11 12:12:28,0.00,failed,0,US,0.00,0.00,1000.00\r\n");
    assertThat(reader.detect(kaggle)).isEqualTo(DatasetLayout.KAGGLE_201801);
    ReadReport report = reader.read(kaggle, record -> { }, problem -> { });
    assertThat(report.layout()).isEqualTo(DatasetLayout.KAGGLE_201801);
    assertThat(report.kept()).isEqualTo(1);
  }

  @Test
  void aNamedLayoutIsCheckedAgainstTheContent() throws IOException {
    DatasetReader icpsr = DatasetReader.create().withLayout(DatasetLayout.ICPSR_38050);
    assertThat(icpsr.detect(DatasetFixtures.path(DatasetFixtures.ICPSR))).isEqualTo(DatasetLayout.ICPSR_38050);
    assertThatThrownBy(() -> icpsr.detect(DatasetFixtures.path(DatasetFixtures.WEB_ROBOTS_CHUNK)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("not the icpsr-38050 layout: it is web-robots-csv")
        .hasMessageContaining("backers_count, blurb, category");
  }

  @Test
  void anUnknownHeaderIsRefusedWithTheColumnsItHas() {
    assertThatThrownBy(() -> read("project,goal,outcome\n1,100,won\n"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("unknown layout; found columns [project, goal, outcome]")
        .hasMessageContaining("Known layouts: kaggle-201801");
    assertThatThrownBy(() -> read("PID\tSTATE\n1\tfailed\n"))
        .hasMessageContaining("found columns [pid, state]");
    assertThatThrownBy(() -> read("{\"data\":{\"id\":1,\"state\":\"live\"}}\n"))
        .hasMessageContaining("found JSON keys [id, state]");
    assertThatThrownBy(() -> read("[{\"projects\":[]}]\n"))
        .hasMessageContaining("unknown layout; found columns [[{\"projects\":[]}]]");
    assertThatThrownBy(() -> read("{\"data\":\n"))
        .hasMessageContaining("the first line starts like JSON but is not JSON at char");
  }

  @Test
  void anEmptyInputIsRefused() {
    assertThatThrownBy(() -> read("")).hasMessageContaining("the input is empty");
    assertThatThrownBy(() -> read("\n \n")).hasMessageContaining("the input is empty");
  }

  @Test
  void aWebRobotsHeaderWithOnlyTheRequiredColumnsInAnotherOrderIsEnough() throws IOException {
    java.util.List<String> columns = new java.util.ArrayList<>(WebRobotsRows.REQUIRED);
    java.util.Collections.reverse(columns);
    String header = String.join(",", columns);
    ReadReport report = DatasetReader.create().read(new StringReader(header + "\n"), "x.csv", Optional.empty(),
        record -> { }, problem -> { });
    assertThat(report.layout()).isEqualTo(DatasetLayout.WEB_ROBOTS_CSV);
    assertThat(report.rowsRead()).isZero();
  }

  private static ReadReport read(String text) throws IOException {
    return DatasetReader.create().read(new StringReader(text), "input", Optional.empty(), record -> { },
        problem -> { });
  }
}
