package io.github.crowdfund.markets;

import de.siegmar.fastcsv.reader.CommentStrategy;
import de.siegmar.fastcsv.reader.CsvParseException;
import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.CsvRecord;
import io.github.crowdfund.text.TextLimits;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.PushbackReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.stream.Collectors;

/**
 * A CSV data file with its provenance in leading comment lines ({@code # as-of: yyyy-mm-dd}, {@code # source: ...}),
 * a header naming the columns, and rows. Every problem is collected with its line and field; {@link #finish()} throws
 * them all at once, so a bad file is never used in part. A leading byte order mark is skipped; text that is not UTF-8
 * is a problem of the file, not an exception.
 */
final class DataFile {

  private static final String AS_OF = "as-of";
  private static final String SOURCE = "source";
  private static final int BYTE_ORDER_MARK = '\uFEFF';
  /** The longest problem message kept whole. */
  private static final int MAX_MESSAGE_LENGTH = 500;

  private final String name;
  private final List<Row> rows = new ArrayList<>();
  private final List<DataProblem> problems = new ArrayList<>();
  private final List<String> sources = new ArrayList<>();
  private final Map<String, String> metadata = new HashMap<>();
  private LocalDate asOf;

  private DataFile(String name) {
    this.name = name;
  }

  /**
   * Reads a whole file. Problems are collected, not thrown; call {@link #finish()} when the rows have been used.
   *
   * @param reader the text, closed by this method
   * @param name the file's name for messages
   * @param columns the columns every row must have, in any order
   */
  static DataFile read(Reader reader, String name, List<String> columns) {
    Objects.requireNonNull(reader, "reader");
    Objects.requireNonNull(name, "name");
    DataFile file = new DataFile(name);
    long lastLine = 0;
    try (reader; CsvReader<CsvRecord> csv = CsvReader.builder()
        .commentStrategy(CommentStrategy.READ)
        .skipEmptyLines(true)
        .allowMissingFields(true)
        .allowExtraFields(true)
        .ofCsvRecord(withoutByteOrderMark(reader))) {
      Map<String, Integer> header = null;
      for (CsvRecord record : csv) {
        lastLine = record.getStartingLineNumber();
        if (record.isComment()) {
          if (header == null) {
            file.readMetadata(record.getField(0).trim(), record.getStartingLineNumber());
          }
        } else if (header == null) {
          header = file.readHeader(record, columns);
        } else {
          file.readRow(record, header);
        }
      }
      if (header == null) {
        file.problem(1, "header", "the file has no header line; expected the columns " + columns);
      }
    } catch (CsvParseException e) {
      file.problem(0, "csv", "not readable as CSV: " + TextLimits.quote(String.valueOf(e.getMessage())));
    } catch (IOException e) {
      file.failedReading(e, lastLine);
    } catch (UncheckedIOException e) {
      file.failedReading(e.getCause(), lastLine);
    }
    if (file.asOf == null) {
      file.problem(1, AS_OF, "missing the comment line '# as-of: yyyy-mm-dd' before the header");
    }
    if (file.sources.isEmpty()) {
      file.problem(1, SOURCE, "missing at least one comment line '# source: ...' before the header");
    }
    return file;
  }

  /**
   * Opens a file for {@link #read}, refusing anything but a regular file before opening it: a FIFO would make
   * reading wait for a writer, a device would never end.
   *
   * @throws NoSuchFileException if there is no such file
   * @throws IOException naming the file if it is a directory or a special file, or cannot be opened
   */
  static Reader open(Path file) throws IOException {
    Objects.requireNonNull(file, "file");
    if (!Files.isRegularFile(file)) {
      if (!Files.exists(file)) {
        throw new NoSuchFileException(file.toString(), null, "no such file");
      }
      throw new IOException(file + " is a directory or a special file (such as a FIFO or a device), not a data "
          + "file; give the path of a CSV file");
    }
    return Files.newBufferedReader(file, StandardCharsets.UTF_8);
  }

  private static Reader withoutByteOrderMark(Reader reader) throws IOException {
    PushbackReader unread = new PushbackReader(reader, 1);
    int first = unread.read();
    if (first >= 0 && first != BYTE_ORDER_MARK) {
      unread.unread(first);
    }
    return unread;
  }

  /** Text that is not UTF-8 is a problem of the file; any other failure to read is thrown. */
  private void failedReading(IOException e, long lastLine) {
    if (!(e instanceof CharacterCodingException)) {
      throw new UncheckedIOException("cannot read data file " + name, e);
    }
    problem(lastLine + 1, "encoding", "the text after line " + lastLine + " is not UTF-8 (" + e + "); save the file "
        + "as UTF-8");
  }

  /**
   * Reads a resource file bundled beside {@code owner}'s class.
   *
   * @throws IllegalStateException if the resource is missing (a broken build, not bad input)
   */
  static DataFile resource(Class<?> owner, String resource, List<String> columns) {
    InputStream in = owner.getResourceAsStream(resource);
    if (in == null) {
      throw new IllegalStateException("bundled data file " + resource + " is missing beside " + owner.getName());
    }
    return read(new InputStreamReader(in, StandardCharsets.UTF_8), resource, columns);
  }

  private void readMetadata(String comment, long line) {
    int colon = comment.indexOf(':');
    if (colon < 0) {
      return;
    }
    String key = comment.substring(0, colon).trim().toLowerCase(Locale.ROOT);
    String value = comment.substring(colon + 1).trim();
    if (key.equals(AS_OF)) {
      try {
        asOf = LocalDate.parse(value);
      } catch (DateTimeParseException e) {
        problem(line, AS_OF, TextLimits.quote(value) + " is not a date (yyyy-mm-dd)");
      }
    } else if (key.equals(SOURCE) && !value.isEmpty()) {
      sources.add(value);
    } else if (!value.isEmpty() && key.matches("[a-z-]+")) {
      metadata.putIfAbsent(key, value);
    }
  }

  private Map<String, Integer> readHeader(CsvRecord record, List<String> columns) {
    Map<String, Integer> header = new HashMap<>();
    for (int i = 0; i < record.getFieldCount(); i++) {
      header.put(record.getField(i).trim(), i);
    }
    for (String column : columns) {
      if (!header.containsKey(column)) {
        problem(record.getStartingLineNumber(), column,
            "the header lacks this column; it has " + TextLimits.quote(String.join(", ", record.getFields())));
      }
    }
    return header;
  }

  private void readRow(CsvRecord record, Map<String, Integer> header) {
    long line = record.getStartingLineNumber();
    if (record.getFieldCount() != header.size()) {
      problem(line, "row", "expected " + header.size() + " fields as in the header, found " + record.getFieldCount());
      return;
    }
    Map<String, String> values = new HashMap<>();
    header.forEach((column, index) -> values.put(column, record.getField(index).trim()));
    rows.add(new Row(line, values));
  }

  /** Records a problem; a message made long by a long value quoted in it is cut to its beginning. */
  private void problem(long line, String field, String message) {
    problems.add(new DataProblem(name, line, field,
        message.length() <= MAX_MESSAGE_LENGTH ? message : TextLimits.quote(message)));
  }

  /** The value of a {@code # key: value} comment line before the header; a problem when it is missing. */
  Optional<String> requiredMetadata(String key) {
    Optional<String> value = Optional.ofNullable(metadata.get(key));
    if (value.isEmpty()) {
      problem(1, key, "missing the comment line '# " + key + ": ...' before the header");
    }
    return value;
  }

  /** Returns the rows read, in file order, including those with problems. */
  List<Row> rows() {
    return rows;
  }

  /**
   * Builds a value from a row whose fields all parsed; an {@link IllegalArgumentException} or a
   * {@link DateTimeException} (a bad zone or time) from the value's own checks becomes a problem of the row.
   */
  <T> Optional<T> build(Row row, Supplier<T> builder) {
    if (row.failed) {
      return Optional.empty();
    }
    try {
      return Optional.of(builder.get());
    } catch (IllegalArgumentException | DateTimeException e) {
      row.fail("row", e.getMessage());
      return Optional.empty();
    }
  }

  /**
   * Throws every collected problem, or returns the file's provenance when there are none.
   *
   * @throws DataFileException listing every problem
   */
  Provenance finish() {
    if (!problems.isEmpty()) {
      problems.sort(Comparator.comparingLong(DataProblem::line));
      throw new DataFileException(problems);
    }
    return new Provenance(name, asOf, sources);
  }

  static <E extends Enum<E>> E parseChoice(String text, Class<E> type) {
    Objects.requireNonNull(text, "text");
    for (E constant : type.getEnumConstants()) {
      if (constant.name().equalsIgnoreCase(text.trim())) {
        return constant;
      }
    }
    throw new IllegalArgumentException(
        "'" + text + "' is not a " + type.getSimpleName() + "; expected one of: " + spellings(type));
  }

  static String spellings(Class<? extends Enum<?>> type) {
    return Arrays.stream(type.getEnumConstants())
        .map(e -> e.name().toLowerCase(Locale.ROOT))
        .collect(Collectors.joining(", "));
  }

  /** One data row: its line and its values by column, with parsers that record problems. */
  final class Row {
    private final long line;
    private final Map<String, String> values;
    private boolean failed;

    private Row(long line, Map<String, String> values) {
      this.line = line;
      this.values = values;
    }

    long line() {
      return line;
    }

    void fail(String field, String message) {
      failed = true;
      problem(line, field, message);
    }

    /** Whether the field is empty (or the column missing), whatever its value would parse to. */
    boolean isEmpty(String column) {
      return values.getOrDefault(column, "").isEmpty();
    }

    /** The value, or empty (and a problem) when the field is empty or does not parse. */
    <T> Optional<T> required(String column, Function<String, T> parser, String expected) {
      Optional<T> value = optional(column, parser, expected);
      if (value.isEmpty() && values.getOrDefault(column, "").isEmpty()) {
        fail(column, "is empty; expected " + expected);
      }
      return value;
    }

    /** The value, or empty when the field is empty; a problem when it is present and does not parse. */
    <T> Optional<T> optional(String column, Function<String, T> parser, String expected) {
      String text = values.getOrDefault(column, "");
      if (text.isEmpty()) {
        return Optional.empty();
      }
      try {
        return Optional.of(parser.apply(text));
      } catch (DateTimeParseException | IllegalArgumentException | ArithmeticException e) {
        fail(column, TextLimits.quote(text) + " is not " + expected);
        return Optional.empty();
      }
    }

    Optional<String> text(String column) {
      return required(column, Function.identity(), "a text");
    }

    /**
     * The number, or empty when the field is empty; a problem when it is present and not a decimal of at most
     * {@link TextLimits#MAX_NUMBER_LENGTH} characters with at most 19 digits before the point.
     */
    Optional<BigDecimal> optionalDecimal(String column) {
      return optional(column, DataNumbers::parse, "a decimal number of at most " + TextLimits.MAX_NUMBER_LENGTH
          + " characters and 19 digits before the decimal point");
    }

    Optional<LocalDate> date(String column) {
      return required(column, LocalDate::parse, "a date (yyyy-mm-dd)");
    }

    Optional<LocalDate> optionalDate(String column) {
      return optional(column, LocalDate::parse, "a date (yyyy-mm-dd)");
    }

    <E extends Enum<E>> Optional<E> choice(String column, Class<E> type) {
      return required(column, t -> parseChoice(t, type), "one of: " + spellings(type));
    }
  }
}
