package io.github.crowdfund.json;

import io.github.crowdfund.json.JsonReader.Token;
import java.math.BigDecimal;
import java.time.DateTimeException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.Objects;
import java.util.function.Function;

/**
 * Codecs of single JSON values: strings, integers, booleans, exact decimals written as strings, values written in
 * their text form ({@code java.time} values, currency pairs, percentages, ids) and enums by name.
 */
final class Scalars {


  /** Any string. */
  static final JsonCodec<String> STRING = new JsonCodec<>() {
    @Override
    public void write(String value, JsonWriter out) {
      out.string(value);
    }

    @Override
    public String read(JsonReader in) {
      Tokens.expect(in, Token.STRING, "a string");
      return in.text();
    }
  };

  /** An integer from {@link Long#MIN_VALUE} to {@link Long#MAX_VALUE}, written as a JSON number. */
  static final JsonCodec<Long> LONG = new JsonCodec<>() {
    @Override
    public void write(Long value, JsonWriter out) {
      out.number(value);
    }

    @Override
    public Long read(JsonReader in) {
      Tokens.expect(in, Token.NUMBER, "an integer");
      try {
        return Long.parseLong(in.text());
      } catch (NumberFormatException e) {
        throw Tokens.wrongType(in, "an integer");
      }
    }
  };

  /** An integer from {@link Integer#MIN_VALUE} to {@link Integer#MAX_VALUE}, written as a JSON number. */
  static final JsonCodec<Integer> INT = mapped(LONG, "an int", value -> {
    if (value < Integer.MIN_VALUE || value > Integer.MAX_VALUE) {
      throw new IllegalArgumentException("it is out of the int range");
    }
    return value.intValue();
  }, Integer::longValue);

  /** {@code true} or {@code false}. */
  static final JsonCodec<Boolean> BOOLEAN = new JsonCodec<>() {
    @Override
    public void write(Boolean value, JsonWriter out) {
      out.bool(value);
    }

    @Override
    public Boolean read(JsonReader in) {
      if (in.current() != Token.TRUE && in.current() != Token.FALSE) {
        throw Tokens.wrongType(in, "true or false");
      }
      return in.current() == Token.TRUE;
    }
  };

  /**
   * An exact decimal written as a JSON string in plain notation, such as {@code "12.50"} or {@code "-3"}: never a
   * JSON number, which many readers turn into a binary float. Its scale is kept: {@code "12.50"} reads as 12.50.
   */
  static final JsonCodec<BigDecimal> DECIMAL = new JsonCodec<>() {
    @Override
    public void write(BigDecimal value, JsonWriter out) {
      out.string(value.toPlainString());
    }

    @Override
    public BigDecimal read(JsonReader in) {
      if (in.current() != Token.STRING || !isPlainDecimal(in.text())) {
        throw Tokens.wrongType(in, "a decimal in a string, such as \"12.50\"");
      }
      return new BigDecimal(in.text());
    }
  };

  static final JsonCodec<Instant> INSTANT = text("an instant such as \"2026-05-01T16:00:00Z\"",
      Instant::toString, Scalars::instant);

  static final JsonCodec<Duration> DURATION = text("a duration such as \"PT720H\"",
      Duration::toString, Duration::parse);

  static final JsonCodec<LocalDate> DATE = text("a date such as \"2026-05-01\"",
      LocalDate::toString, LocalDate::parse);

  static final JsonCodec<YearMonth> YEAR_MONTH = text("a month such as \"2026-11\"",
      YearMonth::toString, YearMonth::parse);

  private Scalars() {}

  /**
   * Tells whether a text is an exact decimal as this library writes it: an optional minus, digits, optionally a
   * point and digits.
   */
  static boolean isPlainDecimal(String text) {
    int i = text.startsWith("-") ? 1 : 0;
    int digits = i;
    while (i < text.length() && isDigit(text.charAt(i))) {
      i++;
    }
    if (i == digits) {
      return false;
    }
    if (i == text.length()) {
      return true;
    }
    if (text.charAt(i) != '.') {
      return false;
    }
    int fraction = ++i;
    while (i < text.length() && isDigit(text.charAt(i))) {
      i++;
    }
    return i > fraction && i == text.length();
  }

  private static boolean isDigit(char c) {
    return c >= '0' && c <= '9';
  }

  /**
   * Reads an instant as {@link Instant#parse} does. The form {@link Instant#toString} writes for the years 0 to 9999,
   * {@code 2026-05-01T16:00:00Z} with an optional fraction of 1 to 9 digits, is read directly; any other text, and a
   * field out of its range, goes to {@link Instant#parse}, which reads it (an hour 24, a leap second) or says what is
   * wrong.
   */
  static Instant instant(String text) {
    int length = text.length();
    if (length < 20 || length > 30 || text.charAt(length - 1) != 'Z' || text.charAt(4) != '-'
        || text.charAt(7) != '-' || text.charAt(10) != 'T' || text.charAt(13) != ':' || text.charAt(16) != ':'
        || length > 20 && (text.charAt(19) != '.' || length == 21)) {
      return Instant.parse(text);
    }
    int year = number(text, 0, 4);
    if (year == NOT_DIGITS) {
      return Instant.parse(text);
    }
    // any other field that is not all digits is negative, out of its range as LocalDateTime.of checks it
    int nanos = length == 20 ? 0 : number(text, 20, length - 1) * POWERS_OF_TEN[30 - length];
    try {
      return LocalDateTime.of(year, number(text, 5, 7), number(text, 8, 10), number(text, 11, 13),
          number(text, 14, 16), number(text, 17, 19), nanos).toInstant(ZoneOffset.UTC);
    } catch (DateTimeException e) {
      return Instant.parse(text);
    }
  }

  /** 10 to the powers 0 to 8: the nanoseconds of the last digit of a fraction of 9 to 1 digits. */
  private static final int[] POWERS_OF_TEN = {1, 10, 100, 1_000, 10_000, 100_000, 1_000_000, 10_000_000,
      100_000_000};

  /** What {@link #number} gives for a text that is not all decimal digits. */
  private static final int NOT_DIGITS = -1;

  /** The number written in decimal digits from {@code from} to {@code to} (at most 9 of them), or NOT_DIGITS. */
  private static int number(String text, int from, int to) {
    int value = 0;
    for (int i = from; i < to; i++) {
      char c = text.charAt(i);
      if (!isDigit(c)) {
        return NOT_DIGITS;
      }
      value = value * 10 + (c - '0');
    }
    return value;
  }

  /**
   * A value written as a JSON string in its text form.
   *
   * @param what what the string should be, for error messages, such as {@code a currency pair such as "EUR/JPY"}
   * @param format the text form of a value
   * @param parse reads the text form back; its {@link IllegalArgumentException} or {@link DateTimeException}
   *     becomes a {@link JsonFormatException} at the string's path
   */
  static <T> JsonCodec<T> text(String what, Function<T, String> format, Function<String, T> parse) {
    Objects.requireNonNull(what, "what");
    Objects.requireNonNull(format, "format");
    Objects.requireNonNull(parse, "parse");
    return mapped(new JsonCodec<>() {
      @Override
      public void write(String value, JsonWriter out) {
        out.string(value);
      }

      @Override
      public String read(JsonReader in) {
        Tokens.expect(in, Token.STRING, what);
        return in.text();
      }
    }, what, parse, format);
  }

  /**
   * A codec that writes and reads another codec's JSON, converting values on the way.
   *
   * @param json the codec of the JSON form
   * @param what what the JSON should be, for error messages
   * @param fromJson converts what {@code json} reads; its {@link IllegalArgumentException} or
   *     {@link DateTimeException} becomes a {@link JsonFormatException} at the value's path
   * @param toJson converts a value into what {@code json} writes
   */
  static <J, T> JsonCodec<T> mapped(JsonCodec<J> json, String what, Function<J, T> fromJson, Function<T, J> toJson) {
    return new JsonCodec<>() {
      @Override
      public void write(T value, JsonWriter out) {
        json.write(toJson.apply(value), out);
      }

      @Override
      public T read(JsonReader in) {
        J value = json.read(in);
        try {
          return fromJson.apply(value);
        } catch (JsonFormatException e) {
          throw e;
        } catch (IllegalArgumentException | DateTimeException e) {
          throw Tokens.error(in, "not " + what + ", was " + Tokens.describe(in) + ": " + e.getMessage());
        }
      }
    };
  }

  /** An enum constant written as its name, such as {@code "SUCCESSFUL"}. */
  static <E extends Enum<E>> JsonCodec<E> enumeration(Class<E> type) {
    Objects.requireNonNull(type, "type");
    E[] constants = type.getEnumConstants();
    return new JsonCodec<>() {
      @Override
      public void write(E value, JsonWriter out) {
        out.string(value.name());
      }

      @Override
      public E read(JsonReader in) {
        Tokens.expect(in, Token.STRING, "one of " + Arrays.toString(constants));
        for (E constant : constants) {
          if (constant.name().equals(in.text())) {
            return constant;
          }
        }
        throw Tokens.error(in, "unknown " + type.getSimpleName() + " " + Tokens.quote(in.text()) + ", expected one of "
            + Arrays.toString(constants));
      }
    };
  }
}
