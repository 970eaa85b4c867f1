package io.github.crowdfund.currency;

/**
 * The bounds every text parser of this package keeps to, so that no input of any size makes one run longer than
 * linear time or quote megabytes back in its error message. Texts beyond a bound are refused by their length,
 * before any pattern or {@link java.math.BigDecimal} looks at them.
 */
final class TextLimits {

  /**
   * The most characters of a number (sign, digits and decimal point) a parser reads: 64, enough for any amount,
   * rate or percentage with a meaning (a {@code long} of minor units has 19 digits).
   */
  static final int MAX_NUMBER_LENGTH = 64;

  /** The most characters of one line of a CSV file a parser reads; the rest of a longer line is skipped. */
  static final int MAX_LINE_LENGTH = 256;

  /** How many characters of a refused text its error message quotes. */
  private static final int MAX_QUOTED_LENGTH = 80;

  private TextLimits() {}

  /**
   * Quotes a text for an error message: the whole text in double quotes when short, otherwise its beginning
   * followed by an ellipsis and its length, such as {@code "12345…" (200000 characters)}.
   */
  static String quote(String text) {
    return text.length() <= MAX_QUOTED_LENGTH
        ? "\"" + text + "\""
        : "\"" + text.substring(0, MAX_QUOTED_LENGTH) + "…\" (" + text.length() + " characters)";
  }

  /**
   * Refuses a number text longer than {@link #MAX_NUMBER_LENGTH}.
   *
   * @param number the text of the number alone
   * @param what what the number is, for the message, such as {@code "Percentage"}
   * @param input the whole input the number is part of, quoted in the message
   * @throws IllegalArgumentException naming the bound and quoting the input if the number is too long
   */
  static void checkNumberLength(String number, String what, String input) {
    if (number.length() > MAX_NUMBER_LENGTH) {
      throw new IllegalArgumentException(what + " " + quote(input) + " has a number of " + number.length()
          + " characters; at most " + MAX_NUMBER_LENGTH + " are read");
    }
  }
}
