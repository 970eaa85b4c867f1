package io.github.crowdfund.markets;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.assertj.core.api.Assumptions.assumeThat;

import io.github.crowdfund.core.Country;
import java.io.IOException;
import java.io.StringReader;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Optional;
import org.joda.money.CurrencyUnit;
import org.joda.money.Money;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The catalogue and platform-rule loaders refuse oversized numbers, odd files and bad text with problems. */
class DataFileBoundsTest {

  private static final String CATALOGUE = "# as-of: 2025-01-01\n# source: our own research\n"
      + "country_code,country,currency,optional_currency,optional_currency_from,announced_on,drafting_from,"
      + "creators_from,date_precision,min_pledge,max_pledge,earlier_max_pledge,confidence\n";
  private static final String RULES = "# platform: Test\n# as-of: 2025-01-01\n# source: test\n"
      + "rule,scope,value,from,until,confidence,source\n";

  private static String usRow(String maxPledge) {
    return "US,United States,USD,,,,,2009-04-28,day,1," + maxPledge + ",,confirmed\n";
  }

  private static DataProblem onlyProblem(String csv) {
    DataFileException e = catchThrowableOfType(DataFileException.class,
        () -> MarketCatalog.load(new StringReader(csv), "own.csv"));
    assertThat(e).as("the catalogue is refused").isNotNull();
    assertThat(e.problems()).hasSize(1);
    return e.problems().get(0);
  }

  @Test
  void aMaxPledgeWithAHugeExponentIsAProblemNamingLineAndValueNotATenMillionDigitLimit() {
    for (String huge : new String[] {"1E+10000000", "1E+100000000", "1E+2147483647", "-1E+2147483647"}) {
      DataProblem problem = onlyProblem(CATALOGUE + usRow(huge));
      assertThat(problem.line()).isEqualTo(4);
      assertThat(problem.field()).isEqualTo("max_pledge");
      assertThat(problem.message()).contains("\"" + huge + "\"").hasSizeLessThan(300);
    }
  }

  @Test
  void aMaxPledgeWithATinyExponentIsAProblem() {
    assertThat(onlyProblem(CATALOGUE + usRow("1E-2147483647")).field()).isEqualTo("max_pledge");
  }

  @Test
  void aNumberLongerThanSixtyFourCharactersIsRefusedQuotingOnlyItsBeginning() {
    DataProblem problem = onlyProblem(CATALOGUE + usRow("1".repeat(200_000)));
    assertThat(problem.field()).isEqualTo("max_pledge");
    assertThat(problem.message()).contains("200000 characters").hasSizeLessThan(400);
  }

  @Test
  void aMaxPledgeBeyondWhatACampaignCanHoldIsAProblemAndTheLargestThatFitsIsKept() {
    DataProblem problem = onlyProblem(CATALOGUE + usRow("92233720368547758.08"));
    assertThat(problem.message()).contains("beyond what a campaign can hold").contains("92233720368547758.07 USD");
    MarketCatalog kept = MarketCatalog.load(new StringReader(CATALOGUE + usRow("92233720368547758.07")), "own.csv");
    assertThat(kept.market(Country.of("US")).pledgeLimits(CurrencyUnit.USD).orElseThrow().maximum())
        .isEqualTo(Money.ofMinor(CurrencyUnit.USD, Long.MAX_VALUE));
  }

  @Test
  void pledgeLimitsOfAHugeBigDecimalAreRefusedWithAShortMessage() {
    assertThatThrownBy(() -> PledgeLimits.ofMajor(
        CurrencyUnit.USD, BigDecimal.ONE, new BigDecimal("1E+2147483647"), Optional.empty()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("\"1E+2147483647\" is beyond what a campaign can hold");
    assertThatThrownBy(() -> PledgeLimits.ofMajor(
        CurrencyUnit.USD, new BigDecimal("1E-2147483647"), BigDecimal.TEN, Optional.empty()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("has more decimals than USD allows");
  }

  @Test
  void aPlatformRuleAmountOrPercentWithAHugeExponentIsAProblemOfItsLine() {
    String csv = RULES
        + "fee.processing.fixed,USD,1E+100000000,,,confirmed,a\n"
        + "fee.platform.percent,*,1E+2147483647,,,confirmed,b\n"
        + "fee.processing.fixed,EUR,1E+10000000,,,confirmed,c\n";
    DataFileException e = catchThrowableOfType(DataFileException.class,
        () -> Platform.load(new StringReader(csv), "rules.csv"));
    assertThat(e).isNotNull();
    assertThat(e.problems()).extracting(DataProblem::line).containsExactly(5L, 6L, 7L);
    assertThat(e.problems()).allSatisfy(p -> assertThat(p.message()).contains("1E+").hasSizeLessThan(300));
  }

  @Test
  void aCatalogueStartingWithAByteOrderMarkLoads() {
    MarketCatalog catalog = MarketCatalog.load(new StringReader("\uFEFF" + CATALOGUE + usRow("10000")), "bom.csv");
    assertThat(catalog.countries()).containsExactly(Country.of("US"));
  }

  @Test
  void aPlatformFileStartingWithAByteOrderMarkLoads(@TempDir Path dir) throws IOException {
    Path file = dir.resolve("rules.csv");
    Files.write(file, ("\uFEFF" + RULES + "duration.max_days,*,60,,,confirmed,a\n").getBytes(StandardCharsets.UTF_8));
    assertThat(Platform.load(file).name()).isEqualTo("Test");
  }

  @Test
  void aCatalogueThatIsNotUtf8IsAProblemNotAnUncheckedIoException(@TempDir Path dir) throws IOException {
    Path file = dir.resolve("latin1.csv");
    Files.write(file, (CATALOGUE + "DE,Deutschland,EUR,,,,,2015-05-27,day,1,10000,,confirmed\n"
        + "AT,\u00d6sterreich,EUR,,,,,2015-05-27,day,1,10000,,confirmed\n").getBytes(StandardCharsets.ISO_8859_1));
    DataFileException e = catchThrowableOfType(DataFileException.class, () -> MarketCatalog.load(file));
    assertThat(e).isNotNull();
    assertThat(e.problems()).extracting(DataProblem::field).contains("encoding");
    assertThat(e).hasMessageContaining("is not UTF-8");
  }

  @Test
  void aDirectoryGivenAsACatalogueIsRefusedWithAMessage(@TempDir Path dir) {
    assertThatThrownBy(() -> MarketCatalog.load(dir))
        .isInstanceOf(IOException.class)
        .hasMessageContaining(dir.toString())
        .hasMessageContaining("not a data file");
    assertThatThrownBy(() -> Platform.load(dir)).isInstanceOf(IOException.class).hasMessageContaining("not a data");
    assertThatThrownBy(() -> MarketCatalog.load(dir.resolve("missing.csv"))).isInstanceOf(NoSuchFileException.class);
  }

  @Test
  void aFifoGivenAsACatalogueIsRefusedWithoutWaitingForAWriter(@TempDir Path dir) throws Exception {
    Path fifo = dir.resolve("pipe.csv");
    Process mkfifo;
    try {
      mkfifo = new ProcessBuilder("mkfifo", fifo.toString()).start();
    } catch (IOException noMkfifo) {
      mkfifo = null;
    }
    assumeThat(mkfifo != null && mkfifo.waitFor() == 0).as("mkfifo is available").isTrue();
    assertThatThrownBy(() -> MarketCatalog.load(fifo))
        .isInstanceOf(IOException.class)
        .hasMessageContaining("special file");
  }
}
