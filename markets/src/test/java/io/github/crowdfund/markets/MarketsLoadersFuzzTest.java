package io.github.crowdfund.markets;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.io.ByteArrayInputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.function.Function;

/**
 * Coverage-guided fuzz tests of the data-file loaders of this module: the market catalogue and the platform rules.
 * In {@code mvn verify} each replays its corpus, the files in
 * {@code src/test/resources/io/github/crowdfund/markets/MarketsLoadersFuzzTestInputs/<method>/} (raw bytes, decoded
 * as UTF-8 that reports malformed input, as {@code load(Path)} does). {@code JAZZER_FUZZ=1} makes one target fuzz
 * for its time budget; see the README.
 *
 * <p>The contract each target checks: the loader returns a value, or throws a {@link DataFileException} listing
 * at least one problem, each with a line, a field and a short message; nothing else.
 */
class MarketsLoadersFuzzTest {

  /** Long enough for every problem's message, which quotes at most the beginning of a bad value. */
  private static final int MAX_MESSAGE_LENGTH = 1_000;

  @FuzzTest(maxDuration = "30s")
  void marketCatalogLoad(byte[] input) {
    MarketCatalog catalog = loaded(input, reader -> MarketCatalog.load(reader, "fuzz.csv"));
    if (catalog != null) {
      assertThat(catalog.provenance().file()).isEqualTo("fuzz.csv");
      catalog.markets().forEach(market -> assertThat(catalog.market(market.country())).isEqualTo(market));
    }
  }

  @FuzzTest(maxDuration = "30s")
  void platformLoad(byte[] input) {
    Platform platform = loaded(input, reader -> Platform.load(reader, "fuzz-rules.csv"));
    if (platform != null) {
      assertThat(platform.name()).isNotBlank();
      assertThat(platform.provenance().file()).isEqualTo("fuzz-rules.csv");
    }
  }

  /** The value loaded, or null when the loader refused the data with problems that keep the contract. */
  private static <T> T loaded(byte[] input, Function<Reader, T> load) {
    Reader reader = new InputStreamReader(new ByteArrayInputStream(input), StandardCharsets.UTF_8.newDecoder()
        .onMalformedInput(CodingErrorAction.REPORT)
        .onUnmappableCharacter(CodingErrorAction.REPORT));
    T value;
    try {
      value = load.apply(reader);
    } catch (DataFileException refused) {
      assertThat(refused.problems()).isNotEmpty().allSatisfy(problem -> {
        assertThat(problem.line()).isNotNegative();
        assertThat(problem.field()).isNotBlank();
        assertThat(problem.message()).isNotBlank().hasSizeLessThanOrEqualTo(MAX_MESSAGE_LENGTH);
      });
      return null;
    }
    assertThat(value).isNotNull();
    return value;
  }
}
