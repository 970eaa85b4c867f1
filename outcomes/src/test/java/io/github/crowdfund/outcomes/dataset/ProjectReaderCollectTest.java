package io.github.crowdfund.outcomes.dataset;


import io.github.crowdfund.outcomes.fixtures.Fixtures;
import io.github.crowdfund.outcomes.fixtures.OutcomeGenerators;
import io.github.crowdfund.outcomes.statistics.Grouping;
import io.github.crowdfund.outcomes.statistics.OutcomeAccumulator;
import io.github.crowdfund.outcomes.statistics.OutcomeStatistics;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Collector;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;

/**
 * {@link ProjectReader#collect} gives what one sequential {@link ProjectReader#read} of the same file gives. A collect
 * that never returns fails its test after a minute rather than holding the build.
 */
@Timeout(value = 60, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
class ProjectReaderCollectTest {

  private static final String HEADER = "ID,name,category,main_category,currency,deadline,goal,launched,pledged,"
      + "state,backers,country,usd pledged,usd_pledged_real,usd_goal_real";
  private static final String ROW_REST = ",Tabletop Games,Games,USD,2016-10-15,20000.00,2016-09-15 18:30:00,"
      + "2000.00,failed,30,US,2000.00,2000.00,20000.00";

  private static ExecutorService threeThreads;

  @TempDir
  Path dir;

  /** Where {@code collect} runs the parts after the first. */
  enum Runner {
    COMMON_POOL,
    THREE_THREADS,
    INLINE,
    REJECTING;

    Executor executor() {
      return switch (this) {
        case COMMON_POOL -> ForkJoinPool.commonPool();
        case THREE_THREADS -> threeThreads;
        case INLINE -> Runnable::run;
        case REJECTING -> task -> {
          throw new RejectedExecutionException("this executor runs nothing");
        };
      };
    }
  }

  @BeforeAll
  static void startThreads() {
    threeThreads = Executors.newFixedThreadPool(3);
  }

  @AfterAll
  static void stopThreads() {
    threeThreads.shutdownNow();
  }

  private static Fixtures.Read readSequentially(Path file) throws IOException {
    List<ProjectRecord> records = new ArrayList<>();
    List<RowProblem> problems = new ArrayList<>();
    ReadReport report = ProjectReader.create().read(file, records::add, problems::add);
    return new Fixtures.Read(records, problems, report);
  }

  private static Fixtures.Read collectInParts(ProjectReader reader, Path file) throws IOException {
    List<RowProblem> problems = new ArrayList<>();
    Thread caller = Thread.currentThread();
    ReadResult<List<ProjectRecord>> result = reader.collect(file, Collectors.toList(), problem -> {
      assertThat(Thread.currentThread()).as("thread passing on " + problem).isSameAs(caller);
      problems.add(problem);
    });
    return new Fixtures.Read(result.result(), problems, result.report());
  }

  private static ProjectReader inParts(int parallelism, long minPartBytes, Runner runner) {
    return ProjectReader.create().withParallelism(parallelism).withMinPartBytes(minPartBytes)
        .withExecutor(runner.executor());
  }

  private Path write(String text) {
    try {
      return Files.writeString(dir.resolve("projects.csv"), text, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private Path copyOfFixture(String name) throws IOException {
    Path file = dir.resolve(name);
    try (InputStream in = Fixtures.open(name)) {
      Files.copy(in, file);
    }
    return file;
  }

  private static String row(long id, String name) {
    return id + "," + name + ROW_REST;
  }

  /** A header and {@code rows} clean rows ended by LF, the row numbered {@code odd} (from 1) replaced. */
  private static String fileWith(int rows, int odd, String oddRow) {
    StringBuilder text = new StringBuilder(HEADER).append('\n');
    for (int i = 1; i <= rows; i++) {
      text.append(i == odd ? oddRow : row(1_000_000_000L + i, "Project " + i)).append('\n');
    }
    return text.toString();
  }

  private void assertEveryPartingGivesTheSequentialResult(Path file) throws IOException {
    Fixtures.Read sequential = readSequentially(file);
    for (Runner runner : Runner.values()) {
      for (int parallelism = 1; parallelism <= 6; parallelism++) {
        for (long minPartBytes : new long[] {1, 40, 150}) {
          assertThat(collectInParts(inParts(parallelism, minPartBytes, runner), file))
              .as("%s, parallelism %d, parts of at least %d bytes", runner, parallelism, minPartBytes)
              .isEqualTo(sequential);
        }
      }
    }
  }

  @ParameterizedTest
  @EnumSource(Runner.class)
  void collectGivesTheRecordsReportAndProblemsOfOneSequentialRead(Runner runner) {
    Path file = dir.resolve("generated.csv");
    qt().withExamples(150)
        .forAll(OutcomeGenerators.dirty201801Files(), OutcomeGenerators.parallelisms(),
            OutcomeGenerators.tinyPartSizes())
        .checkAssert((csv, parallelism, minPartBytes) -> {
          try {
            Files.writeString(file, csv.text(), StandardCharsets.UTF_8);
            assertThat(collectInParts(inParts(parallelism, minPartBytes, runner), file))
                .isEqualTo(readSequentially(file));
          } catch (IOException e) {
            throw new UncheckedIOException(e);
          }
        });
  }

  @Test
  void theDirtyFixtureReadInManyPartsGivesTheSequentialReportAndProblems() throws IOException {
    Path file = copyOfFixture(Fixtures.DIRTY_201801);
    assertThat(PartedRead.partStarts(file, 6, 1)).hasSize(6);
    Fixtures.Read sequential = readSequentially(file);
    assertThat(sequential.problems()).hasSize(6);
    assertEveryPartingGivesTheSequentialResult(file);
  }

  @Test
  void theOutcomeCollectorGivesTheStatisticsOfTheAccumulatorFilledByRead() throws IOException {
    Path file = copyOfFixture(Fixtures.DIRTY_201801);
    EnumSet<Grouping> groupings = EnumSet.allOf(Grouping.class);
    OutcomeAccumulator accumulator = OutcomeAccumulator.of(groupings);
    ReadReport report = ProjectReader.create().read(file, accumulator, problem -> { });
    for (Runner runner : Runner.values()) {
      ReadResult<OutcomeStatistics> collected = inParts(6, 1, runner)
          .collect(file, OutcomeAccumulator.collector(groupings), problem -> { });
      assertThat(collected.result()).as("%s", runner).isEqualTo(accumulator.result());
      assertThat(collected.report()).isEqualTo(report);
    }
  }

  @Test
  void anEmptyFileOrAnUnknownHeaderIsRefusedAsReadRefusesIt() {
    for (String text : List.of("", "\uFEFF", "\n\n", "id,title,goal\n1,Loom,100\n")) {
      Path file = write(text);
      String refusal = catchRefusal(() -> ProjectReader.create().read(file, record -> { }, problem -> { }));
      for (Runner runner : Runner.values()) {
        assertThatThrownBy(() -> inParts(4, 1, runner).collect(file, Collectors.toList(), problem -> { }))
            .isInstanceOf(IllegalArgumentException.class)
            .hasMessage(refusal);
      }
    }
  }

  private static String catchRefusal(ThrowingCall call) {
    try {
      call.run();
    } catch (IllegalArgumentException e) {
      return e.getMessage();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    throw new AssertionError("read accepted the file");
  }

  /** A call that may throw an {@link IOException}. */
  private interface ThrowingCall {
    void run() throws IOException;
  }

  @Test
  void parallelismBelowOneIsRefusedNamingTheValue() {
    assertThatThrownBy(() -> ProjectReader.create().withParallelism(0))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("'0'");
    assertThatThrownBy(() -> ProjectReader.create().withParallelism(-3))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("'-3'");
  }

  /** A collector to a list whose accumulator throws on one record. */
  private static Collector<ProjectRecord, List<ProjectRecord>, List<ProjectRecord>> refusing(long id,
      AtomicLong accumulated) {
    return Collector.of(ArrayList::new, (list, record) -> {
      accumulated.incrementAndGet();
      if (record.id() == id) {
        throw new IllegalStateException("refused " + id);
      }
      list.add(record);
    }, (left, right) -> {
      left.addAll(right);
      return left;
    });
  }

  @Test
  void aCollectorThatThrowsMakesCollectThrowItAndLeavesNoPartRunning() throws IOException {
    Path file = write(fileWith(60, 0, ""));
    Fixtures.Read sequential = readSequentially(file);
    for (Runner runner : Runner.values()) {
      ProjectReader reader = inParts(6, 1, runner);
      for (long id : new long[] {1_000_000_001L, 1_000_000_030L, 1_000_000_060L}) {
        AtomicLong accumulated = new AtomicLong();
        assertThatThrownBy(() -> reader.collect(file, refusing(id, accumulated), problem -> { }))
            .isInstanceOf(IllegalStateException.class)
            .hasMessage("refused " + id);
        long afterThrow = accumulated.get();
        assertThat(collectInParts(reader, file)).as("%s, the collect after", runner).isEqualTo(sequential);
        assertThat(accumulated).as("records accumulated after collect threw").hasValue(afterThrow);
      }
    }
  }

  @Test
  void aQuotedNameWithManyLineFeedsAcrossThePartBoundariesGivesTheSequentialResult() throws IOException {
    StringBuilder name = new StringBuilder("\"Songs");
    for (int line = 0; line < 200; line++) {
      name.append("\nverse ").append(line).append(", \"\"refrain\"\"");
    }
    name.append('"');
    String text = fileWith(20, 10, row(1_000_000_010L, name.toString()));
    Path file = write(text);
    long nameStart = text.indexOf("\"Songs");
    long nameEnd = text.indexOf("refrain\"\"\"") + 10;
    assertThat(PartedRead.partStarts(file, 4, 1))
        .as("a part starts inside the name")
        .anyMatch(start -> start > nameStart && start < nameEnd);
    assertThat(readSequentially(file).records()).hasSize(20);
    assertEveryPartingGivesTheSequentialResult(file);
  }

  @Test
  void aLoneCarriageReturnInAQuotedLastFieldGivesTheSequentialResult() throws IOException {
    // FastCSV 4.1.0 takes the LF ending this short row for the end of a CRLF begun by the CR inside the quotes: it
    // counts one line less than the bytes hold and reads the next row into this one.
    Path file = write(fileWith(8, 3, "1000000003,\"Short\rRow\""));
    Fixtures.Read sequential = readSequentially(file);
    assertThat(sequential.records()).extracting(ProjectRecord::id).doesNotContain(1_000_000_004L);
    assertEveryPartingGivesTheSequentialResult(file);
  }

  @Test
  void aRowThatCannotBeParsedStopsTheReadWhereReadStops() throws IOException {
    String twoLineName = row(1_000_000_004L, "\"Two\nLines\"");
    String unparseable = row(1_000_000_005L, "\"Closed\" then more");
    Path file = write(fileWith(8, 4, twoLineName).replace(row(1_000_000_005L, "Project 5"), unparseable));
    Fixtures.Read sequential = readSequentially(file);
    assertThat(sequential.report().stoppedEarly()).hasValueSatisfying(problem -> {
      assertThat(problem.line()).isEqualTo(7);
      assertThat(problem.reason()).contains("Unexpected character after closing quote");
    });
    assertThat(PartedRead.partStarts(file, 6, 1)).contains((long) fileWith(8, 4, twoLineName).indexOf("1000000005"));
    assertEveryPartingGivesTheSequentialResult(file);
  }
}
