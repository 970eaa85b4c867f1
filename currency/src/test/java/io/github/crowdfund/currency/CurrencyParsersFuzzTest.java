package io.github.crowdfund.currency;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Optional;
import java.util.function.Function;

/**
 * Coverage-guided fuzz tests of every text parser of this module. In {@code mvn verify} each replays its corpus,
 * the files in {@code src/test/resources/io/github/crowdfund/currency/CurrencyParsersFuzzTestInputs/<method>/}
 * (raw bytes, read as UTF-8). {@code JAZZER_FUZZ=1} makes one target fuzz for its time budget; see the README.
 *
 * <p>The contract each target checks: the parser returns a value whose text form parses back to it, or throws
 * an {@link IllegalArgumentException} with a short message; nothing else. To add a target for another parser, add
 * a method here (or a {@code *FuzzTest} class in its module) and a directory of seed files named after it.
 */
class CurrencyParsersFuzzTest {

  private static final Instant AS_OF = Instant.parse("2024-01-02T00:00:00Z");

  /** Long enough for every message of a refused input, which quotes at most its beginning. */
  private static final int MAX_MESSAGE_LENGTH = 1_000;

  @FuzzTest(maxDuration = "30s")
  void percentageParse(byte[] input) {
    parsed(text(input), Percentage::parse).ifPresent(value -> assertReadsBack(value, Percentage::parse));
  }

  @FuzzTest(maxDuration = "30s")
  void fxRateParse(byte[] input) {
    parsed(text(input), FxRate::parse).ifPresent(value -> assertReadsBack(value, FxRate::parse));
  }

  @FuzzTest(maxDuration = "30s")
  void currencyPairParse(byte[] input) {
    parsed(text(input), CurrencyPair::parse).ifPresent(value -> assertReadsBack(value, CurrencyPair::parse));
  }

  @FuzzTest(maxDuration = "30s")
  void moneyBagParse(byte[] input) {
    // Entries of one currency are added, so a sum may outgrow the 64 characters parse reads back.
    parsed(text(input), MoneyBag::parse)
        .filter(bag -> bag.stream().allMatch(
            amount -> amount.getAmount().toPlainString().length() <= TextLimits.MAX_NUMBER_LENGTH))
        .ifPresent(bag -> assertReadsBack(bag, MoneyBag::parse));
  }

  @FuzzTest(maxDuration = "30s")
  void fxRateTableReadCsv(byte[] input) {
    String csv = text(input);
    FxRateTable table;
    try {
      table = FxRateTable.readCsv(new StringReader(csv), AS_OF);
    } catch (IllegalArgumentException refused) {
      // Every bad line is listed, each in a bounded form: the message grows with the lines, not their length.
      assertThat(refused.getMessage()).isNotBlank();
      assertThat((long) refused.getMessage().length())
          .isLessThanOrEqualTo(MAX_MESSAGE_LENGTH + csv.lines().count() * MAX_MESSAGE_LENGTH);
      return;
    } catch (IOException impossible) {
      throw new AssertionError("a StringReader does not fail", impossible);
    }
    StringBuilder written = new StringBuilder("base,counter,rate\n");
    table.rates().forEach(rate -> written.append(rate.pair().base()).append(',').append(rate.pair().counter())
        .append(',').append(rate.rate().toPlainString()).append('\n'));
    try {
      assertThat(FxRateTable.readCsv(new StringReader(written.toString()), AS_OF)).isEqualTo(table);
    } catch (IOException impossible) {
      throw new AssertionError("a StringReader does not fail", impossible);
    }
  }

  private static String text(byte[] input) {
    return new String(input, StandardCharsets.UTF_8);
  }

  /** The value parsed, or empty when the parser refused the text with a short IllegalArgumentException. */
  private static <T> Optional<T> parsed(String text, Function<String, T> parse) {
    T value;
    try {
      value = parse.apply(text);
    } catch (IllegalArgumentException refused) {
      assertThat(refused.getMessage()).isNotBlank().hasSizeLessThanOrEqualTo(MAX_MESSAGE_LENGTH);
      return Optional.empty();
    }
    assertThat(value).isNotNull();
    return Optional.of(value);
  }

  private static <T> void assertReadsBack(T value, Function<String, T> parse) {
    assertThat(parse.apply(value.toString())).isEqualTo(value);
  }
}
