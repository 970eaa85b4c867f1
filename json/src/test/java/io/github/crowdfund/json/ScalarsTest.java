package io.github.crowdfund.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import java.time.DateTimeException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The scalars read without regular expressions or formatters read exactly what the slower ways read. */
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
        "2026-05-01T16:00:00.1a3Z", "２０２６-05-01T16:00:00Z", "tomorrow", "")) {
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
}
