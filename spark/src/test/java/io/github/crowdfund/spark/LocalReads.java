package io.github.crowdfund.spark;

import io.github.crowdfund.outcomes.dataset.DatasetGenerator;
import io.github.crowdfund.outcomes.dataset.DatasetLayout;
import io.github.crowdfund.outcomes.dataset.DatasetReader;
import io.github.crowdfund.outcomes.dataset.ProjectRecord;
import io.github.crowdfund.outcomes.dataset.ReadReport;
import io.github.crowdfund.outcomes.dataset.RowProblem;
import io.github.crowdfund.outcomes.dataset.SnapshotNames;
import io.github.crowdfund.outcomes.dataset.SnapshotPanel;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.stream.Stream;

/** The local path the Spark engine is compared with, and the inputs of the comparisons. */
final class LocalReads {

  /** The first 10,000 rows of the real Kaggle 201801 file, on machines that have it. */
  static final Path REAL_SLICE = Path.of("/work/shared/data/ks-projects-201801-first10k.csv");

  private LocalReads() {}

  /** Reads each file on this thread as the local reader reads it, every kept record into {@code sink}. */
  static List<FileRead> readEach(List<Path> files, Consumer<ProjectRecord> sink) throws IOException {
    List<FileRead> reads = new ArrayList<>();
    for (Path file : files) {
      List<RowProblem> problems = new ArrayList<>();
      ReadReport report = DatasetReader.create().read(file, sink, problems::add);
      reads.add(new FileRead(file.toString(), report, problems));
    }
    return reads;
  }

  /** Finds a file or folder of the outcomes module's test resources (whatever package folder it sits in). */
  static Path outcomesFixture(String name) {
    try (Stream<Path> files = Files.walk(Path.of("..", "outcomes", "src", "test", "resources"))) {
      return files.filter(file -> file.getFileName().toString().equals(name)).findFirst()
          .orElseThrow(() -> new IllegalStateException("no fixture " + name + " in the outcomes module's tests"));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The hand-written fixtures of every layout: Kaggle, ICPSR, a Web Robots JSON scrape and a CSV scrape's chunks. */
  static List<Path> fixtures() {
    Path chunks = outcomesFixture("Kickstarter_2018-11-15T03_20_12_200Z");
    return List.of(outcomesFixture("ks-201801-dirty.csv"), outcomesFixture("icpsr-dirty.tsv"),
        outcomesFixture("Kickstarter_2018-01-12T10_20_09_196Z.json"), chunks.resolve("Kickstarter.csv"),
        outcomesFixture("ks-201612-sample.csv"), chunks.resolve("Kickstarter001.csv"));
  }

  /** Writes one generated file of a layout. */
  static Path generated(Path directory, DatasetLayout layout, String name, long rows, long seed) throws IOException {
    Path file = directory.resolve(name);
    DatasetGenerator.create().write(layout, file, rows, seed, written -> { });
    return file;
  }

  /** Writes a series of generated monthly scrapes into a new folder. */
  static List<Path> scrapes(Path directory, String folder, DatasetLayout layout, int scrapes, long projects,
      long seed) throws IOException {
    Path into = Files.createDirectories(directory.resolve(folder));
    return DatasetGenerator.create().writeScrapes(into, layout, scrapes, projects, seed);
  }

  /** What the local path gives: records of every file in order, scrapes merged into one panel. */
  record Local(List<FileRead> files, SnapshotPanel panel) {}

  /**
   * Reads files one after the other on this thread: records of scrapes into one panel (a snapshot's files read
   * together, snapshots in the order first named), all other records into {@code sink}.
   */
  static Local read(List<Path> files, Consumer<ProjectRecord> sink) throws IOException {
    Map<Object, List<Integer>> bySnapshot = new LinkedHashMap<>();
    for (int i = 0; i < files.size(); i++) {
      Optional<Instant> date = SnapshotNames.dateOf(files.get(i));
      bySnapshot.computeIfAbsent(date.<Object>map(at -> at).orElse(i), key -> new ArrayList<>()).add(i);
    }
    FileRead[] reads = new FileRead[files.size()];
    SnapshotPanel whole = SnapshotPanel.create();
    for (List<Integer> group : bySnapshot.values()) {
      SnapshotPanel panel = SnapshotPanel.create();
      for (int index : group) {
        Path file = files.get(index);
        List<RowProblem> problems = new ArrayList<>();
        ReadReport report = DatasetReader.create().read(file, record -> {
          boolean scrape = record.file().map(at -> at.layout().isScrape()).orElse(false);
          (scrape ? panel : sink).accept(record);
        }, problems::add);
        reads[index] = new FileRead(file.toString(), report, problems);
      }
      whole.addAll(panel);
    }
    return new Local(List.of(reads), whole);
  }

  static List<String> names(List<Path> files) {
    return files.stream().map(Path::toString).toList();
  }
}
