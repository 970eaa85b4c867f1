package io.github.crowdfund.markets;

import java.time.LocalDate;
import java.util.Objects;
import org.joda.money.CurrencyUnit;

/**
 * A currency a market allows instead of its project currency, from a date on (Kickstarter creators in Denmark,
 * Norway, Poland, Sweden and Switzerland may choose EUR since 2020-10-06).
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param currency the optional currency, not null
 * @param allowedFrom the first day creators may choose it, not null
 */
public record CurrencyOption(CurrencyUnit currency, LocalDate allowedFrom) {

  /** Checks the parts. */
  public CurrencyOption {
    Objects.requireNonNull(currency, "currency");
    Objects.requireNonNull(allowedFrom, "allowedFrom");
  }

  /**
   * Whether creators may choose the currency on a date.
   *
   * @param date the date, not null
   * @return true from {@link #allowedFrom()} on
   */
  public boolean allowedOn(LocalDate date) {
    return !date.isBefore(allowedFrom);
  }
}
