package io.github.crowdfund.currency;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.stream.IntStream;
import org.joda.money.Money;

/**
 * Splits an amount of money into parts that always add up to the whole, to the minor unit.
 *
 * <p>Both operations use the largest-remainder method on minor units (cents, whole yen for JPY, fils for BHD):
 * each part first gets the whole minor units of its exact share, then the minor units left over go, one each, to
 * the parts with the largest remainders. <b>Ties are broken by position: the earlier part gets the unit.</b> So
 * every part is within one minor unit of its exact share, and the result depends only on the arguments.
 *
 * <p>A negative amount is allocated like its absolute value, with every part negated; a zero amount gives zero
 * parts. Amounts of any size are handled exactly.
 *
 * <p>This class is a set of static functions; it has no state and is thread-safe.
 */
public final class Allocation {

  /**
   * The most parts {@link #split(Money, int)} makes: 1,000,000, one per pledge of the largest campaign a campaign
   * value is built for. The result holds one {@link Money} per part, so the bound keeps it to tens of megabytes.
   */
  public static final int MAX_PARTS = 1_000_000;

  private Allocation() {}

  /**
   * Splits an amount into equal parts, the earlier parts taking the minor units that do not divide evenly:
   * {@code split(USD 10.00, 3)} gives {@code [USD 3.34, USD 3.33, USD 3.33]}. The result is the same as
   * {@link #byRatios(Money, long...)} with {@code parts} equal ratios.
   *
   * @param total the amount to split, not null
   * @param parts the number of parts, from 1 to {@link #MAX_PARTS}
   * @return the parts in order, {@code parts} long, each in the currency of {@code total}, adding up to
   *     {@code total}; an unmodifiable list, not null
   * @throws NullPointerException if {@code total} is null
   * @throws IllegalArgumentException if {@code parts} is zero, negative or more than {@link #MAX_PARTS}; the
   *     message quotes it
   */
  public static List<Money> split(Money total, int parts) {
    Objects.requireNonNull(total, "total");
    if (parts <= 0 || parts > MAX_PARTS) {
      throw new IllegalArgumentException("parts must be from 1 to " + MAX_PARTS + ", was " + parts);
    }
    BigInteger minor = minorUnits(total);
    BigInteger[] quotientAndRemainder = minor.abs().divideAndRemainder(BigInteger.valueOf(parts));
    int extra = quotientAndRemainder[1].intValueExact();
    BigInteger[] shares = new BigInteger[parts];
    for (int i = 0; i < parts; i++) {
      shares[i] = i < extra ? quotientAndRemainder[0].add(BigInteger.ONE) : quotientAndRemainder[0];
    }
    return toMoney(total, minor.signum(), shares);
  }

  /**
   * Splits an amount in proportion to whole-number ratios: {@code byRatios(EUR 100.00, 1, 2)} gives
   * {@code [EUR 33.34, EUR 66.66]}. A part whose ratio is zero gets zero.
   *
   * @param total the amount to split, not null
   * @param ratios the ratio of each part; not null, not empty, none negative and not all zero
   * @return one part per ratio in the same order, each in the currency of {@code total}, adding up to
   *     {@code total}; an unmodifiable list, not null
   * @throws NullPointerException if an argument is null
   * @throws IllegalArgumentException if {@code ratios} is empty, has a negative ratio or only zeros; the message
   *     quotes the ratios
   */
  public static List<Money> byRatios(Money total, long... ratios) {
    Objects.requireNonNull(total, "total");
    Objects.requireNonNull(ratios, "ratios");
    BigInteger ratioSum = BigInteger.ZERO;
    for (long ratio : ratios) {
      if (ratio < 0) {
        throw new IllegalArgumentException(
            "ratios must not be negative, were " + Arrays.toString(ratios));
      }
      ratioSum = ratioSum.add(BigInteger.valueOf(ratio));
    }
    if (ratioSum.signum() == 0) {
      throw new IllegalArgumentException(
          "ratios must contain at least one positive ratio, were " + Arrays.toString(ratios));
    }
    BigInteger minor = minorUnits(total);
    BigInteger magnitude = minor.abs();
    BigInteger[] shares = new BigInteger[ratios.length];
    BigInteger[] remainders = new BigInteger[ratios.length];
    BigInteger leftover = magnitude;
    for (int i = 0; i < ratios.length; i++) {
      BigInteger[] quotientAndRemainder =
          magnitude.multiply(BigInteger.valueOf(ratios[i])).divideAndRemainder(ratioSum);
      shares[i] = quotientAndRemainder[0];
      remainders[i] = quotientAndRemainder[1];
      leftover = leftover.subtract(shares[i]);
    }
    // leftover < number of parts with a positive remainder, so it fits an int and zero-ratio parts get nothing.
    int[] byLargestRemainder = IntStream.range(0, ratios.length).boxed()
        .sorted(Comparator.comparing((Integer i) -> remainders[i]).reversed()
            .thenComparing(Comparator.naturalOrder()))
        .limit(leftover.intValueExact())
        .mapToInt(Integer::intValue)
        .toArray();
    for (int i : byLargestRemainder) {
      shares[i] = shares[i].add(BigInteger.ONE);
    }
    return toMoney(total, minor.signum(), shares);
  }

  private static BigInteger minorUnits(Money money) {
    return money.getAmount().unscaledValue();
  }

  private static List<Money> toMoney(Money total, int sign, BigInteger[] minorShares) {
    List<Money> parts = new ArrayList<>(minorShares.length);
    for (BigInteger share : minorShares) {
      BigInteger signed = sign < 0 ? share.negate() : share;
      parts.add(Money.of(total.getCurrencyUnit(), new BigDecimal(signed, total.getScale())));
    }
    return List.copyOf(parts);
  }
}
