package io.github.crowdfund.outcomes.dataset;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * A Web Robots CSV chunk with a broken row is read to its end: the broken row is rejected with its line and every
 * other row is read; a header that cannot be split into fields refuses the file with a message naming it.
 */
class WebRobotsCsvBrokenRowsTest {

  private final List<ProjectRecord> kept = new ArrayList<>();
  private final List<RowProblem> rejected = new ArrayList<>();

  /** The fixture chunk's header and three of its rows that are readable and take one line each. */
  private static List<String> chunkLines() throws IOException {
    List<String> lines = Files.readAllLines(DatasetFixtures.path(DatasetFixtures.WEB_ROBOTS_CHUNK),
        StandardCharsets.UTF_8);
    return List.of(lines.get(0), lines.get(1), lines.get(5), lines.get(7));
  }

  private ReadReport read(String text) throws IOException {
    return DatasetReader.create().read(new StringReader(text), "chunk.csv", Optional.empty(), kept::add,
        rejected::add);
  }

  @Test
  void aCharacterAfterAClosingQuoteRejectsThatRowAndReadingGoesOn() throws IOException {
    List<String> lines = chunkLines();
    String broken = lines.get(2).replaceFirst("^140,,", "140,\"Lamp\"x,");
    assertThat(broken).isNotEqualTo(lines.get(2));

    ReadReport report = read(String.join("\n", lines.get(0), lines.get(1), broken, lines.get(3)) + "\n");

    assertThat(report.stoppedEarly()).isEmpty();
    assertThat(report.rowsRead()).isEqualTo(3);
    assertThat(report.kept()).isEqualTo(2);
    assertThat(kept).extracting(record -> record.provenance().orElseThrow().line()).containsExactly(2L, 4L);
    assertThat(rejected).singleElement().satisfies(problem -> {
      assertThat(problem.line()).isEqualTo(3);
      assertThat(problem.file()).contains("chunk.csv");
      assertThat(problem.reason()).contains("cannot be split into fields");
    });
  }

  @Test
  void aQuoteLeftOpenRejectsItsRowAndTheRowsAfterItAreReadAgain() throws IOException {
    List<String> lines = chunkLines();
    String open = lines.get(1).replaceFirst(",", ",\"");

    ReadReport report = read(String.join("\n", lines.get(0), open, lines.get(2), lines.get(3)) + "\n");

    assertThat(report.stoppedEarly()).isEmpty();
    assertThat(kept).extracting(record -> record.provenance().orElseThrow().line()).containsExactly(3L, 4L);
    assertThat(rejected).extracting(RowProblem::line).containsExactly(2L);
  }

  @Test
  void aHeaderWithABadQuoteRefusesTheFileNamingIt() throws IOException {
    List<String> lines = chunkLines();
    String header = "\"backers_count\"x" + lines.get(0).substring("backers_count".length());

    assertThatThrownBy(() -> read(header + "\n" + lines.get(1) + "\n"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("chunk.csv: ");
    assertThat(kept).isEmpty();
    assertThat(rejected).isEmpty();
  }

  @Test
  void anInputOfOnlyAByteOrderMarkIsEmpty() {
    assertThatThrownBy(() -> read("\uFEFF\n"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("chunk.csv: the input is empty");
  }
}
