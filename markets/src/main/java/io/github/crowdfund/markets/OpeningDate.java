package io.github.crowdfund.markets;

import java.time.LocalDate;
import java.time.format.TextStyle;
import java.util.Locale;
import java.util.Objects;

/**
 * The day creators could first launch in a market, and how precisely that day is known.
 *
 * <p>For {@link DatePrecision#MONTH} the date is the last day of the month (and for {@link DatePrecision#YEAR}
 * the last day of the year), so a market is never taken to be open earlier than the sources allow.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param date the (latest possible) first day, not null
 * @param precision how precisely {@code date} is known, not null
 */
public record OpeningDate(LocalDate date, DatePrecision precision) {

  /**
   * Checks the parts.
   *
   * @throws IllegalArgumentException if the precision is a month or year and the date is not its last day
   */
  public OpeningDate {
    Objects.requireNonNull(date, "date");
    Objects.requireNonNull(precision, "precision");
    LocalDate last = switch (precision) {
      case DAY -> date;
      case MONTH -> date.withDayOfMonth(date.lengthOfMonth());
      case YEAR -> date.withDayOfYear(date.lengthOfYear());
    };
    if (!date.equals(last)) {
      throw new IllegalArgumentException(
          "a date known to the " + precision + " must be the last day of it: '" + date + "', expected " + last);
    }
  }

  /**
   * Returns an opening date known to the day.
   *
   * @param date the day, not null
   * @return the opening date
   */
  public static OpeningDate onDay(LocalDate date) {
    return new OpeningDate(date, DatePrecision.DAY);
  }

  /**
   * Says when, as precisely as known: "on 2017-09-13", "in August 2016" or "in 2016".
   *
   * @return the phrase, never null
   */
  public String describe() {
    return switch (precision) {
      case DAY -> "on " + date;
      case MONTH -> "in " + date.getMonth().getDisplayName(TextStyle.FULL, Locale.ENGLISH) + " " + date.getYear();
      case YEAR -> "in " + date.getYear();
    };
  }
}
