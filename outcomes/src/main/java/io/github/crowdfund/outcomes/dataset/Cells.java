package io.github.crowdfund.outcomes.dataset;

import io.github.crowdfund.core.Country;
import io.github.crowdfund.outcomes.dataset.ProjectRowParser.BadRow;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import org.joda.money.CurrencyUnit;
import org.joda.money.IllegalCurrencyException;
import org.joda.money.Money;

/**
 * Reads the values of the ICPSR and Web Robots layouts from their text, strictly: every value that is not what its
 * column holds is a {@link BadRow} quoting it. Repeated texts (codes, categories) are shared, up to
 * {@value #POOL_CAPACITY} distinct ones, so that merged panels do not hold a copy per project.
 *
 * <p>Number syntax is checked by pattern before any conversion, so no text makes a conversion slow (no
 * {@code 1e999999999}).
 *
 * <p>Not thread-safe: one instance per read.
 */
final class Cells {

  static final int POOL_CAPACITY = 4_096;
  /** The longest value quoted in a message. */
  private static final int QUOTE_LENGTH = 60;
  private static final Pattern GROUPED = Pattern.compile("\\$?(?:[0-9]{1,3}(?:,[0-9]{3})+|[0-9]{1,19})(?:\\.[0-9]{1,12})?");
  private static final Pattern DECIMAL = Pattern.compile("[0-9]{1,19}(?:\\.[0-9]{1,20})?(?:[eE][+-]?[0-9]{1,2})?");
  private static final Pattern WHOLE = Pattern.compile("[0-9]{1,18}|[0-9]{1,3}(?:,[0-9]{3}){1,5}");
  private static final Pattern SLASH_DATE = Pattern.compile("([0-9]{1,2})/([0-9]{1,2})/([0-9]{4})");
  private static final Pattern ISO_DATE = Pattern.compile("([0-9]{4})-([0-9]{2})-([0-9]{2})");
  private static final Pattern COUNTRY = Pattern.compile("[A-Z]{2}");
  /** Integer digits beyond which an amount is refused before it is scaled. */
  private static final int MAX_INTEGER_DIGITS = 17;

  /** Launches before April 2009 are implausible: Kickstarter opened on 28 April 2009 (as the Kaggle reader has it). */
  private static final long PLATFORM_OPENED = Instant.parse("2009-04-01T00:00:00Z").getEpochSecond();
  private static final long SECONDS_PER_DAY = 86_400;

  private final Map<String, CurrencyUnit> currencies = new HashMap<>();
  private final Map<String, String> pool = new HashMap<>();

  /** Returns a shared copy of a repeated text. */
  String pooled(String text) {
    String known = pool.get(text);
    if (known != null) {
      return known;
    }
    if (pool.size() < POOL_CAPACITY) {
      pool.put(text, text);
    }
    return text;
  }

  /** Quotes a value for a message, cut to {@value #QUOTE_LENGTH} chars. */
  static String quote(String text) {
    return "'" + (text.length() > QUOTE_LENGTH ? text.substring(0, QUOTE_LENGTH) + "..." : text) + "'";
  }

  /** Reads a non-negative whole number such as an id or a count; thousands commas are allowed. */
  static long whole(String column, String text) throws BadRow {
    String value = text.strip();
    if (value.isEmpty()) {
      throw new BadRow(column + " is blank");
    }
    if (value.startsWith("-") && WHOLE.matcher(value.substring(1)).matches()) {
      throw new BadRow(column + " " + quote(text) + " is negative");
    }
    if (!WHOLE.matcher(value).matches()) {
      throw new BadRow(column + " " + quote(text) + " is not a whole number");
    }
    return Long.parseLong(value.replace(",", ""));
  }

  /** Reads a count that must fit an {@code int}, e.g. backers. */
  static int count(String column, String text) throws BadRow {
    long count = whole(column, text);
    if (count > Integer.MAX_VALUE) {
      throw new BadRow(column + " " + quote(text) + " is too large");
    }
    return (int) count;
  }

  /** Reads ICPSR money: whole units, optionally {@code $}-prefixed and comma-grouped ({@code $100,000,000}). */
  static BigDecimal grouped(String column, String text) throws BadRow {
    String value = text.strip();
    if (value.isEmpty()) {
      throw new BadRow(column + " is blank");
    }
    if (!GROUPED.matcher(value).matches()) {
      throw new BadRow(column + " " + quote(text) + " is not an amount like 100,000,000 or $100,000,000");
    }
    return new BigDecimal(value.replace("$", "").replace(",", ""));
  }

  /** Reads a plain decimal ({@code 4000}, {@code 28003.5}, {@code 1.0E8}), not negative. */
  static BigDecimal decimal(String column, String text) throws BadRow {
    String value = text.strip();
    if (value.isEmpty()) {
      throw new BadRow(column + " is blank");
    }
    if (!DECIMAL.matcher(value).matches()) {
      throw new BadRow(column + " " + quote(text) + " is not a number of zero or more");
    }
    return new BigDecimal(value);
  }

  /**
   * Turns an amount into money of the currency, rounding half-even to its minor unit (flagging the record when that
   * changed it) and refusing amounts a record cannot hold.
   */
  static Money money(String column, String text, BigDecimal amount, CurrencyUnit currency,
      ProjectRecord.Builder record) throws BadRow {
    if (amount.precision() - amount.scale() > MAX_INTEGER_DIGITS) {
      throw new BadRow(column + " " + quote(text) + " is too large");
    }
    BigDecimal scaled = amount.setScale(currency.getDecimalPlaces(), RoundingMode.HALF_EVEN);
    if (scaled.compareTo(amount) != 0) {
      record.addFlags(RecordFlag.AMOUNT_ROUNDED);
    }
    if (scaled.unscaledValue().abs().bitLength() >= Long.SIZE
        || scaled.unscaledValue().longValueExact() > ProjectRecord.MAX_MINOR_UNITS) {
      throw new BadRow(column + " " + quote(text) + " is too large");
    }
    return Money.of(currency, scaled);
  }

  /** Reads an ISO 4217 code. */
  CurrencyUnit currency(String column, String text) throws BadRow {
    String code = text.strip();
    CurrencyUnit known = currencies.get(code);
    if (known != null) {
      return known;
    }
    try {
      CurrencyUnit currency = CurrencyUnit.of(code);
      if (currencies.size() < POOL_CAPACITY) {
        currencies.put(code, currency);
      }
      return currency;
    } catch (IllegalCurrencyException e) {
      throw new BadRow(column + " " + quote(text) + " is not an ISO 4217 currency code");
    }
  }

  /** Reads an ISO 3166 alpha-2 code; blank is unknown (empty); an unknown code is a bad row. */
  Optional<Country> country(String column, String text) throws BadRow {
    String code = text.strip();
    if (code.isEmpty()) {
      return Optional.empty();
    }
    if (!COUNTRY.matcher(code).matches()) {
      throw new BadRow(column + " " + quote(text) + " is not a two-letter country code");
    }
    try {
      return Optional.of(Country.of(code));
    } catch (IllegalArgumentException e) {
      throw new BadRow(column + " " + quote(text) + " is not an ISO 3166-1 alpha-2 country code");
    }
  }

  /** Reads a state label. */
  static ProjectState state(String column, String text) throws BadRow {
    return ProjectState.ofLabel(text).orElseThrow(() -> new BadRow(column + " " + quote(text)
        + " is not one of successful, failed, canceled, suspended, live, undefined"));
  }

  /** Reads an ICPSR date: {@code M/D/YYYY} (no zero padding needed) or ISO {@code YYYY-MM-DD}. */
  static LocalDate date(String column, String text) throws BadRow {
    String value = text.strip();
    var slash = SLASH_DATE.matcher(value);
    var iso = ISO_DATE.matcher(value);
    try {
      if (slash.matches()) {
        return LocalDate.of(Integer.parseInt(slash.group(3)), Integer.parseInt(slash.group(1)),
            Integer.parseInt(slash.group(2)));
      }
      if (iso.matches()) {
        return LocalDate.of(Integer.parseInt(iso.group(1)), Integer.parseInt(iso.group(2)),
            Integer.parseInt(iso.group(3)));
      }
    } catch (DateTimeException e) {
      throw new BadRow(column + " " + quote(text) + " is not a valid date");
    }
    throw new BadRow(column + " " + quote(text) + " is not a date like 8/11/2016 or 2016-08-11");
  }

  /** Returns a goal, refused unless positive. */
  static Money positive(String column, String text, Money goal) throws BadRow {
    if (!goal.isPositive()) {
      throw new BadRow(column + " " + quote(text) + " is not positive");
    }
    return goal;
  }

  /**
   * Sets the launch and deadline, flags what is implausible about them, and builds the record; a rule of
   * {@link ProjectRecord} the parts break becomes a {@link BadRow}.
   */
  static ProjectRecord build(ProjectRecord.Builder record, Instant launched, LocalDate deadline) throws BadRow {
    if (launched.getEpochSecond() < PLATFORM_OPENED) {
      record.addFlags(RecordFlag.LAUNCH_DATE_IMPLAUSIBLE);
    }
    if (deadline.toEpochDay() < Math.floorDiv(launched.getEpochSecond(), SECONDS_PER_DAY)) {
      record.addFlags(RecordFlag.DEADLINE_BEFORE_LAUNCH);
    }
    try {
      return record.launched(launched).deadline(deadline).build();
    } catch (IllegalArgumentException e) {
      throw new BadRow(e.getMessage());
    }
  }

  /** Reads Unix epoch seconds (UTC), a whole number of at most 12 digits. */
  static Instant epochSeconds(String column, String text) throws BadRow {
    String value = text.strip();
    if (value.isEmpty()) {
      throw new BadRow(column + " is blank");
    }
    if (value.length() > 12 || !value.chars().allMatch(c -> c >= '0' && c <= '9')) {
      throw new BadRow(column + " " + quote(text) + " is not Unix epoch seconds");
    }
    return Instant.ofEpochSecond(Long.parseLong(value));
  }
}
