package io.github.crowdfund.outcomes.dataset;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** The hand-written fixtures of the dataset readers, one per layout, each with the dirt its dataset is known for. */
final class DatasetFixtures {

  /** ICPSR 38050 public_data.tsv layout. */
  static final String ICPSR = "icpsr-dirty.tsv";
  /** A Web Robots CSV scrape: a folder named by its snapshot, with two chunks (37 and 38 columns). */
  static final String WEB_ROBOTS_FOLDER = "Kickstarter_2018-11-15T03_20_12_200Z";
  static final String WEB_ROBOTS_CHUNK = WEB_ROBOTS_FOLDER + "/Kickstarter.csv";
  static final String WEB_ROBOTS_CHUNK_1 = WEB_ROBOTS_FOLDER + "/Kickstarter001.csv";
  /** A Web Robots JSON-lines scrape. */
  static final String WEB_ROBOTS_JSON = "Kickstarter_2018-01-12T10_20_09_196Z.json";

  private DatasetFixtures() {}

  /** What reading a fixture gave. */
  record Read(List<ProjectRecord> records, List<RowProblem> problems, ReadReport report) {
    ProjectRecord record(long id) {
      return records.stream().filter(record -> record.id() == id).findFirst().orElseThrow();
    }
  }

  static Path path(String name) {
    try {
      return Path.of(DatasetFixtures.class.getResource(name).toURI());
    } catch (URISyntaxException | NullPointerException e) {
      throw new IllegalStateException("missing test resource " + name, e);
    }
  }

  static Read read(DatasetReader reader, Path file) {
    List<ProjectRecord> records = new ArrayList<>();
    List<RowProblem> problems = new ArrayList<>();
    try {
      ReadReport report = reader.read(file, records::add, problems::add);
      return new Read(List.copyOf(records), List.copyOf(problems), report);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static Read read(String name) {
    return read(DatasetReader.create(), path(name));
  }
}
