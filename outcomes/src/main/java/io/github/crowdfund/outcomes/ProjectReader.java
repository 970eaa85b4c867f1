package io.github.crowdfund.outcomes;

import de.siegmar.fastcsv.reader.CsvParseException;
import de.siegmar.fastcsv.reader.CsvReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;

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
 * <p>This class is immutable and thread-safe; each call to {@code read} uses its own state.
 */
public final class ProjectReader {

  /** Kickstarter opened on 28 April 2009; launches before April 2009 are implausible. */
  private static final Instant PLATFORM_OPENED = Instant.parse("2009-04-01T00:00:00Z");
  private static final String UNKNOWN_COUNTRY = "N,0\"";
  private static final String BYTE_ORDER_MARK = "\uFEFF";

  private final Charset charset;

  private ProjectReader(Charset charset) {
    this.charset = charset;
  }

  /**
   * Returns a reader of UTF-8 files.
   *
   * @return a reader; never null
   */
  public static ProjectReader create() {
    return new ProjectReader(StandardCharsets.UTF_8);
  }

  /**
   * Returns a reader of files in the given character set (the 201612 file circulates in Windows-1252 too).
   *
   * @param charset the character set of the files; not null
   * @return a reader; never null
   */
  public ProjectReader withCharset(Charset charset) {
    return new ProjectReader(Objects.requireNonNull(charset, "charset"));
  }

  /**
   * Reads a file.
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
   * Reads a stream of bytes in this reader's character set; the stream is not closed.
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
    return read(csvBuilder().build(fields, Objects.requireNonNull(in, "in"), charset), sink, problems);
  }

  /**
   * Reads characters; the reader is not closed.
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
    return read(csvBuilder().build(fields, Objects.requireNonNull(in, "in")), sink, problems);
  }

  private static CsvReader.CsvReaderBuilder csvBuilder() {
    return CsvReader.builder()
        .detectBomHeader(true)
        .skipEmptyLines(true)
        .allowExtraFields(true)
        .allowMissingFields(true);
  }

  private static ReadReport read(CsvReader<CsvFields> csv, Consumer<? super ProjectRecord> sink,
      Consumer<? super RowProblem> problems) throws IOException {
    Objects.requireNonNull(sink, "sink");
    Objects.requireNonNull(problems, "problems");
    Iterator<CsvFields> rows = csv.iterator();
    if (!rows.hasNext()) {
      throw new IllegalArgumentException("the input is empty; expected a header, one of:\n"
          + KaggleLayout.describeAll());
    }
    List<String> header = rows.next().texts();
    List<String> names = new ArrayList<>(header);
    names.set(0, names.get(0).replace(BYTE_ORDER_MARK, ""));
    KaggleLayout layout = KaggleLayout.detect(names).orElseThrow(() -> new IllegalArgumentException(
        "header '" + String.join(",", header) + "' matches no known layout; known:\n"
            + KaggleLayout.describeAll()));
    Tally tally = new Tally(layout, problems);
    ProjectRowParser parser = new ProjectRowParser(layout);
    while (true) {
      CsvFields row;
      try {
        if (!rows.hasNext()) {
          break;
        }
        row = rows.next();
      } catch (CsvParseException | UncheckedIOException e) {
        if (e instanceof UncheckedIOException unchecked) {
          throw unchecked.getCause();
        }
        tally.stop(new RowProblem(tally.lastLine + 1, "the CSV cannot be parsed further: " + e.getMessage()));
        break;
      }
      tally.lastLine = row.line();
      try {
        ProjectRecord record = parser.parse(row);
        tally.kept(record);
        sink.accept(record);
      } catch (ProjectRowParser.BadRow bad) {
        tally.rejected(new RowProblem(row.line(), bad.getMessage()));
      }
    }
    return tally.report();
  }

  /** Counts rows as they are read. */
  private static final class Tally {
    private final KaggleLayout layout;
    private final Consumer<? super RowProblem> problems;
    private final long[] flagCounts = new long[RecordFlag.values().length];
    private final List<RowProblem> firstRejections = new ArrayList<>();
    private long kept;
    private long flagged;
    private long rejected;
    private long lastLine = 1;
    private Optional<RowProblem> stoppedEarly = Optional.empty();

    Tally(KaggleLayout layout, Consumer<? super RowProblem> problems) {
      this.layout = layout;
      this.problems = problems;
    }

    void kept(ProjectRecord record) {
      kept++;
      if (record.isFlagged()) {
        flagged++;
        for (RecordFlag flag : record.flags()) {
          flagCounts[flag.ordinal()]++;
        }
      }
    }

    void rejected(RowProblem problem) {
      rejected++;
      if (firstRejections.size() < ReadReport.MAX_LISTED) {
        firstRejections.add(problem);
      }
      problems.accept(problem);
    }

    void stop(RowProblem problem) {
      stoppedEarly = Optional.of(problem);
      problems.accept(problem);
    }

    ReadReport report() {
      Map<RecordFlag, Long> counts = new EnumMap<>(RecordFlag.class);
      for (RecordFlag flag : RecordFlag.values()) {
        if (flagCounts[flag.ordinal()] > 0) {
          counts.put(flag, flagCounts[flag.ordinal()]);
        }
      }
      return new ReadReport(layout, kept + rejected, kept, flagged, rejected, counts, firstRejections,
          stoppedEarly);
    }
  }
}
