package io.github.crowdfund.outcomes.dataset;

import io.github.crowdfund.outcomes.dataset.ProjectRowParser.BadRow;
import java.io.BufferedInputStream;
import java.util.stream.Collector;
import java.util.function.BiConsumer;
import java.util.concurrent.CompletionException;
import java.util.concurrent.CompletableFuture;
import java.nio.file.StandardOpenOption;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.Channels;
import java.io.BufferedReader;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.LongConsumer;
import java.util.zip.GZIPInputStream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

/**
 * Reads any public Kickstarter dataset this module knows ({@link DatasetLayout}) into {@link ProjectRecord}s, row by
 * row in constant memory, each record carrying its {@link Provenance} (layout, file, line, snapshot).
 *
 * <p>The layout is recognised from the content: a first line that is a JSON object is a Web Robots JSON line (the
 * project under {@code "data"}, or the project itself); otherwise the first line is a header, tab-separated for ICPSR
 * 38050 or comma-separated for the Kaggle files and the Web Robots CSV chunks, recognised by its column names (read
 * by name, so columns that moved or were added over the years do not matter). A user may name the layout instead
 * ({@link #withLayout}); either way a file whose first line fits no layout is refused with the columns it has.
 *
 * <p>The same discipline for every layout: rows that are odd but readable are kept and flagged; rows that cannot be
 * read are passed to the problem listener with the file, the line on which they start and the reason, and reading
 * goes on; the returned {@link ReadReport} accounts for every row ({@code read == kept + rejected}). Blank lines are
 * not rows; a CSV chunk's header repeated inside it (chunks concatenated) is skipped. Kaggle files are read by
 * {@link ProjectReader}; their records carry no provenance.
 *
 * <p>A plain file can also be read in byte ranges, each on its own (on different machines): {@link #split} plans them
 * in one pass over the bytes, each starting where this reader starts a row, and {@link #readSplit} reads one; the
 * ranges together give what one {@link #read} gives.
 *
 * <p>Files: {@code name.gz} is read through gzip; {@code name.zip} entry by entry (in archive order, directories and
 * entries whose names start with {@code .} or {@code __MACOSX} skipped), each entry named {@code name.zip!entry}.
 * A file's snapshot is dated by its name or its folders' names ({@link SnapshotNames}).
 *
 * <p>This class is immutable and thread-safe; each call uses its own state.
 */
public final class DatasetReader {

  /** How many chars the first line may have for the layout to be recognised. */
  static final int DETECT_LIMIT = 1 << 20;
  /** Threads that {@link #collect} reads parts on: the calling thread and the common pool's. */
  private static final int PARALLELISM = Math.max(1, java.util.concurrent.ForkJoinPool.getCommonPoolParallelism() + 1);
  /** Character sets in which byte 10 is a line feed wherever it appears, so a file can be split at one. */
  private static final java.util.Set<Charset> SPLITTABLE = java.util.Set.of(StandardCharsets.UTF_8,
      StandardCharsets.US_ASCII, StandardCharsets.ISO_8859_1);

  private final Optional<DatasetLayout> layout;
  private final Charset charset;
  private final LongConsumer progress;
  private final int maxLine;
  private final long minPartBytes;

  private DatasetReader(Optional<DatasetLayout> layout, Charset charset, LongConsumer progress, int maxLine,
      long minPartBytes) {
    this.layout = layout;
    this.charset = charset;
    this.progress = progress;
    this.maxLine = maxLine;
    this.minPartBytes = minPartBytes;
  }

  /**
   * Returns a reader of UTF-8 files that recognises their layouts.
   *
   * @return a reader; never null
   */
  public static DatasetReader create() {
    return new DatasetReader(Optional.empty(), StandardCharsets.UTF_8, bytes -> { }, LineSource.DEFAULT_MAX_LINE,
        ProjectReader.MIN_PART_BYTES);
  }

  /**
   * Returns a reader that reads every file in this layout, refusing files whose first line does not fit it.
   *
   * @param layout the layout; not null
   * @return a reader; never null
   */
  public DatasetReader withLayout(DatasetLayout layout) {
    return new DatasetReader(Optional.of(Objects.requireNonNull(layout, "layout")), charset, progress, maxLine,
        minPartBytes);
  }

  /**
   * Returns a reader of files in the given character set.
   *
   * @param charset the character set; not null
   * @return a reader; never null
   */
  public DatasetReader withCharset(Charset charset) {
    return new DatasetReader(layout, Objects.requireNonNull(charset, "charset"), progress, maxLine, minPartBytes);
  }

  /**
   * Returns a reader that tells {@code progress} how many bytes of a file (as stored, before decompression) it has
   * read since it last told, as it reads files by {@link Path}.
   *
   * @param progress receives counts of bytes; called on the reading thread; not null
   * @return a reader; never null
   */
  public DatasetReader withProgress(LongConsumer progress) {
    return new DatasetReader(layout, charset, Objects.requireNonNull(progress, "progress"), maxLine,
        minPartBytes);
  }

  /** Returns a reader that refuses lines longer than this many chars (line layouts); for tests. */
  DatasetReader withMaxLine(int chars) {
    return new DatasetReader(layout, charset, progress, chars, minPartBytes);
  }

  /** Returns a reader whose {@code collect} splits files into parts of at least this many bytes; for tests. */
  DatasetReader withMinPartBytes(long bytes) {
    return new DatasetReader(layout, charset, progress, maxLine, bytes);
  }

  /**
   * Recognises the layout of a file (of its first entry, for a zip) from its first line, or checks the layout this
   * reader was given.
   *
   * @param file the file; not null
   * @return the layout; never null
   * @throws IOException if the file cannot be read; a {@link java.nio.file.FileSystemException} before opening it if
   *     it is not a regular file (a directory, FIFO or device)
   * @throws IllegalArgumentException if the file is empty or its first line fits no layout
   */
  public DatasetLayout detect(Path file) throws IOException {
    ProjectReader.checkRegularFile(file);
    try (InputStream raw = Files.newInputStream(file)) {
      InputStream in = raw;
      String name = fileName(file);
      if (name.endsWith(".gz")) {
        in = new GZIPInputStream(raw, 1 << 16);
      } else if (name.endsWith(".zip")) {
        ZipInputStream zip = new ZipInputStream(raw, charset);
        if (nextEntry(zip) == null) {
          throw new IllegalArgumentException(file + ": the archive holds no file");
        }
        in = zip;
      }
      BufferedReader text = new BufferedReader(new InputStreamReader(in, charset), 1 << 16);
      return detect(file.toString(), text);
    }
  }

  /**
   * Reads a file (plain, {@code .gz} or {@code .zip}), dated by its name, on the calling thread.
   *
   * @param file the file; not null
   * @param sink receives every kept record, in file order; not null
   * @param problems receives every rejected row as it is met, with the file's name; not null
   * @return what was read (for a zip, its entries together); never null
   * @throws IOException if the file cannot be read; a {@link java.nio.file.FileSystemException} before opening it if
   *     it is not a regular file (a directory, FIFO or device)
   * @throws IllegalArgumentException if the file (or an entry) is empty or fits no layout
   */
  public ReadReport read(Path file, Consumer<? super ProjectRecord> sink, Consumer<? super RowProblem> problems)
      throws IOException {
    ProjectReader.checkRegularFile(file);
    Objects.requireNonNull(sink, "sink");
    Objects.requireNonNull(problems, "problems");
    Optional<Instant> snapshot = SnapshotNames.dateOf(file);
    String name = fileName(file);
    try (InputStream in = new CountingInputStream(Files.newInputStream(file), progress)) {
      if (name.endsWith(".gz")) {
        return read(new GZIPInputStream(in, 1 << 16), file.toString(), snapshot, sink, problems);
      }
      if (name.endsWith(".zip")) {
        return readZip(new ZipInputStream(in, charset), file.toString(), snapshot, sink, problems);
      }
      return read(in, file.toString(), snapshot, sink, problems);
    }
  }

  /**
   * Reads a stream of bytes in this reader's character set on the calling thread; the stream is not closed.
   *
   * @param in the data; not null
   * @param name the file's name, for provenance and problems; not null
   * @param snapshot when the scrape was taken, if known; not null
   * @param sink receives every kept record, in file order; not null
   * @param problems receives every rejected row as it is met; not null
   * @return what was read; never null
   * @throws IOException if the stream cannot be read
   * @throws IllegalArgumentException if the input is empty or fits no layout
   */
  public ReadReport read(InputStream in, String name, Optional<Instant> snapshot,
      Consumer<? super ProjectRecord> sink, Consumer<? super RowProblem> problems) throws IOException {
    Objects.requireNonNull(in, "in");
    return read(new InputStreamReader(new BufferedInputStream(in, 1 << 16), charset), name, snapshot, sink, problems);
  }

  /**
   * Reads characters on the calling thread; the reader is not closed.
   *
   * @param in the data; not null
   * @param name the file's name, for provenance and problems; not null
   * @param snapshot when the scrape was taken, if known; not null
   * @param sink receives every kept record, in file order; not null
   * @param problems receives every rejected row as it is met; not null
   * @return what was read; never null
   * @throws IOException if the input cannot be read
   * @throws IllegalArgumentException if the input is empty or fits no layout
   */
  public ReadReport read(Reader in, String name, Optional<Instant> snapshot, Consumer<? super ProjectRecord> sink,
      Consumer<? super RowProblem> problems) throws IOException {
    Objects.requireNonNull(in, "in");
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(snapshot, "snapshot");
    Objects.requireNonNull(sink, "sink");
    Objects.requireNonNull(problems, "problems");
    BufferedReader text = new BufferedReader(in, 1 << 16);
    DatasetLayout found = detect(name, text);
    DatasetFile file = new DatasetFile(found, name, snapshot);
    Consumer<RowProblem> named = problem -> problems.accept(problem.file().isPresent() ? problem
        : new RowProblem(name, problem.line(), problem.reason()));
    RowTally tally = new RowTally(found, named);
    switch (found) {
      case KAGGLE_201801:
      case KAGGLE_201612:
        return ProjectReader.create().read(text, sink, named);
      case ICPSR_38050:
        readIcpsr(text, file, sink, tally);
        break;
      case WEB_ROBOTS_CSV:
        readWebRobotsCsv(text, file, sink, tally);
        break;
      case WEB_ROBOTS_JSON:
        readWebRobotsJson(new LineSource(text, maxLine, 1), file, sink, tally);
        break;
      default:
        throw new IllegalStateException("layout " + found);
    }
    return tally.report();
  }

  /**
   * Reads a file and collects its kept records, in parts at the same time when it can: a Kaggle file as
   * {@link ProjectReader#collect} reads it; a plain (not compressed) ICPSR or Web Robots JSON-lines file of several
   * megabytes in parts split at line feeds (their rows never span lines), each part into its own container of the
   * collector on the common fork-join pool, combined in file order; anything else in one pass. The result, the report
   * and the problems (in file order; those of later parts once every part is read) are those of {@link #read}.
   *
   * @param <R> the collector's result type
   * @param file the file; not null
   * @param collector collects kept records; its functions must be safe to call from the pool's threads; not null
   * @param problems receives every rejected row, on the calling thread; not null
   * @return the collector's result and what was read; never null
   * @throws IOException if the file cannot be read
   * @throws IllegalArgumentException if the file is empty or fits no layout
   */
  public <R> ReadResult<R> collect(Path file, Collector<? super ProjectRecord, ?, R> collector,
      Consumer<? super RowProblem> problems) throws IOException {
    Objects.requireNonNull(file, "file");
    Objects.requireNonNull(collector, "collector");
    Objects.requireNonNull(problems, "problems");
    return collectParts(file, collector, problems);
  }

  /**
   * Plans how to read a file in ranges on several machines: cuts it every {@code splitBytes} bytes and moves each cut
   * to where the reader finds the next row when it reads the file from its start, so that a quoted field of several
   * lines is never cut (see {@link FileSplit}). The plan costs one sequential pass over the file's bytes that parses no
   * value (for the CSV layouts, the reader's own field scanner). Read each range with {@link #readSplit}: the ranges
   * together give the records, report and problems (with the file's own line numbers) of one {@link #read}.
   *
   * <p>A file smaller than {@code splitBytes}, one whose rows are all in its first range, and one this reader cannot
   * read in ranges (the CSV layouts in another character set than UTF-8 or with bytes that are not valid UTF-8; the
   * line layouts in a character set that is not ASCII-based) is one range, {@link FileSplit#whole() the whole file}.
   *
   * @param source the file's bytes, uncompressed; not null
   * @param name the file's name, for messages; not null
   * @param splitBytes the size of a range before its cuts move to row starts, in bytes; at least 1
   * @return the ranges in file order, the first starting at 0 and each ending where the next starts; never empty
   * @throws IOException if the file cannot be read
   * @throws IllegalArgumentException if {@code splitBytes} is less than 1, or the file is empty or fits no layout (or
   *     not the one given)
   */
  public List<FileSplit> split(SeekableSource source, String name, long splitBytes) throws IOException {
    Objects.requireNonNull(source, "source");
    Objects.requireNonNull(name, "name");
    if (splitBytes < 1) {
      throw new IllegalArgumentException("splitBytes must be at least 1, was '" + splitBytes + "'");
    }
    DatasetLayout found;
    try (InputStream in = source.openAt(0)) {
      found = detect(name, new BufferedReader(new InputStreamReader(in, charset), 1 << 16));
    }
    List<long[]> starts = List.of();
    if (ProjectReader.isAsciiBased(charset)) {
      try (InputStream in = source.openAt(0)) {
        starts = SplitPlanner.starts(in, found, charset, name, splitBytes, source.size());
      }
    }
    List<FileSplit> splits = new ArrayList<>(starts.size() + 1);
    long start = 0;
    long line = 1;
    for (long[] next : starts) {
      splits.add(new FileSplit(found, start, next[0], line));
      start = next[0];
      line = next[1];
    }
    splits.add(new FileSplit(found, start, Long.MAX_VALUE, line));
    return splits;
  }

  /**
   * Reads the rows of one range of a file planned by {@link #split}: those that start in it, each read to its end.
   * Records, problems and lines are those the same rows give in one {@link #read} of the file; the reports of the
   * ranges in file order, added with {@link ReadReport#plus}, are that read's report.
   *
   * @param source the file's bytes, uncompressed, as they were when the file was split; not null
   * @param name the file's name, for provenance and problems; not null
   * @param snapshot when the scrape was taken, if known; not null
   * @param split the range; not null
   * @param sink receives every kept record of the range, in file order; not null
   * @param problems receives every rejected row of the range as it is met; not null
   * @return what was read in the range; never null
   * @throws IOException if the file cannot be read
   * @throws IllegalArgumentException if the file fits no layout or not the split's
   * @throws IllegalStateException if a row runs over the range's end, as when the file changed since it was split
   */
  public ReadReport readSplit(SeekableSource source, String name, Optional<Instant> snapshot, FileSplit split,
      Consumer<? super ProjectRecord> sink, Consumer<? super RowProblem> problems) throws IOException {
    Objects.requireNonNull(source, "source");
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(snapshot, "snapshot");
    Objects.requireNonNull(split, "split");
    Objects.requireNonNull(sink, "sink");
    Objects.requireNonNull(problems, "problems");
    DatasetLayout found = split.layout();
    if (split.whole()) {
      try (InputStream in = source.openAt(0)) {
        return read(in, name, snapshot, sink, problems);
      }
    }
    Consumer<RowProblem> named = problem -> problems.accept(problem.file().isPresent() ? problem
        : new RowProblem(name, problem.line(), problem.reason()));
    DatasetFile file = new DatasetFile(found, name, snapshot);
    switch (found) {
      case KAGGLE_201801:
      case KAGGLE_201612:
        return ProjectReader.readSplit(source, charset, split, sink, named);
      case WEB_ROBOTS_CSV:
        return readWebRobotsCsvSplit(source, file, split, sink, named);
      case ICPSR_38050:
      case WEB_ROBOTS_JSON:
        return readLinesSplit(source, file, split, sink, problems, named);
      default:
        throw new IllegalStateException("layout " + found);
    }
  }

  private ReadReport readWebRobotsCsvSplit(SeekableSource source, DatasetFile file, FileSplit split,
      Consumer<? super ProjectRecord> sink, Consumer<RowProblem> problems) throws IOException {
    RowTally tally = new RowTally(file.layout(), problems);
    CsvFields fields = new CsvFields(charset);
    try (InputStream head = source.openAt(0)) {
      CsvScanner scanner = new CsvScanner(head, 0, fields, true);
      List<String> header = webRobotsCsvHeader(scanner, fields, file.name());
      if (header == null) {
        return tally.report();
      }
      if (split.start() == 0) {
        readWebRobotsCsv(scanner, fields, header, split.end(), file, sink, tally);
        return tally.report();
      }
      try (InputStream in = source.openAt(split.start())) {
        CsvScanner rest = new CsvScanner(in, split.start(), split.firstLine(), fields, false);
        readWebRobotsCsv(rest, fields, header, split.end(), file, sink, tally);
      }
    }
    return tally.report();
  }

  private ReadReport readLinesSplit(SeekableSource source, DatasetFile file, FileSplit split,
      Consumer<? super ProjectRecord> sink, Consumer<? super RowProblem> problems, Consumer<RowProblem> named)
      throws IOException {
    long length = split.end() == Long.MAX_VALUE ? Long.MAX_VALUE : split.end() - split.start();
    if (split.start() == 0) {
      try (InputStream in = new BoundedInputStream(source.openAt(0), length)) {
        ReadReport report = read(in, file.name(), file.snapshot(), sink, problems);
        if (report.layout() != file.layout()) {
          throw new IllegalArgumentException(file.name() + " is " + report.layout() + ", its split " + file.layout());
        }
        return report;
      }
    }
    RowTally tally = new RowTally(file.layout(), named);
    String header = null;
    if (file.layout() == DatasetLayout.ICPSR_38050) {
      try (Reader in = new InputStreamReader(source.openAt(0), charset)) {
        header = icpsrHeader(new LineSource(in, maxLine, 1));
      }
    }
    try (Reader in = new InputStreamReader(new BoundedInputStream(source.openAt(split.start()), length), charset)) {
      LineSource lines = new LineSource(in, maxLine, split.firstLine());
      if (header != null) {
        readIcpsr(lines, header, icpsrRows(header), file, sink, tally);
      } else {
        readWebRobotsJson(lines, file, sink, tally);
      }
    }
    return tally.report();
  }

  private <A, R> ReadResult<R> collectParts(Path file, Collector<? super ProjectRecord, A, R> collector,
      Consumer<? super RowProblem> problems) throws IOException {
    DatasetLayout found = detect(file);
    String name = file.toString();
    Consumer<RowProblem> named = problem -> problems.accept(problem.file().isPresent() ? problem
        : new RowProblem(name, problem.line(), problem.reason()));
    if (found == DatasetLayout.KAGGLE_201801 || found == DatasetLayout.KAGGLE_201612) {
      return ProjectReader.create().withCharset(charset).withProgress(progress).withMinPartBytes(minPartBytes)
          .collect(file, collector, named);
    }
    String lower = fileName(file);
    List<Long> starts = List.of(0L);
    List<Long> breaks = new ArrayList<>();
    boolean lineLayout = found == DatasetLayout.ICPSR_38050 || found == DatasetLayout.WEB_ROBOTS_JSON;
    if (lineLayout && !lower.endsWith(".gz") && !lower.endsWith(".zip") && SPLITTABLE.contains(charset)) {
      starts = PartedRead.partStarts(file, PARALLELISM * PartedRead.PARTS_PER_THREAD, minPartBytes);
      try (FileChannel channel = FileChannel.open(file, StandardOpenOption.READ)) {
        for (int i = 0; i + 1 < starts.size(); i++) {
          breaks.add(countLineBreaks(channel, starts.get(i), starts.get(i + 1)));
        }
      }
    }
    if (starts.size() == 1 || breaks.contains(UNCOUNTABLE)) {
      A container = collector.supplier().get();
      BiConsumer<A, ? super ProjectRecord> accumulator = collector.accumulator();
      ReadReport report = read(file, record -> accumulator.accept(container, record), problems);
      return new ReadResult<>(collector.finisher().apply(container), report);
    }
    DatasetFile source = new DatasetFile(found, name, SnapshotNames.dateOf(file));
    String header = null;
    if (found == DatasetLayout.ICPSR_38050) {
      try (Reader in = Files.newBufferedReader(file, charset)) {
        header = icpsrHeader(new LineSource(in, maxLine, 1));
      }
    }
    List<Part<A>> parts = new ArrayList<>();
    long firstLine = 1;
    for (int i = 0; i < starts.size(); i++) {
      long end = i + 1 < starts.size() ? starts.get(i + 1) : Long.MAX_VALUE;
      parts.add(new Part<>(starts.get(i), end, firstLine, collector.supplier().get(), found, i == 0 ? named : null));
      if (i < breaks.size()) {
        firstLine += breaks.get(i);
      }
    }
    List<CompletableFuture<Void>> running = new ArrayList<>();
    String fixedHeader = header;
    for (Part<A> part : parts.subList(1, parts.size())) {
      running.add(CompletableFuture.runAsync(() -> readPart(file, source, fixedHeader, part, collector)));
    }
    readPart(file, source, fixedHeader, parts.get(0), collector);
    A container = parts.get(0).container;
    RowTally tally = parts.get(0).tally;
    for (int i = 1; i < parts.size(); i++) {
      try {
        running.get(i - 1).join();
      } catch (CompletionException e) {
        if (e.getCause() instanceof UncheckedIOException unchecked) {
          throw unchecked.getCause();
        }
        if (e.getCause() instanceof RuntimeException runtime) {
          throw runtime;
        }
        throw e;
      }
      Part<A> part = parts.get(i);
      tally.append(part.tally, part.held, 0);
      container = collector.combiner().apply(container, part.container);
    }
    return new ReadResult<>(collector.finisher().apply(container), tally.report());
  }

  private <A> void readPart(Path file, DatasetFile source, String header, Part<A> part,
      Collector<? super ProjectRecord, A, ?> collector) {
    BiConsumer<A, ? super ProjectRecord> accumulator = collector.accumulator();
    Consumer<ProjectRecord> sink = record -> accumulator.accept(part.container, record);
    try (FileChannel channel = FileChannel.open(file, StandardOpenOption.READ)) {
      InputStream bytes = new CountingInputStream(new BoundedInputStream(
          Channels.newInputStream(channel.position(part.start)), part.end - part.start), progress);
      LineSource lines = new LineSource(new InputStreamReader(bytes, charset), maxLine, part.firstLine);
      if (header != null) {
        readIcpsr(lines, header, icpsrRows(header), source, sink, part.tally);
      } else {
        readWebRobotsJson(lines, source, sink, part.tally);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** One part of a file read in parts: where it is, its first line, its container and its tally. */
  private static final class Part<A> {
    final long start;
    final long end;
    final long firstLine;
    final A container;
    final RowTally tally;
    final List<RowProblem> held = new ArrayList<>();

    /** Makes a part whose problems go to {@code problems}, or are held when it is null. */
    Part(long start, long end, long firstLine, A container, DatasetLayout layout, Consumer<RowProblem> problems) {
      this.start = start;
      this.end = end;
      this.firstLine = firstLine;
      this.container = container;
      this.tally = new RowTally(layout, problems == null ? held::add : problems);
    }
  }

  /** Reads at most a given number of bytes of a stream. */
  private static final class BoundedInputStream extends FilterInputStream {
    private long left;

    BoundedInputStream(InputStream in, long limit) {
      super(in);
      this.left = limit;
    }

    @Override
    public int read() throws IOException {
      if (left <= 0) {
        return -1;
      }
      int b = super.read();
      if (b >= 0) {
        left--;
      }
      return b;
    }

    @Override
    public int read(byte[] buffer, int offset, int length) throws IOException {
      if (left <= 0) {
        return -1;
      }
      int n = super.read(buffer, offset, (int) Math.min(length, left));
      if (n > 0) {
        left -= n;
      }
      return n;
    }
  }

  private ReadReport readZip(ZipInputStream zip, String name, Optional<Instant> snapshot,
      Consumer<? super ProjectRecord> sink, Consumer<? super RowProblem> problems) throws IOException {
    ReadReport total = null;
    for (ZipEntry entry = nextEntry(zip); entry != null; entry = nextEntry(zip)) {
      ReadReport report = read(new NonClosing(zip), name + "!" + entry.getName(), snapshot, sink, problems);
      if (total != null && total.layout() != report.layout()) {
        throw new IllegalArgumentException(name + "!" + entry.getName() + " is " + report.layout()
            + " but the archive's first file is " + total.layout());
      }
      total = total == null ? report : total.plus(report);
    }
    if (total == null) {
      throw new IllegalArgumentException(name + ": the archive holds no file");
    }
    return total;
  }

  private static ZipEntry nextEntry(ZipInputStream zip) throws IOException {
    for (ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
      String base = entry.getName().substring(entry.getName().lastIndexOf('/') + 1);
      if (!entry.isDirectory() && !base.startsWith(".") && !entry.getName().startsWith("__MACOSX")) {
        return entry;
      }
    }
    return null;
  }

  private static String fileName(Path file) {
    Path name = file.getFileName();
    return name == null ? "" : name.toString().toLowerCase(Locale.ROOT);
  }

  /**
   * Recognises the layout from the first line, then rewinds the reader to the start.
   *
   * @throws IllegalArgumentException if the input is empty or fits no layout (or not the one given)
   */
  private DatasetLayout detect(String name, BufferedReader text) throws IOException {
    text.mark(DETECT_LIMIT + 2);
    LineSource lines = new LineSource(text, DETECT_LIMIT, 1);
    String first = lines.next();
    while (first != null && isBlankBeforeHeader(first)) {
      first = lines.next();
    }
    text.reset();
    if (first == null) {
      throw new IllegalArgumentException(name + ": the input is empty; expected a header or a JSON line");
    }
    if (lines.truncated()) {
      throw new IllegalArgumentException(name + ": the first line is longer than " + DETECT_LIMIT
          + " chars; it is no known layout's header");
    }
    return Layouts.recognise(name, first.replace("\uFEFF", ""), layout);
  }

  private void readIcpsr(Reader text, DatasetFile file, Consumer<? super ProjectRecord> sink, RowTally tally)
      throws IOException {
    LineSource lines = new LineSource(text, maxLine, 1);
    String header = icpsrHeader(lines);
    readIcpsr(lines, header, icpsrRows(header), file, sink, tally);
  }

  /** Reads up to the header line of an ICPSR file, the first that is not blank, and returns it. */
  private static String icpsrHeader(LineSource lines) throws IOException {
    String header = lines.next();
    while (isBlankBeforeHeader(header)) {
      header = lines.next();
    }
    return header;
  }

  /** Tells whether a line before the header or first JSON line is no line at all: blank, or a byte-order mark. */
  static boolean isBlankBeforeHeader(String line) {
    return line.replace("\uFEFF", "").isBlank();
  }

  private static IcpsrRows icpsrRows(String header) {
    return new IcpsrRows(new Columns(IcpsrRows.split(header.replace("\uFEFF", ""), new ArrayList<>())));
  }

  /** Reads ICPSR rows, skipping blank lines and the header line wherever it appears. */
  private void readIcpsr(LineSource lines, String header, IcpsrRows rows, DatasetFile file,
      Consumer<? super ProjectRecord> sink, RowTally tally) throws IOException {
    for (String line = lines.next(); line != null; line = lines.next()) {
      if (line.isBlank() || line.equals(header)) {
        continue;
      }
      if (lines.truncated()) {
        tally.rejected(new RowProblem(file.name(), lines.line(), "line is longer than " + maxLine + " chars"));
        continue;
      }
      try {
        ProjectRecord record = rows.parse(line, lines.line(), file);
        tally.kept(record);
        sink.accept(record);
      } catch (BadRow bad) {
        tally.rejected(new RowProblem(file.name(), lines.line(), bad.getMessage()));
      }
    }
  }

  private void readWebRobotsJson(LineSource lines, DatasetFile file, Consumer<? super ProjectRecord> sink,
      RowTally tally) throws IOException {
    WebRobotsRows rows = new WebRobotsRows();
    for (String line = lines.next(); line != null; line = lines.next()) {
      if (line.isBlank()) {
        continue;
      }
      long number = lines.line();
      if (lines.truncated()) {
        tally.rejected(new RowProblem(file.name(), number, "line is longer than " + maxLine + " chars"));
        continue;
      }
      try {
        Map<String, Object> project = Layouts.project(Json.parseObject(line.replace("\uFEFF", "")));
        ProjectRecord record = rows.parse(new JsonProject(project), new Provenance(file, number));
        tally.kept(record);
        sink.accept(record);
      } catch (Json.JsonException e) {
        tally.rejected(new RowProblem(file.name(), number, e.getMessage()));
      } catch (BadRow bad) {
        tally.rejected(new RowProblem(file.name(), number, bad.getMessage()));
      }
    }
  }

  /**
   * Reads Web Robots CSV rows, skipping empty lines and the header row wherever it appears. A row that cannot be split
   * into fields (a character after a closing quote, a quote left open) is rejected and reading goes on at the line
   * after its first line; so does it after a row of several lines whose fields do not match the header, as when a
   * stray quote made one row of several.
   */
  private static void readWebRobotsCsv(Reader text, DatasetFile file, Consumer<? super ProjectRecord> sink,
      RowTally tally) throws IOException {
    CsvFields fields = new CsvFields(StandardCharsets.UTF_8);
    CsvScanner scanner = new CsvScanner(new EncodingInputStream(text), 0, fields, true);
    List<String> header = webRobotsCsvHeader(scanner, fields, file.name());
    if (header != null) {
      readWebRobotsCsv(scanner, fields, header, Long.MAX_VALUE, file, sink, tally);
    }
  }

  /**
   * Reads up to the header of a Web Robots CSV file, the first row that is not one blank field, and returns it, or
   * null if the input ends first.
   *
   * @throws IllegalArgumentException if a row before it cannot be split into fields
   */
  static List<String> webRobotsCsvHeader(CsvScanner scanner, CsvFields fields, String name) throws IOException {
    while (true) {
      CsvScanner.Found found = scanner.next();
      if (found == CsvScanner.Found.END) {
        return null;
      }
      if (found == CsvScanner.Found.BROKEN) {
        throw new IllegalArgumentException(name + ": the header on line " + scanner.brokenLine()
            + " cannot be split into fields: " + scanner.brokenReason());
      }
      if (found == CsvScanner.Found.ROW) {
        List<String> row = fields.texts();
        if (row.size() > 1 || !row.get(0).isBlank()) {
          return row;
        }
      }
    }
  }

  /**
   * Tells whether the reader of a Web Robots CSV file goes on at the line after the first line of the row just read:
   * a row of several lines whose fields do not match the header.
   */
  static boolean resyncsAfter(CsvFields fields, int headerSize) {
    return fields.count() != headerSize && fields.lines() > 1;
  }

  /**
   * Reads Web Robots CSV rows after the header until the input ends or a row or empty line starts at
   * {@code stopOffset}.
   *
   * @throws IllegalStateException if a row starts after the stop offset without one starting on it: the stop offset
   *     was not where a row starts
   */
  private static void readWebRobotsCsv(CsvScanner scanner, CsvFields fields, List<String> header, long stopOffset,
      DatasetFile file, Consumer<? super ProjectRecord> sink, RowTally tally) throws IOException {
    Columns columns = new Columns(header);
    WebRobotsRows rows = new WebRobotsRows();
    while (true) {
      if (scanner.offset() >= stopOffset) {
        checkStop(scanner.offset(), stopOffset, file.name());
        return;
      }
      CsvScanner.Found found = scanner.next();
      if (found == CsvScanner.Found.END) {
        return;
      }
      if (found == CsvScanner.Found.BROKEN) {
        tally.rejected(new RowProblem(file.name(), scanner.brokenLine(), "the row cannot be split into fields: "
            + scanner.brokenReason()));
        continue;
      }
      if (found != CsvScanner.Found.ROW) {
        continue;
      }
      List<String> row = fields.texts();
      long line = fields.line();
      if (row.equals(header)) {
        continue;
      }
      if (row.size() != columns.size()) {
        tally.rejected(new RowProblem(file.name(), line, "row has " + row.size() + " fields, the header has "
            + columns.size()));
        if (resyncsAfter(fields, columns.size())) {
          scanner.resync();
        }
        continue;
      }
      try {
        ProjectRecord record = rows.parse(new CsvProject(columns, row), new Provenance(file, line));
        tally.kept(record);
        sink.accept(record);
      } catch (BadRow bad) {
        tally.rejected(new RowProblem(file.name(), line, bad.getMessage()));
      }
    }
  }

  /** Refuses a split whose end is not where the reader finds a row start: the file changed since it was split. */
  static void checkStop(long offset, long stopOffset, String name) {
    if (offset != stopOffset) {
      throw new IllegalStateException(name + ": a row runs from before byte " + stopOffset + " to byte " + offset
          + ", where the split planned for it ends; the file changed since it was split");
    }
  }

  /** A Web Robots CSV row, its nested JSON parsed when asked for. */
  private static final class CsvProject implements WebRobotsRows.Project {
    private final Columns columns;
    private final List<String> row;

    CsvProject(Columns columns, List<String> row) {
      this.columns = columns;
      this.row = row;
    }

    @Override
    public Optional<String> scalar(String key) {
      Optional<Integer> at = columns.find(key);
      if (at.isEmpty()) {
        return Optional.empty();
      }
      String value = row.get(at.get()).strip();
      return value.isEmpty() || value.equals("null") ? Optional.empty() : Optional.of(value);
    }

    @Override
    public Optional<Map<String, Object>> category() throws BadRow {
      Optional<String> cell = scalar("category");
      if (cell.isEmpty()) {
        return Optional.empty();
      }
      try {
        return Optional.of(Json.parseObject(cell.get()));
      } catch (Json.JsonException e) {
        throw new BadRow("category cell " + e.getMessage());
      }
    }
  }

  /** The project object of a Web Robots JSON line. */
  private static final class JsonProject implements WebRobotsRows.Project {
    private final Map<String, Object> project;

    JsonProject(Map<String, Object> project) {
      this.project = project;
    }

    @Override
    public Optional<String> scalar(String key) throws BadRow {
      try {
        return Json.scalar(project, key).map(String::strip).filter(value -> !value.isEmpty());
      } catch (Json.JsonException e) {
        throw new BadRow(e.getMessage());
      }
    }

    @Override
    public Optional<Map<String, Object>> category() throws BadRow {
      try {
        return Json.object(project, "category");
      } catch (Json.JsonException e) {
        throw new BadRow(e.getMessage());
      }
    }
  }

  /** Keeps a zip stream open when the reader of one entry closes its stream. */
  private static final class NonClosing extends FilterInputStream {
    NonClosing(InputStream in) {
      super(in);
    }

    @Override
    public void close() {
      // the archive is closed by its owner
    }
  }

  /** What {@link #countLineBreaks} returns for a range holding a lone CR, which a line reader may count either way. */
  private static final long UNCOUNTABLE = -1;

  /**
   * Counts the line breaks in {@code [from, to)} of {@code channel}, CRLF and LF; returns {@link #UNCOUNTABLE} if they
   * hold a lone CR, so that the caller reads the file in one part instead.
   */
  private static long countLineBreaks(FileChannel channel, long from, long to) throws IOException {
    ByteBuffer buffer = ByteBuffer.allocate(1 << 16);
    byte[] bytes = buffer.array();
    long breaks = 0;
    boolean afterCarriageReturn = false;
    long position = from;
    while (position < to) {
      buffer.clear();
      buffer.limit((int) Math.min(bytes.length, to - position));
      int read = channel.read(buffer, position);
      if (read <= 0) {
        break;
      }
      for (int i = 0; i < read; i++) {
        byte b = bytes[i];
        if (afterCarriageReturn && b != '\n') {
          return UNCOUNTABLE;
        }
        if (b == '\r' || b == '\n' && !afterCarriageReturn) {
          breaks++;
        }
        afterCarriageReturn = b == '\r';
      }
      position += read;
    }
    return afterCarriageReturn ? UNCOUNTABLE : breaks;
  }
}
