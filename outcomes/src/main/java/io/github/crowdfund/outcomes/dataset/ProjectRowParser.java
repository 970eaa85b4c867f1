package io.github.crowdfund.outcomes.dataset;

import io.github.crowdfund.core.Country;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.joda.money.CurrencyUnit;
import org.joda.money.IllegalCurrencyException;

/**
 * Turns one CSV row of a {@link KaggleLayout} into a {@link ProjectRecord}, reading numbers, dates and codes straight
 * from the row's bytes. Repeated texts (categories, currency and country codes) come from a {@link TextPool}, so a
 * row costs one new String, its name. Numbers longer than {@value #MAX_NUMBER_BYTES} bytes are refused before they
 * are read, so no cell makes a row slow to read.
 *
 * <p>Not thread-safe: one instance per read.
 */
final class ProjectRowParser {

  /** Why a row cannot be read; carries the sentence for the {@link RowProblem}. */
  static final class BadRow extends Exception {
    private static final long serialVersionUID = 1L;
    /** Whether the row's fields do not fit the layout (too few, too many), as when a row swallowed others. */
    private final boolean misshapen;

    BadRow(String message) {
      this(message, false);
    }

    BadRow(String message, boolean misshapen) {
      super(message, null, false, false);
      this.misshapen = misshapen;
    }

    boolean misshapen() {
      return misshapen;
    }
  }

  /** The longest number, in bytes, white space around it excluded: far above any real amount's. */
  static final int MAX_NUMBER_BYTES = 40;
  private static final byte[] UNKNOWN_COUNTRY = "N,0\"".getBytes(StandardCharsets.US_ASCII);

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
  /** Plain decimals up to this many bytes (digits and one dot) are read into a long; longer ones via BigDecimal. */
  private static final int MAX_PLAIN_LENGTH = 18;
  private static final ProjectState[] STATES = ProjectState.values();
  private static final byte[][] STATE_LABELS = stateLabels();
  private static final BigInteger MAX_MINOR_UNITS = BigInteger.valueOf(ProjectRecord.MAX_MINOR_UNITS);
  private static final int[] MONTH_DAYS = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};

  private final KaggleLayout layout;
  private final TextPool texts;
  private final Map<String, CurrencyUnit> currencies = new HashMap<>();
  /** The bytes of each currency's code as the file writes it. */
  private final Map<CurrencyUnit, byte[]> codes = new HashMap<>();
  /** The flags of the row being parsed, one bit per {@link RecordFlag#ordinal()}. */
  private int flags;
  /** The currency code of the last row, and its currency, for the common case of runs of one currency. */
  private byte[] lastCode = new byte[0];
  private CurrencyUnit lastCurrency;
  /** The number of decimals of the field {@link #plainUnscaled} last accepted. */
  private int plainScale;

  ProjectRowParser(KaggleLayout layout, TextPool texts) {
    this.layout = layout;
    this.texts = texts;
  }

  ProjectRecord parse(CsvFields row) throws BadRow {
    checkFieldCount(row);
    flags = 0;
    CurrencyUnit currency = currency(row);
    long launched = launched(row);
    long deadline = date("deadline", row, DEADLINE);
    if (launched < ProjectRecord.PLATFORM_OPENED) {
      flag(RecordFlag.LAUNCH_DATE_IMPLAUSIBLE);
    }
    if (deadline < Math.floorDiv(launched, SECONDS_PER_DAY)) {
      flag(RecordFlag.DEADLINE_BEFORE_LAUNCH);
    }
    long goal = minorUnits("goal", row, GOAL, currency);
    if (goal <= 0) {
      throw new BadRow("goal " + row.quote(GOAL) + " is not positive");
    }
    long pledged = minorUnits("pledged", row, PLEDGED, currency);
    long id = longValue("ID", row, ID);
    String name = row.text(NAME);
    String category = pooledText("category", row, CATEGORY);
    String mainCategory = pooledText("main_category", row, MAIN_CATEGORY);
    ProjectState state = state(row);
    int backers = backers(row);
    Country country = country(row);
    long usdPledged = 0;
    int usdPledgedScale = ProjectRecord.ABSENT;
    if (row.isBlank(USD_PLEDGED)) {
      flag(RecordFlag.USD_PLEDGED_MISSING);
    } else {
      usdPledged = dollars("usd pledged", row, USD_PLEDGED);
      usdPledgedScale = plainScale;
    }
    long usdPledgedReal = 0;
    int usdPledgedRealScale = ProjectRecord.ABSENT;
    long usdGoalReal = 0;
    int usdGoalRealScale = ProjectRecord.ABSENT;
    if (layout == KaggleLayout.KS_201801) {
      usdPledgedReal = dollars("usd_pledged_real", row, USD_PLEDGED_REAL);
      usdPledgedRealScale = plainScale;
      usdGoalReal = dollars("usd_goal_real", row, USD_GOAL_REAL);
      usdGoalRealScale = plainScale;
    }
    try {
      return new ProjectRecord(id, name, category, mainCategory, currency, goal, pledged, state, backers, country,
          launched, 0, deadline, usdPledged, usdPledgedScale, usdPledgedReal, usdPledgedRealScale, usdGoalReal,
          usdGoalRealScale, flags);
    } catch (IllegalArgumentException e) {
      throw new BadRow(e.getMessage());
    }
  }

  private void flag(RecordFlag flag) {
    flags |= 1 << flag.ordinal();
  }

  /**
   * Tells whether a row's fields do not fit the layout (too few or too many, or a value in an unnamed column): the
   * rows after which a reader goes on at the line after the row's first line when the row spans several lines.
   */
  boolean misshapen(CsvFields row) {
    try {
      checkFieldCount(row);
      return false;
    } catch (BadRow bad) {
      return true;
    }
  }

  private void checkFieldCount(CsvFields row) throws BadRow {
    int count = row.count();
    int named = layout.namedColumns();
    if (count < named || count > named && layout == KaggleLayout.KS_201801) {
      throw new BadRow("row has " + count + " fields, layout " + layout + " has " + named, true);
    }
    for (int i = named; i < count; i++) {
      if (!row.isBlank(i)) {
        throw new BadRow("row has a value " + row.quote(i) + " in unnamed column " + (i + 1)
            + " (columns shifted, e.g. by an unquoted comma in the name)", true);
      }
    }
  }

  private String pooledText(String column, CsvFields row, int index) throws BadRow {
    if (row.isBlank(index)) {
      throw new BadRow(column + " is empty");
    }
    return texts.of(row.bytes(), row.start(index), row.end(index));
  }

  private CurrencyUnit currency(CsvFields row) throws BadRow {
    int start = row.stripStart(CURRENCY);
    int end = row.stripEnd(CURRENCY);
    if (TextPool.matches(lastCode, row.bytes(), start, end)) {
      return lastCurrency;
    }
    String code = texts.of(row.bytes(), start, end);
    CurrencyUnit currency = currencies.get(code);
    if (currency == null) {
      try {
        currency = ProjectRecord.checkCurrency(CurrencyUnit.of(code));
      } catch (IllegalCurrencyException e) {
        throw new BadRow("currency " + row.quote(CURRENCY) + " is not an ISO 4217 code");
      } catch (IllegalArgumentException e) {
        throw new BadRow(e.getMessage());
      }
      currencies.put(code, currency);
      codes.put(currency, Arrays.copyOfRange(row.bytes(), start, end));
    }
    lastCode = codes.get(currency);
    lastCurrency = currency;
    return currency;
  }

  /**
   * Reads an amount in minor units of {@code currency}; more decimals than the currency has are rounded half-even and
   * flagged.
   */
  private long minorUnits(String column, CsvFields row, int index, CurrencyUnit currency) throws BadRow {
    int scale = currency.getDecimalPlaces();
    long unscaled = plainUnscaled(row, index);
    if (unscaled >= 0 && scale < POWERS_OF_TEN.length) {
      int fraction = plainScale;
      if (fraction <= scale && unscaled <= ProjectRecord.MAX_MINOR_UNITS / POWERS_OF_TEN[scale - fraction]) {
        return unscaled * POWERS_OF_TEN[scale - fraction];
      }
    }
    BigDecimal amount = decimal(column, row, index);
    BigDecimal exact;
    try {
      exact = amount.setScale(scale, RoundingMode.UNNECESSARY);
    } catch (ArithmeticException e) {
      exact = amount.setScale(scale, RoundingMode.HALF_EVEN);
      flag(RecordFlag.AMOUNT_ROUNDED);
    }
    BigInteger minor = exact.unscaledValue();
    if (minor.compareTo(MAX_MINOR_UNITS) > 0) {
      throw new BadRow(column + " " + row.quote(index) + " is too large: more than " + ProjectRecord.MAX_MINOR_UNITS
          + " minor units of " + currency);
    }
    return minor.longValue();
  }

  /**
   * Reads a decimal of at most {@value #MAX_NUMBER_BYTES} bytes, zero or more, with at most
   * {@value ProjectRecord#MAX_DECIMALS} decimals and {@value ProjectRecord#MAX_INTEGER_DIGITS} digits before the point.
   */
  private BigDecimal decimal(String column, CsvFields row, int index) throws BadRow {
    long unscaled = plainUnscaled(row, index);
    if (unscaled >= 0) {
      return BigDecimal.valueOf(unscaled, plainScale);
    }
    BigDecimal value;
    try {
      value = new BigDecimal(number(column, row, index));
    } catch (NumberFormatException e) {
      throw new BadRow(column + " " + row.quote(index) + " is not a number");
    }
    Optional<String> problem = ProjectRecord.decimalProblem(value);
    if (problem.isPresent()) {
      throw new BadRow(column + " " + row.quote(index) + " " + problem.get());
    }
    return value;
  }

  /**
   * Reads a dollar figure as its unscaled value, setting {@link #plainScale} to its scale; the record checks the
   * value's range.
   */
  private long dollars(String column, CsvFields row, int index) throws BadRow {
    long unscaled = plainUnscaled(row, index);
    if (unscaled >= 0) {
      return unscaled;
    }
    BigDecimal value = decimal(column, row, index);
    try {
      long checked = ProjectRecord.unscaledDollars(column, value);
      plainScale = value.scale();
      return checked;
    } catch (IllegalArgumentException e) {
      throw new BadRow(e.getMessage());
    }
  }

  /** Returns the stripped field as Latin-1 text when it is no longer than {@value #MAX_NUMBER_BYTES} bytes. */
  private static String number(String column, CsvFields row, int index) throws BadRow {
    int start = row.stripStart(index);
    int end = row.stripEnd(index);
    if (end - start > MAX_NUMBER_BYTES) {
      throw new BadRow(column + " " + row.quote(index) + " is longer than " + MAX_NUMBER_BYTES
          + " characters, too long for a number");
    }
    return new String(row.bytes(), start, end - start, StandardCharsets.ISO_8859_1);
  }

  private long longValue(String column, CsvFields row, int index) throws BadRow {
    long plain = plainUnscaled(row, index);
    if (plain >= 0 && plainScale == 0) {
      return plain;
    }
    try {
      long parsed = Long.parseLong(number(column, row, index));
      if (parsed < 0) {
        throw new BadRow(column + " " + row.quote(index) + " is negative");
      }
      return parsed;
    } catch (NumberFormatException e) {
      throw new BadRow(column + " " + row.quote(index) + " is not a whole number");
    }
  }

  private int backers(CsvFields row) throws BadRow {
    long backers = longValue("backers", row, BACKERS);
    if (backers > Integer.MAX_VALUE) {
      throw new BadRow("backers " + row.quote(BACKERS) + " is too large");
    }
    return (int) backers;
  }

  private static ProjectState state(CsvFields row) throws BadRow {
    for (int i = 0; i < STATES.length; i++) {
      if (TextPool.matches(STATE_LABELS[i], row.bytes(), row.start(STATE), row.end(STATE))) {
        return STATES[i];
      }
    }
    String value = row.text(STATE);
    return ProjectState.ofLabel(value).orElseThrow(
        () -> new BadRow("state " + row.quote(STATE) + " is not one of " + ProjectState.labels()));
  }

  private static byte[][] stateLabels() {
    byte[][] labels = new byte[STATES.length][];
    for (int i = 0; i < STATES.length; i++) {
      labels[i] = STATES[i].label().getBytes(StandardCharsets.US_ASCII);
    }
    return labels;
  }

  /** Returns the country, or null when unknown; an unknown code is a bad row. */
  private Country country(CsvFields row) throws BadRow {
    int start = row.stripStart(COUNTRY);
    int end = row.stripEnd(COUNTRY);
    byte[] bytes = row.bytes();
    if (end - start == 2 && isUpperLetter(bytes[start]) && isUpperLetter(bytes[start + 1])) {
      try {
        return Country.of(texts.of(bytes, start, end));
      } catch (IllegalArgumentException e) {
        throw new BadRow(e.getMessage());
      }
    }
    if (start == end || TextPool.matches(UNKNOWN_COUNTRY, bytes, start, end)) {
      flag(RecordFlag.COUNTRY_UNKNOWN);
      return null;
    }
    throw new BadRow("country " + row.quote(COUNTRY)
        + " is not an ISO 3166 two-letter country code nor the unknown marker N,0\"");
  }

  private static boolean isUpperLetter(byte b) {
    return b >= 'A' && b <= 'Z';
  }

  /** Reads {@code yyyy-MM-dd}, or {@code yyyy-MM-dd HH:mm:ss} of which the date counts, as an epoch day. */
  private static long date(String column, CsvFields row, int index) throws BadRow {
    int start = row.stripStart(index);
    int length = row.stripEnd(index) - start;
    if (length == 19) {
      return Math.floorDiv(dateTime(column, row, index), SECONDS_PER_DAY);
    }
    byte[] bytes = row.bytes();
    if (length != 10 || bytes[start + 4] != '-' || bytes[start + 7] != '-') {
      throw new BadRow(column + " " + row.quote(index) + " is not yyyy-MM-dd");
    }
    try {
      return epochDay(digits(bytes, start, 4), digits(bytes, start + 5, 2), digits(bytes, start + 8, 2));
    } catch (IllegalArgumentException e) {
      throw new BadRow(column + " " + row.quote(index) + " is not a valid yyyy-MM-dd date");
    }
  }

  private static long launched(CsvFields row) throws BadRow {
    return dateTime("launched", row, LAUNCHED);
  }

  /** Reads {@code yyyy-MM-dd HH:mm:ss} as UTC, in seconds from the epoch. */
  private static long dateTime(String column, CsvFields row, int index) throws BadRow {
    int start = row.stripStart(index);
    int length = row.stripEnd(index) - start;
    byte[] bytes = row.bytes();
    if (length != 19 || bytes[start + 10] != ' ' || bytes[start + 13] != ':' || bytes[start + 16] != ':') {
      throw new BadRow(column + " " + row.quote(index) + " is not yyyy-MM-dd HH:mm:ss");
    }
    try {
      if (bytes[start + 4] != '-' || bytes[start + 7] != '-') {
        throw new IllegalArgumentException("separator");
      }
      int hour = digits(bytes, start + 11, 2);
      int minute = digits(bytes, start + 14, 2);
      int second = digits(bytes, start + 17, 2);
      if (hour > 23 || minute > 59 || second > 59) {
        throw new IllegalArgumentException("time of day");
      }
      long day = epochDay(digits(bytes, start, 4), digits(bytes, start + 5, 2), digits(bytes, start + 8, 2));
      return day * SECONDS_PER_DAY + hour * 3_600L + minute * 60L + second;
    } catch (IllegalArgumentException e) {
      throw new BadRow(column + " " + row.quote(index) + " is not a valid yyyy-MM-dd HH:mm:ss time");
    }
  }

  /**
   * Reads a field that is a plain non-negative decimal of at most 4 decimals and {@value #MAX_PLAIN_LENGTH} bytes
   * ({@code 1234.50}), white space around it ignored, as its unscaled value; returns -1 for anything else, which the
   * caller then reads with {@link BigDecimal}. Sets {@link #plainScale} to its number of decimals.
   */
  private long plainUnscaled(CsvFields row, int index) {
    int start = row.stripStart(index);
    int end = row.stripEnd(index);
    int length = end - start;
    if (length == 0 || length > MAX_PLAIN_LENGTH) {
      return -1;
    }
    byte[] bytes = row.bytes();
    long unscaled = 0;
    int dot = -1;
    for (int i = start; i < end; i++) {
      byte c = bytes[i];
      if (c == '.' && dot < 0 && i > start && i < end - 1) {
        dot = i;
      } else if (c >= '0' && c <= '9') {
        unscaled = unscaled * 10 + (c - '0');
      } else {
        return -1;
      }
    }
    plainScale = dot < 0 ? 0 : end - 1 - dot;
    return plainScale < POWERS_OF_TEN.length ? unscaled : -1;
  }

  /**
   * Returns the epoch day of a proleptic Gregorian date without building a {@link LocalDate} (days from civil, after
   * Howard Hinnant), the date's month and day checked.
   */
  private static long epochDay(int year, int month, int day) {
    if (month < 1 || month > 12 || day < 1 || day > monthLength(year, month)) {
      throw new IllegalArgumentException("date");
    }
    int y = month <= 2 ? year - 1 : year;
    long era = Math.floorDiv(y, 400);
    long yearOfEra = y - era * 400;
    long dayOfYear = (153L * (month > 2 ? month - 3 : month + 9) + 2) / 5 + day - 1;
    long dayOfEra = yearOfEra * 365 + yearOfEra / 4 - yearOfEra / 100 + dayOfYear;
    return era * 146_097 + dayOfEra - 719_468;
  }

  private static int monthLength(int year, int month) {
    boolean leap = (year & 3) == 0 && (year % 100 != 0 || year % 400 == 0);
    return month == 2 && leap ? 29 : MONTH_DAYS[month - 1];
  }

  private static int digits(byte[] bytes, int start, int count) {
    int value = 0;
    for (int i = start; i < start + count; i++) {
      byte c = bytes[i];
      if (c < '0' || c > '9') {
        throw new IllegalArgumentException("digit");
      }
      value = value * 10 + (c - '0');
    }
    return value;
  }
}
