package io.github.crowdfund.json;

import static io.github.crowdfund.json.Refusals.refusal;
import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.DateTimeException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * The codecs of single values: integers in their range, booleans, decimals keeping their scale, text forms and enum
 * names, each refusal quoting the bad value; instants, read without a formatter where they can be, read exactly as
 * {@link Instant#parse} reads them.
 */
class ScalarsTest {

  /** Instant.parse's answer: the instant, or empty if it refuses the text. */
  private static Optional<Instant> parsed(String text) {
    try {
      return Optional.of(Instant.parse(text));
    } catch (DateTimeException e) {
      return Optional.empty();
    }
  }

  private static Optional<Instant> read(String text) {
    try {
      return Optional.of(Scalars.instant(text));
    } catch (DateTimeException e) {
      return Optional.empty();
    }
  }

  @Test
  void randomInstantsReadAsInstantParseReadsThem() {
    long from = Instant.parse("0001-01-01T00:00:00Z").getEpochSecond();
    long to = Instant.parse("9999-12-31T23:59:59Z").getEpochSecond();
    qt().withExamples(10_000).forAll(longs().between(from, to), integers().between(0, 999_999_999),
        integers().between(0, 3)).check((seconds, nanos, precision) -> {
          // whole seconds, milliseconds, microseconds or nanoseconds, as Instant.toString writes each
          int truncated = precision == 0 ? 0 : precision == 1 ? nanos / 1_000_000 * 1_000_000
              : precision == 2 ? nanos / 1_000 * 1_000 : nanos;
          Instant instant = Instant.ofEpochSecond(seconds, truncated);
          return Scalars.instant(instant.toString()).equals(instant);
        });
  }

  @Test
  void oddAndInvalidInstantsReadAsInstantParseReadsThem() {
    for (String text : List.of("2026-05-01T16:00:00Z", "2026-05-01T16:00:00.5Z", "2026-05-01T16:00:00.000000001Z",
        "2026-05-01T16:00:00.1234567890Z", "2026-05-01T16:00:00.Z", "2026-05-01t16:00:00z", "2026-02-29T00:00:00Z",
        "2024-02-29T00:00:00Z", "2026-04-31T00:00:00Z", "2026-13-01T00:00:00Z", "2026-00-01T00:00:00Z",
        "2026-05-00T00:00:00Z", "2026-05-01T24:00:00Z", "2026-05-01T23:60:00Z", "2026-05-01T23:59:60Z",
        "2026-05-01T16:00Z", "0999-05-01T16:00:00Z", "+12026-05-01T16:00:00Z", "-2026-05-01T16:00:00Z",
        "2026-05-01T16:00:00+01:00", "2026-5-01T16:00:00Z", "2026-05-01 16:00:00Z", "2026-05-01T16:00:0aZ",
        "2026-05-01T16:00:00.1a3Z", "２０２６-05-01T16:00:00Z", "tomorrow", "", "0000-01-01T00:00:00Z",
        "0001-01-01T00:00:00.999999999Z", "9999-12-31T23:59:59.999999999Z", "2026-05-01T24:00:00.000Z",
        "2026x05-01T16:00:00Z", "2026-05x01T16:00:00Z", "2026-05-01x16:00:00Z", "2026-05-01T16x00:00Z",
        "2026-05-01T16:00x00Z", "2026-05-01T16:00:00x5Z", "2026-05-01T16:00:00.5X", "2026-05-01T16:00:00.12Z ",
        "20a6-05-01T16:00:00Z", "2026-a5-01T16:00:00Z", "2026-05-a1T16:00:00Z", "2026-05-01Ta6:00:00Z",
        "2026-05-01T16:a0:00Z", "2026-05-01T16:00:a0Z", "2026-05-01T16:00:00.12345678aZ", "2026-05-01T16:00:00.00Z",
        "2026-05-01T16:00:00.123456789Z", "2026-05-01T16:00:00.1234567891Z")) {
      assertThat(read(text)).as(text).isEqualTo(parsed(text));
    }
  }

  @Test
  void plainDecimalsAreAMinusDigitsAndAFraction() {
    for (String text : List.of("0", "12", "-3", "12.50", "-0.001", "007.10")) {
      assertThat(Scalars.isPlainDecimal(text)).as(text).isTrue();
    }
    for (String text : List.of("", "-", ".5", "5.", "1e3", "+1", "1.2.3", "1,5", " 1", "1 ", "--1", "١")) {
      assertThat(Scalars.isPlainDecimal(text)).as(text).isFalse();
    }
  }

  @Test
  void integersAreJsonNumbersInTheirRange() {
    assertThat(JsonText.read(Scalars.LONG, "-9223372036854775808")).isEqualTo(Long.MIN_VALUE);
    assertThat(JsonText.write(Scalars.LONG, Long.MAX_VALUE)).isEqualTo("9223372036854775807");
    assertThat(refusal(Scalars.LONG, "9223372036854775808").reason())
        .isEqualTo("expected an integer, was the number 9223372036854775808");
    assertThat(refusal(Scalars.LONG, "1.0").reason()).isEqualTo("expected an integer, was the number 1.0");

    assertThat(JsonText.read(Scalars.INT, "2147483647")).isEqualTo(Integer.MAX_VALUE);
    assertThat(JsonText.read(Scalars.INT, "-2147483648")).isEqualTo(Integer.MIN_VALUE);
    assertThat(JsonText.write(Scalars.INT, -7)).isEqualTo("-7");
    for (String outside : List.of("2147483648", "-2147483649")) {
      assertThat(refusal(Scalars.INT, outside).reason()).as(outside)
          .isEqualTo("not an int, was the number " + outside + ": it is out of the int range");
    }
  }

  @Test
  void booleansAreTrueOrFalse() {
    assertThat(JsonText.read(Scalars.BOOLEAN, "true")).isTrue();
    assertThat(JsonText.read(Scalars.BOOLEAN, "false")).isFalse();
    assertThat(JsonText.write(Scalars.BOOLEAN, true)).isEqualTo("true");
    assertThat(JsonText.write(Scalars.BOOLEAN, false)).isEqualTo("false");
    assertThat(refusal(Scalars.BOOLEAN, "\"true\"").reason())
        .isEqualTo("expected true or false, was the string \"true\"");
    assertThat(refusal(Scalars.BOOLEAN, "1").reason()).isEqualTo("expected true or false, was the number 1");
  }

  @Test
  void decimalsKeepTheirScaleAndAreWrittenPlain() {
    assertThat(JsonText.read(Scalars.DECIMAL, "\"12.50\"")).isEqualTo(new BigDecimal("12.50"));
    assertThat(JsonText.write(Scalars.DECIMAL, new BigDecimal("1E+3"))).isEqualTo("\"1000\"");
    assertThat(refusal(Scalars.DECIMAL, "12.5").reason())
        .isEqualTo("expected a decimal in a string, such as \"12.50\", was the number 12.5");
    assertThat(refusal(Scalars.DECIMAL, "\"1e3\"").reason()).endsWith("was the string \"1e3\"");
  }

  @Test
  void textFormsOfTimeReadBackAndABadOneIsQuotedWithTheParsersReason() {
    assertThat(JsonText.read(Scalars.INSTANT, "\"2026-05-01T16:00:00.250Z\""))
        .isEqualTo(Instant.parse("2026-05-01T16:00:00.250Z"));
    assertThat(JsonText.write(Scalars.DURATION, Duration.ofHours(720))).isEqualTo("\"PT720H\"");
    assertThat(JsonText.read(Scalars.DATE, "\"2026-05-01\"")).isEqualTo(LocalDate.of(2026, 5, 1));
    assertThat(JsonText.read(Scalars.YEAR_MONTH, "\"2026-11\"")).isEqualTo(YearMonth.of(2026, 11));

    JsonFormatException refused = refusal(Scalars.DATE, "\"2026-02-30\"");
    assertThat(refused.path()).isEqualTo("$");
    assertThat(refused.reason()).startsWith("not a date such as \"2026-05-01\", was the string \"2026-02-30\": ")
        .contains("FEBRUARY 30");
    assertThat(refusal(Scalars.DURATION, "720").reason())
        .isEqualTo("expected a duration such as \"PT720H\", was the number 720");
  }

  @Test
  void aValueInItsTextFormIsAStringAndItsParsersRefusalIsQuoted() {
    JsonCodec<ZoneOffset> offsets = Scalars.text("an offset such as \"+01:00\"", ZoneOffset::toString, ZoneOffset::of);

    assertThat(JsonText.write(offsets, ZoneOffset.ofHours(-5))).isEqualTo("\"-05:00\"");
    assertThat(JsonText.read(offsets, "\"+01:00\"")).isEqualTo(ZoneOffset.ofHours(1));
    assertThat(refusal(offsets, "\"+25:00\"").reason())
        .startsWith("not an offset such as \"+01:00\", was the string \"+25:00\": ");
    assertThat(refusal(offsets, "1").reason()).isEqualTo("expected an offset such as \"+01:00\", was the number 1");
  }

  @Test
  void aRefusalThatAlreadyNamesItsPathIsKeptAsItIs() {
    JsonCodec<String> inner = Scalars.mapped(Scalars.STRING, "a word", text -> {
      throw new JsonFormatException("$.somewhere", "its own reason");
    }, text -> text);

    JsonFormatException refused = refusal(inner, "\"x\"");
    assertThat(refused.path()).isEqualTo("$.somewhere");
    assertThat(refused.reason()).isEqualTo("its own reason");
    assertThat(JsonText.write(Scalars.mapped(Scalars.STRING, "a word", text -> text, String::toUpperCase), "x"))
        .isEqualTo("\"X\"");
  }

  @Test
  void enumConstantsAreTheirNames() {
    JsonCodec<RoundingMode> modes = Scalars.enumeration(RoundingMode.class);

    assertThat(JsonText.write(modes, RoundingMode.HALF_EVEN)).isEqualTo("\"HALF_EVEN\"");
    assertThat(JsonText.read(modes, "\"HALF_EVEN\"")).isEqualTo(RoundingMode.HALF_EVEN);
    assertThat(JsonText.read(modes, "\"UP\"")).isEqualTo(RoundingMode.UP);
    assertThat(refusal(modes, "\"half_even\"").reason()).isEqualTo(
        "unknown RoundingMode \"half_even\", expected one of "
        + "[UP, DOWN, CEILING, FLOOR, HALF_UP, HALF_DOWN, HALF_EVEN, UNNECESSARY]");
    assertThat(refusal(modes, "0").reason()).isEqualTo("expected one of "
        + "[UP, DOWN, CEILING, FLOOR, HALF_UP, HALF_DOWN, HALF_EVEN, UNNECESSARY], was the number 0");
  }
}
