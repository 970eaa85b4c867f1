package io.github.crowdfund.outcomes.dataset;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import org.joda.money.CurrencyUnit;
import org.joda.money.IllegalCurrencyException;

/**
 * Turns one CSV row of a {@link KaggleLayout} into a {@link ProjectRecord}, reading numbers, dates and codes straight
 * from the row's chars. Repeated texts (categories, currency and country codes) come from a {@link TextPool}, so a
 * row costs one new String, its name.
 *
 * <p>Not thread-safe: one instance per read.
 */
final class ProjectRowParser {

  /** Why a row cannot be read; carries the sentence for the {@link RowProblem}. */
  static final class BadRow extends Exception {
    private static final long serialVersionUID = 1L;

    BadRow(String message) {
      super(message, null, false, false);
    }
  }

  /** Kickstarter opened on 28 April 2009; launches before April 2009 are implausible. */
  private static final long PLATFORM_OPENED = Instant.parse("2009-04-01T00:00:00Z").getEpochSecond();
  private static final String UNKNOWN_COUNTRY = "N,0\"";

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
  /** Plain decimals up to this many chars (digits and one dot) are read into a long; longer ones via BigDecimal. */
  private static final int MAX_PLAIN_LENGTH = 18;
  private static final ProjectState[] STATES = ProjectState.values();
  private static final BigInteger MAX_MINOR_UNITS = BigInteger.valueOf(ProjectRecord.MAX_MINOR_UNITS);
  private static final int[] MONTH_DAYS = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};

  private final KaggleLayout layout;
  private final TextPool texts = new TextPool();
  private final Map<String, CurrencyUnit> currencies = new HashMap<>();
  /** The flags of the row being parsed, one bit per {@link RecordFlag#ordinal()}. */
  private int flags;
  /** The currency code of the last row, and its currency, for the common case of runs of one currency. */
  private String lastCode = "";
  private CurrencyUnit lastCurrency;
  /** The number of decimals of the field {@link #plainUnscaled} last accepted. */
  private int plainScale;

  ProjectRowParser(KaggleLayout layout) {
    this.layout = layout;
  }

  ProjectRecord parse(CsvFields row) throws BadRow {
    checkFieldCount(row);
    flags = 0;
    CurrencyUnit currency = currency(row);
    long launched = launched(row);
    long deadline = date("deadline", row, DEADLINE);
    if (launched < PLATFORM_OPENED) {
      flag(RecordFlag.LAUNCH_DATE_IMPLAUSIBLE);
    }
    if (deadline < Math.floorDiv(launched, SECONDS_PER_DAY)) {
      flag(RecordFlag.DEADLINE_BEFORE_LAUNCH);
    }
    long goal = minorUnits("goal", row, GOAL, currency);
    if (goal <= 0) {
      throw new BadRow("goal '" + row.text(GOAL) + "' is not positive");
    }
    long pledged = minorUnits("pledged", row, PLEDGED, currency);
    if (pledged < 0) {
      throw new BadRow("pledged '" + row.text(PLEDGED) + "' is negative");
    }
    long id = longValue("ID", row, ID);
    String name = row.text(NAME);
    String category = pooledText("category", row, CATEGORY);
    String mainCategory = pooledText("main_category", row, MAIN_CATEGORY);
    ProjectState state = state(row);
    int backers = backers(row);
    String country = country(row);
    BigDecimal usdPledged = null;
    if (row.isBlank(USD_PLEDGED)) {
      flag(RecordFlag.USD_PLEDGED_MISSING);
    } else {
      usdPledged = decimal("usd pledged", row, USD_PLEDGED);
    }
    BigDecimal usdPledgedReal = null;
    BigDecimal usdGoalReal = null;
    if (layout == KaggleLayout.KS_201801) {
      usdPledgedReal = decimal("usd_pledged_real", row, USD_PLEDGED_REAL);
      usdGoalReal = decimal("usd_goal_real", row, USD_GOAL_REAL);
    }
    return new ProjectRecord(id, name, category, mainCategory, currency, goal, pledged, state, backers, country,
        launched, 0, deadline, usdPledged, usdPledgedReal, usdGoalReal, flags);
  }

  private void flag(RecordFlag flag) {
    flags |= 1 << flag.ordinal();
  }

  private void checkFieldCount(CsvFields row) throws BadRow {
    int count = row.count();
    int named = layout.namedColumns();
    if (count < named || count > named && layout == KaggleLayout.KS_201801) {
      throw new BadRow("row has " + count + " fields, layout " + layout + " has " + named);
    }
    for (int i = named; i < count; i++) {
      if (!row.isBlank(i)) {
        throw new BadRow("row has a value '" + row.text(i) + "' in unnamed column " + (i + 1)
            + " (columns shifted, e.g. by an unquoted comma in the name)");
      }
    }
  }

  private String pooledText(String column, CsvFields row, int index) throws BadRow {
    if (row.isBlank(index)) {
      throw new BadRow(column + " is empty");
    }
    return texts.of(row.chars(), row.start(index), row.end(index));
  }

  private CurrencyUnit currency(CsvFields row) throws BadRow {
    int start = row.stripStart(CURRENCY);
    int end = row.stripEnd(CURRENCY);
    if (TextPool.matches(lastCode, row.chars(), start, end)) {
      return lastCurrency;
    }
    String code = texts.of(row.chars(), start, end);
    CurrencyUnit known = currencies.get(code);
    if (known != null) {
      lastCode = code;
      lastCurrency = known;
      return known;
    }
    try {
      CurrencyUnit currency = CurrencyUnit.of(code);
      currencies.put(code, currency);
      return currency;
    } catch (IllegalCurrencyException e) {
      throw new BadRow("currency '" + row.text(CURRENCY) + "' is not an ISO 4217 code");
    }
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
    if (minor.abs().compareTo(MAX_MINOR_UNITS) > 0) {
      throw new BadRow(column + " '" + row.text(index) + "' is too large: more than " + ProjectRecord.MAX_MINOR_UNITS
          + " minor units of " + currency);
    }
    return minor.longValue();
  }

  private BigDecimal decimal(String column, CsvFields row, int index) throws BadRow {
    long unscaled = plainUnscaled(row, index);
    if (unscaled >= 0) {
      return BigDecimal.valueOf(unscaled, plainScale);
    }
    try {
      return new BigDecimal(row.text(index).strip());
    } catch (NumberFormatException e) {
      throw new BadRow(column + " '" + row.text(index) + "' is not a number");
    }
  }

  private long longValue(String column, CsvFields row, int index) throws BadRow {
    long plain = plainUnscaled(row, index);
    if (plain >= 0 && plainScale == 0) {
      return plain;
    }
    try {
      long parsed = Long.parseLong(row.text(index).strip());
      if (parsed < 0) {
        throw new BadRow(column + " '" + row.text(index) + "' is negative");
      }
      return parsed;
    } catch (NumberFormatException e) {
      throw new BadRow(column + " '" + row.text(index) + "' is not a whole number");
    }
  }

  private int backers(CsvFields row) throws BadRow {
    long backers = longValue("backers", row, BACKERS);
    if (backers > Integer.MAX_VALUE) {
      throw new BadRow("backers '" + row.text(BACKERS) + "' is too large");
    }
    return (int) backers;
  }

  private static ProjectState state(CsvFields row) throws BadRow {
    for (ProjectState state : STATES) {
      if (TextPool.matches(state.label(), row.chars(), row.start(STATE), row.end(STATE))) {
        return state;
      }
    }
    String value = row.text(STATE);
    return ProjectState.ofLabel(value).orElseThrow(
        () -> new BadRow("state '" + value + "' is not one of " + ProjectState.labels()));
  }

  /** Returns the country code, or null when unknown. */
  private String country(CsvFields row) throws BadRow {
    int start = row.stripStart(COUNTRY);
    int end = row.stripEnd(COUNTRY);
    char[] chars = row.chars();
    if (end - start == 2 && isUpperLetter(chars[start]) && isUpperLetter(chars[start + 1])) {
      return texts.of(chars, start, end);
    }
    if (start == end || TextPool.matches(UNKNOWN_COUNTRY, chars, start, end)) {
      flag(RecordFlag.COUNTRY_UNKNOWN);
      return null;
    }
    throw new BadRow("country '" + row.text(COUNTRY) + "' is not a two-letter code nor the unknown marker N,0\"");
  }

  private static boolean isUpperLetter(char c) {
    return c >= 'A' && c <= 'Z';
  }

  /** Reads {@code yyyy-MM-dd}, or the date part of {@code yyyy-MM-dd HH:mm:ss}, as an epoch day. */
  private static long date(String column, CsvFields row, int index) throws BadRow {
    int start = row.stripStart(index);
    int length = row.stripEnd(index) - start;
    char[] chars = row.chars();
    if (length != 10 && length != 19 || chars[start + 4] != '-' || chars[start + 7] != '-') {
      throw new BadRow(column + " '" + row.text(index) + "' is not yyyy-MM-dd");
    }
    try {
      return epochDay(digits(chars, start, 4), digits(chars, start + 5, 2), digits(chars, start + 8, 2));
    } catch (IllegalArgumentException e) {
      throw new BadRow(column + " '" + row.text(index) + "' is not a valid yyyy-MM-dd date");
    }
  }

  /** Reads {@code yyyy-MM-dd HH:mm:ss} as UTC, in seconds from the epoch. */
  private static long launched(CsvFields row) throws BadRow {
    int start = row.stripStart(LAUNCHED);
    int length = row.stripEnd(LAUNCHED) - start;
    char[] chars = row.chars();
    if (length != 19 || chars[start + 10] != ' ' || chars[start + 13] != ':' || chars[start + 16] != ':') {
      throw new BadRow("launched '" + row.text(LAUNCHED) + "' is not yyyy-MM-dd HH:mm:ss");
    }
    try {
      if (chars[start + 4] != '-' || chars[start + 7] != '-') {
        throw new IllegalArgumentException("separator");
      }
      int hour = digits(chars, start + 11, 2);
      int minute = digits(chars, start + 14, 2);
      int second = digits(chars, start + 17, 2);
      if (hour > 23 || minute > 59 || second > 59) {
        throw new IllegalArgumentException("time of day");
      }
      long day = epochDay(digits(chars, start, 4), digits(chars, start + 5, 2), digits(chars, start + 8, 2));
      return day * SECONDS_PER_DAY + hour * 3_600L + minute * 60L + second;
    } catch (IllegalArgumentException e) {
      throw new BadRow("launched '" + row.text(LAUNCHED) + "' is not a valid yyyy-MM-dd HH:mm:ss time");
    }
  }

  /**
   * Reads a field that is a plain non-negative decimal of at most 4 decimals and {@value #MAX_PLAIN_LENGTH} chars
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
    char[] chars = row.chars();
    long unscaled = 0;
    int dot = -1;
    for (int i = start; i < end; i++) {
      char c = chars[i];
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

  private static int digits(char[] chars, int start, int count) {
    int value = 0;
    for (int i = start; i < start + count; i++) {
      char c = chars[i];
      if (c < '0' || c > '9') {
        throw new IllegalArgumentException("digit");
      }
      value = value * 10 + (c - '0');
    }
    return value;
  }
}
