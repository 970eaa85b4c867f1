package io.github.crowdfund.core;

/** ISO 3166-1 alpha-2 country codes: validation and a compact number (0 to 675) for storage. */
final class CountryCodes {

  private CountryCodes() {}

  /** Returns {@code code} if it is two upper-case ASCII letters, else throws quoting it. */
  static String require(String code, String what) {
    if (code.length() != 2 || !isLetter(code.charAt(0)) || !isLetter(code.charAt(1))) {
      throw new IllegalArgumentException(
          what + " must be an ISO 3166-1 alpha-2 code (two upper-case letters, e.g. US): '" + code + "'");
    }
    return code;
  }

  static int encode(String code) {
    return (code.charAt(0) - 'A') * 26 + (code.charAt(1) - 'A');
  }

  static String decode(int number) {
    return new String(new char[] {(char) ('A' + number / 26), (char) ('A' + number % 26)});
  }

  private static boolean isLetter(char c) {
    return c >= 'A' && c <= 'Z';
  }
}
