package io.github.crowdfund.benchmarks;

import io.github.crowdfund.currency.MoneyBag;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import org.joda.money.CurrencyUnit;
import org.joda.money.Money;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Sums 1,000,000 pledge amounts (a) all in USD and (b) spread evenly at random over the 15 currencies Kickstarter
 * projects use, four ways, all in the same run:
 * <ul>
 *   <li>{@code bag*}: {@link MoneyBag#toMoneyBag()} over a stream of the amounts;</li>
 *   <li>{@code jodaFold*}: the baseline, a loop of {@link Money#plus(Money)} (per currency through a
 *       {@link HashMap} for b);</li>
 *   <li>{@code longSum*}: the floor, a loop adding precomputed {@code long} minor units (into a {@code long[15]}
 *       indexed by a precomputed currency index for b).</li>
 * </ul>
 * Target: {@code bagOneCurrency <= jodaFoldOneCurrency} and {@code bagFifteenCurrencies <= 1.5 ×
 * jodaFoldFifteenCurrencies}. Run:
 * {@code java -jar benchmarks/target/benchmarks.jar MoneyBagSumBenchmark -f 1 -wi 3 -i 5}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(value = 1, jvmArgsAppend = {"-Xms2g", "-Xmx2g"})
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
public class MoneyBagSumBenchmark {

  private static final int COUNT = 1_000_000;

  /** The currencies of Kickstarter projects. */
  private static final List<CurrencyUnit> KICKSTARTER_CURRENCIES = Arrays.stream(
          "USD GBP EUR CAD AUD NZD CHF HKD SGD SEK NOK DKK MXN JPY PLN".split(" "))
      .map(CurrencyUnit::of)
      .toList();

  private Money[] oneCurrency;
  private long[] oneCurrencyMinor;
  private Money[] fifteenCurrencies;
  private long[] fifteenCurrenciesMinor;
  private int[] fifteenCurrenciesIndex;

  /** Creates the benchmark; JMH calls this. */
  public MoneyBagSumBenchmark() {}

  /** Makes the amounts: pledges of 1 to 10,000 major units, in minor units, with a fixed seed. */
  @Setup
  public void createAmounts() {
    SplittableRandom random = new SplittableRandom(2009);
    oneCurrency = new Money[COUNT];
    oneCurrencyMinor = new long[COUNT];
    fifteenCurrencies = new Money[COUNT];
    fifteenCurrenciesMinor = new long[COUNT];
    fifteenCurrenciesIndex = new int[COUNT];
    for (int i = 0; i < COUNT; i++) {
      oneCurrencyMinor[i] = random.nextLong(100, 1_000_001);
      oneCurrency[i] = Money.ofMinor(CurrencyUnit.USD, oneCurrencyMinor[i]);
      fifteenCurrenciesIndex[i] = random.nextInt(KICKSTARTER_CURRENCIES.size());
      fifteenCurrenciesMinor[i] = random.nextLong(100, 1_000_001);
      fifteenCurrencies[i] =
          Money.ofMinor(KICKSTARTER_CURRENCIES.get(fifteenCurrenciesIndex[i]), fifteenCurrenciesMinor[i]);
    }
  }

  /**
   * (a) The bag collector, one currency.
   *
   * @return the sum
   */
  @Benchmark
  public MoneyBag bagOneCurrency() {
    return Arrays.stream(oneCurrency).collect(MoneyBag.toMoneyBag());
  }

  /**
   * (c) The baseline for a: a fold of Joda's {@code Money.plus}.
   *
   * @return the sum
   */
  @Benchmark
  public Money jodaFoldOneCurrency() {
    Money sum = Money.zero(CurrencyUnit.USD);
    for (Money amount : oneCurrency) {
      sum = sum.plus(amount);
    }
    return sum;
  }

  /**
   * (d) The floor for a: a plain sum of minor units.
   *
   * @return the sum in minor units
   */
  @Benchmark
  public long longSumOneCurrency() {
    long sum = 0;
    for (long minor : oneCurrencyMinor) {
      sum += minor;
    }
    return sum;
  }

  /**
   * (b) The bag collector, 15 currencies.
   *
   * @return the sum
   */
  @Benchmark
  public MoneyBag bagFifteenCurrencies() {
    return Arrays.stream(fifteenCurrencies).collect(MoneyBag.toMoneyBag());
  }

  /**
   * (c) The baseline for b: a fold of Joda's {@code Money.plus} per currency through a map.
   *
   * @return the sums per currency
   */
  @Benchmark
  public Map<CurrencyUnit, Money> jodaFoldFifteenCurrencies() {
    Map<CurrencyUnit, Money> sums = new HashMap<>();
    for (Money amount : fifteenCurrencies) {
      sums.merge(amount.getCurrencyUnit(), amount, Money::plus);
    }
    return sums;
  }

  /**
   * (d) The floor for b: plain sums of minor units into an array indexed by currency.
   *
   * @return the sums in minor units, by currency index
   */
  @Benchmark
  public long[] longSumFifteenCurrencies() {
    long[] sums = new long[KICKSTARTER_CURRENCIES.size()];
    for (int i = 0; i < COUNT; i++) {
      sums[fifteenCurrenciesIndex[i]] += fifteenCurrenciesMinor[i];
    }
    return sums;
  }
}
