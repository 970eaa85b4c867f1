package io.github.crowdfund.spark;

import io.github.crowdfund.outcomes.dataset.DatasetLayout;
import io.github.crowdfund.outcomes.dataset.DatasetReader;
import io.github.crowdfund.outcomes.dataset.ProjectRecord;
import io.github.crowdfund.outcomes.dataset.ReadReport;
import io.github.crowdfund.outcomes.dataset.RowProblem;
import io.github.crowdfund.outcomes.dataset.SnapshotNames;
import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.TreeSet;
import java.util.function.Consumer;
import java.util.regex.Pattern;
import java.util.zip.GZIPInputStream;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileSystem;
import org.apache.spark.api.java.function.Function2;

/** Reading files inside an executor with the library's reader, and merging what tasks gave. */
final class FileTask {

  /** A URI scheme of two letters or more (one letter is a Windows drive). */
  private static final Pattern SCHEME = Pattern.compile("^[A-Za-z][A-Za-z0-9+.-]+:");

  private FileTask() {}

  /**
   * Reads one file with the library's reader: a local path (or {@code file:} URI) as the local engine reads it
   * (plain, {@code .gz} or {@code .zip}), any other Hadoop URI (plain or {@code .gz}) through Hadoop's file system.
   */
  static ReadReport read(Optional<DatasetLayout> layout, String name, Consumer<? super ProjectRecord> sink,
      List<RowProblem> problems) throws IOException {
    DatasetReader reader = layout.map(DatasetReader.create()::withLayout).orElse(DatasetReader.create());
    if (!SCHEME.matcher(name).find()) {
      return reader.read(Path.of(name), sink, problems::add);
    }
    URI uri = URI.create(name);
    if ("file".equals(uri.getScheme())) {
      return reader.read(Path.of(uri), sink, problems::add);
    }
    if (name.endsWith(".zip")) {
      throw new IllegalArgumentException(name + ": zip archives are read from paths on a shared file system only;"
          + " unzip the scrape's chunks into a folder named by its date");
    }
    org.apache.hadoop.fs.Path path = new org.apache.hadoop.fs.Path(uri);
    FileSystem files = path.getFileSystem(new Configuration());
    try (InputStream raw = files.open(path)) {
      InputStream in = name.endsWith(".gz") ? new GZIPInputStream(raw, 1 << 16) : raw;
      return reader.read(in, name, snapshotOf(name), sink, problems::add);
    }
  }

  /** Returns the snapshot a file's name (or its folders' names) carries. */
  static Optional<Instant> snapshotOf(String name) {
    if (!SCHEME.matcher(name).find()) {
      return SnapshotNames.dateOf(Path.of(name));
    }
    Optional<Instant> found = Optional.empty();
    for (String part : URI.create(name).getPath().split("/")) {
      Optional<Instant> date = SnapshotNames.dateOf(part);
      found = date.isPresent() ? date : found;
    }
    return found;
  }

  /** Reads one file into a new accumulator, holding any failure for the driver. */
  static <A extends Consumer<ProjectRecord> & Serializable> Partial<A> readInto(int index, String name, A accumulator,
      Optional<DatasetLayout> layout) {
    Partial<A> partial = new Partial<>(accumulator);
    partial.read(index, name, layout, accumulator);
    return partial;
  }

  /** A file that could not be read, to be thrown on the driver as the local reader throws it. */
  record Failure(int fileIndex, String message, boolean io) implements Serializable {
    private static final long serialVersionUID = 1L;
  }

  /**
   * The accumulator, file summaries and panel counts of some files. Not thread-safe.
   *
   * @param <A> the accumulator type
   */
  static final class Partial<A> implements Serializable {

    private static final long serialVersionUID = 1L;

    A accumulator;
    final List<ReadSummary> summaries = new ArrayList<>();
    final List<Failure> failures = new ArrayList<>();
    /** Snapshots of the scrapes read; {@code TreeSet} is serializable. */
    final TreeSet<Instant> snapshots = new TreeSet<>();
    /** Rows of scrapes read, a project listed on several pages counted once per row. */
    long panelRows;
    /** Distinct projects of the merged panel. */
    long panelProjects;

    Partial(A accumulator) {
      this.accumulator = accumulator;
    }

    /** Reads one file into {@code sink}, recording its summary or failure. */
    void read(int index, String name, Optional<DatasetLayout> layout, Consumer<? super ProjectRecord> sink) {
      List<RowProblem> problems = new ArrayList<>();
      try {
        summaries.add(new ReadSummary(index, name, FileTask.read(layout, name, sink, problems), problems));
      } catch (IllegalArgumentException e) {
        failures.add(new Failure(index, messageNaming(name, e.getMessage()), false));
      } catch (IOException | UncheckedIOException e) {
        failures.add(new Failure(index, name + ": " + e, true));
      }
    }

    private static String messageNaming(String name, String message) {
      return message != null && message.contains(name) ? message : name + ": " + message;
    }

    /** Adds another partial's parts to this one's. */
    Partial<A> merge(Partial<A> other, Function2<A, A, A> merge) throws Exception {
      accumulator = merge.call(accumulator, other.accumulator);
      summaries.addAll(other.summaries);
      failures.addAll(other.failures);
      snapshots.addAll(other.snapshots);
      panelRows += other.panelRows;
      panelProjects += other.panelProjects;
      return this;
    }

    /** Throws the failure of the first file that failed, or returns the reads of the files in the order named. */
    List<FileRead> finish(List<String> files) {
      failures.stream().min(Comparator.comparingInt(Failure::fileIndex)).ifPresent(failure -> {
        if (failure.io()) {
          throw new UncheckedIOException(new IOException(failure.message()));
        }
        throw new IllegalArgumentException(failure.message());
      });
      List<ReadSummary> ordered = new ArrayList<>(summaries);
      ordered.sort(Comparator.comparingInt(summary -> summary.fileIndex));
      if (ordered.size() != files.size()) {
        throw new IllegalStateException("read " + ordered.size() + " of " + files.size() + " files: " + files);
      }
      return ordered.stream().map(ReadSummary::toFileRead).toList();
    }
  }
}
