package io.github.crowdfund.currency;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;

import java.io.IOException;
import java.io.StringReader;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import org.joda.money.CurrencyUnit;
import org.joda.money.Money;
import org.junit.jupiter.api.Test;

class FxRateTableTest {

  private static final Instant AS_OF = Instant.parse("2024-01-02T00:00:00Z");
  private static final CurrencyUnit BHD = CurrencyUnit.of("BHD");
  private static final CurrencyUnit CAD = CurrencyUnit.CAD;

  private static final FxRateTable TABLE = FxRateTable.of(AS_OF,
      FxRate.parse("EUR/USD 1.1"), FxRate.parse("USD/JPY 150"), FxRate.parse("BHD/USD 2.65"));

  @Test
  void theRateOfACurrencyToItselfIsOne() {
    assertThat(TABLE.rate(CurrencyUnit.GBP, CurrencyUnit.GBP)).isEqualTo(BigDecimal.ONE);
  }

  @Test
  void aStoredRateIsFoundDirectlyAndExactly() {
    assertThat(TABLE.rate(CurrencyUnit.EUR, CurrencyUnit.USD)).isEqualTo(new BigDecimal("1.1"));
  }

  @Test
  void theReversePairIsFoundByInverse() {
    assertThat(TABLE.rate(CurrencyUnit.JPY, CurrencyUnit.USD))
        .isEqualTo(FxRate.parse("USD/JPY 150").inverse().rate());
  }

  @Test
  void aPairWithoutStoredRateIsFoundThroughOneIntermediateCurrency() {
    assertThat(TABLE.rate(CurrencyUnit.EUR, CurrencyUnit.JPY)).isEqualByComparingTo("165");
    assertThat(TABLE.rate(BHD, CurrencyUnit.EUR)).isEqualTo(new BigDecimal("2.4090909090909090909"));
    assertThat(TABLE.rate(CurrencyUnit.JPY, BHD)).isEqualTo(new BigDecimal("0.0025157232704402515723"));
  }

  @Test
  void theIntermediateWithTheAlphabeticallyFirstCodeIsUsed() {
    // EUR/JPY could go through USD (165) or through CHF (160); CHF comes first.
    FxRateTable table = FxRateTable.of(AS_OF, FxRate.parse("EUR/USD 1.1"), FxRate.parse("USD/JPY 150"),
        FxRate.parse("EUR/CHF 1"), FxRate.parse("CHF/JPY 160"));
    FxRateTable sameRatesOtherOrder = FxRateTable.of(AS_OF, FxRate.parse("CHF/JPY 160"),
        FxRate.parse("USD/JPY 150"), FxRate.parse("EUR/CHF 1"), FxRate.parse("EUR/USD 1.1"));
    assertThat(table.rate(CurrencyUnit.EUR, CurrencyUnit.JPY)).isEqualByComparingTo("160");
    assertThat(sameRatesOtherOrder.rate(CurrencyUnit.EUR, CurrencyUnit.JPY)).isEqualByComparingTo("160");
    assertThat(sameRatesOtherOrder).isEqualTo(table);
  }

  @Test
  void aMissingRateNamesThePairAndListsThePairsTheTableHas() {
    assertThatThrownBy(() -> TABLE.rate(CurrencyUnit.GBP, CurrencyUnit.JPY))
        .isInstanceOf(FxRateNotFoundException.class)
        .hasMessage("No FX rate for GBP/JPY; the provider has BHD/USD, EUR/USD, USD/JPY")
        .satisfies(e -> {
          FxRateNotFoundException notFound = (FxRateNotFoundException) e;
          assertThat(notFound.pair()).isEqualTo(CurrencyPair.parse("GBP/JPY"));
          assertThat(notFound.availablePairs()).hasSize(3);
        });
  }

  @Test
  void twoIntermediatesAreNotEnough() {
    FxRateTable chain = FxRateTable.of(AS_OF, FxRate.parse("EUR/USD 1.1"), FxRate.parse("USD/CAD 1.3"),
        FxRate.parse("CAD/JPY 110"));
    assertThat(chain.rate(CurrencyUnit.EUR, CAD)).isEqualByComparingTo("1.43");
    assertThatThrownBy(() -> chain.rate(CurrencyUnit.EUR, CurrencyUnit.JPY))
        .isInstanceOf(FxRateNotFoundException.class);
  }

  @Test
  void anEmptyTableHasNoRatesButOneToItself() {
    FxRateTable empty = FxRateTable.builder(AS_OF).build();
    assertThat(empty.pairs()).isEmpty();
    assertThat(empty.rate(CurrencyUnit.EUR, CurrencyUnit.EUR)).isEqualTo(BigDecimal.ONE);
    assertThatThrownBy(() -> empty.rate(CurrencyUnit.EUR, CurrencyUnit.USD))
        .hasMessage("No FX rate for EUR/USD; the provider lists no pairs");
  }

  @Test
  void theBuilderRejectsASecondRateForTheSameCurrenciesAndStaysUnchanged() {
    FxRateTable.Builder builder = FxRateTable.builder(AS_OF).add(FxRate.parse("EUR/USD 1.1"));
    assertThatThrownBy(() -> builder.add(FxRate.parse("USD/EUR 0.9")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("\"USD/EUR 0.9\"").hasMessageContaining("\"EUR/USD 1.1\"");
    assertThatThrownBy(() -> builder.add(FxRate.parse("EUR/USD 1.2"))).isInstanceOf(IllegalArgumentException.class);
    assertThat(builder.build().rates()).containsExactly(FxRate.parse("EUR/USD 1.1"));
  }

  @Test
  void tableKnowsItsAsOfInstantPairsAndRates() {
    assertThat(TABLE.asOf()).isEqualTo(AS_OF);
    assertThat(TABLE.pairs()).extracting(CurrencyPair::toString).containsExactly("BHD/USD", "EUR/USD", "USD/JPY");
    assertThat(TABLE.rates()).extracting(FxRate::toString)
        .containsExactly("BHD/USD 2.65", "EUR/USD 1.1", "USD/JPY 150");
    assertThat(TABLE).hasToString(
        "FxRateTable[asOf=2024-01-02T00:00:00Z, rates=[BHD/USD 2.65, EUR/USD 1.1, USD/JPY 150]]");
  }

  @Test
  void readCsvReadsRowsSkippingCommentsAndBlankLines() throws IOException {
    String csv = "# source: example rates for tests\nbase,counter,rate\nEUR,USD,1.1\n\n USD , JPY , 150 \n"
        + "BHD,USD,2.65\n";
    FxRateTable table = FxRateTable.readCsv(new StringReader(csv), AS_OF);
    assertThat(table).isEqualTo(TABLE);
  }

  @Test
  void readCsvReportsEveryBadRowWithItsLineNumberAndMakesNoTable() {
    String csv = "base,counter,rate\nEUR,USD,1.1\nEUR,USD\nXYZ,USD,2\nGBP,USD,-1\nUSD,EUR,0.9\nJPY,JPY,1\n";
    assertThatThrownBy(() -> FxRateTable.readCsv(new StringReader(csv), AS_OF))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("FX rate CSV has 5 error(s):")
        .hasMessageContaining("line 3: expected 3 fields").hasMessageContaining("\"EUR,USD\"")
        .hasMessageContaining("line 4: Unknown currency code \"XYZ\"")
        .hasMessageContaining("line 5: Rate \"-1\"")
        .hasMessageContaining("line 6: \"USD/EUR 0.9\" is for the same currencies")
        .hasMessageContaining("line 7: A currency pair needs two different currencies");
  }

  @Test
  void readCsvAcceptsAByteOrderMarkBeforeTheHeader() throws IOException {
    FxRateTable table = FxRateTable.readCsv(new StringReader("\uFEFFbase,counter,rate\nEUR,USD,1.1\n"), AS_OF);
    assertThat(table.rates()).containsExactly(FxRate.parse("EUR/USD 1.1"));
  }

  @Test
  void readCsvNeedsTheHeader() {
    assertThatThrownBy(() -> FxRateTable.readCsv(new StringReader("EUR,USD,1.1\n"), AS_OF))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("line 1: header must be");
    assertThatThrownBy(() -> FxRateTable.readCsv(new StringReader(""), AS_OF))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("no header");
  }

  @Test
  void nullArgumentsAreRejectedByName() {
    assertThatThrownBy(() -> FxRateTable.builder(null)).isInstanceOf(NullPointerException.class).hasMessage("asOf");
    assertThatThrownBy(() -> FxRateTable.builder(AS_OF).add(null)).hasMessage("rate");
    assertThatThrownBy(() -> FxRateTable.readCsv(null, AS_OF)).hasMessage("reader");
    assertThatThrownBy(() -> TABLE.rate(null, CurrencyUnit.EUR)).hasMessage("base");
    assertThatThrownBy(() -> TABLE.rate(CurrencyUnit.EUR, null)).hasMessage("counter");
  }

  @Test
  void convertingThroughATableAndBackLosesAtMostTheRoundingOfTheTwoSteps() {
    qt().withExamples(300).forAll(CurrencyGenerators.rates(), CurrencyGenerators.minorAmounts())
        .checkAssert((rate, minor) -> {
          FxRateTable table = FxRateTable.of(AS_OF, rate);
          CurrencyUnit from = rate.pair().base();
          CurrencyUnit to = rate.pair().counter();
          Money amount = Money.ofMinor(from, minor);
          Money there = table.convert(amount, to, RoundingMode.HALF_EVEN);
          Money back = table.convert(there, from, RoundingMode.HALF_EVEN);
          // half a minor unit of `to`, worth (1 / rate) of `from`, plus half a minor unit of `from`, plus the
          // relative error of the inverse rate
          BigDecimal halfMinorTo = BigDecimal.valueOf(5, CurrencyCodes.scale(to) + 1);
          BigDecimal halfMinorFrom = BigDecimal.valueOf(5, CurrencyCodes.scale(from) + 1);
          BigDecimal bound = halfMinorTo.divide(rate.rate(), FxRate.PRECISION).add(halfMinorFrom)
              .add(amount.getAmount().abs().multiply(new BigDecimal("1E-19")));
          assertThat(back.getAmount().subtract(amount.getAmount()).abs()).isLessThanOrEqualTo(bound);
        });
  }

  @Test
  void readCsvAcceptsAByteOrderMarkBeforeACommentOrABlankLine() throws IOException {
    FxRateTable commented = FxRateTable.readCsv(
        new StringReader("\uFEFF# source: tests\nbase,counter,rate\nEUR,USD,1.1\n"), AS_OF);
    assertThat(commented.rates()).containsExactly(FxRate.parse("EUR/USD 1.1"));
    FxRateTable blank = FxRateTable.readCsv(new StringReader("\uFEFF\r\nbase,counter,rate\r\nEUR,USD,1.1"), AS_OF);
    assertThat(blank.rates()).containsExactly(FxRate.parse("EUR/USD 1.1"));
  }

  @Test
  void readCsvReportsALineTooLongAndReadsOn() {
    String csv = "base,counter,rate\nEUR,USD," + "1".repeat(2_000_000) + "\nGBP,USD," + "2".repeat(65)
        + "\nUSD,JPY,150\nXYZ,USD,1\n";
    assertThatThrownBy(() -> FxRateTable.readCsv(new StringReader(csv), AS_OF))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("FX rate CSV has 3 error(s):")
        .hasMessageContaining("line 2: longer than 256 characters")
        .hasMessageContaining("line 3: Rate in").hasMessageContaining("at most 64")
        .hasMessageContaining("line 5: Unknown currency code \"XYZ\"")
        .message().hasSizeLessThan(1_000);
  }
}
