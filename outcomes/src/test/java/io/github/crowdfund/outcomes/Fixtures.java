package io.github.crowdfund.outcomes;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** The hand-written fixtures of this module and the optional real data slice. */
final class Fixtures {

  /** The hand-written 201801-layout fixture with every known kind of dirt. */
  static final String DIRTY_201801 = "ks-201801-dirty.csv";
  /** The hand-written 201612-layout fixture. */
  static final String SAMPLE_201612 = "ks-201612-sample.csv";
  /** The real slice's file name, looked up in a {@code shared/data} directory. */
  static final String REAL_SLICE = "ks-projects-201801-first10k.csv";

  private Fixtures() {}

  /** What reading a fixture gave. */
  record Read(List<ProjectRecord> records, List<RowProblem> problems, ReadReport report) {}

  static InputStream open(String name) {
    InputStream in = Fixtures.class.getResourceAsStream(name);
    if (in == null) {
      throw new IllegalStateException("missing test resource " + name);
    }
    return in;
  }

  static Read read(String name) {
    List<ProjectRecord> records = new ArrayList<>();
    List<RowProblem> problems = new ArrayList<>();
    try (InputStream in = open(name)) {
      ReadReport report = ProjectReader.create().read(in, records::add, problems::add);
      return new Read(List.copyOf(records), List.copyOf(problems), report);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Finds the real data slice: the system property {@code crowdfund.data.dir}, else a {@code shared/data} directory
   * beside the working directory or one of its ancestors (CI keeps it in {@code ../shared} of the repository).
   */
  static Optional<Path> realSlice() {
    String property = System.getProperty("crowdfund.data.dir");
    if (property != null) {
      Path file = Path.of(property, REAL_SLICE);
      return Files.isRegularFile(file) ? Optional.of(file) : Optional.empty();
    }
    for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
      Path file = dir.resolve("shared").resolve("data").resolve(REAL_SLICE);
      if (Files.isRegularFile(file)) {
        return Optional.of(file);
      }
    }
    return Optional.empty();
  }
}
