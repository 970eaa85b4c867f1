package io.github.crowdfund.markets;

import java.util.Locale;

/**
 * How sure the bundled data is of a number or a date.
 *
 * <p>A fact nobody could find is not given a confidence: it is absent ({@code Optional.empty()}) and an application
 * must supply its own value.
 */
public enum Confidence {
  /** A first-party source (help centre, terms, the platform's own app code) or several independent sources agree. */
  CONFIRMED,
  /** One secondary source, or a first-party source that may be out of date. */
  MEDIUM,
  /** Conflicting or weak sources; shipped only as overridable data, never as a fact. */
  UNCONFIRMED;

  /**
   * Parses the lower-case spelling used in data files ({@code confirmed}, {@code medium}, {@code unconfirmed}).
   *
   * @param text the spelling, not null
   * @return the confidence
   * @throws IllegalArgumentException quoting {@code text} and listing the valid spellings when it is none of them
   */
  public static Confidence parse(String text) {
    return DataFile.parseChoice(text, Confidence.class);
  }

  /** Returns the lower-case spelling used in data files. */
  @Override
  public String toString() {
    return name().toLowerCase(Locale.ROOT);
  }
}
