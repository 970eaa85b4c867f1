package io.github.crowdfund.currency;

import java.util.regex.Pattern;
import org.joda.money.CurrencyUnit;
import org.joda.money.IllegalCurrencyException;

/** Reads ISO 4217 codes from text, with error messages that quote the whole input. */
final class CurrencyCodes {

  /** A currency code in text: three capital letters. */
  static final String CODE = "[A-Z]{3}";

  private static final Pattern CODE_PATTERN = Pattern.compile(CODE);

  private CurrencyCodes() {}

  /**
   * Looks up a currency code that is part of a larger input.
   *
   * @throws IllegalArgumentException quoting the code and the input if the code is malformed or unknown to
   *     Joda-Money
   */
  static CurrencyUnit currency(String code, String input) {
    if (!CODE_PATTERN.matcher(code).matches()) {
      throw new IllegalArgumentException(
          TextLimits.quote(code) + " in " + TextLimits.quote(input) + " is not a currency code (three capital letters)");
    }
    try {
      return CurrencyUnit.of(code);
    } catch (IllegalCurrencyException e) {
      throw new IllegalArgumentException("Unknown currency code \"" + code + "\" in " + TextLimits.quote(input), e);
    }
  }

  /** The number of decimal places of amounts in the currency, never negative. */
  static int scale(CurrencyUnit currency) {
    return Math.max(0, currency.getDecimalPlaces());
  }
}
