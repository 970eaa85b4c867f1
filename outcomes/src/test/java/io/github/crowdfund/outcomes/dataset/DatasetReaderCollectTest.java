package io.github.crowdfund.outcomes.dataset;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DatasetReaderCollectTest {

  private static final int ROWS = 600;

  @TempDir
  Path dir;

  @Test
  void lineLayoutsReadInPartsGiveWhatOnePassGives() throws IOException {
    for (DatasetLayout layout : List.of(DatasetLayout.ICPSR_38050, DatasetLayout.WEB_ROBOTS_JSON)) {
      Path file = dir.resolve("parts-" + layout.label());
      DatasetGenerator.create().write(layout, file, ROWS, 4, written -> { });
      // a blank line, an unreadable line and CRLF ends spread over the parts
      String text = Files.readString(file, StandardCharsets.UTF_8);
      int middle = text.indexOf('\n', text.length() / 2) + 1;
      Files.writeString(file, text.substring(0, middle) + "\n{not a row\n" + text.substring(middle),
          StandardCharsets.UTF_8);

      DatasetFixtures.Read single = DatasetFixtures.read(DatasetReader.create(), file);
      List<RowProblem> problems = new ArrayList<>();
      AtomicLong bytes = new AtomicLong();
      ReadResult<List<ProjectRecord>> parted = DatasetReader.create().withMinPartBytes(4_096)
          .withProgress(bytes::addAndGet).collect(file, Collectors.toList(), problems::add);

      assertThat(parted.result()).as(layout.label()).hasSize(single.records().size()).isEqualTo(single.records());
      assertThat(parted.report()).isEqualTo(single.report());
      assertThat(problems).isEqualTo(single.problems()).isNotEmpty();
      assertThat(bytes.get()).isEqualTo(Files.size(file));
    }
  }

  @Test
  void otherFilesAreCollectedInOnePass() throws IOException {
    Path chunk = DatasetFixtures.path(DatasetFixtures.WEB_ROBOTS_CHUNK);
    DatasetFixtures.Read single = DatasetFixtures.read(DatasetReader.create(), chunk);
    ReadResult<Long> counted = DatasetReader.create().withMinPartBytes(1).collect(chunk, Collectors.counting(),
        problem -> { });
    assertThat(counted.result()).isEqualTo(single.records().size());
    assertThat(counted.report()).isEqualTo(single.report());
  }
}
