package io.github.crowdfund.currency;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;

import java.math.BigDecimal;
import java.math.RoundingMode;
import org.joda.money.CurrencyUnit;
import org.joda.money.Money;
import org.junit.jupiter.api.Test;

class PercentageTest {

  private static final CurrencyUnit BHD = CurrencyUnit.of("BHD");

  @Test
  void parseReadsPlainDecimalWithPercentSign() {
    assertThat(Percentage.parse("6.67%").value()).isEqualByComparingTo("6.67");
    assertThat(Percentage.parse("-2.5%").value()).isEqualByComparingTo("-2.5");
    assertThat(Percentage.parse("+100%")).isEqualTo(Percentage.of(new BigDecimal("100")));
  }

  @Test
  void equalValuesAreEqualWhateverTheirScale() {
    assertThat(Percentage.of(new BigDecimal("5.00"))).isEqualTo(Percentage.parse("5%"));
    assertThat(Percentage.of(new BigDecimal("0.000"))).isEqualTo(Percentage.parse("0%"));
    assertThat(Percentage.of(new BigDecimal("5.00")).hashCode()).isEqualTo(Percentage.parse("5%").hashCode());
  }

  @Test
  void toStringIsPlainDecimalWithoutExponent() {
    assertThat(Percentage.of(new BigDecimal("100.0"))).hasToString("100%");
    assertThat(Percentage.of(new BigDecimal("6.670"))).hasToString("6.67%");
    assertThat(Percentage.of(new BigDecimal("1E+3"))).hasToString("1000%");
    assertThat(Percentage.parse("100.0%").value()).isEqualTo(new BigDecimal("100")).hasToString("100");
  }

  @Test
  void toFractionDividesByOneHundredExactly() {
    assertThat(Percentage.parse("6.67%").toFraction()).isEqualByComparingTo("0.0667");
  }

  @Test
  void applyToRoundsOnceToTheMinorUnitWithTheGivenMode() {
    Percentage fee = Percentage.parse("5%");
    assertThat(fee.applyTo(Money.parse("USD 10.10"), RoundingMode.HALF_EVEN)).isEqualTo(Money.parse("USD 0.50"));
    assertThat(fee.applyTo(Money.parse("USD 10.10"), RoundingMode.UP)).isEqualTo(Money.parse("USD 0.51"));
  }

  @Test
  void applyToJapaneseYenGivesWholeYen() {
    Money fee = Percentage.parse("2.9%").applyTo(Money.parse("JPY 5000"), RoundingMode.HALF_UP);
    assertThat(fee).isEqualTo(Money.parse("JPY 145"));
    assertThat(Percentage.parse("6.67%").applyTo(Money.parse("JPY 999"), RoundingMode.HALF_UP))
        .isEqualTo(Money.parse("JPY 67"));
  }

  @Test
  void applyToBahrainiDinarKeepsThreeDecimals() {
    assertThat(Percentage.parse("2.5%").applyTo(Money.of(BHD, new BigDecimal("10.010")), RoundingMode.HALF_EVEN))
        .isEqualTo(Money.of(BHD, new BigDecimal("0.250")));
  }

  @Test
  void applyToRefusesANeededRoundingWhenTheModeIsUnnecessary() {
    assertThatThrownBy(() -> Percentage.parse("33%").applyTo(Money.parse("USD 0.01"), RoundingMode.UNNECESSARY))
        .isInstanceOf(ArithmeticException.class);
    assertThat(Percentage.parse("50%").applyTo(Money.parse("USD 0.02"), RoundingMode.UNNECESSARY))
        .isEqualTo(Money.parse("USD 0.01"));
  }

  @Test
  void parseRejectsMalformedTextQuotingIt() {
    for (String bad : new String[] {"6.67", "6,67%", " 5%", "5 %", "%", "1e3%", ".5%", "5.%", ""}) {
      assertThatThrownBy(() -> Percentage.parse(bad))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessageContaining("\"" + bad + "\"");
    }
  }

  @Test
  void nullArgumentsAreRejectedByName() {
    assertThatThrownBy(() -> Percentage.of(null)).isInstanceOf(NullPointerException.class).hasMessage("value");
    assertThatThrownBy(() -> Percentage.parse(null)).isInstanceOf(NullPointerException.class).hasMessage("text");
    Percentage fee = Percentage.parse("5%");
    assertThatThrownBy(() -> fee.applyTo(null, RoundingMode.UP)).hasMessage("amount");
    assertThatThrownBy(() -> fee.applyTo(Money.parse("USD 1.00"), null)).hasMessage("rounding");
  }

  @Test
  void compareToOrdersByValue() {
    assertThat(Percentage.parse("2.9%")).isLessThan(Percentage.parse("5%"));
    assertThat(Percentage.parse("5.0%").compareTo(Percentage.parse("5%"))).isZero();
  }

  @Test
  void parseOfToStringGivesThePercentageBack() {
    qt().withExamples(200).forAll(CurrencyGenerators.percentages())
        .check(percentage -> Percentage.parse(percentage.toString()).equals(percentage));
  }

  @Test
  void applyToIsWithinHalfAMinorUnitOfTheExactShareWhenRoundingHalfEven() {
    qt().withExamples(200).forAll(CurrencyGenerators.percentages(), CurrencyGenerators.money())
        .checkAssert((percentage, amount) -> {
          Money share = percentage.applyTo(amount, RoundingMode.HALF_EVEN);
          BigDecimal exact = amount.getAmount().multiply(percentage.value()).movePointLeft(2);
          BigDecimal halfMinorUnit = BigDecimal.valueOf(5, amount.getScale() + 1);
          assertThat(share.getCurrencyUnit()).isEqualTo(amount.getCurrencyUnit());
          assertThat(share.getAmount().subtract(exact).abs()).isLessThanOrEqualTo(halfMinorUnit);
        });
  }

  @Test
  void parseRefusesANumberLongerThanSixtyFourCharactersByItsLength() {
    String huge = "1".repeat(200_000) + "%";
    assertThatThrownBy(() -> Percentage.parse(huge))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("200000 characters").hasMessageContaining("at most 64")
        .message().hasSizeLessThan(300);
    assertThatThrownBy(() -> Percentage.parse("-" + "1".repeat(64) + "%"))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("65 characters");
  }

  @Test
  void parseReadsNumbersOfSixtyFourCharacters() {
    String longest = "-" + "9".repeat(31) + "." + "9".repeat(31);
    assertThat(Percentage.parse(longest + "%").value()).isEqualByComparingTo(longest);
  }

  @Test
  void parseQuotesOnlyTheBeginningOfALongMalformedText() {
    assertThatThrownBy(() -> Percentage.parse("x".repeat(60)))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("\"" + "x".repeat(60) + "\"");
    assertThatThrownBy(() -> Percentage.parse("x".repeat(100_000)))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("(100000 characters)")
        .message().hasSizeLessThan(300);
  }
}
