package io.github.crowdfund.core;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.NavigableSet;
import java.util.Objects;
import java.util.TreeSet;

/**
 * A country, by its ISO 3166-1 alpha-2 code such as {@code JP}: where a project is launched, a creator lives, a
 * reward ships.
 *
 * <p>The codes known are the 249 officially assigned ISO 3166-1 codes and the user-assigned {@code XK} (Kosovo),
 * shipped with the library (as of 2026-12-02) so that they do not depend on the JDK that runs it: a value written on
 * one JDK reads on any other. {@link #of(String)} is the one check of a country code in crowdfund.
 *
 * <p>There is one instance per code, so {@code ==} and {@link #equals} agree, and looking a code up allocates
 * nothing. Countries sort by code. This class is immutable and thread-safe.
 */
public final class Country implements Comparable<Country> {

  private static final String RESOURCE = "countries.csv";
  private static final int LETTERS = 26;

  /** Every country, by index (sorted by code). */
  private static final Country[] BY_INDEX;

  /** Every country at {@code 26 * (first letter) + second letter}; null where no country has the code. */
  private static final Country[] BY_CODE = new Country[LETTERS * LETTERS];

  private static final NavigableSet<Country> ALL;

  static {
    List<String[]> rows = readCodesAndNames();
    BY_INDEX = new Country[rows.size()];
    for (int i = 0; i < rows.size(); i++) {
      Country country = new Country(rows.get(i)[0], rows.get(i)[1], i);
      if (i > 0 && BY_INDEX[i - 1].code.compareTo(country.code) >= 0) {
        throw new IllegalStateException(RESOURCE + ": codes must be sorted and unique: " + country.code);
      }
      BY_INDEX[i] = country;
      BY_CODE[slot(country.code.charAt(0), country.code.charAt(1))] = country;
    }
    ALL = Collections.unmodifiableNavigableSet(new TreeSet<>(Arrays.asList(BY_INDEX)));
  }

  private final String code;
  private final String englishName;
  private final int index;

  private Country(String code, String englishName, int index) {
    this.code = code;
    this.englishName = englishName;
    this.index = index;
  }

  /**
   * Returns the country with an ISO 3166-1 alpha-2 code (or {@code XK}, Kosovo).
   *
   * @param code two upper-case letters, such as {@code "JP"}
   * @return the country, the same instance for every call with the same code
   * @throws NullPointerException if {@code code} is null
   * @throws IllegalArgumentException if {@code code} is not a known code, quoting it (a lower-case spelling of a known
   *     code is refused too, naming the upper-case one)
   */
  public static Country of(String code) {
    Objects.requireNonNull(code, "code");
    if (code.length() == 2) {
      char first = code.charAt(0);
      char second = code.charAt(1);
      if (isUpperLetter(first) && isUpperLetter(second)) {
        Country country = BY_CODE[slot(first, second)];
        if (country != null) {
          return country;
        }
      } else if (isUpperLetter(Character.toUpperCase(first)) && isUpperLetter(Character.toUpperCase(second))
          && BY_CODE[slot(Character.toUpperCase(first), Character.toUpperCase(second))] != null) {
        throw new IllegalArgumentException("country '" + code + "' is not an ISO 3166-1 alpha-2 country code: codes"
            + " are upper case, such as '" + code.toUpperCase(Locale.ROOT) + "'");
      }
    }
    throw new IllegalArgumentException("country '" + code + "' is not an ISO 3166-1 alpha-2 country code"
        + " (two upper-case letters of an assigned code, such as 'US' or 'JP')");
  }

  /**
   * Returns every country known, sorted by code.
   *
   * @return the countries; never null, unmodifiable
   */
  public static NavigableSet<Country> all() {
    return ALL;
  }

  /**
   * Returns the ISO 3166-1 alpha-2 code.
   *
   * @return two upper-case letters, such as {@code "JP"}; never null
   */
  public String code() {
    return code;
  }

  /**
   * Returns the English short name, as in Unicode CLDR.
   *
   * @return the name, such as {@code "Japan"}; never null
   */
  public String englishName() {
    return englishName;
  }

  /**
   * Returns the English name and the code, as messages name a country.
   *
   * @return for example {@code "Japan (JP)"}; never null
   */
  public String describe() {
    return englishName + " (" + code + ")";
  }

  /** Returns the position of this country among {@link #all()}: a small number for compact storage. */
  int index() {
    return index;
  }

  /**
   * Returns the country at a position among {@link #all()}.
   *
   * @throws IndexOutOfBoundsException if no country is at {@code index}
   */
  static Country ofIndex(int index) {
    return BY_INDEX[index];
  }

  /** Returns how many countries there are, the bound of {@link #index()}. */
  static int count() {
    return BY_INDEX.length;
  }

  /** Compares by code. */
  @Override
  public int compareTo(Country other) {
    return code.compareTo(other.code);
  }

  /**
   * Returns the code.
   *
   * @return two upper-case letters, such as {@code "JP"}
   */
  @Override
  public String toString() {
    return code;
  }

  private static int slot(char first, char second) {
    return LETTERS * (first - 'A') + (second - 'A');
  }

  private static boolean isUpperLetter(char c) {
    return c >= 'A' && c <= 'Z';
  }

  private static List<String[]> readCodesAndNames() {
    try (InputStream in = Country.class.getResourceAsStream(RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException("missing resource " + RESOURCE + " beside " + Country.class.getName());
      }
      BufferedReader lines = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      List<String[]> rows = new ArrayList<>();
      boolean header = true;
      for (String line = lines.readLine(); line != null; line = lines.readLine()) {
        if (line.startsWith("#")) {
          continue;
        }
        if (header) {
          header = false;
          continue;
        }
        String[] row = line.split(",", 2);
        if (row.length != 2 || row[0].length() != 2 || !isUpperLetter(row[0].charAt(0))
            || !isUpperLetter(row[0].charAt(1)) || row[1].isBlank()) {
          throw new IllegalStateException(RESOURCE + ": not a code and a name: '" + line + "'");
        }
        rows.add(row);
      }
      return rows;
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + RESOURCE, e);
    }
  }
}
