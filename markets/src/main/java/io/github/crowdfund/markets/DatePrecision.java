package io.github.crowdfund.markets;

import java.util.Locale;

/**
 * How precisely a recorded calendar date is known.
 *
 * <p>A date known only to the month is stored as the last day of that month, so a comparison with it never claims
 * something happened earlier than the sources allow.
 */
public enum DatePrecision {
  /** The day itself is known. */
  DAY,
  /** Only the month is known; the date is the last day of that month. */
  MONTH,
  /** Only the year is known; the date is the last day of that year. */
  YEAR;

  /**
   * Parses the lower-case spelling used in data files ({@code day}, {@code month}, {@code year}).
   *
   * @param text the spelling, not null
   * @return the precision
   * @throws IllegalArgumentException quoting {@code text} and listing the valid spellings when it is none of them
   */
  public static DatePrecision parse(String text) {
    return DataFile.parseChoice(text, DatePrecision.class);
  }

  /** Returns the lower-case spelling used in data files. */
  @Override
  public String toString() {
    return name().toLowerCase(Locale.ROOT);
  }
}
