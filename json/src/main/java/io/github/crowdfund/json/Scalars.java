package io.github.crowdfund.json;

import io.github.crowdfund.json.JsonReader.Token;
import java.math.BigDecimal;
import java.time.DateTimeException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Arrays;
import java.util.Objects;
import java.util.function.Function;
import java.util.regex.Pattern;

/**
 * Codecs of single JSON values: strings, integers, booleans, exact decimals written as strings, values written in
 * their text form ({@code java.time} values, currency pairs, percentages, ids) and enums by name.
 */
final class Scalars {

  /** An exact decimal as this library writes it: an optional minus, digits, optionally a point and digits. */
  private static final Pattern DECIMAL_TEXT = Pattern.compile("-?[0-9]+(\\.[0-9]+)?");

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
      if (in.current() != Token.STRING || !DECIMAL_TEXT.matcher(in.text()).matches()) {
        throw Tokens.wrongType(in, "a decimal in a string, such as \"12.50\"");
      }
      return new BigDecimal(in.text());
    }
  };

  static final JsonCodec<Instant> INSTANT = text("an instant such as \"2026-05-01T16:00:00Z\"",
      Instant::toString, Instant::parse);

  static final JsonCodec<Duration> DURATION = text("a duration such as \"PT720H\"",
      Duration::toString, Duration::parse);

  static final JsonCodec<LocalDate> DATE = text("a date such as \"2026-05-01\"",
      LocalDate::toString, LocalDate::parse);

  static final JsonCodec<YearMonth> YEAR_MONTH = text("a month such as \"2026-11\"",
      YearMonth::toString, YearMonth::parse);

  private Scalars() {}

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
