package io.github.crowdfund.currency;

import java.io.Serializable;
import java.util.Comparator;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.joda.money.CurrencyUnit;

/**
 * An ordered pair of two different currencies, such as {@code EUR/JPY}: the base currency and the counter currency
 * of an {@link FxRate}.
 *
 * <p>The text form is the two ISO 4217 codes separated by a slash, {@code EUR/JPY}; {@link #parse(String)} reads it
 * back. Pairs are ordered by base code, then counter code.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param base the base currency, the one quoted in units of the other; not null
 * @param counter the counter currency, in which the base is quoted; not null, different from {@code base}
 */
public record CurrencyPair(CurrencyUnit base, CurrencyUnit counter)
    implements Comparable<CurrencyPair>, Serializable {

  private static final long serialVersionUID = 1L;

  private static final Pattern TEXT =
      Pattern.compile("(" + CurrencyCodes.CODE + ")/(" + CurrencyCodes.CODE + ")");

  private static final Comparator<CurrencyPair> ORDER =
      Comparator.comparing(CurrencyPair::base).thenComparing(CurrencyPair::counter);

  /**
   * Creates a pair.
   *
   * @param base the base currency, not null
   * @param counter the counter currency, not null
   * @throws NullPointerException if an argument is null
   * @throws IllegalArgumentException if the two currencies are the same; the message quotes the pair
   */
  public CurrencyPair {
    Objects.requireNonNull(base, "base");
    Objects.requireNonNull(counter, "counter");
    if (base.equals(counter)) {
      throw new IllegalArgumentException(
          "A currency pair needs two different currencies, was \"" + base + "/" + counter + "\"");
    }
  }

  /**
   * Obtains a pair of two different currencies.
   *
   * @param base the base currency, not null
   * @param counter the counter currency, not null
   * @return the pair {@code base/counter}, not null
   * @throws NullPointerException if an argument is null
   * @throws IllegalArgumentException if the two currencies are the same; the message quotes the pair
   */
  public static CurrencyPair of(CurrencyUnit base, CurrencyUnit counter) {
    return new CurrencyPair(base, counter);
  }

  /**
   * Parses a pair written as two currency codes and a slash, such as {@code EUR/JPY}.
   *
   * @param text the text to parse, not null
   * @return the pair, not null
   * @throws NullPointerException if {@code text} is null
   * @throws IllegalArgumentException if the text is malformed, names an unknown currency or the same currency
   *     twice; the message quotes the text (its beginning, when long)
   */
  public static CurrencyPair parse(String text) {
    Objects.requireNonNull(text, "text");
    Matcher matcher = TEXT.matcher(text);
    if (!matcher.matches()) {
      throw new IllegalArgumentException("Currency pair " + TextLimits.quote(text)
          + " is not two currency codes separated by '/', such as \"EUR/JPY\"");
    }
    return of(CurrencyCodes.currency(matcher.group(1), text), CurrencyCodes.currency(matcher.group(2), text));
  }

  /**
   * Returns the pair with base and counter swapped: the inverse of {@code EUR/JPY} is {@code JPY/EUR}.
   *
   * @return the inverse pair, not null
   */
  public CurrencyPair inverse() {
    return new CurrencyPair(counter, base);
  }

  /**
   * Tells whether the currency is the base or the counter of this pair.
   *
   * @param currency the currency to look for, not null
   * @return true if {@code currency} is one of the two currencies
   * @throws NullPointerException if {@code currency} is null
   */
  public boolean contains(CurrencyUnit currency) {
    Objects.requireNonNull(currency, "currency");
    return base.equals(currency) || counter.equals(currency);
  }

  /**
   * Compares pairs by base currency code, then by counter currency code.
   *
   * @param other the pair to compare with, not null
   * @return negative, zero or positive as this pair sorts before, with or after {@code other}
   * @throws NullPointerException if {@code other} is null
   */
  @Override
  public int compareTo(CurrencyPair other) {
    return ORDER.compare(this, other);
  }

  /**
   * Returns the text form, such as {@code EUR/JPY}.
   *
   * @return the text that {@link #parse(String)} reads back, not null
   */
  @Override
  public String toString() {
    return base.getCode() + "/" + counter.getCode();
  }
}
