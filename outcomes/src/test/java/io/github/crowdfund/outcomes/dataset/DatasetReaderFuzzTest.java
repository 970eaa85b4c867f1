package io.github.crowdfund.outcomes.dataset;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.TreeSet;

/**
 * Coverage-guided fuzz test of {@link DatasetReader}, every layout at once (the layout is recognised from the bytes).
 * In {@code mvn verify} it replays its corpus, the files in
 * {@code src/test/resources/io/github/crowdfund/outcomes/dataset/DatasetReaderFuzzTestInputs/datasetRead/} (raw
 * bytes: ICPSR, Web Robots CSV and JSON lines, Kaggle, and the bad cases reported so far). {@code JAZZER_FUZZ=1}
 * makes it fuzz for its time budget; see the README.
 *
 * <p>The contract it checks: the reader either refuses the input as a whole with the documented
 * {@link IllegalArgumentException} (empty, or no layout fits its first line) before it passes on any row, or returns
 * a report in which every row is accounted for: {@code read == kept + rejected}, every kept record passed to the
 * sink and every rejected row to the problem listener, none stopped early; and, for the layouts whose records carry
 * their line, every line on which a record starts is the line of exactly one kept record or one rejection, in file
 * order. Nothing else: no other exception, no row lost.
 */
class DatasetReaderFuzzTest {

  /** Prefixes of the messages with which a reader refuses an input as a whole. */
  private static final List<String> REFUSALS = List.of("fuzz: ", "the input is empty", "the header on line ",
      "header '");

  @FuzzTest(maxDuration = "30s")
  void datasetRead(byte[] input) throws IOException {
    List<ProjectRecord> kept = new ArrayList<>();
    List<RowProblem> rejected = new ArrayList<>();
    ReadReport report;
    try {
      report = DatasetReader.create()
          .read(new ByteArrayInputStream(input), "fuzz", Optional.empty(), kept::add, rejected::add);
    } catch (IllegalArgumentException refused) {
      assertThat(kept).as("records passed on before the input was refused").isEmpty();
      assertThat(rejected).as("rows rejected before the input was refused").isEmpty();
      String message = refused.getMessage();
      assertThat(REFUSALS.stream().anyMatch(message::startsWith))
          .as("a refusal of the whole input, was: %s", message).isTrue();
      return;
    }
    assertThat(report.stoppedEarly()).as("reading stopped before the end").isEmpty();
    assertThat(report.rowsRead()).isEqualTo(report.kept() + report.rejected());
    assertThat((long) kept.size()).as("records passed to the sink").isEqualTo(report.kept());
    assertThat((long) rejected.size()).as("rows passed to the problem listener").isEqualTo(report.rejected());
    assertThat(rejected).allSatisfy(problem -> {
      assertThat(problem.file()).contains("fuzz");
      assertThat(problem.reason()).isNotBlank();
    });
    List<String> lines = RecordStarts.lines(new String(input, StandardCharsets.UTF_8));
    if (report.layout() == DatasetLayout.KAGGLE_201801 || report.layout() == DatasetLayout.KAGGLE_201612) {
      assertThat(rejected).allSatisfy(problem -> assertThat(problem.line()).isBetween(1L, (long) lines.size()));
      return;
    }
    List<Long> starts = new ArrayList<>();
    kept.forEach(record -> starts.add(record.provenance().orElseThrow().line()));
    rejected.forEach(problem -> starts.add(problem.line()));
    TreeSet<Long> distinct = new TreeSet<>(starts);
    assertThat(distinct).as("record starts reported twice").hasSize(starts.size());
    assertThat(kept).extracting(record -> record.provenance().orElseThrow().line()).isSorted();
    assertThat(rejected).extracting(RowProblem::line).isSorted();
    Optional<TreeSet<Long>> expected = RecordStarts.expected(report.layout(), lines);
    if (expected.isPresent()) {
      assertThat(distinct).as("lines on which a record starts").isEqualTo(expected.get());
    } else {
      assertThat(distinct).allSatisfy(line -> {
        assertThat(line).isBetween(1L, (long) lines.size());
        assertThat(lines.get((int) (line - 1))).isNotEmpty();
      });
    }
  }

  /** An independent model of where records start, for the inputs whose record starts can be told line by line. */
  static final class RecordStarts {

    private RecordStarts() {}

    /** The lines of a text: each ends at LF, CRLF or a lone CR, and an empty last line is no line. */
    static List<String> lines(String text) {
      List<String> lines = new ArrayList<>();
      int start = 0;
      for (int i = 0; i < text.length(); i++) {
        char c = text.charAt(i);
        if (c == '\n' || c == '\r') {
          lines.add(text.substring(start, i));
          if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
            i++;
          }
          start = i + 1;
        }
      }
      if (start < text.length()) {
        lines.add(text.substring(start));
      }
      return lines;
    }

    /**
     * The 1-based lines on which records start: for JSON lines every line that is not blank; for ICPSR every line
     * that is not blank nor the header (the first line that is not blank); for a Web Robots CSV without quotes
     * (so one record per line) every line that is not empty nor the header. Empty for a CSV with quotes.
     */
    static Optional<TreeSet<Long>> expected(DatasetLayout layout, List<String> lines) {
      TreeSet<Long> starts = new TreeSet<>();
      String header = null;
      for (int i = 0; i < lines.size(); i++) {
        String line = lines.get(i);
        switch (layout) {
          case WEB_ROBOTS_JSON:
            if (!line.isBlank()) {
              starts.add(i + 1L);
            }
            break;
          case ICPSR_38050:
            if (line.isBlank()) {
              break;
            }
            if (header == null) {
              header = line;
            } else if (!line.equals(header)) {
              starts.add(i + 1L);
            }
            break;
          case WEB_ROBOTS_CSV:
            if (lines.stream().anyMatch(text -> text.indexOf('"') >= 0)) {
              return Optional.empty();
            }
            if (line.isEmpty()) {
              break;
            }
            if (header == null) {
              header = line;
            } else if (!line.equals(header)) {
              starts.add(i + 1L);
            }
            break;
          default:
            return Optional.empty();
        }
      }
      return Optional.of(starts);
    }
  }
}
