package io.github.crowdfund.outcomes.dataset;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;

import io.github.crowdfund.outcomes.fixtures.OutcomeGenerators;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DatasetReaderSplitTest {

  private static final String KAGGLE_HEADER = "ID,name,category,main_category,currency,deadline,goal,launched,"
      + "pledged,state,backers,country,usd pledged,usd_pledged_real,usd_goal_real";

  @TempDir
  Path dir;

  /** Reads a file in the splits of a plan and checks that they give what one read gives; returns the splits. */
  static List<FileSplit> assertSplitReadEqualsOneRead(DatasetReader reader, Path file, long splitBytes)
      throws IOException {
    DatasetFixtures.Read whole = DatasetFixtures.read(reader, file);
    SeekableSource source = SeekableSource.of(file);
    List<FileSplit> splits = reader.split(source, file.toString(), splitBytes);
    // a source that does not tell its size is scanned to the end, and cut at the same rows
    assertThat(reader.split(source::openAt, file.toString(), splitBytes)).as("%s without its size", file)
        .isEqualTo(splits);
    List<ProjectRecord> records = new ArrayList<>();
    List<RowProblem> problems = new ArrayList<>();
    ReadReport report = null;
    for (FileSplit split : splits) {
      ReadReport part = reader.readSplit(source, file.toString(), SnapshotNames.dateOf(file), split, records::add,
          problems::add);
      report = report == null ? part : report.plus(part);
    }
    String as = file.getFileName() + " in splits of " + splitBytes + " bytes: " + splits;
    assertThat(records).as(as).isEqualTo(whole.records());
    assertThat(problems).as(as).isEqualTo(whole.problems());
    assertThat(report).as(as).isEqualTo(whole.report());
    assertThat(splits.get(0).start()).isZero();
    assertThat(splits.get(splits.size() - 1).end()).isEqualTo(Long.MAX_VALUE);
    for (int i = 1; i < splits.size(); i++) {
      assertThat(splits.get(i).start()).isEqualTo(splits.get(i - 1).end());
    }
    return splits;
  }

  private static void assertEverySplitSize(Path file) throws IOException {
    long size = Files.size(file);
    int most = 0;
    for (long bytes = 1; bytes < 48; bytes++) {
      most = Math.max(most, assertSplitReadEqualsOneRead(DatasetReader.create(), file, bytes).size());
    }
    for (long bytes : new long[] {64, 131, 400, size / 2, size, size + 1}) {
      assertSplitReadEqualsOneRead(DatasetReader.create(), file, Math.max(1, bytes));
    }
    assertThat(most).as(file.toString()).isGreaterThan(2);
    assertThat(DatasetReader.create().split(SeekableSource.of(file), file.toString(), size + 1)).hasSize(1);
  }

  @Test
  void aKaggleFileWithQuotedNamesOfSeveralLinesGivesTheOneReadWhereverItIsCut() throws IOException {
    String row = "1000000001,Pocket Loom,Crafts,Crafts,USD,2015-06-30,1000.00,2015-05-31 10:00:00,1250.00,successful,"
        + "25,US,1250.00,1250.00,1000.00";
    String text = "\uFEFF" + KAGGLE_HEADER + "\r\n"
        + row + "\r\n"
        + row.replace("Pocket Loom", "\"Two\r\nLines, \"\"quoted\"\"\r\nand three\"").replace("01,", "02,") + "\r\n"
        + row.replace("Pocket Loom", "\"星の\n音楽会 Книга\"").replace("01,", "03,") + "\n"
        + "\r\n"
        + row.replace("Pocket Loom", "\"Stray\nquote\"x").replace("01,", "04,") + "\n"
        + row.replace("Pocket Loom", "\"Swallowed\n").replace("01,", "05,") + "\n"
        + row.replace("01,", "06,") + "\r"
        + row.replace("Pocket Loom", "Unquoted \"mid\" quote").replace("01,", "07,") + "\n"
        + row.replace("Crafts,Crafts", "Crafts,Crafts,extra").replace("Pocket Loom", "\"Shifted\nby one\"")
            .replace("01,", "08,") + "\n"
        + row.replace("01,", "09,").replace("1000.00,2015", "-1,2015") + "\n"
        + row.replace("Pocket Loom", "\"Last é\r\nrow\"").replace("01,", "10,");
    Path file = dir.resolve("ks-projects-201801.csv");
    Files.writeString(file, text, StandardCharsets.UTF_8);

    assertThat(DatasetFixtures.read(DatasetReader.create(), file).problems()).hasSizeGreaterThan(2);
    assertEverySplitSize(file);
  }

  @Test
  void dirtyKaggleFilesGiveTheOneReadWhereverTheyAreCut() {
    Path file = dir.resolve("ks-projects-201801.csv");
    qt().withExamples(200)
        .forAll(OutcomeGenerators.dirty201801Files(), OutcomeGenerators.tinyPartSizes())
        .checkAssert((csv, splitBytes) -> {
          try {
            Files.writeString(file, csv.text(), StandardCharsets.UTF_8);
            assertSplitReadEqualsOneRead(DatasetReader.create(), file, splitBytes);
          } catch (IOException e) {
            throw new UncheckedIOException(e);
          }
        });
  }

  @Test
  void theHandWrittenFixturesOfEveryLayoutGiveTheOneReadWhereverTheyAreCut() throws IOException {
    for (String name : List.of("ks-201801-dirty.csv", "ks-201612-sample.csv", DatasetFixtures.ICPSR,
        DatasetFixtures.WEB_ROBOTS_JSON, DatasetFixtures.WEB_ROBOTS_CHUNK, DatasetFixtures.WEB_ROBOTS_CHUNK_1)) {
      Path fixture = name.startsWith("ks-") ? Path.of(DatasetFixtures.path(DatasetFixtures.ICPSR).getParent()
          .getParent().toString(), "fixtures", name) : DatasetFixtures.path(name);
      assertEverySplitSize(fixture);
    }
  }

  @Test
  void lineFilesWithEveryLineEndAndBlankLinesBeforeTheHeaderGiveTheOneReadWhereverTheyAreCut() throws IOException {
    List<String> ends = List.of("\n", "\r\n", "\r");
    for (String name : List.of(DatasetFixtures.ICPSR, DatasetFixtures.WEB_ROBOTS_JSON)) {
      String[] lines = Files.readString(DatasetFixtures.path(name), StandardCharsets.UTF_8).split("\r\n|\r|\n");
      StringBuilder text = new StringBuilder("\uFEFF\r\n \n");
      for (int i = 0; i < lines.length; i++) {
        text.append(lines[i]).append(ends.get(i % ends.size()));
      }
      Path file = Files.createDirectories(dir.resolve("ends")).resolve(name);
      Files.writeString(file, text, StandardCharsets.UTF_8);
      assertEverySplitSize(file);
    }
  }

  @Test
  void generatedFilesOfEveryLayoutGiveTheOneReadWhereverTheyAreCut() throws IOException {
    for (DatasetLayout layout : List.of(DatasetLayout.KAGGLE_201801, DatasetLayout.ICPSR_38050,
        DatasetLayout.WEB_ROBOTS_CSV, DatasetLayout.WEB_ROBOTS_JSON)) {
      Path file = dir.resolve("generated-" + layout.label());
      DatasetGenerator.create().write(layout, file, 400, 11, written -> { });
      long size = Files.size(file);
      for (long bytes : new long[] {499, 4_001, size / 3}) {
        assertThat(assertSplitReadEqualsOneRead(DatasetReader.create(), file, bytes)).hasSizeGreaterThan(2);
      }
    }
  }

  @Test
  void aCsvFileThatIsNotValidUtf8IsOneSplitReadAsOneRead() throws IOException {
    Path file = dir.resolve("latin.csv");
    byte[] head = (KAGGLE_HEADER + "\n1000000001,Caf").getBytes(StandardCharsets.US_ASCII);
    byte[] tail = (",Crafts,Crafts,USD,2015-06-30,1000.00,2015-05-31 10:00:00,1250.00,successful,25,US,1250.00,"
        + "1250.00,1000.00\n").getBytes(StandardCharsets.US_ASCII);
    byte[] bytes = new byte[head.length + 1 + tail.length * 1];
    System.arraycopy(head, 0, bytes, 0, head.length);
    bytes[head.length] = (byte) 0xE9;
    System.arraycopy(tail, 0, bytes, head.length + 1, tail.length);
    Files.write(file, bytes);

    assertThat(assertSplitReadEqualsOneRead(DatasetReader.create(), file, 10)).hasSize(1);
  }

  @Test
  void aCsvFileWithBytesThatAreNotUtf8PastItsLastCutIsOneSplit() throws IOException {
    Path file = dir.resolve("latin-tail.csv");
    DatasetGenerator.create().write(DatasetLayout.KAGGLE_201801, file, 40_000, 4, written -> { });
    byte[] bytes = Files.readAllBytes(file);
    // 5.5 MB, more than the scanner reads ahead of the one cut near the middle; the last row's first byte made one
    // that no UTF-8 text has
    int lastRow = new String(bytes, StandardCharsets.ISO_8859_1).lastIndexOf("\r\n", bytes.length - 3) + 2;
    bytes[lastRow] = (byte) 0xFF;
    Files.write(file, bytes);

    assertThat(assertSplitReadEqualsOneRead(DatasetReader.create(), file, bytes.length / 2 + 1)).hasSize(1);
  }

  @Test
  void aFileChangedSinceItWasSplitIsRefused() throws IOException {
    Path file = dir.resolve("ks.csv");
    DatasetGenerator.create().write(DatasetLayout.KAGGLE_201801, file, 50, 3, written -> { });
    List<FileSplit> splits = DatasetReader.create().split(SeekableSource.of(file), "ks.csv", 2_000);
    Files.writeString(file, Files.readString(file).replaceFirst("\r\n", "\r\nx,"));

    assertThatThrownBy(() -> DatasetReader.create().readSplit(SeekableSource.of(file), "ks.csv",
        java.util.Optional.empty(), splits.get(1), record -> { }, problem -> { }))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("changed since it was split");
  }

  @Test
  void aSplitSizeBelowOneIsRefused() throws IOException {
    Path file = DatasetFixtures.path(DatasetFixtures.ICPSR);
    assertThatThrownBy(() -> DatasetReader.create().split(SeekableSource.of(file), "f", 0))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("'0'");
  }
}
