package io.github.crowdfund.markets;

import java.util.Arrays;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;

/** ISO 3166-1 alpha-2 country codes: checking them and naming them in English. */
final class Countries {

  private static final Set<String> ISO_CODES = new TreeSet<>(Arrays.asList(Locale.getISOCountries()));

  private Countries() {}

  /**
   * Returns {@code code} when it is an ISO 3166-1 alpha-2 code (upper case).
   *
   * @throws IllegalArgumentException quoting the code and listing the known codes
   */
  static String requireIso(String code, String what) {
    if (code == null) {
      throw new NullPointerException(what);
    }
    if (!ISO_CODES.contains(code)) {
      throw new IllegalArgumentException(
          "unknown country code '" + code + "' for " + what + "; known ISO 3166-1 alpha-2 codes: " + ISO_CODES);
    }
    return code;
  }

  /** Returns the English name and code, e.g. "Japan (JP)". */
  static String describe(String code) {
    String name = new Locale.Builder().setRegion(code).build().getDisplayCountry(Locale.ENGLISH);
    return (name.isEmpty() ? code : name) + " (" + code + ")";
  }
}
