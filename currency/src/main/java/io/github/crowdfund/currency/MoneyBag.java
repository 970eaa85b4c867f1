package io.github.crowdfund.currency;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;
import java.util.Arrays;
import java.util.Collections;
import java.util.Comparator;
import java.util.Objects;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collector;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.joda.money.CurrencyUnit;
import org.joda.money.Money;

/**
 * An exact sum of amounts in several currencies, such as the pledges of a campaign open to backers in fifteen
 * currencies: at most one entry per currency, and no zero entries, so two bags with the same amounts are
 * {@link #equals(Object) equal} however they were built.
 *
 * <p>Amounts are Joda-Money {@link Money} values (scale = the currency's minor units: JPY has none, BHD three) and
 * are added exactly, whatever their size: no operation here rounds, wraps or overflows. Converting into one
 * currency ({@link #convertedTo(CurrencyUnit, FxRateProvider, RoundingMode)}) rounds once, at the end.
 *
 * <p>The text form lists the entries sorted by currency code, separated by a comma and a space, each as
 * {@link Money#toString()} writes it: {@code EUR 12.50, JPY 500}. The empty bag is written {@code 0}.
 * {@link #parse(String)} reads both back.
 *
 * <p>Summing a stream: {@code pledges.stream().map(Pledge::amount).collect(MoneyBag.toMoneyBag())}. The collector
 * adds minor units in a {@code long} per currency (moving exactly to {@link BigInteger} if a sum outgrows it) and
 * makes the bag once at the end, so it is cheaper than a fold of {@link Money#plus(Money)}.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class MoneyBag {

  private static final String EMPTY_TEXT = "0";
  private static final String SEPARATOR = ", ";
  private static final Pattern ENTRY = Pattern.compile("(\\S+) (-?[0-9]+(\\.[0-9]+)?)");
  private static final MoneyBag EMPTY = new MoneyBag(new Money[0]);
  /** The longest entry {@link #parse(String)} reads: a currency code, a space and the longest amount. */
  private static final int MAX_ENTRY_LENGTH = 4 + TextLimits.MAX_NUMBER_LENGTH;

  /** Non-zero amounts, one per currency, sorted by currency code. */
  private final Money[] entries;

  private MoneyBag(Money[] entries) {
    this.entries = entries;
  }

  /**
   * Returns the empty bag, the sum of no amounts.
   *
   * @return the empty bag, not null
   */
  public static MoneyBag empty() {
    return EMPTY;
  }

  /**
   * Obtains the sum of some amounts, adding amounts of the same currency together.
   *
   * @param amounts the amounts, not null, none null; may be empty
   * @return the bag of their sums per currency, not null
   * @throws NullPointerException if the array or an amount is null
   */
  public static MoneyBag of(Money... amounts) {
    Objects.requireNonNull(amounts, "amounts");
    Accumulator sum = new Accumulator();
    for (Money amount : amounts) {
      sum.add(amount);
    }
    return sum.toBag();
  }

  /**
   * Parses the text form: entries such as {@code EUR 12.50} (a currency code, one space, a plain decimal with at
   * most the currency's decimal places) separated by {@code ", "}; or {@code 0} for the empty bag. Entries may
   * come in any order; entries of the same currency are added and zero entries dropped, as in
   * {@link #of(Money...)}. Each amount has at most 64 characters; a longer entry is refused by its length alone,
   * so parsing takes time linear in the text whatever it is. {@link #toString()} of any bag whose amounts are
   * within that bound reads back.
   *
   * @param text the text to parse, not null
   * @return the bag, not null
   * @throws NullPointerException if {@code text} is null
   * @throws IllegalArgumentException if the text is malformed, names an unknown currency, has an amount longer
   *     than 64 characters or with more decimal places than its currency; the message quotes the text (its
   *     beginning, when long) and the entry
   */
  public static MoneyBag parse(String text) {
    Objects.requireNonNull(text, "text");
    if (text.equals(EMPTY_TEXT)) {
      return EMPTY;
    }
    Accumulator sum = new Accumulator();
    for (String entry : text.split(SEPARATOR, -1)) {
      sum.add(parseEntry(entry, text));
    }
    return sum.toBag();
  }

  private static Money parseEntry(String entry, String text) {
    if (entry.length() > MAX_ENTRY_LENGTH) {
      throw new IllegalArgumentException("Money bag " + TextLimits.quote(text) + " has the entry "
          + TextLimits.quote(entry) + ", longer than a currency code, a space and an amount of at most "
          + TextLimits.MAX_NUMBER_LENGTH + " characters");
    }
    Matcher matcher = ENTRY.matcher(entry);
    if (!matcher.matches()) {
      throw new IllegalArgumentException("Money bag " + TextLimits.quote(text) + " has the malformed entry \""
          + entry + "\"; expected entries such as \"EUR 12.50\" separated by \", \", or \"0\" for the empty bag");
    }
    CurrencyUnit currency = CurrencyCodes.currency(matcher.group(1), text);
    BigDecimal amount = new BigDecimal(matcher.group(2));
    if (amount.scale() > CurrencyCodes.scale(currency)) {
      throw new IllegalArgumentException("Money bag " + TextLimits.quote(text) + ": \"" + entry
          + "\" has more than the " + CurrencyCodes.scale(currency) + " decimal places of " + currency);
    }
    return Money.of(currency, amount);
  }

  /**
   * Returns a collector that sums amounts into a bag. It gives the same bag for any order of the amounts, and in
   * sequential and parallel streams alike. Summing is exact; no amount is rounded.
   *
   * @return the collector, not null; it throws {@link NullPointerException} for a null amount
   */
  public static Collector<Money, ?, MoneyBag> toMoneyBag() {
    return Collector.of(Accumulator::new, Accumulator::add, Accumulator::merge, Accumulator::toBag,
        Collector.Characteristics.UNORDERED);
  }

  /**
   * Returns this bag with an amount added to the entry of its currency.
   *
   * @param amount the amount to add, not null
   * @return the sum, not null
   * @throws NullPointerException if {@code amount} is null
   */
  public MoneyBag plus(Money amount) {
    Objects.requireNonNull(amount, "amount");
    Accumulator sum = accumulator();
    sum.add(amount);
    return sum.toBag();
  }

  /**
   * Returns the sum of this bag and another, currency by currency.
   *
   * @param other the bag to add, not null
   * @return the sum, not null
   * @throws NullPointerException if {@code other} is null
   */
  public MoneyBag plus(MoneyBag other) {
    Objects.requireNonNull(other, "other");
    Accumulator sum = accumulator();
    for (Money entry : other.entries) {
      sum.add(entry);
    }
    return sum.toBag();
  }

  /**
   * Returns this bag with an amount subtracted from the entry of its currency (an absent entry counts as zero,
   * so the result may hold a negative amount).
   *
   * @param amount the amount to subtract, not null
   * @return the difference, not null
   * @throws NullPointerException if {@code amount} is null
   */
  public MoneyBag minus(Money amount) {
    Objects.requireNonNull(amount, "amount");
    return plus(amount.negated());
  }

  /**
   * Returns the difference of this bag and another, currency by currency.
   *
   * @param other the bag to subtract, not null
   * @return the difference, not null
   * @throws NullPointerException if {@code other} is null
   */
  public MoneyBag minus(MoneyBag other) {
    Objects.requireNonNull(other, "other");
    return plus(other.negated());
  }

  /**
   * Returns this bag with every amount negated.
   *
   * @return the negated bag, not null
   */
  public MoneyBag negated() {
    return new MoneyBag(Arrays.stream(entries).map(Money::negated).toArray(Money[]::new));
  }

  /**
   * Returns the amount held in a currency.
   *
   * @param currency the currency, not null
   * @return the amount, zero in {@code currency} when the bag holds none of it; not null
   * @throws NullPointerException if {@code currency} is null
   */
  public Money amount(CurrencyUnit currency) {
    Objects.requireNonNull(currency, "currency");
    for (Money entry : entries) {
      if (entry.getCurrencyUnit().equals(currency)) {
        return entry;
      }
    }
    return Money.zero(currency);
  }

  /**
   * Returns the currencies this bag holds a non-zero amount of.
   *
   * @return an unmodifiable set sorted by currency code, empty for the empty bag, not null
   */
  public SortedSet<CurrencyUnit> currencies() {
    return Collections.unmodifiableSortedSet(
        Arrays.stream(entries).map(Money::getCurrencyUnit).collect(Collectors.toCollection(TreeSet::new)));
  }

  /**
   * Tells whether the bag holds no amount at all (every currency at zero).
   *
   * @return true for the empty bag
   */
  public boolean isEmpty() {
    return entries.length == 0;
  }

  /**
   * Returns the number of currencies with a non-zero amount.
   *
   * @return the number of entries, zero or more
   */
  public int size() {
    return entries.length;
  }

  /**
   * Returns the non-zero amounts, one per currency, sorted by currency code.
   *
   * @return a sequential stream, not null
   */
  public Stream<Money> stream() {
    return Arrays.stream(entries);
  }

  /**
   * Converts every amount into one currency and adds them up. Each amount is multiplied exactly by
   * {@code rates.rate(amount's currency, target)} (an amount already in {@code target} is taken as it is, without
   * asking the provider), and the exact total is rounded once, at the end, to the minor unit of {@code target}.
   *
   * @param target the currency of the result, not null
   * @param rates the source of rates, not null
   * @param rounding how to round the exact total to the scale of {@code target}, not null
   * @return the total in {@code target}, not null; zero for the empty bag
   * @throws NullPointerException if an argument is null, or the provider returns a null rate
   * @throws FxRateNotFoundException if the provider has no rate for one of the currencies
   * @throws ArithmeticException if {@code rounding} is {@link RoundingMode#UNNECESSARY} and the total is not a
   *     whole number of the target's minor units
   */
  public Money convertedTo(CurrencyUnit target, FxRateProvider rates, RoundingMode rounding) {
    Objects.requireNonNull(target, "target");
    Objects.requireNonNull(rates, "rates");
    Objects.requireNonNull(rounding, "rounding");
    BigDecimal total = BigDecimal.ZERO;
    for (Money entry : entries) {
      CurrencyUnit currency = entry.getCurrencyUnit();
      BigDecimal converted = currency.equals(target)
          ? entry.getAmount()
          : entry.getAmount().multiply(
              Objects.requireNonNull(rates.rate(currency, target), () -> "rate " + currency + "/" + target));
      total = total.add(converted);
    }
    return Money.of(target, total, rounding);
  }

  /**
   * Tells whether the other object is a bag with the same amounts.
   *
   * @param other the object to compare with, may be null
   * @return true if {@code other} is a bag holding the same amount of every currency
   */
  @Override
  public boolean equals(Object other) {
    return other instanceof MoneyBag bag && Arrays.equals(entries, bag.entries);
  }

  /**
   * Returns a hash code consistent with {@link #equals(Object)}.
   *
   * @return the hash code
   */
  @Override
  public int hashCode() {
    return Arrays.hashCode(entries);
  }

  /**
   * Returns the text form: entries sorted by currency code such as {@code EUR 12.50, JPY 500}, or {@code 0} for
   * the empty bag.
   *
   * @return the text that {@link #parse(String)} reads back, not null
   */
  @Override
  public String toString() {
    return entries.length == 0
        ? EMPTY_TEXT
        : Arrays.stream(entries).map(Money::toString).collect(Collectors.joining(SEPARATOR));
  }

  private Accumulator accumulator() {
    Accumulator sum = new Accumulator();
    for (Money entry : entries) {
      sum.add(entry);
    }
    return sum;
  }

  /**
   * A mutable sum per currency in minor units: a {@code long} per currency, with the part that outgrows it moved
   * exactly into a {@link BigInteger}. Not thread-safe; the collector gives each thread its own and merges them.
   */
  private static final class Accumulator {

    private CurrencyUnit[] currencies = new CurrencyUnit[4];
    private long[] sums = new long[4];
    /** Per currency, the minor units moved out of {@link #sums} on overflow; null while nothing was moved. */
    private BigInteger[] spilled = new BigInteger[4];
    private int size;
    /** The slot of the currency added last, for runs of one currency. */
    private int last;

    void add(Money amount) {
      Objects.requireNonNull(amount, "amount");
      int slot = slotOf(amount.getCurrencyUnit());
      // A Money amount's scale is its currency's, so its unscaled value is the amount in minor units. Reading it
      // through longValueExact in two separate branches (rather than Money.getAmountMinorLong, which returns
      // either the amount itself or a new BigDecimal) lets the JIT drop the temporary BigDecimal.
      BigDecimal value = amount.getAmount();
      long minor;
      try {
        minor = value.scale() == 0 ? value.longValueExact() : value.movePointRight(value.scale()).longValueExact();
      } catch (ArithmeticException beyondLong) {
        spill(slot, value.unscaledValue());
        return;
      }
      addMinor(slot, minor);
    }

    private void addMinor(int slot, long minor) {
      long sum = sums[slot];
      long result = sum + minor;
      if (((sum ^ result) & (minor ^ result)) < 0) { // overflow: both operands differ in sign from the result
        spill(slot, BigInteger.valueOf(sum));
        sums[slot] = minor;
      } else {
        sums[slot] = result;
      }
    }

    private void spill(int slot, BigInteger minor) {
      spilled[slot] = spilled[slot] == null ? minor : spilled[slot].add(minor);
    }

    private int slotOf(CurrencyUnit currency) {
      return currencies[last] == currency ? last : findSlot(currency);
    }

    /** Kept out of {@link #slotOf} so that the hot path of {@link #add} stays small enough to inline whole. */
    private int findSlot(CurrencyUnit currency) {
      // Joda-Money hands out one CurrencyUnit object per code, so comparing references nearly always decides.
      for (int i = 0; i < size; i++) {
        if (currencies[i] == currency) {
          last = i;
          return i;
        }
      }
      for (int i = 0; i < size; i++) {
        if (currencies[i].equals(currency)) {
          last = i;
          return i;
        }
      }
      if (size == currencies.length) {
        currencies = Arrays.copyOf(currencies, size * 2);
        sums = Arrays.copyOf(sums, size * 2);
        spilled = Arrays.copyOf(spilled, size * 2);
      }
      currencies[size] = currency;
      last = size;
      return size++;
    }

    Accumulator merge(Accumulator other) {
      for (int i = 0; i < other.size; i++) {
        int slot = slotOf(other.currencies[i]);
        addMinor(slot, other.sums[i]);
        if (other.spilled[i] != null) {
          spill(slot, other.spilled[i]);
        }
      }
      return this;
    }

    MoneyBag toBag() {
      Money[] entries = new Money[size];
      int count = 0;
      for (int i = 0; i < size; i++) {
        CurrencyUnit currency = currencies[i];
        if (spilled[i] == null) {
          if (sums[i] != 0) {
            entries[count++] = Money.ofMinor(currency, sums[i]);
          }
        } else {
          BigInteger total = spilled[i].add(BigInteger.valueOf(sums[i]));
          if (total.signum() != 0) {
            entries[count++] = Money.of(currency, new BigDecimal(total, CurrencyCodes.scale(currency)));
          }
        }
      }
      if (count == 0) {
        return EMPTY;
      }
      Money[] sorted = Arrays.copyOf(entries, count);
      Arrays.sort(sorted, Comparator.comparing(Money::getCurrencyUnit));
      return new MoneyBag(sorted);
    }
  }
}
