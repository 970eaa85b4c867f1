package io.github.crowdfund.markets;

import io.github.crowdfund.text.TextLimits;
import java.math.BigDecimal;
import java.util.Objects;
import org.joda.money.CurrencyUnit;
import org.joda.money.Money;

/**
 * Numbers in data files and the amounts made of them, bounded so that no text of any size or exponent costs more
 * than linear time: a number's text is refused beyond {@link TextLimits#MAX_NUMBER_LENGTH} characters before it is
 * parsed, and its magnitude and decimals are checked before any rescaling, so that {@code 1E+2147483647} is refused
 * in microseconds. An amount must fit what a campaign can hold: its minor units in a {@code long}.
 */
final class DataNumbers {

  /** The most digits before the decimal point: a {@code long} has 19. */
  private static final int MAX_INTEGER_DIGITS = 19;

  private DataNumbers() {}

  /**
   * Parses a decimal number of at most {@link TextLimits#MAX_NUMBER_LENGTH} characters, with at most 19 digits
   * before the decimal point and {@link TextLimits#MAX_NUMBER_LENGTH} after it.
   *
   * @param text the number, such as {@code 12.5} or {@code 1E+3}, not null
   * @return the number
   * @throws IllegalArgumentException quoting (the beginning of) the text when it is not such a number
   */
  static BigDecimal parse(String text) {
    Objects.requireNonNull(text, "text");
    TextLimits.checkNumberLength(text, "Number", text);
    BigDecimal number;
    try {
      number = new BigDecimal(text);
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException(TextLimits.quote(text) + " is not a decimal number", e);
    }
    if (integerDigits(number) > MAX_INTEGER_DIGITS || number.scale() > TextLimits.MAX_NUMBER_LENGTH) {
      throw new IllegalArgumentException(TextLimits.quote(text) + " is beyond the numbers read: at most "
          + MAX_INTEGER_DIGITS + " digits before the decimal point and " + TextLimits.MAX_NUMBER_LENGTH + " after it");
    }
    return number;
  }

  /**
   * Returns an amount as money, refusing one that a campaign cannot hold.
   *
   * @param currency the currency, not null
   * @param amount the amount in major units, not null
   * @return the money, exactly the amount
   * @throws IllegalArgumentException quoting the amount when it has more decimals than the currency allows or its
   *     minor units do not fit in a {@code long}
   */
  static Money money(CurrencyUnit currency, BigDecimal amount) {
    Objects.requireNonNull(currency, "currency");
    Objects.requireNonNull(amount, "amount");
    if (integerDigits(amount) > MAX_INTEGER_DIGITS) {
      throw beyondLong(currency, amount);
    }
    BigDecimal exact = amount.signum() == 0 ? BigDecimal.ZERO : amount.stripTrailingZeros();
    if (exact.scale() > currency.getDecimalPlaces()) {
      throw new IllegalArgumentException(describe(amount) + " has more decimals than " + currency + " allows ("
          + currency.getDecimalPlaces() + ")");
    }
    Money money = Money.of(currency, exact);
    try {
      money.getAmountMinorLong();
    } catch (ArithmeticException e) {
      throw beyondLong(currency, amount);
    }
    return money;
  }

  private static IllegalArgumentException beyondLong(CurrencyUnit currency, BigDecimal amount) {
    return new IllegalArgumentException(describe(amount) + " is beyond what a campaign can hold: at most "
        + Money.ofMinor(currency, Long.MAX_VALUE).getAmount().toPlainString() + " " + currency);
  }

  /** The digits before the decimal point (zero or less for a number below one), without int overflow. */
  private static long integerDigits(BigDecimal number) {
    return (long) number.precision() - number.scale();
  }

  /** Quotes an amount in plain form when that is short, otherwise in scientific form, never more than bounded. */
  private static String describe(BigDecimal amount) {
    boolean plainIsShort = integerDigits(amount) <= MAX_INTEGER_DIGITS
        && amount.scale() <= TextLimits.MAX_NUMBER_LENGTH && amount.precision() <= TextLimits.MAX_NUMBER_LENGTH;
    return TextLimits.quote(plainIsShort ? amount.toPlainString() : amount.toString());
  }
}
