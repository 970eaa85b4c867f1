package io.github.crowdfund.currency;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;

import org.joda.money.CurrencyUnit;
import org.junit.jupiter.api.Test;

class CurrencyPairTest {

  @Test
  void parseReadsBaseAndCounter() {
    CurrencyPair pair = CurrencyPair.parse("EUR/JPY");
    assertThat(pair.base()).isEqualTo(CurrencyUnit.EUR);
    assertThat(pair.counter()).isEqualTo(CurrencyUnit.JPY);
    assertThat(pair).isEqualTo(CurrencyPair.of(CurrencyUnit.EUR, CurrencyUnit.JPY)).hasToString("EUR/JPY");
  }

  @Test
  void inverseSwapsBaseAndCounter() {
    assertThat(CurrencyPair.parse("EUR/JPY").inverse()).isEqualTo(CurrencyPair.parse("JPY/EUR"));
  }

  @Test
  void containsIsTrueForBaseAndCounterOnly() {
    CurrencyPair pair = CurrencyPair.parse("EUR/BHD");
    assertThat(pair.contains(CurrencyUnit.EUR)).isTrue();
    assertThat(pair.contains(CurrencyUnit.of("BHD"))).isTrue();
    assertThat(pair.contains(CurrencyUnit.USD)).isFalse();
  }

  @Test
  void pairsSortByBaseThenCounter() {
    assertThat(CurrencyPair.parse("EUR/USD")).isLessThan(CurrencyPair.parse("USD/EUR"));
    assertThat(CurrencyPair.parse("EUR/JPY")).isLessThan(CurrencyPair.parse("EUR/USD"));
  }

  @Test
  void theSameCurrencyTwiceIsRejectedQuotingThePair() {
    assertThatThrownBy(() -> CurrencyPair.of(CurrencyUnit.EUR, CurrencyUnit.EUR))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("\"EUR/EUR\"");
    assertThatThrownBy(() -> CurrencyPair.parse("JPY/JPY"))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("\"JPY/JPY\"");
  }

  @Test
  void malformedTextIsRejectedQuotingIt() {
    for (String bad : new String[] {"EURJPY", "EUR-JPY", "eur/jpy", "EUR/JPY ", "EUR/", "", "EURO/JPY"}) {
      assertThatThrownBy(() -> CurrencyPair.parse(bad))
          .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("\"" + bad + "\"");
    }
  }

  @Test
  void unknownCurrencyCodeIsRejectedAsIllegalArgumentQuotingTheInput() {
    assertThatThrownBy(() -> CurrencyPair.parse("EUR/ABC"))
        .isExactlyInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("\"ABC\"").hasMessageContaining("\"EUR/ABC\"");
  }

  @Test
  void nullArgumentsAreRejectedByName() {
    assertThatThrownBy(() -> CurrencyPair.of(null, CurrencyUnit.EUR)).isInstanceOf(NullPointerException.class)
        .hasMessage("base");
    assertThatThrownBy(() -> CurrencyPair.of(CurrencyUnit.EUR, null)).hasMessage("counter");
    assertThatThrownBy(() -> CurrencyPair.parse(null)).hasMessage("text");
    assertThatThrownBy(() -> CurrencyPair.parse("EUR/USD").contains(null)).hasMessage("currency");
  }

  @Test
  void parseOfToStringGivesThePairBack() {
    qt().withExamples(100).forAll(CurrencyGenerators.pairs())
        .check(pair -> CurrencyPair.parse(pair.toString()).equals(pair));
  }

  @Test
  void inverseOfInverseIsThePair() {
    qt().withExamples(100).forAll(CurrencyGenerators.pairs()).check(pair -> pair.inverse().inverse().equals(pair));
  }

  @Test
  void parseQuotesOnlyTheBeginningOfALongText() {
    assertThatThrownBy(() -> CurrencyPair.parse("EUR/" + "J".repeat(200_000)))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("(200004 characters)")
        .message().hasSizeLessThan(300);
  }
}
