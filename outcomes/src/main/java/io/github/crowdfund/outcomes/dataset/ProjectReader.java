package io.github.crowdfund.outcomes.dataset;

import de.siegmar.fastcsv.reader.CsvReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.Executor;
import java.util.concurrent.ForkJoinPool;
import java.util.function.Consumer;
import java.util.stream.Collector;

/**
 * Reads the public Kaggle "Kickstarter Projects" files ({@link KaggleLayout#KS_201801} and
 * {@link KaggleLayout#KS_201612}) row by row, in constant memory, into {@link ProjectRecord}s.
 *
 * <p>The CSV is RFC 4180 (FastCSV): quoted fields may hold commas, quotes and line breaks; CRLF or LF line ends; a
 * UTF-8 byte-order mark is skipped; empty lines are skipped. The layout is recognised from the header. Rows that
 * are odd but readable are kept and flagged ({@link RecordFlag}); rows that cannot be read are passed to the
 * problem listener with their line number and reason, and reading goes on. Nothing is dropped silently: the
 * returned {@link ReadReport} accounts for every row.
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

  private static final String BYTE_ORDER_MARK = "\uFEFF";
  /** Character sets in which byte 10 is a line feed wherever it appears, so a file can be split at one. */
  private static final Set<Charset> SPLITTABLE = Set.of(StandardCharsets.UTF_8, StandardCharsets.US_ASCII,
      StandardCharsets.ISO_8859_1);

  private final Charset charset;
  private final int parallelism;
  private final Executor executor;
  private final long minPartBytes;

  private ProjectReader(Charset charset, int parallelism, Executor executor, long minPartBytes) {
    this.charset = charset;
    this.parallelism = parallelism;
    this.executor = executor;
    this.minPartBytes = minPartBytes;
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
   * {@code collect} splits files only in UTF-8, US-ASCII and ISO-8859-1; others are read in one part.
   *
   * @param charset the character set of the files; not null
   * @return a reader; never null
   */
  public ProjectReader withCharset(Charset charset) {
    return new ProjectReader(Objects.requireNonNull(charset, "charset"), parallelism, executor, minPartBytes);
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
    return new ProjectReader(charset, parallelism, executor, minPartBytes);
  }

  /**
   * Returns a reader whose {@code collect} hands parts to {@code parallelism - 1} runners on this executor; the
   * calling thread reads the first part, then any part no runner has taken.
   *
   * @param executor runs the runners; not null
   * @return a reader; never null
   */
  public ProjectReader withExecutor(Executor executor) {
    return new ProjectReader(charset, parallelism, Objects.requireNonNull(executor, "executor"), minPartBytes);
  }

  /** Returns a reader that splits files into parts of at least this many bytes; for tests of small files. */
  ProjectReader withMinPartBytes(long bytes) {
    return new ProjectReader(charset, parallelism, executor, bytes);
  }

  /**
   * Reads a file on the calling thread.
   *
   * @param file the dataset; not null
   * @param sink receives every kept record, in file order; not null
   * @param problems receives every rejected row as it is met; not null
   * @return what was read; never null
   * @throws IOException if the file cannot be read
   * @throws IllegalArgumentException if the file is empty or its header matches no known layout
   */
  public ReadReport read(Path file, Consumer<? super ProjectRecord> sink, Consumer<? super RowProblem> problems)
      throws IOException {
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
   * @throws IllegalArgumentException if the input is empty or its header matches no known layout
   */
  public ReadReport read(InputStream in, Consumer<? super ProjectRecord> sink,
      Consumer<? super RowProblem> problems) throws IOException {
    CsvFields fields = new CsvFields();
    return read(fields, csvBuilder(true).build(fields, Objects.requireNonNull(in, "in"), charset), sink, problems);
  }

  /**
   * Reads characters on the calling thread; the reader is not closed.
   *
   * @param in the dataset; not null
   * @param sink receives every kept record, in file order; not null
   * @param problems receives every rejected row as it is met; not null
   * @return what was read; never null
   * @throws IOException if the input cannot be read
   * @throws IllegalArgumentException if the input is empty or its header matches no known layout
   */
  public ReadReport read(Reader in, Consumer<? super ProjectRecord> sink, Consumer<? super RowProblem> problems)
      throws IOException {
    CsvFields fields = new CsvFields();
    return read(fields, csvBuilder(true).build(fields, Objects.requireNonNull(in, "in")), sink, problems);
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
   * @throws IOException if the file cannot be read
   * @throws IllegalArgumentException if the file is empty or its header matches no known layout
   */
  public <R> ReadResult<R> collect(Path file, Collector<? super ProjectRecord, ?, R> collector,
      Consumer<? super RowProblem> problems) throws IOException {
    Objects.requireNonNull(file, "file");
    Objects.requireNonNull(collector, "collector");
    Objects.requireNonNull(problems, "problems");
    int threads = SPLITTABLE.contains(charset) ? parallelism : 1;
    return PartedRead.read(file, charset, threads, minPartBytes, executor, collector, problems);
  }

  static CsvReader.CsvReaderBuilder csvBuilder(boolean detectByteOrderMark) {
    return CsvReader.builder()
        .detectBomHeader(detectByteOrderMark)
        .skipEmptyLines(true)
        .allowExtraFields(true)
        .allowMissingFields(true);
  }

  /**
   * Reads the header row and recognises the layout.
   *
   * @throws IllegalArgumentException if there is no row or the header matches no known layout
   */
  static KaggleLayout readHeader(Iterator<CsvFields> rows) {
    if (!rows.hasNext()) {
      throw new IllegalArgumentException("the input is empty; expected a header, one of:\n"
          + KaggleLayout.describeAll());
    }
    List<String> header = rows.next().texts();
    List<String> names = new ArrayList<>(header);
    names.set(0, names.get(0).replace(BYTE_ORDER_MARK, ""));
    return KaggleLayout.detect(names).orElseThrow(() -> new IllegalArgumentException(
        "header '" + String.join(",", header) + "' matches no known layout; known:\n" + KaggleLayout.describeAll()));
  }

  private static ReadReport read(CsvFields fields, CsvReader<CsvFields> csv, Consumer<? super ProjectRecord> sink,
      Consumer<? super RowProblem> problems) throws IOException {
    Objects.requireNonNull(sink, "sink");
    Objects.requireNonNull(problems, "problems");
    Iterator<CsvFields> rows = csv.iterator();
    KaggleLayout layout = readHeader(rows);
    RowTally tally = new RowTally(layout, problems);
    new RowReader(fields, rows, layout, tally).readUntil(Long.MAX_VALUE, sink, () -> false);
    return tally.report();
  }
}
