package io.github.crowdfund.markets;

import java.util.Locale;

/**
 * Which date of a project decides whether a dated rule applies to it (see {@link ProjectDates}).
 */
public enum DateBasis {
  /** The date the project launched: the basis of every rule unless the data says otherwise. */
  LAUNCH,
  /** The date the creator first applied (CAMPFIRE's commission change of 2018-03-01). */
  APPLICATION;

  /** The basis a data file names: {@code launch} or {@code application}. */
  static DateBasis ofData(String value) {
    return valueOf(value.toUpperCase(Locale.ROOT));
  }
}
