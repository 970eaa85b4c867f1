package io.github.crowdfund.outcomes;

import de.siegmar.fastcsv.reader.CsvParseException;
import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.CsvRecord;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;
import org.joda.money.CurrencyUnit;
import org.joda.money.IllegalCurrencyException;
import org.joda.money.Money;

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
    return read(csvBuilder().ofCsvRecord(Objects.requireNonNull(in, "in"), charset), sink, problems);
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
    return read(csvBuilder().ofCsvRecord(Objects.requireNonNull(in, "in")), sink, problems);
  }

  private static CsvReader.CsvReaderBuilder csvBuilder() {
    return CsvReader.builder()
        .detectBomHeader(true)
        .skipEmptyLines(true)
        .allowExtraFields(true)
        .allowMissingFields(true);
  }

  private static ReadReport read(CsvReader<CsvRecord> csv, Consumer<? super ProjectRecord> sink,
      Consumer<? super RowProblem> problems) throws IOException {
    Objects.requireNonNull(sink, "sink");
    Objects.requireNonNull(problems, "problems");
    Iterator<CsvRecord> rows = csv.iterator();
    if (!rows.hasNext()) {
      throw new IllegalArgumentException("the input is empty; expected a header, one of:\n"
          + KaggleLayout.describeAll());
    }
    CsvRecord header = rows.next();
    List<String> names = new ArrayList<>(header.getFields());
    names.set(0, names.get(0).replace(BYTE_ORDER_MARK, ""));
    KaggleLayout layout = KaggleLayout.detect(names).orElseThrow(() -> new IllegalArgumentException(
        "header '" + String.join(",", header.getFields()) + "' matches no known layout; known:\n"
            + KaggleLayout.describeAll()));
    Tally tally = new Tally(layout, problems);
    RowParser parser = new RowParser(layout);
    while (true) {
      CsvRecord row;
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
      tally.lastLine = row.getStartingLineNumber();
      try {
        ProjectRecord record = parser.parse(row);
        tally.kept(record);
        sink.accept(record);
      } catch (BadRow bad) {
        tally.rejected(new RowProblem(row.getStartingLineNumber(), bad.getMessage()));
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

  /** Why a row cannot be read; never escapes this class. */
  private static final class BadRow extends Exception {
    private static final long serialVersionUID = 1L;

    BadRow(String message) {
      super(message, null, false, false);
    }
  }

  /** Turns one CSV row of a layout into a record. */
  private static final class RowParser {
    private static final int ID = 0;
    private static final int NAME = 1;
    private static final int CATEGORY = 2;
    private static final int MAIN_CATEGORY = 3;
    private static final int CURRENCY = 4;
    private static final int DEADLINE = 5;
    private static final int GOAL = 6;
    private static final int LAUNCHED = 7;
    private static final int PLEDGED = 8;
    private static final int STATE = 9;
    private static final int BACKERS = 10;
    private static final int COUNTRY = 11;
    private static final int USD_PLEDGED = 12;
    private static final int USD_PLEDGED_REAL = 13;
    private static final int USD_GOAL_REAL = 14;

    private static final long SECONDS_PER_DAY = 86_400;
    private static final long[] POWERS_OF_TEN = {1, 10, 100, 1_000, 10_000};

    private final KaggleLayout layout;
    private final Map<String, CurrencyUnit> currencies = new HashMap<>();

    RowParser(KaggleLayout layout) {
      this.layout = layout;
    }

    ProjectRecord parse(CsvRecord row) throws BadRow {
      checkFieldCount(row);
      EnumSet<RecordFlag> flags = EnumSet.noneOf(RecordFlag.class);
      CurrencyUnit currency = currency(row.getField(CURRENCY));
      Instant launched = launched(row.getField(LAUNCHED));
      LocalDate deadline = date("deadline", row.getField(DEADLINE));
      if (launched.isBefore(PLATFORM_OPENED)) {
        flags.add(RecordFlag.LAUNCH_DATE_IMPLAUSIBLE);
      }
      if (deadline.toEpochDay() < Math.floorDiv(launched.getEpochSecond(), SECONDS_PER_DAY)) {
        flags.add(RecordFlag.DEADLINE_BEFORE_LAUNCH);
      }
      Money goal = money("goal", row.getField(GOAL), currency, flags);
      if (goal.getAmount().signum() <= 0) {
        throw new BadRow("goal '" + row.getField(GOAL) + "' is not positive");
      }
      Money pledged = money("pledged", row.getField(PLEDGED), currency, flags);
      if (pledged.isNegative()) {
        throw new BadRow("pledged '" + row.getField(PLEDGED) + "' is negative");
      }
      ProjectRecord.Builder builder = ProjectRecord.builder()
          .id(longValue("ID", row.getField(ID)))
          .name(row.getField(NAME))
          .category(text("category", row.getField(CATEGORY)))
          .mainCategory(text("main_category", row.getField(MAIN_CATEGORY)))
          .goal(goal)
          .pledged(pledged)
          .state(state(row.getField(STATE)))
          .backers(backers(row.getField(BACKERS)))
          .country(country(row.getField(COUNTRY), flags))
          .launched(launched)
          .deadline(deadline);
      String usdPledged = row.getField(USD_PLEDGED).strip();
      if (usdPledged.isEmpty()) {
        flags.add(RecordFlag.USD_PLEDGED_MISSING);
        builder.usdPledged(Optional.empty());
      } else {
        builder.usdPledged(decimal("usd pledged", usdPledged));
      }
      if (layout == KaggleLayout.KS_201801) {
        builder.usdPledgedReal(decimal("usd_pledged_real", row.getField(USD_PLEDGED_REAL)))
            .usdGoalReal(decimal("usd_goal_real", row.getField(USD_GOAL_REAL)));
      } else {
        builder.usdPledgedReal(Optional.empty()).usdGoalReal(Optional.empty());
      }
      return builder.addAllFlags(flags).build();
    }

    private void checkFieldCount(CsvRecord row) throws BadRow {
      int count = row.getFieldCount();
      int named = layout.namedColumns();
      if (count < named) {
        throw new BadRow("row has " + count + " fields, layout " + layout + " has " + named);
      }
      if (count > named) {
        if (layout == KaggleLayout.KS_201801) {
          throw new BadRow("row has " + count + " fields, layout " + layout + " has " + named);
        }
        for (int i = named; i < count; i++) {
          if (!row.getField(i).isBlank()) {
            throw new BadRow("row has a value '" + row.getField(i) + "' in unnamed column " + (i + 1)
                + " (columns shifted, e.g. by an unquoted comma in the name)");
          }
        }
      }
    }

    private static String text(String column, String value) throws BadRow {
      if (value.isBlank()) {
        throw new BadRow(column + " is empty");
      }
      return value;
    }

    private CurrencyUnit currency(String code) throws BadRow {
      CurrencyUnit known = currencies.get(code);
      if (known != null) {
        return known;
      }
      try {
        CurrencyUnit currency = CurrencyUnit.of(code.strip());
        currencies.put(code, currency);
        return currency;
      } catch (IllegalCurrencyException e) {
        throw new BadRow("currency '" + code + "' is not an ISO 4217 code");
      }
    }

    private static Money money(String column, String value, CurrencyUnit currency, EnumSet<RecordFlag> flags)
        throws BadRow {
      int scale = currency.getDecimalPlaces();
      long unscaled = plainUnscaled(value);
      int fraction = plainScale(value);
      if (unscaled >= 0 && fraction <= scale && scale < POWERS_OF_TEN.length) {
        return Money.ofMinor(currency, unscaled * POWERS_OF_TEN[scale - fraction]);
      }
      BigDecimal amount = decimal(column, value);
      BigDecimal exact;
      try {
        exact = amount.setScale(scale, RoundingMode.UNNECESSARY);
      } catch (ArithmeticException e) {
        exact = amount.setScale(scale, RoundingMode.HALF_EVEN);
        flags.add(RecordFlag.AMOUNT_ROUNDED);
      }
      return Money.of(currency, exact);
    }

    private static BigDecimal decimal(String column, String value) throws BadRow {
      long unscaled = plainUnscaled(value);
      if (unscaled >= 0) {
        return BigDecimal.valueOf(unscaled, plainScale(value));
      }
      try {
        return new BigDecimal(value.strip());
      } catch (NumberFormatException e) {
        throw new BadRow(column + " '" + value + "' is not a number");
      }
    }

    private static long longValue(String column, String value) throws BadRow {
      try {
        long parsed = Long.parseLong(value.strip());
        if (parsed < 0) {
          throw new BadRow(column + " '" + value + "' is negative");
        }
        return parsed;
      } catch (NumberFormatException e) {
        throw new BadRow(column + " '" + value + "' is not a whole number");
      }
    }

    private static int backers(String value) throws BadRow {
      long backers = longValue("backers", value);
      if (backers > Integer.MAX_VALUE) {
        throw new BadRow("backers '" + value + "' is too large");
      }
      return (int) backers;
    }

    private static ProjectState state(String value) throws BadRow {
      switch (value) {
        case "failed":
          return ProjectState.FAILED;
        case "successful":
          return ProjectState.SUCCESSFUL;
        case "canceled":
          return ProjectState.CANCELED;
        case "undefined":
          return ProjectState.UNDEFINED;
        case "live":
          return ProjectState.LIVE;
        case "suspended":
          return ProjectState.SUSPENDED;
        default:
          break;
      }
      Optional<ProjectState> state = ProjectState.ofLabel(value);
      if (state.isEmpty()) {
        throw new BadRow("state '" + value + "' is not one of " + ProjectState.labels());
      }
      return state.get();
    }

    private static Optional<String> country(String value, EnumSet<RecordFlag> flags) throws BadRow {
      String code = value.strip();
      if (code.equals(UNKNOWN_COUNTRY) || code.isEmpty()) {
        flags.add(RecordFlag.COUNTRY_UNKNOWN);
        return Optional.empty();
      }
      if (code.length() != 2 || !isUpperLetter(code.charAt(0)) || !isUpperLetter(code.charAt(1))) {
        throw new BadRow("country '" + value + "' is not a two-letter code nor the unknown marker N,0\"");
      }
      return Optional.of(code);
    }

    private static boolean isUpperLetter(char c) {
      return c >= 'A' && c <= 'Z';
    }

    /** Reads {@code yyyy-MM-dd}, or the date part of {@code yyyy-MM-dd HH:mm:ss}. */
    private static LocalDate date(String column, String value) throws BadRow {
      String text = value.strip();
      if (text.length() != 10 && text.length() != 19 || text.charAt(4) != '-' || text.charAt(7) != '-') {
        throw new BadRow(column + " '" + value + "' is not yyyy-MM-dd");
      }
      try {
        return LocalDate.of(digits(text, 0, 4), digits(text, 5, 7), digits(text, 8, 10));
      } catch (DateTimeException | IllegalArgumentException e) {
        throw new BadRow(column + " '" + value + "' is not a valid yyyy-MM-dd date");
      }
    }

    /** Reads {@code yyyy-MM-dd HH:mm:ss} as UTC. */
    private static Instant launched(String value) throws BadRow {
      String text = value.strip();
      if (text.length() != 19 || text.charAt(10) != ' ' || text.charAt(13) != ':' || text.charAt(16) != ':') {
        throw new BadRow("launched '" + value + "' is not yyyy-MM-dd HH:mm:ss");
      }
      try {
        if (text.charAt(4) != '-' || text.charAt(7) != '-') {
          throw new IllegalArgumentException("separator");
        }
        int hour = digits(text, 11, 13);
        int minute = digits(text, 14, 16);
        int second = digits(text, 17, 19);
        if (hour > 23 || minute > 59 || second > 59) {
          throw new IllegalArgumentException("time of day");
        }
        long day = epochDay(digits(text, 0, 4), digits(text, 5, 7), digits(text, 8, 10));
        return Instant.ofEpochSecond(day * SECONDS_PER_DAY + hour * 3_600L + minute * 60L + second);
      } catch (DateTimeException | IllegalArgumentException e) {
        throw new BadRow("launched '" + value + "' is not a valid yyyy-MM-dd HH:mm:ss time");
      }
    }

    /**
     * Reads a plain non-negative decimal of at most 4 decimals and 17 digits ({@code 1234.50}) as its unscaled
     * value; returns -1 for anything else, which the caller then reads with {@link BigDecimal}.
     */
    private static long plainUnscaled(String text) {
      int length = text.length();
      if (length == 0 || length > 18) {
        return -1;
      }
      long unscaled = 0;
      int dot = -1;
      for (int i = 0; i < length; i++) {
        char c = text.charAt(i);
        if (c == '.' && dot < 0 && i > 0 && i < length - 1) {
          dot = i;
        } else if (c >= '0' && c <= '9') {
          unscaled = unscaled * 10 + (c - '0');
        } else {
          return -1;
        }
      }
      return dot < 0 || length - 1 - dot < POWERS_OF_TEN.length ? unscaled : -1;
    }

    /** Returns the number of decimals of a text that {@link #plainUnscaled(String)} accepted. */
    private static int plainScale(String text) {
      int dot = text.indexOf('.');
      return dot < 0 ? 0 : text.length() - 1 - dot;
    }

    /**
     * Returns the epoch day of a proleptic Gregorian date without building a {@link LocalDate} (days from civil,
     * after Howard Hinnant), the date's month and day checked.
     */
    private static long epochDay(int year, int month, int day) {
      if (month < 1 || month > 12 || day < 1 || day > YearMonthLength.of(year, month)) {
        throw new IllegalArgumentException("date");
      }
      int y = month <= 2 ? year - 1 : year;
      long era = Math.floorDiv(y, 400);
      long yearOfEra = y - era * 400;
      long dayOfYear = (153L * (month > 2 ? month - 3 : month + 9) + 2) / 5 + day - 1;
      long dayOfEra = yearOfEra * 365 + yearOfEra / 4 - yearOfEra / 100 + dayOfYear;
      return era * 146_097 + dayOfEra - 719_468;
    }

    /** Month lengths. */
    private static final class YearMonthLength {
      private static final int[] DAYS = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};

      static int of(int year, int month) {
        boolean leap = (year & 3) == 0 && (year % 100 != 0 || year % 400 == 0);
        return month == 2 && leap ? 29 : DAYS[month - 1];
      }
    }

    private static int digits(String text, int from, int to) {
      int value = 0;
      for (int i = from; i < to; i++) {
        char c = text.charAt(i);
        if (c < '0' || c > '9') {
          throw new IllegalArgumentException("digit");
        }
        value = value * 10 + (c - '0');
      }
      return value;
    }
  }
}
