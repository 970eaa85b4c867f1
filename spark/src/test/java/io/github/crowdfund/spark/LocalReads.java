package io.github.crowdfund.spark;

import io.github.crowdfund.outcomes.dataset.ProjectReader;
import io.github.crowdfund.outcomes.dataset.ProjectRecord;
import io.github.crowdfund.outcomes.dataset.ReadReport;
import io.github.crowdfund.outcomes.dataset.RowProblem;
import io.github.crowdfund.outcomes.dataset.SyntheticDataset;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.stream.Stream;

/** The local path the Spark engine is compared with, and the inputs of the comparisons. */
final class LocalReads {

  /** The hand-written Kaggle fixtures of the outcomes module's tests. */
  static final List<String> FIXTURES = List.of("ks-201801-dirty.csv", "ks-201612-sample.csv");

  private LocalReads() {}

  /** Finds a fixture of the outcomes module's tests (whatever package folder it sits in). */
  static Path outcomesFixture(String name) {
    try (Stream<Path> files = Files.walk(Path.of("..", "outcomes", "src", "test", "resources"))) {
      return files.filter(file -> file.getFileName().toString().equals(name)).findFirst()
          .orElseThrow(() -> new IllegalStateException("no fixture " + name + " in the outcomes module's tests"));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Writes generated Kaggle files of the given sizes, seeded 1, 2, 3... */
  static List<Path> generated(Path directory, long... rows) throws IOException {
    List<Path> files = new ArrayList<>();
    for (int i = 0; i < rows.length; i++) {
      Path file = directory.resolve("generated-" + i + ".csv");
      SyntheticDataset.create().write(file, rows[i], i + 1, written -> { });
      files.add(file);
    }
    return files;
  }

  /** Reads files one after the other on this thread into one consumer, as one machine does. */
  static List<FileRead> read(List<Path> files, Consumer<ProjectRecord> sink) throws IOException {
    List<FileRead> reads = new ArrayList<>();
    for (Path file : files) {
      List<RowProblem> problems = new ArrayList<>();
      ReadReport report = ProjectReader.create().read(file, sink, problems::add);
      reads.add(new FileRead(file.toString(), report, problems));
    }
    return reads;
  }

  static List<String> names(List<Path> files) {
    return files.stream().map(Path::toString).toList();
  }
}
