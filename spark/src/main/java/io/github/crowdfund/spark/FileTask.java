package io.github.crowdfund.spark;

import io.github.crowdfund.outcomes.dataset.DatasetLayout;
import io.github.crowdfund.outcomes.dataset.DatasetReader;
import io.github.crowdfund.outcomes.dataset.FileSplit;
import io.github.crowdfund.outcomes.dataset.ProjectRecord;
import io.github.crowdfund.outcomes.dataset.ReadReport;
import io.github.crowdfund.outcomes.dataset.RowProblem;
import io.github.crowdfund.outcomes.dataset.SeekableSource;
import io.github.crowdfund.outcomes.dataset.SnapshotNames;
import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.TreeSet;
import java.util.function.Consumer;
import java.util.regex.Pattern;
import java.util.zip.GZIPInputStream;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FSDataInputStream;
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
    DatasetReader reader = reader(layout);
    Optional<Path> local = localPath(name);
    if (local.isPresent()) {
      return reader.read(local.get(), sink, problems::add);
    }
    if (name.endsWith(".zip")) {
      throw new IllegalArgumentException(name + ": zip archives are read from paths on a shared file system only;"
          + " unzip the scrape's chunks into a folder named by its date");
    }
    org.apache.hadoop.fs.Path path = new org.apache.hadoop.fs.Path(URI.create(name));
    FileSystem files = path.getFileSystem(new Configuration());
    try (InputStream raw = files.open(path)) {
      InputStream in = name.endsWith(".gz") ? new GZIPInputStream(raw, 1 << 16) : raw;
      return reader.read(in, name, snapshotOf(name), sink, problems::add);
    }
  }

  /** Reads one part of a file: the whole file, or one range of it as {@link DatasetReader#readSplit} reads it. */
  static ReadReport read(Optional<DatasetLayout> layout, FilePart part, Consumer<? super ProjectRecord> sink,
      List<RowProblem> problems) throws IOException {
    if (part.split() == null) {
      return read(layout, part.name(), sink, problems);
    }
    return reader(layout).readSplit(source(part.name()), readerName(part.name()), snapshotOf(part.name()),
        part.split(), sink, problems::add);
  }

  /**
   * Plans the parts of a file larger than {@code splitBytes}, in an executor: its ranges as
   * {@link DatasetReader#split} plans them, or the whole file when it is compressed, one range, or cannot be planned
   * (its read then fails as the read of a whole file fails).
   */
  static List<FilePart> plan(int index, String name, Optional<DatasetLayout> layout, long splitBytes) {
    List<FilePart> whole = List.of(FilePart.whole(index, name));
    if (!splittable(name)) {
      return whole;
    }
    try {
      List<FileSplit> splits = reader(layout).split(source(name), readerName(name), splitBytes);
      List<FilePart> parts = new ArrayList<>(splits.size());
      for (int i = 0; i < splits.size(); i++) {
        parts.add(new FilePart(index, name, i, splits.size(), splits.get(i)));
      }
      return splits.size() == 1 ? whole : parts;
    } catch (IOException | UncheckedIOException | IllegalArgumentException e) {
      return whole;
    }
  }

  /**
   * Returns the size of a file in bytes, as seen from the driver, or -1 when it is compressed or cannot be seen
   * there (it is then read whole, by one task).
   */
  static long splittableSize(String name) {
    if (!splittable(name)) {
      return -1;
    }
    try {
      Optional<Path> local = localPath(name);
      if (local.isPresent()) {
        return Files.isRegularFile(local.get()) ? Files.size(local.get()) : -1;
      }
      org.apache.hadoop.fs.Path path = new org.apache.hadoop.fs.Path(URI.create(name));
      return path.getFileSystem(new Configuration()).getFileStatus(path).getLen();
    } catch (IOException | RuntimeException e) {
      return -1;
    }
  }

  private static boolean splittable(String name) {
    String lower = name.toLowerCase(Locale.ROOT);
    return !lower.endsWith(".gz") && !lower.endsWith(".zip");
  }

  private static DatasetReader reader(Optional<DatasetLayout> layout) {
    return layout.map(DatasetReader.create()::withLayout).orElse(DatasetReader.create());
  }

  /** The local file a name stands for: a path, or a {@code file:} URI. */
  private static Optional<Path> localPath(String name) {
    if (!SCHEME.matcher(name).find()) {
      return Optional.of(Path.of(name));
    }
    URI uri = URI.create(name);
    return "file".equals(uri.getScheme()) ? Optional.of(Path.of(uri)) : Optional.empty();
  }

  /** The name the local reader gives a file's records and problems. */
  private static String readerName(String name) {
    return localPath(name).map(Path::toString).orElse(name);
  }

  /**
   * The bytes of a local file, or of a file on a Hadoop file system opened and moved to the offset, with the file's
   * size.
   */
  private static SeekableSource source(String name) {
    Optional<Path> local = localPath(name);
    if (local.isPresent()) {
      return SeekableSource.of(local.get());
    }
    org.apache.hadoop.fs.Path path = new org.apache.hadoop.fs.Path(URI.create(name));
    return new SeekableSource() {
      @Override
      public InputStream openAt(long offset) throws IOException {
        FSDataInputStream in = path.getFileSystem(new Configuration()).open(path);
        try {
          in.seek(offset);
          return in;
        } catch (IOException | RuntimeException e) {
          in.close();
          throw e;
        }
      }

      @Override
      public long size() throws IOException {
        return path.getFileSystem(new Configuration()).getFileStatus(path).getLen();
      }
    };
  }

  /** Returns the snapshot a file's name (or its folders' names) carries. */
  static Optional<Instant> snapshotOf(String name) {
    Optional<Path> local = localPath(name);
    if (local.isPresent()) {
      return SnapshotNames.dateOf(local.get());
    }
    Optional<Instant> found = Optional.empty();
    for (String part : URI.create(name).getPath().split("/")) {
      Optional<Instant> date = SnapshotNames.dateOf(part);
      found = date.isPresent() ? date : found;
    }
    return found;
  }

  /** Reads one part of a file into a new accumulator, holding any failure for the driver. */
  static <A extends Consumer<ProjectRecord> & Serializable> Partial<A> readInto(FilePart part, A accumulator,
      Optional<DatasetLayout> layout) {
    Partial<A> partial = new Partial<>(accumulator);
    partial.read(part, layout, accumulator);
    return partial;
  }

  /**
   * A file to read in one task, or one range of it.
   *
   * @param fileIndex the file's index in the order named
   * @param name the file as named
   * @param partIndex the range's index in file order, 0 for a whole file
   * @param parts how many ranges the file was cut into, 1 for a whole file
   * @param split the range, or null to read the whole file
   */
  record FilePart(int fileIndex, String name, int partIndex, int parts, FileSplit split) implements Serializable {
    private static final long serialVersionUID = 1L;

    /** The whole of a file. */
    static FilePart whole(int fileIndex, String name) {
      return new FilePart(fileIndex, name, 0, 1, null);
    }

    /** Tells whether this is one range of a scrape. */
    boolean scrapeRange() {
      return split != null && split.layout().isScrape();
    }
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

    /** Reads one part of a file into {@code sink}, recording its summary or failure. */
    void read(FilePart part, Optional<DatasetLayout> layout, Consumer<? super ProjectRecord> sink) {
      List<RowProblem> problems = new ArrayList<>();
      String name = part.name();
      try {
        summaries.add(new ReadSummary(part, FileTask.read(layout, part, sink, problems), problems));
      } catch (IllegalArgumentException | IllegalStateException e) {
        failures.add(new Failure(part.fileIndex(), messageNaming(name, e.getMessage()), false));
      } catch (IOException | UncheckedIOException e) {
        failures.add(new Failure(part.fileIndex(), name + ": " + e, true));
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
      ordered.sort(Comparator.comparingInt((ReadSummary summary) -> summary.fileIndex)
          .thenComparingInt(summary -> summary.partIndex));
      List<FileRead> reads = new ArrayList<>(files.size());
      for (int from = 0; from < ordered.size(); ) {
        ReadSummary first = ordered.get(from);
        int to = from + first.parts;
        if (first.partIndex != 0 || to > ordered.size() || ordered.get(to - 1).partIndex != first.parts - 1
            || ordered.get(to - 1).fileIndex != first.fileIndex) {
          throw new IllegalStateException("the parts read of file " + first.fileIndex + " are not its "
              + first.parts + " parts");
        }
        reads.add(ReadSummary.combine(ordered.subList(from, to)));
        from = to;
      }
      if (reads.size() != files.size()) {
        throw new IllegalStateException("read " + reads.size() + " of " + files.size() + " files: " + files);
      }
      return reads;
    }
  }
}
