package io.github.crowdfund.currency;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;

import java.math.BigDecimal;
import java.math.RoundingMode;
import org.joda.money.CurrencyUnit;
import org.joda.money.Money;
import org.junit.jupiter.api.Test;

class FxRateTest {

  private static final CurrencyUnit BHD = CurrencyUnit.of("BHD");
  private static final FxRate EUR_JPY = FxRate.parse("EUR/JPY 161.25");

  @Test
  void parseReadsPairAndRate() {
    assertThat(EUR_JPY.pair()).isEqualTo(CurrencyPair.parse("EUR/JPY"));
    assertThat(EUR_JPY.rate()).isEqualByComparingTo("161.25");
    assertThat(EUR_JPY).hasToString("EUR/JPY 161.25");
  }

  @Test
  void ratesEqualByValueWhateverTheirScale() {
    assertThat(FxRate.parse("EUR/USD 1.10")).isEqualTo(FxRate.parse("EUR/USD 1.1"));
    assertThat(FxRate.parse("USD/JPY 150.00")).hasToString("USD/JPY 150");
    assertThat(FxRate.parse("USD/JPY 150.00").rate()).isEqualTo(new BigDecimal("150")).hasToString("150");
  }

  @Test
  void zeroOrNegativeRateIsRejectedQuotingIt() {
    CurrencyPair pair = CurrencyPair.parse("EUR/USD");
    assertThatThrownBy(() -> FxRate.of(pair, BigDecimal.ZERO))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("\"0\"");
    assertThatThrownBy(() -> FxRate.of(pair, new BigDecimal("-1.5")))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("\"-1.5\"");
    assertThatThrownBy(() -> FxRate.parse("EUR/USD 0.000"))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("\"EUR/USD 0.000\"");
  }

  @Test
  void malformedTextIsRejectedQuotingIt() {
    for (String bad : new String[] {"EUR/USD", "EUR/USD  1.1", "EUR/USD -1.1", "EUR/USD 1e3", "EUR/USD 1,1",
        "EURUSD 1.1", "EUR/XYZ 1.1", ""}) {
      assertThatThrownBy(() -> FxRate.parse(bad))
          .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("\"" + bad + "\"");
    }
  }

  @Test
  void inverseIsOneOverTheRateToTwentySignificantDigits() {
    FxRate inverse = EUR_JPY.inverse();
    assertThat(inverse.pair()).isEqualTo(CurrencyPair.parse("JPY/EUR"));
    assertThat(inverse.rate()).isEqualTo(new BigDecimal("0.0062015503875968992248"));
    assertThat(FxRate.parse("EUR/USD 0.5").inverse()).isEqualTo(FxRate.parse("USD/EUR 2"));
  }

  @Test
  void crossRateMultipliesWhenTheSharedCurrencyIsInTheMiddle() {
    assertThat(FxRate.parse("EUR/USD 1.08").crossRate(FxRate.parse("USD/JPY 149")))
        .isEqualTo(FxRate.parse("EUR/JPY 160.92"));
  }

  @Test
  void crossRateDividesWhenTheSharedCurrencyIsOnTheSameSide() {
    assertThat(FxRate.parse("EUR/USD 1.5").crossRate(FxRate.parse("GBP/USD 2")))
        .isEqualTo(FxRate.parse("EUR/GBP 0.75"));
    assertThat(FxRate.parse("USD/EUR 0.5").crossRate(FxRate.parse("USD/GBP 0.25")))
        .isEqualTo(FxRate.parse("EUR/GBP 0.5"));
    assertThat(FxRate.parse("USD/EUR 0.5").crossRate(FxRate.parse("GBP/USD 2")))
        .isEqualTo(FxRate.parse("EUR/GBP 1"));
  }

  @Test
  void crossRateNeedsExactlyOneSharedCurrency() {
    assertThatThrownBy(() -> FxRate.parse("EUR/USD 1.1").crossRate(FxRate.parse("GBP/JPY 190")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("\"EUR/USD 1.1\"").hasMessageContaining("\"GBP/JPY 190\"");
    assertThatThrownBy(() -> FxRate.parse("EUR/USD 1.1").crossRate(FxRate.parse("USD/EUR 0.9")))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("both");
  }

  @Test
  void convertBaseToCounterMultipliesAndRoundsOnce() {
    assertThat(EUR_JPY.convert(Money.parse("EUR 10.00"), RoundingMode.HALF_UP)).isEqualTo(Money.parse("JPY 1613"));
    assertThat(EUR_JPY.convert(Money.parse("EUR 10.00"), RoundingMode.HALF_EVEN)).isEqualTo(Money.parse("JPY 1612"));
  }

  @Test
  void convertCounterToBaseDividesAndRoundsOnce() {
    assertThat(EUR_JPY.convert(Money.parse("JPY 5000"), RoundingMode.HALF_UP)).isEqualTo(Money.parse("EUR 31.01"));
    FxRate bhdUsd = FxRate.parse("BHD/USD 2.6596");
    assertThat(bhdUsd.convert(Money.parse("USD 100.00"), RoundingMode.HALF_EVEN))
        .isEqualTo(Money.of(BHD, new BigDecimal("37.600")));
    assertThat(bhdUsd.convert(Money.of(BHD, new BigDecimal("1.005")), RoundingMode.HALF_EVEN))
        .isEqualTo(Money.parse("USD 2.67"));
  }

  @Test
  void convertRefusesANeededRoundingWhenTheModeIsUnnecessary() {
    assertThatThrownBy(() -> EUR_JPY.convert(Money.parse("EUR 10.00"), RoundingMode.UNNECESSARY))
        .isInstanceOf(ArithmeticException.class);
    assertThatThrownBy(() -> FxRate.parse("EUR/USD 3").convert(Money.parse("USD 1.00"), RoundingMode.UNNECESSARY))
        .isInstanceOf(ArithmeticException.class);
  }

  @Test
  void convertRejectsACurrencyOutsideThePair() {
    assertThatThrownBy(() -> EUR_JPY.convert(Money.parse("USD 1.00"), RoundingMode.HALF_UP))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("\"USD 1.00\"").hasMessageContaining("\"EUR/JPY 161.25\"");
  }

  @Test
  void nullArgumentsAreRejectedByName() {
    assertThatThrownBy(() -> FxRate.of(null, BigDecimal.ONE)).isInstanceOf(NullPointerException.class)
        .hasMessage("pair");
    assertThatThrownBy(() -> FxRate.of(CurrencyPair.parse("EUR/USD"), null)).hasMessage("rate");
    assertThatThrownBy(() -> FxRate.parse(null)).hasMessage("text");
    assertThatThrownBy(() -> EUR_JPY.crossRate(null)).hasMessage("other");
    assertThatThrownBy(() -> EUR_JPY.convert(null, RoundingMode.UP)).hasMessage("amount");
    assertThatThrownBy(() -> EUR_JPY.convert(Money.parse("EUR 1.00"), null)).hasMessage("rounding");
  }

  @Test
  void parseOfToStringGivesTheRateBack() {
    qt().withExamples(200).forAll(CurrencyGenerators.rates())
        .check(rate -> FxRate.parse(rate.toString()).equals(rate));
  }

  @Test
  void inverseOfInverseIsWithinTheDocumentedPrecisionOfTheRate() {
    // Each inverse is within 5e-20 relative of the exact value, so two are within about 1e-19.
    BigDecimal tolerance = new BigDecimal("1.1E-19");
    qt().withExamples(300).forAll(CurrencyGenerators.rates()).checkAssert(rate -> {
      FxRate twice = rate.inverse().inverse();
      assertThat(twice.pair()).isEqualTo(rate.pair());
      BigDecimal relativeError = twice.rate().subtract(rate.rate()).abs().divide(rate.rate(), FxRate.PRECISION);
      assertThat(relativeError).isLessThanOrEqualTo(tolerance);
    });
  }

  @Test
  void crossRateAgreesWithConvertingInTwoStepsWithinRounding() {
    // EUR -> USD -> JPY in two roundings versus EUR -> JPY at the cross rate in one.
    qt().withExamples(300)
        .forAll(CurrencyGenerators.rateValues(), CurrencyGenerators.rateValues(),
            CurrencyGenerators.money(CurrencyUnit.EUR))
        .checkAssert((eurUsd, usdJpy, amount) -> {
          FxRate first = FxRate.of(CurrencyUnit.EUR, CurrencyUnit.USD, eurUsd);
          FxRate second = FxRate.of(CurrencyUnit.USD, CurrencyUnit.JPY, usdJpy);
          Money twoSteps = second.convert(first.convert(amount, RoundingMode.HALF_EVEN), RoundingMode.HALF_EVEN);
          Money oneStep = first.crossRate(second).convert(amount, RoundingMode.HALF_EVEN);
          // the first rounding moves the dollars by at most half a cent, worth 0.005 × usdJpy yen; the roundings
          // to whole yen add at most half a yen each.
          BigDecimal bound = new BigDecimal("0.005").multiply(usdJpy).add(BigDecimal.ONE);
          assertThat(oneStep.getAmount().subtract(twoSteps.getAmount()).abs()).isLessThanOrEqualTo(bound);
        });
  }

  @Test
  void convertedJapaneseYenNeverHasAFractionalPart() {
    qt().withExamples(200).forAll(CurrencyGenerators.rateValues(), CurrencyGenerators.money())
        .assuming((rate, amount) -> !amount.getCurrencyUnit().equals(CurrencyUnit.JPY))
        .checkAssert((rate, amount) -> {
          Money yen = FxRate.of(amount.getCurrencyUnit(), CurrencyUnit.JPY, rate).convert(amount, RoundingMode.HALF_UP);
          assertThat(yen.getCurrencyUnit()).isEqualTo(CurrencyUnit.JPY);
          assertThat(yen.getAmount().stripTrailingZeros().scale()).isLessThanOrEqualTo(0);
        });
  }

  @Test
  void parseRefusesARateLongerThanSixtyFourCharactersByItsLength() {
    String huge = "EUR/JPY " + "1".repeat(200_000);
    assertThatThrownBy(() -> FxRate.parse(huge))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("200008 characters").hasMessageContaining("at most 64")
        .message().hasSizeLessThan(300);
    assertThatThrownBy(() -> FxRate.parse("EUR/JPY " + "1".repeat(65)))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("at most 64");
    assertThatThrownBy(() -> FxRate.parse("EUR/JPYY " + "1".repeat(64)))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("EUR/JPYY");
  }

  @Test
  void parseReadsRatesOfSixtyFourCharacters() {
    String longest = "1".repeat(32) + "." + "1".repeat(31);
    assertThat(FxRate.parse("EUR/JPY " + longest).rate()).isEqualByComparingTo(longest);
  }
}
