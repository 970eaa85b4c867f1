package io.github.crowdfund.currency;

import org.quicktheories.generators.Generate;
import org.quicktheories.core.Gen;
import java.math.BigInteger;
import static org.quicktheories.generators.SourceDSL.lists;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.joda.money.CurrencyUnit;
import org.joda.money.Money;
import org.junit.jupiter.api.Test;

class MoneyBagTest {

  private static final CurrencyUnit BHD = CurrencyUnit.of("BHD");

  private static Money money(String text) {
    return Money.parse(text);
  }

  @Test
  void ofAddsAmountsOfTheSameCurrency() {
    MoneyBag bag = MoneyBag.of(money("EUR 10.00"), money("JPY 300"), money("EUR 2.50"), money("JPY 200"));
    assertThat(bag.amount(CurrencyUnit.EUR)).isEqualTo(money("EUR 12.50"));
    assertThat(bag.amount(CurrencyUnit.JPY)).isEqualTo(money("JPY 500"));
    assertThat(bag.size()).isEqualTo(2);
  }

  @Test
  void zeroEntriesAreDroppedSoEqualSumsAreEqualBags() {
    MoneyBag bag = MoneyBag.of(money("USD 5.00"), money("EUR 1.00"), money("USD -5.00"));
    assertThat(bag).isEqualTo(MoneyBag.of(money("EUR 1.00")));
    assertThat(bag.currencies()).containsExactly(CurrencyUnit.EUR);
    assertThat(MoneyBag.of(money("GBP 0.00"))).isEqualTo(MoneyBag.empty());
    assertThat(bag.hashCode()).isEqualTo(MoneyBag.of(money("EUR 1.00")).hashCode());
  }

  @Test
  void amountOfAnAbsentCurrencyIsZeroInThatCurrency() {
    assertThat(MoneyBag.empty().amount(BHD)).isEqualTo(Money.zero(BHD));
    assertThat(MoneyBag.empty().isEmpty()).isTrue();
    assertThat(MoneyBag.of(money("JPY 1")).isEmpty()).isFalse();
  }

  @Test
  void toStringListsEntriesSortedByCurrencyCode() {
    MoneyBag bag = MoneyBag.of(money("JPY 500"), Money.of(BHD, new BigDecimal("1.25")), money("EUR 12.5"));
    assertThat(bag).hasToString("BHD 1.250, EUR 12.50, JPY 500");
    assertThat(MoneyBag.of(money("USD -3.00"))).hasToString("USD -3.00");
  }

  @Test
  void theEmptyBagIsWrittenZero() {
    assertThat(MoneyBag.empty()).hasToString("0");
    assertThat(MoneyBag.parse("0")).isSameAs(MoneyBag.empty());
  }

  @Test
  void parseReadsEntriesInAnyOrderAndMergesLikeOf() {
    assertThat(MoneyBag.parse("JPY 500, EUR 12.50")).isEqualTo(MoneyBag.of(money("EUR 12.50"), money("JPY 500")));
    assertThat(MoneyBag.parse("EUR 1, EUR 2.5, BHD 0.001, USD 0"))
        .hasToString("BHD 0.001, EUR 3.50");
  }

  @Test
  void parseRejectsMalformedTextQuotingIt() {
    for (String bad : new String[] {"", "EUR", "EUR 12.50,JPY 500", "EUR  1", "EUR 1.", "EUR 1e3", "eur 1",
        "EUR 12.50, ", "00", "EUR 1,5"}) {
      assertThatThrownBy(() -> MoneyBag.parse(bad))
          .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("\"" + bad + "\"");
    }
  }

  @Test
  void parseRejectsUnknownCurrencyAsIllegalArgument() {
    assertThatThrownBy(() -> MoneyBag.parse("EUR 1.00, ABC 2"))
        .isExactlyInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("\"ABC\"").hasMessageContaining("\"EUR 1.00, ABC 2\"");
  }

  @Test
  void parseRejectsMoreDecimalsThanTheCurrencyHas() {
    assertThatThrownBy(() -> MoneyBag.parse("JPY 500.5"))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("\"JPY 500.5\"");
    assertThatThrownBy(() -> MoneyBag.parse("BHD 1.0001"))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("3 decimal places");
  }

  @Test
  void plusAndMinusWorkPerCurrency() {
    MoneyBag bag = MoneyBag.of(money("EUR 10.00"), money("JPY 100"));
    assertThat(bag.plus(money("JPY 50"))).hasToString("EUR 10.00, JPY 150");
    assertThat(bag.minus(money("EUR 10.00"))).hasToString("JPY 100");
    assertThat(bag.minus(money("USD 1.00"))).hasToString("EUR 10.00, JPY 100, USD -1.00");
    assertThat(bag.plus(MoneyBag.parse("BHD 0.500, JPY 1"))).hasToString("BHD 0.500, EUR 10.00, JPY 101");
    assertThat(bag.minus(bag)).isEqualTo(MoneyBag.empty());
  }

  @Test
  void negatedNegatesEveryEntry() {
    assertThat(MoneyBag.parse("EUR 1.50, JPY -7").negated()).hasToString("EUR -1.50, JPY 7");
  }

  @Test
  void streamAndCurrenciesAreSortedByCurrencyCode() {
    MoneyBag bag = MoneyBag.parse("USD 1.00, CHF 2.00, JPY 3");
    assertThat(bag.stream()).containsExactly(money("CHF 2.00"), money("JPY 3"), money("USD 1.00"));
    assertThat(bag.currencies()).containsExactly(CurrencyUnit.CHF, CurrencyUnit.JPY, CurrencyUnit.USD);
  }

  @Test
  void sumsBeyondTheRangeOfLongAreExact() {
    Money large = Money.ofMinor(CurrencyUnit.USD, Long.MAX_VALUE);
    MoneyBag bag = Stream.of(large, large, large).collect(MoneyBag.toMoneyBag());
    BigDecimal expected = large.getAmount().multiply(BigDecimal.valueOf(3));
    assertThat(bag.amount(CurrencyUnit.USD).getAmount()).isEqualByComparingTo(expected);
    assertThat(bag.minus(large).minus(large).minus(large)).isEqualTo(MoneyBag.empty());
    Money huge = Money.of(CurrencyUnit.EUR, new BigDecimal("1E+30"));
    assertThat(MoneyBag.of(huge, huge.negated(), money("EUR 0.01"))).hasToString("EUR 0.01");
    assertThat(MoneyBag.parse(MoneyBag.of(huge).toString())).isEqualTo(MoneyBag.of(huge));
  }

  @Test
  void theCollectorSumsManyAmountsInParallelLikeSequentially() {
    Random random = new Random(42);
    List<CurrencyUnit> currencies = CurrencyGenerators.CURRENCIES;
    List<Money> amounts = IntStream.range(0, 20_000)
        .mapToObj(i -> Money.ofMinor(currencies.get(random.nextInt(currencies.size())), random.nextInt(1_000_000)))
        .toList();
    MoneyBag sequential = amounts.stream().collect(MoneyBag.toMoneyBag());
    assertThat(amounts.parallelStream().collect(MoneyBag.toMoneyBag())).isEqualTo(sequential);
    for (CurrencyUnit currency : currencies) {
      Money expected = Money.total(currency,
          amounts.stream().filter(amount -> amount.getCurrencyUnit().equals(currency)).toList());
      assertThat(sequential.amount(currency)).isEqualTo(expected);
    }
  }

  @Test
  void convertedToConvertsEveryEntryExactlyAndRoundsOnceAtTheEnd() {
    // Each entry alone would round: 0.005 + 0.005 EUR. Rounded once, the total is 0.01 EUR.
    FxRateProvider rates = (base, counter) -> new BigDecimal("0.005");
    MoneyBag bag = MoneyBag.parse("GBP 1.00, USD 1.00");
    assertThat(bag.convertedTo(CurrencyUnit.EUR, rates, RoundingMode.DOWN)).isEqualTo(money("EUR 0.01"));
    assertThat(rates.convert(money("GBP 1.00"), CurrencyUnit.EUR, RoundingMode.DOWN)
        .plus(rates.convert(money("USD 1.00"), CurrencyUnit.EUR, RoundingMode.DOWN))).isEqualTo(money("EUR 0.00"));
  }

  @Test
  void convertedToJapaneseYenUsesTheTableAndGivesWholeYen() {
    FxRateTable table = FxRateTable.of(Instant.parse("2024-01-02T00:00:00Z"),
        FxRate.parse("EUR/USD 1.1"), FxRate.parse("USD/JPY 150"), FxRate.parse("BHD/USD 2.65"));
    MoneyBag bag = MoneyBag.parse("BHD 0.001, EUR 12.50, JPY 500, USD 1.00");
    // 0.001 × 2.65 × 150 + 12.50 × 165 + 500 + 150 = 0.3975 + 2062.5 + 650 = 2712.8975
    assertThat(bag.convertedTo(CurrencyUnit.JPY, table, RoundingMode.HALF_UP)).isEqualTo(money("JPY 2713"));
    assertThat(bag.convertedTo(CurrencyUnit.JPY, table, RoundingMode.DOWN)).isEqualTo(money("JPY 2712"));
    assertThatThrownBy(() -> bag.convertedTo(CurrencyUnit.JPY, table, RoundingMode.UNNECESSARY))
        .isInstanceOf(ArithmeticException.class);
    assertThat(MoneyBag.empty().convertedTo(BHD, table, RoundingMode.UNNECESSARY)).isEqualTo(Money.zero(BHD));
  }

  @Test
  void convertedToFailsWithTheMissingPairWhenARateIsMissing() {
    FxRateTable table = FxRateTable.of(Instant.EPOCH, FxRate.parse("EUR/USD 1.1"));
    assertThatThrownBy(() -> MoneyBag.parse("EUR 1.00, GBP 1.00").convertedTo(CurrencyUnit.USD, table,
        RoundingMode.HALF_EVEN))
        .isInstanceOf(FxRateNotFoundException.class).hasMessageContaining("GBP/USD").hasMessageContaining("EUR/USD");
  }

  @Test
  void nullArgumentsAreRejectedByName() {
    MoneyBag bag = MoneyBag.parse("EUR 1.00");
    assertThatThrownBy(() -> MoneyBag.of((Money[]) null)).isInstanceOf(NullPointerException.class)
        .hasMessage("amounts");
    assertThatThrownBy(() -> MoneyBag.of(money("EUR 1.00"), null)).hasMessage("amount");
    assertThatThrownBy(() -> MoneyBag.parse(null)).hasMessage("text");
    assertThatThrownBy(() -> bag.plus((Money) null)).hasMessage("amount");
    assertThatThrownBy(() -> bag.plus((MoneyBag) null)).hasMessage("other");
    assertThatThrownBy(() -> bag.minus((Money) null)).hasMessage("amount");
    assertThatThrownBy(() -> bag.minus((MoneyBag) null)).hasMessage("other");
    assertThatThrownBy(() -> bag.amount(null)).hasMessage("currency");
    assertThatThrownBy(() -> bag.convertedTo(null, (b, c) -> BigDecimal.ONE, RoundingMode.UP)).hasMessage("target");
    assertThatThrownBy(() -> bag.convertedTo(CurrencyUnit.USD, null, RoundingMode.UP)).hasMessage("rates");
    assertThatThrownBy(() -> bag.convertedTo(CurrencyUnit.USD, (b, c) -> BigDecimal.ONE, null))
        .hasMessage("rounding");
    assertThatThrownBy(() -> Stream.of(money("EUR 1.00"), null).collect(MoneyBag.toMoneyBag()))
        .isInstanceOf(NullPointerException.class).hasMessage("amount");
  }

  @Test
  void plusIsCommutative() {
    qt().withExamples(200).forAll(CurrencyGenerators.bags(), CurrencyGenerators.bags())
        .check((a, b) -> a.plus(b).equals(b.plus(a)));
  }

  @Test
  void plusIsAssociative() {
    qt().withExamples(200).forAll(CurrencyGenerators.bags(), CurrencyGenerators.bags(), CurrencyGenerators.bags())
        .check((a, b, c) -> a.plus(b).plus(c).equals(a.plus(b.plus(c))));
  }

  @Test
  void minusUndoesPlus() {
    qt().withExamples(200).forAll(CurrencyGenerators.bags(), CurrencyGenerators.bags(), CurrencyGenerators.money())
        .checkAssert((a, b, amount) -> {
          assertThat(a.plus(b).minus(b)).isEqualTo(a);
          assertThat(a.plus(amount).minus(amount)).isEqualTo(a);
        });
  }

  @Test
  void theCollectorGivesTheSameBagSequentiallyInParallelAndInAnyOrder() {
    qt().withExamples(200).forAll(CurrencyGenerators.moneyLists(), CurrencyGenerators.moneyLists())
        .checkAssert((first, second) -> {
          List<Money> amounts = new ArrayList<>(first);
          amounts.addAll(second);
          MoneyBag sequential = amounts.stream().collect(MoneyBag.toMoneyBag());
          List<Money> shuffled = new ArrayList<>(amounts);
          Collections.shuffle(shuffled, new Random(amounts.size()));
          assertThat(amounts.parallelStream().collect(MoneyBag.toMoneyBag())).isEqualTo(sequential);
          assertThat(shuffled.stream().collect(MoneyBag.toMoneyBag())).isEqualTo(sequential);
          assertThat(shuffled.parallelStream().unordered().collect(MoneyBag.toMoneyBag())).isEqualTo(sequential);
          assertThat(MoneyBag.of(first.toArray(Money[]::new)).plus(MoneyBag.of(second.toArray(Money[]::new))))
              .isEqualTo(sequential);
        });
  }

  @Test
  void eachEntryIsTheTotalOfItsCurrency() {
    qt().withExamples(200).forAll(CurrencyGenerators.moneyLists()).checkAssert(amounts -> {
      MoneyBag bag = amounts.stream().collect(MoneyBag.toMoneyBag());
      for (CurrencyUnit currency : CurrencyGenerators.CURRENCIES) {
        assertThat(bag.amount(currency)).isEqualTo(Money.total(currency,
            amounts.stream().filter(amount -> amount.getCurrencyUnit().equals(currency)).toList()));
      }
      assertThat(bag.stream()).noneMatch(Money::isZero);
    });
  }

  @Test
  void parseOfToStringGivesTheBagBack() {
    qt().withExamples(200).forAll(CurrencyGenerators.bags())
        .check(bag -> MoneyBag.parse(bag.toString()).equals(bag));
  }

  @Test
  void aBagConvertedToJapaneseYenNeverHasAFractionalPart() {
    qt().withExamples(200).forAll(CurrencyGenerators.bags(), CurrencyGenerators.rateValues())
        .checkAssert((bag, rate) -> {
          Money yen = bag.convertedTo(CurrencyUnit.JPY, (base, counter) -> rate, RoundingMode.HALF_EVEN);
          assertThat(yen.getCurrencyUnit()).isEqualTo(CurrencyUnit.JPY);
          assertThat(yen.getAmount().stripTrailingZeros().scale()).isLessThanOrEqualTo(0);
        });
  }

  @Test
  void parseRefusesAnAmountLongerThanSixtyFourCharactersByItsLength() {
    String huge = "EUR 1.00, USD " + "1".repeat(200_000);
    assertThatThrownBy(() -> MoneyBag.parse(huge))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("(200014 characters)").hasMessageContaining("at most 64")
        .message().hasSizeLessThan(400);
    String longest = "9".repeat(61) + ".99";
    assertThat(MoneyBag.parse("USD " + longest).amount(CurrencyUnit.USD).getAmount()).isEqualByComparingTo(longest);
  }

  @Test
  void sumsAroundTheLimitsOfLongStayExactInEveryWayOfAdding() {
    Gen<Long> nearLimits = Generate.longRange(Long.MAX_VALUE - 1_000, Long.MAX_VALUE)
        .mix(Generate.longRange(Long.MIN_VALUE, Long.MIN_VALUE + 1_000));
    qt().withExamples(300)
        .forAll(CurrencyGenerators.currencies(), lists().of(nearLimits).ofSizeBetween(1, 12))
        .checkAssert((currency, minors) -> {
          BigInteger exact = minors.stream().map(BigInteger::valueOf).reduce(BigInteger.ZERO, BigInteger::add);
          Money[] amounts = minors.stream().map(minor -> Money.ofMinor(currency, minor)).toArray(Money[]::new);
          MoneyBag expected = exact.signum() == 0
              ? MoneyBag.empty()
              : MoneyBag.of(Money.of(currency, new BigDecimal(exact, CurrencyCodes.scale(currency))));
          MoneyBag folded = MoneyBag.empty();
          for (Money amount : amounts) {
            folded = folded.plus(amount);
          }
          assertThat(MoneyBag.of(amounts)).isEqualTo(expected);
          assertThat(folded).isEqualTo(expected);
          assertThat(Stream.of(amounts).parallel().collect(MoneyBag.toMoneyBag())).isEqualTo(expected);
          assertThat(MoneyBag.of(amounts).plus(MoneyBag.of(amounts)).minus(MoneyBag.of(amounts)))
              .isEqualTo(expected);
          assertThat(MoneyBag.parse(expected.toString())).isEqualTo(expected);
        });
  }
}
