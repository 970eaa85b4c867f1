package io.github.crowdfund.currency;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import org.joda.money.CurrencyUnit;
import org.joda.money.Money;
import org.junit.jupiter.api.Test;

class AllocationTest {

  private static final CurrencyUnit BHD = CurrencyUnit.of("BHD");

  private static List<Money> money(String... texts) {
    return Arrays.stream(texts).map(Money::parse).toList();
  }

  @Test
  void splitGivesTheLeftoverCentsToTheEarlierParts() {
    assertThat(Allocation.split(Money.parse("USD 10.00"), 3)).isEqualTo(money("USD 3.34", "USD 3.33", "USD 3.33"));
    assertThat(Allocation.split(Money.parse("USD 0.05"), 3)).isEqualTo(money("USD 0.02", "USD 0.02", "USD 0.01"));
  }

  @Test
  void splitJapaneseYenNeverMakesFractionsOfAYen() {
    assertThat(Allocation.split(Money.parse("JPY 1000"), 3)).isEqualTo(money("JPY 334", "JPY 333", "JPY 333"));
    assertThat(Allocation.split(Money.parse("JPY 2"), 4)).isEqualTo(money("JPY 1", "JPY 1", "JPY 0", "JPY 0"));
  }

  @Test
  void splitBahrainiDinarWorksInFils() {
    assertThat(Allocation.split(Money.of(BHD, new BigDecimal("1.000")), 3)).containsExactly(
        Money.of(BHD, new BigDecimal("0.334")), Money.of(BHD, new BigDecimal("0.333")),
        Money.of(BHD, new BigDecimal("0.333")));
  }

  @Test
  void splitOfNegativeAmountNegatesTheSplitOfItsMagnitude() {
    assertThat(Allocation.split(Money.parse("EUR -10.00"), 3)).isEqualTo(money("EUR -3.34", "EUR -3.33", "EUR -3.33"));
  }

  @Test
  void splitIntoOnePartGivesTheWhole() {
    assertThat(Allocation.split(Money.parse("EUR 12.34"), 1)).containsExactly(Money.parse("EUR 12.34"));
  }

  @Test
  void byRatiosGivesLeftoverToLargestRemainder() {
    // exact shares 33.333.., 66.666..: the second part has the larger remainder
    assertThat(Allocation.byRatios(Money.parse("EUR 100.00"), 1, 2)).isEqualTo(money("EUR 33.33", "EUR 66.67"));
    // exact shares 0.70, 0.20, 0.10 in cents: no leftover
    assertThat(Allocation.byRatios(Money.parse("USD 1.00"), 70, 20, 10))
        .isEqualTo(money("USD 0.70", "USD 0.20", "USD 0.10"));
  }

  @Test
  void byRatiosBreaksEqualRemaindersInFavourOfTheEarlierPart() {
    assertThat(Allocation.byRatios(Money.parse("JPY 100"), 1, 1, 1)).isEqualTo(money("JPY 34", "JPY 33", "JPY 33"));
    assertThat(Allocation.byRatios(Money.parse("JPY 5"), 2, 1, 2, 1))
        .isEqualTo(money("JPY 2", "JPY 1", "JPY 1", "JPY 1"));
  }

  @Test
  void byRatiosGivesNothingToAZeroRatio() {
    assertThat(Allocation.byRatios(Money.of(BHD, new BigDecimal("0.007")), 0, 1, 0, 1))
        .containsExactly(Money.zero(BHD), Money.of(BHD, new BigDecimal("0.004")), Money.zero(BHD),
            Money.of(BHD, new BigDecimal("0.003")));
  }

  @Test
  void byRatiosHandlesAmountsAndRatiosBeyondLongRangeExactly() {
    Money huge = Money.of(CurrencyUnit.USD, new BigDecimal("123456789012345678901234.56"));
    List<Money> parts = Allocation.byRatios(huge, Long.MAX_VALUE, Long.MAX_VALUE, 1);
    assertThat(Money.total(parts)).isEqualTo(huge);
    assertThat(parts.get(0)).isEqualTo(parts.get(1));
  }

  @Test
  void badPartsAndRatiosAreRejectedQuotingThem() {
    Money total = Money.parse("USD 1.00");
    assertThatThrownBy(() -> Allocation.split(total, 0))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("was 0");
    assertThatThrownBy(() -> Allocation.split(total, -2))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("was -2");
    assertThatThrownBy(() -> Allocation.byRatios(total, 1, -1))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("[1, -1]");
    assertThatThrownBy(() -> Allocation.byRatios(total, 0, 0))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("[0, 0]");
    assertThatThrownBy(() -> Allocation.byRatios(total))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("[]");
  }

  @Test
  void nullArgumentsAreRejectedByName() {
    assertThatThrownBy(() -> Allocation.split(null, 2)).isInstanceOf(NullPointerException.class).hasMessage("total");
    assertThatThrownBy(() -> Allocation.byRatios(null, 1)).hasMessage("total");
    assertThatThrownBy(() -> Allocation.byRatios(Money.parse("USD 1.00"), (long[]) null)).hasMessage("ratios");
  }

  @Test
  void splitPartsAddUpToTheWholeAndDifferByAtMostOneMinorUnit() {
    qt().withExamples(300).forAll(CurrencyGenerators.money(), CurrencyGenerators.parts())
        .checkAssert((total, parts) -> {
          List<Money> split = Allocation.split(total, parts);
          assertThat(split).hasSize(parts).allMatch(part -> part.getCurrencyUnit().equals(total.getCurrencyUnit()));
          assertThat(Money.total(split)).isEqualTo(total);
          long largest = Collections.max(split).getAmountMinorLong();
          long smallest = Collections.min(split).getAmountMinorLong();
          assertThat(largest - smallest).isBetween(0L, 1L);
        });
  }

  @Test
  void splitEqualsAllocationByEqualRatios() {
    qt().withExamples(200).forAll(CurrencyGenerators.money(), CurrencyGenerators.parts())
        .check((total, parts) -> {
          long[] ones = new long[parts];
          Arrays.fill(ones, 1);
          return Allocation.split(total, parts).equals(Allocation.byRatios(total, ones));
        });
  }

  @Test
  void ratioPartsAddUpToTheWholeAndAreWithinOneMinorUnitOfTheExactShare() {
    qt().withExamples(300).forAll(CurrencyGenerators.money(), CurrencyGenerators.ratios())
        .checkAssert((total, ratios) -> {
          List<Money> parts = Allocation.byRatios(total, ratios);
          assertThat(parts).hasSize(ratios.length);
          assertThat(Money.total(parts)).isEqualTo(total);
          BigDecimal ratioSum = BigDecimal.valueOf(Arrays.stream(ratios).sum());
          BigDecimal oneMinorUnit = BigDecimal.ONE.movePointLeft(total.getScale());
          for (int i = 0; i < ratios.length; i++) {
            BigDecimal exactShare = total.getAmount().multiply(BigDecimal.valueOf(ratios[i]))
                .divide(ratioSum, MathContext.DECIMAL128);
            assertThat(parts.get(i).getAmount().subtract(exactShare).abs()).isLessThan(oneMinorUnit);
          }
        });
  }

  @Test
  void splitRefusesMorePartsThanTheBoundNamingTheCount() {
    Money total = Money.parse("USD 1.00");
    assertThatThrownBy(() -> Allocation.split(total, Integer.MAX_VALUE))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("was 2147483647")
        .hasMessageContaining("1000000");
    assertThatThrownBy(() -> Allocation.split(total, Allocation.MAX_PARTS + 1))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("was 1000001");
  }
}
