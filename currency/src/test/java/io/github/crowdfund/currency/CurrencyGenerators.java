package io.github.crowdfund.currency;

import static org.quicktheories.generators.SourceDSL.lists;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;
import org.joda.money.CurrencyUnit;
import org.joda.money.Money;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

/**
 * The one place where the property tests of this module get their random values; public for the property tests of
 * the modules that use this one (through this module's test-jar).
 */
// "exports": these tests are compiled into the currency module, which does not read QuickTheories' module; the
// generators are used from the class path only.
@SuppressWarnings("exports")
public final class CurrencyGenerators {

  /** Currencies with 2, 0 (JPY, KRW) and 3 (BHD, KWD) decimal places. */
  public static final List<CurrencyUnit> CURRENCIES = List.of(
      CurrencyUnit.USD, CurrencyUnit.EUR, CurrencyUnit.GBP, CurrencyUnit.JPY, CurrencyUnit.of("KRW"),
      CurrencyUnit.of("BHD"), CurrencyUnit.of("KWD"), CurrencyUnit.CHF);

  private CurrencyGenerators() {}

  public static Gen<CurrencyUnit> currencies() {
    return Generate.pick(CURRENCIES);
  }

  /** Minor-unit amounts up to ten billion major units either side of zero, zero included. */
  public static Gen<Long> minorAmounts() {
    return Generate.longRange(-1_000_000_000_000L, 1_000_000_000_000L, 0L);
  }

  /** Any amount in any of {@link #CURRENCIES}, zero and negative included. */
  public static Gen<Money> money() {
    return currencies().zip(minorAmounts(), Money::ofMinor);
  }

  /** Any amount in the currency, zero and negative included. */
  public static Gen<Money> money(CurrencyUnit currency) {
    return minorAmounts().map(minor -> Money.ofMinor(currency, minor));
  }

  /** Amounts of zero or more, in any of {@link #CURRENCIES}. */
  public static Gen<Money> nonNegativeMoney() {
    return money().map(Money::abs);
  }

  /** Lists of up to 40 amounts in mixed currencies. */
  public static Gen<List<Money>> moneyLists() {
    return lists().of(money()).ofSizeBetween(0, 40);
  }

  /** Numbers of parts for an allocation, 1 to 50. */
  public static Gen<Integer> parts() {
    return Generate.range(1, 50);
  }

  /** Ratio lists of 1 to 12 entries between 0 and 1,000, at least one of them positive. */
  public static Gen<long[]> ratios() {
    return lists().of(Generate.longRange(0, 1_000)).ofSizeBetween(1, 12)
        .map(list -> list.stream().mapToLong(Long::longValue).toArray())
        .assuming(ratios -> Arrays.stream(ratios).anyMatch(ratio -> ratio > 0));
  }

  /** Percentages with up to four decimals between -200% and 200%. */
  public static Gen<Percentage> percentages() {
    return Generate.range(-2_000_000, 2_000_000)
        .map(tenThousandths -> Percentage.of(BigDecimal.valueOf(tenThousandths, 4)));
  }

  /** Bags built from {@link #moneyLists()}. */
  public static Gen<MoneyBag> bags() {
    return moneyLists().map(list -> MoneyBag.of(list.toArray(Money[]::new)));
  }

  /** Pairs of two different currencies from {@link #CURRENCIES}. */
  public static Gen<CurrencyPair> pairs() {
    return currencies().zip(currencies(), List::of)
        .assuming(currencies -> !currencies.get(0).equals(currencies.get(1)))
        .map(currencies -> CurrencyPair.of(currencies.get(0), currencies.get(1)));
  }

  /** Positive rates from 10^-8 to 10^9 with up to nine significant digits. */
  public static Gen<BigDecimal> rateValues() {
    return Generate.longRange(1, 999_999_999).zip(Generate.range(0, 8), BigDecimal::valueOf);
  }

  /** Rates for {@link #pairs()}. */
  public static Gen<FxRate> rates() {
    return pairs().zip(rateValues(), FxRate::of);
  }
}
