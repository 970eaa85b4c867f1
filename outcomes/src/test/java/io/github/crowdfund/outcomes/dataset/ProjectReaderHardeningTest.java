package io.github.crowdfund.outcomes.dataset;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assumptions.assumeThat;

import io.github.crowdfund.core.Country;
import io.github.crowdfund.outcomes.fixtures.Fixtures;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.joda.money.CurrencyUnit;
import org.joda.money.Money;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * What the reader does with input made to break it: a broken row costs that row only, impossible values are
 * rejected with a reason, no cell makes reading slow, and bad paths and headers give documented exceptions. A read
 * that never returns fails its test rather than holding the build.
 */
@Timeout(value = 60, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
class ProjectReaderHardeningTest {

  static final String HEADER = "ID,name,category,main_category,currency,deadline,goal,launched,pledged,"
      + "state,backers,country,usd pledged,usd_pledged_real,usd_goal_real";

  @TempDir
  Path dir;

  /** A clean row: the columns of the 201801 layout, each replaceable by index. */
  static String row(long id, String... replacements) {
    List<String> fields = new ArrayList<>(List.of(Long.toString(id), "Project " + id, "Tabletop Games", "Games",
        "USD", "2016-10-15", "20000.00", "2016-09-15 18:30:00", "2000.00", "failed", "30", "US", "2000.00",
        "2000.00", "20000.00"));
    for (int i = 0; i + 1 < replacements.length; i += 2) {
      fields.set(Integer.parseInt(replacements[i]), replacements[i + 1]);
    }
    return String.join(",", fields);
  }

  /** A header and rows 1 to 5, row 3 replaced by {@code odd}. */
  private static String fileAround(String odd) {
    return HEADER + "\n" + row(1) + "\n" + row(2) + "\n" + odd + "\n" + row(4) + "\n" + row(5) + "\n";
  }

  static Fixtures.Read read(String text) {
    List<ProjectRecord> records = new ArrayList<>();
    List<RowProblem> problems = new ArrayList<>();
    try {
      ReadReport report = ProjectReader.create().read(new StringReader(text), records::add, problems::add);
      return new Fixtures.Read(records, problems, report);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private Path write(String text) throws IOException {
    return Files.writeString(dir.resolve("projects.csv"), text, StandardCharsets.UTF_8);
  }

  /** Reads the text from a file with read and with collect in many parts, checks both agree, returns the read. */
  private Fixtures.Read readBothWays(String text) throws IOException {
    Path file = write(text);
    List<ProjectRecord> records = new ArrayList<>();
    List<RowProblem> problems = new ArrayList<>();
    ReadReport report = ProjectReader.create().read(file, records::add, problems::add);
    List<RowProblem> collectedProblems = new ArrayList<>();
    ReadResult<List<ProjectRecord>> collected = ProjectReader.create().withParallelism(3).withMinPartBytes(1)
        .collect(file, Collectors.toList(), collectedProblems::add);
    assertThat(collected.result()).isEqualTo(records);
    assertThat(collected.report()).isEqualTo(report);
    assertThat(collectedProblems).isEqualTo(problems);
    assertThat(report.rowsRead()).isEqualTo(report.kept() + report.rejected());
    return new Fixtures.Read(records, problems, report);
  }

  private static void assertOnlyRowThreeRejected(Fixtures.Read read, String... reasonParts) {
    assertThat(read.records()).extracting(ProjectRecord::id).containsExactly(1L, 2L, 4L, 5L);
    assertThat(read.report().stoppedEarly()).isEmpty();
    assertThat(read.problems()).singleElement().satisfies(problem -> {
      assertThat(problem.line()).isEqualTo(4);
      assertThat(problem.reason()).contains(reasonParts);
    });
  }

  @Test
  void aCharacterAfterAClosingQuoteRejectsThatRowAndReadingGoesOn() throws IOException {
    assertOnlyRowThreeRejected(readBothWays(fileAround(row(3, "1", "\"Lamp\"x"))),
        "field 2", "'x' after its closing quote");
  }

  @Test
  void aTwentyMegabyteFieldRejectsThatRowAndReadingGoesOn() throws IOException {
    String huge = "a".repeat(20 << 20);
    assertOnlyRowThreeRejected(readBothWays(fileAround(row(3, "1", "\"" + huge + "\""))),
        "longer than " + CsvScanner.MAX_ROW_BYTES + " bytes");
    assertOnlyRowThreeRejected(read(fileAround(row(3, "1", huge))), "longer than");
  }

  @Test
  void aQuoteLeftOpenCostsItsRowNotTheRowsItSwallowed() throws IOException {
    String text = fileAround(row(3, "1", "\"Lamp")).replace(row(5), row(5, "1", "\"Desk, Oak\""));
    assertOnlyRowThreeRejected(readBothWays(text), "'D' after its closing quote");
    Fixtures.Read atTheEnd = readBothWays(HEADER + "\n" + row(1) + "\n" + row(2, "1", "\"Lamp") + "\n" + row(3));
    assertThat(atTheEnd.records()).extracting(ProjectRecord::id).containsExactly(1L, 3L);
    assertThat(atTheEnd.problems()).singleElement()
        .satisfies(problem -> assertThat(problem.reason()).contains("not closed before the end"));
  }

  @Test
  void aRowOverTheMostLinesIsRejectedAndTheLinesAfterItsFirstAreReadAgain() throws IOException {
    String name = "\"Poem" + "\nline".repeat(CsvScanner.MAX_ROW_LINES) + "\"";
    Fixtures.Read read = readBothWays(fileAround(row(3, "1", name)));
    assertThat(read.records()).extracting(ProjectRecord::id).containsExactly(1L, 2L, 4L, 5L);
    assertThat(read.problems()).first().satisfies(problem -> {
      assertThat(problem.line()).isEqualTo(4);
      assertThat(problem.reason()).contains("more than " + CsvScanner.MAX_ROW_LINES + " lines");
    });
    assertThat(read.problems()).extracting(RowProblem::line)
        .as("each line of the name is read again as a row, and rejected")
        .containsExactlyElementsOf(java.util.stream.LongStream.rangeClosed(4, 4 + CsvScanner.MAX_ROW_LINES)
            .boxed().toList());
  }

  @Test
  @Timeout(value = 15, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
  void rowsThatSwallowQuotesAcrossManyLinesDoNotMakeReadingQuadratic() throws IOException {
    // Each line opens a quote that the next line closes, so each row runs on to the line cap and is rejected, and
    // reading goes on at its second line. Without the cap on a row's lines, each of these reads again would run to
    // the byte cap (64 KiB here): 400,000 of them are gigabytes.
    int lines = 400_000;
    String text = HEADER + "\n" + "a,\"\n" + "b\",c,\"\n".repeat(lines) + row(9) + "\n";
    List<ProjectRecord> records = new ArrayList<>();
    long[] problems = new long[1];
    ReadReport report = ProjectReader.create().read(new StringReader(text), records::add,
        problem -> problems[0]++);
    assertThat(records).extracting(ProjectRecord::id).containsExactly(9L);
    assertThat(report.rejected()).isEqualTo(problems[0]).isEqualTo(lines + 1);
  }

  @ParameterizedTest(name = "{0} ''{1}''")
  @CsvSource(delimiter = ';', value = {
      "12;-5.00;usd pledged '-5.00' is negative",
      "13;-0.01;usd_pledged_real '-0.01' is negative",
      "14;-20000;usd_goal_real '-20000' is negative",
      "12;1E+999999999;usd pledged '1E+999999999' is too large",
      "14;1E-999999999;usd_goal_real '1E-999999999' has more than 18 decimals",
      "6;1E+999999999;goal '1E+999999999' is too large",
      "6;1E+2147483647;goal '1E+2147483647' is too large",
      "6;1E+10000000;goal '1E+10000000' is too large",
      "8;-1.00;pledged '-1.00' is negative",
      "5;9999-12-31;deadline '9999-12-31' is after 2099-12-31",
      "5;2017-01-15;deadline '2017-01-15' is 122 days after the launch",
      "5;2015-10-09garbage!!;deadline '2015-10-09garbage!!' is not yyyy-MM-dd HH:mm:ss",
      "7;9999-01-01 10:00:00;launched '9999-01-01T10:00:00Z' is after 2099-12-31",
      "11;XX;country 'XX' is not an ISO 3166",
      "4;XAU;currency 'XAU' is an ISO 4217 pseudo-currency",
      "4;XXX;currency 'XXX' is an ISO 4217 pseudo-currency",
  })
  void impossibleValuesAreRejectedWithTheirReason(int column, String value, String reason) throws IOException {
    assertOnlyRowThreeRejected(readBothWays(fileAround(row(3, Integer.toString(column), value))), reason);
  }

  @Test
  void aTenMillionDigitNumberIsRefusedUnread() throws IOException {
    String digits = "1".repeat(10_000_000);
    for (String goal : List.of(digits, "1E+" + digits, "\"" + digits + "\"")) {
      assertOnlyRowThreeRejected(read(fileAround(row(3, "6", goal))),
          "longer than " + CsvScanner.MAX_ROW_BYTES + " bytes");
    }
    String longNumber = "1".repeat(ProjectRowParser.MAX_NUMBER_BYTES + 1);
    assertOnlyRowThreeRejected(read(fileAround(row(3, "6", longNumber))),
        "longer than " + ProjectRowParser.MAX_NUMBER_BYTES + " characters");
  }

  @Test
  void anErrorMessageQuotesALongValueCutShort() {
    Fixtures.Read read = read(fileAround(row(3, "12", "7".repeat(1000))));
    assertThat(read.problems()).singleElement().satisfies(problem -> assertThat(problem.reason())
        .contains("usd pledged '" + "7".repeat(CsvFields.QUOTED_CHARS) + "…' (1000 bytes) is longer than")
        .hasSizeLessThan(200));
  }

  @Test
  void aDirectoryIsRefusedWithTheDocumentedIOException() {
    for (ThrowingRead read : List.<ThrowingRead>of(
        file -> ProjectReader.create().read(file, record -> { }, problem -> { }),
        file -> ProjectReader.create().collect(file, Collectors.toList(), problem -> { }))) {
      assertThatThrownBy(() -> read.read(dir))
          .isInstanceOf(FileSystemException.class)
          .hasMessageContaining(dir.toString())
          .hasMessageContaining("is a directory");
      assertThatThrownBy(() -> read.read(dir.resolve("nowhere.csv"))).isInstanceOf(NoSuchFileException.class);
    }
  }

  @Test
  void aSpecialFileIsRefusedBeforeItIsOpened() {
    // A FIFO or a device could block a reader forever; /dev/null stands for them (the check is the same), without
    // starting a process to make a FIFO.
    Path device = Path.of("/dev/null");
    assumeThat(Files.exists(device)).as("/dev/null exists here").isTrue();
    assertThatThrownBy(() -> ProjectReader.create().read(device, record -> { }, problem -> { }))
        .isInstanceOf(FileSystemException.class)
        .hasMessageContaining("not a regular file");
    assertThatThrownBy(() -> ProjectReader.create().collect(device, Collectors.toList(), problem -> { }))
        .isInstanceOf(FileSystemException.class)
        .hasMessageContaining("not a regular file");
  }

  /** A read of a path. */
  private interface ThrowingRead {
    void read(Path file) throws IOException;
  }

  @Test
  void aHeaderThatCannotBeSplitIsRefusedWithTheDocumentedException() throws IOException {
    for (String header : List.of("\"ID\"x,name", "\"ID,name", "\"ID\"\"" + "x".repeat(CsvScanner.MAX_ROW_BYTES))) {
      Path file = write(header + "\n" + row(1) + "\n");
      assertThatThrownBy(() -> ProjectReader.create().read(file, record -> { }, problem -> { }))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessageContaining("the header on line 1 cannot be split into fields")
          .hasMessageContaining("usd_goal_real");
      assertThatThrownBy(() -> ProjectReader.create().collect(file, Collectors.toList(), problem -> { }))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessageContaining("the header on line 1 cannot be split into fields");
    }
  }

  @Test
  void aRecordRefusesImpossibleValues() {
    ProjectRecord.Builder builder = ProjectRecord.builder().id(1).name("n").category("c").mainCategory("m")
        .goal(Money.parse("USD 10.00")).pledged(Money.parse("USD 1.00")).state(ProjectState.FAILED).backers(1)
        .launched(Instant.parse("2015-01-01T00:00:00Z")).deadline(LocalDate.of(2015, 2, 1));
    assertThat(builder.build().deadline()).isEqualTo(LocalDate.of(2015, 2, 1));
    assertThatThrownBy(() -> builder.usdPledged(new BigDecimal("-1")).build())
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("'-1' is negative");
    builder.usdPledged(BigDecimal.ONE);
    assertThatThrownBy(() -> builder.country(Country.of("XX")).build())
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("country 'XX'");
    builder.country(Country.of("GB"));
    assertThatThrownBy(() -> builder.deadline(LocalDate.of(9999, 12, 31)).build())
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("deadline '9999-12-31'");
    builder.deadline(LocalDate.of(2015, 2, 1));
    CurrencyUnit gold = CurrencyUnit.of("XAU");
    assertThatThrownBy(() -> builder.goal(Money.ofMajor(gold, 10)).pledged(Money.ofMajor(gold, 1)).build())
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("'XAU'");
  }
}
