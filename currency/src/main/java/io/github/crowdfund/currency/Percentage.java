package io.github.crowdfund.currency;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Objects;
import java.util.regex.Pattern;
import org.joda.money.Money;

/**
 * An exact decimal percentage, such as a platform fee of {@code 5%} or a processing fee of {@code 2.9%}.
 *
 * <p>The value is held in percent ({@code 6.67} means 6.67&nbsp;%, the fraction 0.0667) as a {@link BigDecimal}
 * without trailing decimal zeros, so {@code 5%} and {@code 5.00%} are equal. Any sign and size are allowed: a
 * percentage funded can exceed 100 and a change can be negative. Applying a percentage to money rounds once, with the
 * {@link RoundingMode} the caller names.
 *
 * <p>The text form is the plain decimal value followed by {@code %}, for example {@code 6.67%}, {@code 100%} or
 * {@code -2.5%}; {@link #parse(String)} reads it back.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param value the percentage in percent units, for example {@code 6.67} for 6.67&nbsp;%; not null; stored
 *     without trailing decimal zeros
 */
public record Percentage(BigDecimal value) implements Comparable<Percentage> {

  private static final Pattern TEXT = Pattern.compile("[+-]?[0-9]+(\\.[0-9]+)?%");

  /**
   * Creates a percentage, dropping trailing decimal zeros of the value.
   *
   * @param value the percentage in percent units, for example {@code 6.67} for 6.67&nbsp;%; not null
   * @throws NullPointerException if {@code value} is null
   */
  public Percentage {
    Objects.requireNonNull(value, "value");
    value = Decimals.canonical(value);
  }

  /**
   * Obtains a percentage from its value in percent units.
   *
   * @param percent the value in percent, for example {@code new BigDecimal("6.67")} for 6.67&nbsp;%; not null
   * @return the percentage, not null
   * @throws NullPointerException if {@code percent} is null
   */
  public static Percentage of(BigDecimal percent) {
    return new Percentage(percent);
  }

  /**
   * Parses a percentage written as a plain decimal followed by a percent sign, such as {@code 6.67%},
   * {@code 100%} or {@code -2.5%}. No spaces, exponents or grouping separators are accepted, and the number
   * before the sign has at most 64 characters (longer texts are refused by their length alone, so parsing takes
   * time linear in the text whatever it is). {@link #toString()} of any percentage within that bound reads back.
   *
   * @param text the text to parse, not null
   * @return the percentage, not null
   * @throws NullPointerException if {@code text} is null
   * @throws IllegalArgumentException if the text is not in that form or its number is too long; the message quotes
   *     the text (its beginning, when long)
   */
  public static Percentage parse(String text) {
    Objects.requireNonNull(text, "text");
    TextLimits.checkNumberLength(text.endsWith("%") ? text.substring(0, text.length() - 1) : text, "Percentage",
        text);
    if (!TEXT.matcher(text).matches()) {
      throw new IllegalArgumentException(
          "Percentage " + TextLimits.quote(text) + " is not a decimal followed by '%', such as \"6.67%\"");
    }
    return of(new BigDecimal(text.substring(0, text.length() - 1)));
  }

  /**
   * Returns this percentage as a fraction of one: {@code 6.67%} gives {@code 0.0667}. The result is exact.
   *
   * @return the fraction, not null
   */
  public BigDecimal toFraction() {
    return value.movePointLeft(2);
  }

  /**
   * Applies this percentage to an amount of money: {@code amount × value / 100}, computed exactly and then rounded
   * once to the currency's minor unit (for example to whole yen for JPY, to fils for BHD).
   *
   * @param amount the amount to take the percentage of, not null
   * @param rounding how to round the exact result to the currency's scale, not null; {@link RoundingMode#UNNECESSARY}
   *     demands an exact result
   * @return the share of the amount, in the amount's currency, not null
   * @throws NullPointerException if an argument is null
   * @throws ArithmeticException if {@code rounding} is {@link RoundingMode#UNNECESSARY} and the result is not
   *     a whole number of minor units
   */
  public Money applyTo(Money amount, RoundingMode rounding) {
    Objects.requireNonNull(amount, "amount");
    Objects.requireNonNull(rounding, "rounding");
    return Money.of(amount.getCurrencyUnit(), amount.getAmount().multiply(toFraction()), rounding);
  }

  /**
   * Compares percentages by value.
   *
   * @param other the percentage to compare with, not null
   * @return negative, zero or positive as this percentage is less than, equal to or greater than {@code other}
   * @throws NullPointerException if {@code other} is null
   */
  @Override
  public int compareTo(Percentage other) {
    return value.compareTo(other.value);
  }

  /**
   * Returns the text form, the plain decimal value followed by {@code %}, for example {@code 6.67%}.
   *
   * @return the text that {@link #parse(String)} reads back, not null
   */
  @Override
  public String toString() {
    return value.toPlainString() + "%";
  }
}
