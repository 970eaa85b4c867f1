package io.github.crowdfund.outcomes.dataset;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.Executor;
import java.util.concurrent.ForkJoinPool;
import java.util.function.Consumer;
import java.util.function.LongConsumer;
import java.util.stream.Collector;

/**
 * Reads the public Kaggle "Kickstarter Projects" files ({@link KaggleLayout#KS_201801} and
 * {@link KaggleLayout#KS_201612}) row by row, in constant memory, into {@link ProjectRecord}s.
 *
 * <p>The CSV is RFC 4180: quoted fields may hold commas, quotes and line breaks; LF, CRLF or a lone CR ends a line
 * (inside quotes too, each counted as one line); a UTF-8 byte-order mark is skipped; empty lines are skipped. The
 * layout is recognised from the header. Rows that are odd but readable are kept and flagged ({@link RecordFlag});
 * rows that cannot be read are passed to the problem listener with the line on which they start and the reason, and
 * reading goes on: nothing stops a read but an {@link IOException}, and the returned {@link ReadReport} accounts for
 * every row ({@code rowsRead == kept + rejected}).
 *
 * <p>A row is rejected when it cannot be split into fields (a character after a closing quote, as in
 * {@code "Lamp"x}; a quote still open at the end of the input; a row over {@value CsvScanner#MAX_ROW_BYTES} bytes or
 * {@value CsvScanner#MAX_ROW_LINES} lines), when its fields do not fit the layout, or when a value is malformed or
 * impossible (see {@link ProjectRecord} for what a record may hold; numbers over
 * {@value ProjectRowParser#MAX_NUMBER_BYTES} characters are refused unread). After a row that cannot be split, or
 * that spans several lines and whose fields do not fit, reading goes on at the line after the row's first line, so a
 * stray quote costs the row it is in, not the rows it swallowed. Time is linear in the size of the input.
 *
 * <p>{@code read} reads on the calling thread and passes records on in file order. {@code collect} reads a file in
 * parts on up to {@link #withParallelism parallelism} threads at the same time (the calling thread and runners on the
 * {@link #withExecutor executor}, the common fork-join pool unless set), each part into its own container of a
 * {@link Collector}, combined in file order; the result is the one a single pass would give.
 *
 * <p>This class is immutable and thread-safe; each call uses its own state.
 */
public final class ProjectReader {

  /** Files smaller than this many bytes per part are read in fewer parts. */
  static final long MIN_PART_BYTES = 1 << 20;

  private static final LongConsumer NO_PROGRESS = bytes -> { };

  private final Charset charset;
  private final int parallelism;
  private final Executor executor;
  private final long minPartBytes;
  private final LongConsumer progress;

  private ProjectReader(Charset charset, int parallelism, Executor executor, long minPartBytes) {
    this(charset, parallelism, executor, minPartBytes, NO_PROGRESS);
  }

  private ProjectReader(Charset charset, int parallelism, Executor executor, long minPartBytes,
      LongConsumer progress) {
    this.charset = charset;
    this.parallelism = parallelism;
    this.executor = executor;
    this.minPartBytes = minPartBytes;
    this.progress = progress;
  }

  /**
   * Returns a reader whose {@code collect} tells {@code progress} how many bytes of the file each part has read, as it
   * reads them (parts read a little past their ends, so the sum may pass the file's size).
   *
   * @param progress receives counts of bytes, from the threads reading parts at the same time; not null
   * @return a reader; never null
   */
  public ProjectReader withProgress(LongConsumer progress) {
    return new ProjectReader(charset, parallelism, executor, minPartBytes,
        Objects.requireNonNull(progress, "progress"));
  }

  /**
   * Returns a reader of UTF-8 files whose {@code collect} uses as many parts as there are processors, on the common
   * fork-join pool.
   *
   * @return a reader; never null
   */
  public static ProjectReader create() {
    return new ProjectReader(StandardCharsets.UTF_8, Runtime.getRuntime().availableProcessors(),
        ForkJoinPool.commonPool(), MIN_PART_BYTES);
  }

  /**
   * Returns a reader of files in the given character set (the 201612 file circulates in Windows-1252 too).
   * {@code collect} splits files only in UTF-8 and the ASCII-based single-byte sets (US-ASCII, ISO-8859, Windows);
   * others are read in one part.
   *
   * @param charset the character set of the files; not null
   * @return a reader; never null
   */
  public ProjectReader withCharset(Charset charset) {
    return new ProjectReader(Objects.requireNonNull(charset, "charset"), parallelism, executor, minPartBytes,
        progress);
  }

  /**
   * Returns a reader whose {@code collect} reads a file on at most this many threads at the same time, in up to four
   * parts per thread (fewer for files under a megabyte per part); 1 reads on the calling thread only.
   *
   * @param parallelism the most threads, the calling thread included; at least 1
   * @return a reader; never null
   * @throws IllegalArgumentException if {@code parallelism} is less than 1
   */
  public ProjectReader withParallelism(int parallelism) {
    if (parallelism < 1) {
      throw new IllegalArgumentException("parallelism must be at least 1, was '" + parallelism + "'");
    }
    return new ProjectReader(charset, parallelism, executor, minPartBytes, progress);
  }

  /**
   * Returns a reader whose {@code collect} hands parts to {@code parallelism - 1} runners on this executor; the
   * calling thread reads the first part, then any part no runner has taken.
   *
   * @param executor runs the runners; not null
   * @return a reader; never null
   */
  public ProjectReader withExecutor(Executor executor) {
    return new ProjectReader(charset, parallelism, Objects.requireNonNull(executor, "executor"), minPartBytes,
        progress);
  }

  /** Returns a reader that splits files into parts of at least this many bytes; for tests of small files. */
  ProjectReader withMinPartBytes(long bytes) {
    return new ProjectReader(charset, parallelism, executor, bytes, progress);
  }

  /**
   * Reads a file on the calling thread.
   *
   * @param file the dataset; not null
   * @param sink receives every kept record, in file order; not null
   * @param problems receives every rejected row as it is met; not null
   * @return what was read; never null
   * @throws NoSuchFileException if the file does not exist
   * @throws FileSystemException if the path is a directory, a FIFO or another file that is not a regular file
   * @throws IOException if the file cannot be read
   * @throws IllegalArgumentException if the file is empty, its header cannot be split into fields or matches no known
   *     layout
   */
  public ReadReport read(Path file, Consumer<? super ProjectRecord> sink, Consumer<? super RowProblem> problems)
      throws IOException {
    checkRegularFile(file);
    try (InputStream in = Files.newInputStream(file)) {
      return read(in, sink, problems);
    }
  }

  /**
   * Reads a stream of bytes in this reader's character set, on the calling thread; the stream is not closed.
   *
   * @param in the dataset; not null
   * @param sink receives every kept record, in file order; not null
   * @param problems receives every rejected row as it is met; not null
   * @return what was read; never null
   * @throws IOException if the stream cannot be read
   * @throws IllegalArgumentException if the input is empty, its header cannot be split into fields or matches no
   *     known layout
   */
  public ReadReport read(InputStream in, Consumer<? super ProjectRecord> sink,
      Consumer<? super RowProblem> problems) throws IOException {
    Objects.requireNonNull(in, "in");
    if (isAsciiBased(charset)) {
      return read(in, charset, sink, problems);
    }
    return read(new EncodingInputStream(new InputStreamReader(in, charset)), StandardCharsets.UTF_8, sink, problems);
  }

  /**
   * Reads characters on the calling thread; the reader is not closed.
   *
   * @param in the dataset; not null
   * @param sink receives every kept record, in file order; not null
   * @param problems receives every rejected row as it is met; not null
   * @return what was read; never null
   * @throws IOException if the input cannot be read
   * @throws IllegalArgumentException if the input is empty, its header cannot be split into fields or matches no
   *     known layout
   */
  public ReadReport read(Reader in, Consumer<? super ProjectRecord> sink, Consumer<? super RowProblem> problems)
      throws IOException {
    return read(new EncodingInputStream(Objects.requireNonNull(in, "in")), StandardCharsets.UTF_8, sink, problems);
  }

  /**
   * Reads a file, in parts at the same time when it is large enough, and collects its kept records. Each part has
   * its own container ({@code collector.supplier()}), filled on the thread reading that part; containers are combined
   * in file order, so ordered collectors such as {@code toList()} keep file order. Problems are passed to
   * {@code problems} on the calling thread, in file order: those of the first part as they are met, those of later
   * parts once all parts are read (they are held in memory until then).
   *
   * @param <R> the collector's result type
   * @param file the dataset; not null
   * @param collector collects kept records; its functions must be safe to call from the executor's threads; not null
   * @param problems receives every rejected row; not null
   * @return the collector's result and what was read; never null
   * @throws NoSuchFileException if the file does not exist
   * @throws FileSystemException if the path is a directory, a FIFO or another file that is not a regular file
   * @throws IOException if the file cannot be read
   * @throws IllegalArgumentException if the file is empty, its header cannot be split into fields or matches no known
   *     layout
   */
  public <R> ReadResult<R> collect(Path file, Collector<? super ProjectRecord, ?, R> collector,
      Consumer<? super RowProblem> problems) throws IOException {
    Objects.requireNonNull(file, "file");
    Objects.requireNonNull(collector, "collector");
    Objects.requireNonNull(problems, "problems");
    if (!isAsciiBased(charset)) {
      return collectSequentially(file, collector, problems);
    }
    checkRegularFile(file);
    return PartedRead.read(file, charset, parallelism, minPartBytes, executor, collector, problems, progress);
  }

  private <A, R> ReadResult<R> collectSequentially(Path file, Collector<? super ProjectRecord, A, R> collector,
      Consumer<? super RowProblem> problems) throws IOException {
    A container = collector.supplier().get();
    ReadReport report = read(file, record -> collector.accumulator().accept(container, record), problems);
    return new ReadResult<>(collector.finisher().apply(container), report);
  }

  /**
   * Tells whether the bytes of {@code , " CR LF} always stand for those characters in a character set, and only
   * they do: UTF-8 and the single-byte sets that agree with ASCII on its 128 characters.
   */
  static boolean isAsciiBased(Charset charset) {
    if (charset.equals(StandardCharsets.UTF_8)) {
      return true;
    }
    if (!charset.canEncode() || charset.newEncoder().maxBytesPerChar() != 1.0f) {
      return false;
    }
    byte[] ascii = new byte[128];
    for (int i = 0; i < ascii.length; i++) {
      ascii[i] = (byte) i;
    }
    return new String(ascii, charset).equals(new String(ascii, StandardCharsets.US_ASCII));
  }

  /**
   * Refuses a path that is not a regular file before it is opened: a directory, or a FIFO or device, which could block
   * the reader forever.
   */
  static void checkRegularFile(Path file) throws IOException {
    Objects.requireNonNull(file, "file");
    if (Files.isRegularFile(file)) {
      return;
    }
    if (!Files.exists(file)) {
      throw new NoSuchFileException(file.toString());
    }
    throw new FileSystemException(file.toString(), null, Files.isDirectory(file)
        ? "is a directory; give a dataset file"
        : "is not a regular file (a FIFO, device or socket); give a dataset file");
  }

  /**
   * Reads the header row and recognises the layout.
   *
   * @throws IllegalArgumentException if there is no row, the header cannot be split into fields, or it matches no
   *     known layout
   */
  static KaggleLayout readHeader(CsvScanner scanner, CsvFields fields) throws IOException {
    while (true) {
      switch (scanner.next()) {
        case EMPTY_LINE:
          continue;
        case END:
          throw new IllegalArgumentException("the input is empty; expected a header, one of:\n"
              + KaggleLayout.describeAll());
        case BROKEN:
          throw new IllegalArgumentException("the header on line " + scanner.brokenLine()
              + " cannot be split into fields: " + scanner.brokenReason() + "; expected one of:\n"
              + KaggleLayout.describeAll());
        case ROW:
          List<String> header = fields.texts();
          return KaggleLayout.detect(header).orElseThrow(() -> new IllegalArgumentException("header '"
              + String.join(",", header) + "' matches no known layout; known:\n" + KaggleLayout.describeAll()));
        default:
          throw new AssertionError(scanner);
      }
    }
  }

  /**
   * Reads the rows of a split of a file in an ASCII-based character set: the header from the file's start, then the
   * rows from the split's start until one starts at its end.
   *
   * @throws IllegalStateException if no row starts at the split's end, as when the file changed since it was split
   */
  static ReadReport readSplit(SeekableSource source, Charset charset, FileSplit split,
      Consumer<? super ProjectRecord> sink, Consumer<? super RowProblem> problems) throws IOException {
    CsvFields fields = new CsvFields(charset);
    try (InputStream head = source.openAt(0)) {
      CsvScanner scanner = new CsvScanner(head, 0, fields, true);
      KaggleLayout layout = readHeader(scanner, fields);
      if (split.start() == 0) {
        return readRows(scanner, fields, layout, charset, split.end(), sink, problems);
      }
      try (InputStream in = source.openAt(split.start())) {
        return readRows(new CsvScanner(in, split.start(), split.firstLine(), fields, false), fields, layout, charset,
            split.end(), sink, problems);
      }
    }
  }

  private static ReadReport readRows(CsvScanner scanner, CsvFields fields, KaggleLayout layout, Charset charset,
      long stopOffset, Consumer<? super ProjectRecord> sink, Consumer<? super RowProblem> problems)
      throws IOException {
    RowTally tally = new RowTally(layout, problems);
    ProjectRowParser parser = new ProjectRowParser(layout, new TextPool(charset));
    RowReader reader = new RowReader(scanner, fields, parser, tally);
    reader.readUntil(stopOffset, sink, () -> false);
    if (reader.passedStopOffset()) {
      throw new IllegalStateException("a row runs over byte " + stopOffset
          + ", where the split planned for it ends; the file changed since it was split");
    }
    return tally.report();
  }

  /** Reads bytes in an ASCII-based character set. */
  private static ReadReport read(InputStream in, Charset charset, Consumer<? super ProjectRecord> sink,
      Consumer<? super RowProblem> problems) throws IOException {
    Objects.requireNonNull(sink, "sink");
    Objects.requireNonNull(problems, "problems");
    CsvFields fields = new CsvFields(charset);
    CsvScanner scanner = new CsvScanner(in, 0, fields, true);
    return readRows(scanner, fields, readHeader(scanner, fields), charset, Long.MAX_VALUE, sink, problems);
  }
}
