package io.github.crowdfund.outcomes.dataset;

import static io.github.crowdfund.outcomes.dataset.ProjectReaderHardeningTest.HEADER;
import static io.github.crowdfund.outcomes.dataset.ProjectReaderHardeningTest.read;
import static io.github.crowdfund.outcomes.dataset.ProjectReaderHardeningTest.row;
import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import io.github.crowdfund.outcomes.fixtures.Fixtures;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import org.junit.jupiter.api.Test;

/**
 * The row parser's own readers of amounts, whole numbers, dates and times and countries, checked against
 * {@link BigDecimal} and {@code java.time} and for the reason it gives when it refuses a cell.
 */
class ProjectRowParserTest {

  private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

  /** Reads one row of the 201801 layout with the given replaced cells. */
  private static Fixtures.Read one(String... replacements) {
    return read(HEADER + "\n" + row(1, replacements) + "\n");
  }

  private static ProjectRecord record(String... replacements) {
    Fixtures.Read read = one(replacements);
    assertThat(read.problems()).isEmpty();
    return read.records().get(0);
  }

  /** Asserts that the row is rejected at line 2 with a reason that contains the parts. */
  private static void rejected(String[] replacements, String... reasonParts) {
    Fixtures.Read read = one(replacements);
    assertThat(read.records()).isEmpty();
    assertThat(read.problems()).singleElement().satisfies(problem -> {
      assertThat(problem.line()).isEqualTo(2);
      assertThat(problem.reason()).contains(reasonParts);
    });
  }

  @Test
  void amountsInAnySpellingGiveTheirMinorUnits() {
    String[][] spellings = {{"20000", "2000000"}, {"20000.0", "2000000"}, {"20000.00", "2000000"},
        {"20000.000", "2000000"}, {" 20000.5 ", "2000050"}, {"2e4", "2000000"}, {".5", "50"}, {"5.", "500"},
        {"0.01", "1"}, {"1234.5678", "123457"}, {"922337203685477.58", "92233720368547758"},
        {"922337203685477.5", "92233720368547750"}, {"00012.30", "1230"}};
    for (String[] spelling : spellings) {
      assertThat(record("6", spelling[0]).goalMinor()).as(spelling[0]).isEqualTo(Long.parseLong(spelling[1]));
    }
    assertThat(record("6", "20000.00").flags()).doesNotContain(RecordFlag.AMOUNT_ROUNDED);
    assertThat(record("6", "20000.000").flags()).doesNotContain(RecordFlag.AMOUNT_ROUNDED);
  }

  @Test
  void moreDecimalsThanTheCurrencyHasAreRoundedHalfEvenAndFlagged() {
    assertThat(record("6", "20000.005").goalMinor()).isEqualTo(2000000);
    assertThat(record("6", "20000.015").goalMinor()).isEqualTo(2000002);
    assertThat(record("6", "20000.005").flags()).contains(RecordFlag.AMOUNT_ROUNDED);
    assertThat(record("4", "JPY", "6", "1500").goalMinor()).isEqualTo(1500);
    assertThat(record("4", "JPY", "6", "1500").flags()).doesNotContain(RecordFlag.AMOUNT_ROUNDED);
    assertThat(record("4", "JPY", "6", "1500.5").goalMinor()).isEqualTo(1500);
    assertThat(record("4", "JPY", "6", "1501.5").goalMinor()).isEqualTo(1502);
    assertThat(record("4", "JPY", "6", "1501.5").flags()).contains(RecordFlag.AMOUNT_ROUNDED);
    assertThat(record("4", "JPY", "8", "7.49").pledgedMinor()).isEqualTo(7);
  }

  @Test
  void plainAmountsAgreeWithBigDecimal() {
    qt().withExamples(300).forAll(longs().between(0, 999_999_999_999L), integers().between(0, 4),
        integers().between(0, 2)).checkAssert((unscaled, decimals, padding) -> {
          BigDecimal amount = BigDecimal.valueOf(unscaled, decimals);
          String text = " ".repeat(padding) + amount.toPlainString() + " ".repeat(padding);
          Fixtures.Read read = one("8", text);
          long expected = amount.setScale(2, RoundingMode.HALF_EVEN).unscaledValue().longValueExact();
          assertThat(read.records()).singleElement().satisfies(record -> {
            assertThat(record.pledgedMinor()).isEqualTo(expected);
            assertThat(record.flags().contains(RecordFlag.AMOUNT_ROUNDED))
                .isEqualTo(amount.stripTrailingZeros().scale() > 2);
          });
        });
  }

  @Test
  void anAmountAboveTheLargestMinorUnitsIsRejectedNamingIt() {
    rejected(new String[] {"6", "922337203685477.59"}, "goal '922337203685477.59' is too large",
        "more than 92233720368547758 minor units of USD");
    rejected(new String[] {"6", "922337203685477.6"}, "goal '922337203685477.6' is too large");
    rejected(new String[] {"4", "JPY", "6", "92233720368547759"}, "is too large");
    assertThat(record("4", "JPY", "6", "92233720368547758").goalMinor()).isEqualTo(92233720368547758L);
    rejected(new String[] {"6", "0"}, "goal '0' is not positive");
    rejected(new String[] {"6", "-5"}, "goal '-5'");
    rejected(new String[] {"6", "1.2.3"}, "goal '1.2.3' is not a number");
    rejected(new String[] {"8", "1".repeat(41)}, "longer than 40 characters");
  }

  @Test
  void datesAndTimesAgreeWithJavaTime() {
    qt().withExamples(300).forAll(longs().between(LocalDate.of(2009, 4, 2).toEpochDay(),
        LocalDate.of(2099, 1, 1).toEpochDay()), integers().between(0, 86_399)).checkAssert((day, second) -> {
          LocalDateTime launched = LocalDate.ofEpochDay(day).atStartOfDay().plusSeconds(second);
          LocalDate deadline = LocalDate.ofEpochDay(day + 30);
          ProjectRecord record = record("7", TIME.format(launched), "5", deadline.toString());
          assertThat(record.launched()).isEqualTo(launched.toInstant(ZoneOffset.UTC));
          assertThat(record.deadline()).isEqualTo(deadline);
          assertThat(record.flags()).doesNotContain(RecordFlag.DEADLINE_BEFORE_LAUNCH,
              RecordFlag.LAUNCH_DATE_IMPLAUSIBLE);
        });
  }

  @Test
  void leapDaysAndMonthLengthsAreChecked() {
    assertThat(record("5", "2016-02-29").deadline()).isEqualTo(LocalDate.of(2016, 2, 29));
    assertThat(record("5", "2000-02-29", "7", "2000-01-15 00:00:00").deadline())
        .isEqualTo(LocalDate.of(2000, 2, 29));
    assertThat(record("5", "2016-12-31", "7", "2016-12-01 10:00:00").deadline()).isEqualTo(LocalDate.of(2016, 12, 31));
    assertThat(record("5", "2016-10-15 12:34:56").deadline()).isEqualTo(LocalDate.of(2016, 10, 15));
    for (String bad : new String[] {"2015-02-29", "1900-02-29", "2016-04-31", "2016-13-01", "2016-00-10",
        "2016-01-00", "2016-1a-01"}) {
      rejected(new String[] {"5", bad}, "deadline '" + bad + "' is not a valid yyyy-MM-dd date");
    }
    rejected(new String[] {"5", "2016/10/15"}, "deadline '2016/10/15' is not yyyy-MM-dd");
    rejected(new String[] {"5", "2016-10-1"}, "is not yyyy-MM-dd");
  }

  @Test
  void timesOfDayAreChecked() {
    assertThat(record("7", "2016-09-15 23:59:59").launched()).isEqualTo(Instant.parse("2016-09-15T23:59:59Z"));
    for (String bad : new String[] {"2016-09-15 24:00:00", "2016-09-15 23:60:00", "2016-09-15 23:59:60",
        "2016/09/15 10:00:00", "2016-09-31 10:00:00"}) {
      rejected(new String[] {"7", bad}, "launched '" + bad + "' is not a valid yyyy-MM-dd HH:mm:ss time");
    }
    rejected(new String[] {"7", "2016-09-15T10:00:00"}, "is not yyyy-MM-dd HH:mm:ss");
    rejected(new String[] {"7", "2016-09-15 10-00:00"}, "is not yyyy-MM-dd HH:mm:ss");
    rejected(new String[] {"7", "2016-09-15"}, "launched '2016-09-15' is not yyyy-MM-dd HH:mm:ss");
  }

  @Test
  void launchesBeforeThePlatformOpenedAndDeadlinesBeforeTheLaunchAreFlagged() {
    assertThat(record("7", "2009-04-01 00:00:00", "5", "2009-05-01").flags())
        .doesNotContain(RecordFlag.LAUNCH_DATE_IMPLAUSIBLE);
    assertThat(record("7", "2009-03-31 23:59:59", "5", "2009-05-01").flags())
        .contains(RecordFlag.LAUNCH_DATE_IMPLAUSIBLE);
    assertThat(record("7", "2016-09-15 18:30:00", "5", "2016-09-15").flags())
        .doesNotContain(RecordFlag.DEADLINE_BEFORE_LAUNCH);
    assertThat(record("7", "2016-09-15 18:30:00", "5", "2016-09-14").flags())
        .contains(RecordFlag.DEADLINE_BEFORE_LAUNCH);
  }

  @Test
  void wholeNumbersMustBeWholeNotNegativeAndFitTheirType() {
    assertThat(record("10", "2147483647").backers()).isEqualTo(Integer.MAX_VALUE);
    assertThat(record("10", " 0 ").backers()).isZero();
    assertThat(record("10", "+7").backers()).isEqualTo(7);
    rejected(new String[] {"10", "2147483648"}, "backers '2147483648' is too large");
    rejected(new String[] {"10", "-1"}, "backers '-1' is negative");
    rejected(new String[] {"10", "1.0"}, "backers '1.0' is not a whole number");
    rejected(new String[] {"10", "x"}, "backers 'x' is not a whole number");
    assertThat(one("0", "9223372036854775807").records().get(0).id()).isEqualTo(Long.MAX_VALUE);
    rejected(new String[] {"0", "12.5"}, "ID '12.5' is not a whole number");
  }

  @Test
  void countriesAreTwoCapitalLettersOrTheUnknownMarker() {
    assertThat(record("11", "GB").country()).map(country -> country.code()).contains("GB");
    assertThat(record("11", " US ").country()).map(country -> country.code()).contains("US");
    assertThat(record("11", "").country()).isEmpty();
    assertThat(record("11", "").flags()).contains(RecordFlag.COUNTRY_UNKNOWN);
    assertThat(record("11", "\"N,0\"\"\"").flags()).contains(RecordFlag.COUNTRY_UNKNOWN);
    for (String bad : new String[] {"us", "Us", "uS", "U1", "[A", "Z@", "USA", "U"}) {
      rejected(new String[] {"11", bad}, "country '" + bad + "' is not an ISO 3166 two-letter country code");
    }
  }
}
