package io.github.crowdfund.markets;

import java.math.BigDecimal;
import java.util.Objects;
import java.util.Optional;
import org.joda.money.CurrencyUnit;
import org.joda.money.Money;

/**
 * The smallest and largest pledge a backer may make to a project in one currency, and the lower maximum that applied
 * earlier where the data records one. The data does not say on which day the maximum changed, so
 * {@link #earlierMaximum()} is history to show, not a rule to apply on a date.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param minimum the smallest pledge, positive, not null
 * @param maximum the largest pledge today, at least {@code minimum}, in the same currency, not null
 * @param earlierMaximum the largest pledge before an undated change, if recorded; at least {@code minimum}, same
 *     currency; not null
 */
public record PledgeLimits(Money minimum, Money maximum, Optional<Money> earlierMaximum) {

  /**
   * Checks the parts.
   *
   * @throws IllegalArgumentException quoting the amounts when the currencies differ, the minimum is not positive or a
   *     maximum is below the minimum
   */
  public PledgeLimits {
    Objects.requireNonNull(minimum, "minimum");
    Objects.requireNonNull(maximum, "maximum");
    Objects.requireNonNull(earlierMaximum, "earlierMaximum");
    if (!minimum.isPositive()) {
      throw new IllegalArgumentException("the minimum pledge must be positive: '" + minimum + "'");
    }
    requireAtLeastMinimum(minimum, maximum, "maximum");
    earlierMaximum.ifPresent(earlier -> requireAtLeastMinimum(minimum, earlier, "earlier maximum"));
  }

  private static void requireAtLeastMinimum(Money minimum, Money maximum, String what) {
    if (!maximum.getCurrencyUnit().equals(minimum.getCurrencyUnit())) {
      throw new IllegalArgumentException(
          "the " + what + " '" + maximum + "' is not in the minimum's currency " + minimum.getCurrencyUnit());
    }
    if (maximum.isLessThan(minimum)) {
      throw new IllegalArgumentException("the " + what + " '" + maximum + "' is below the minimum '" + minimum + "'");
    }
  }

  /**
   * Returns limits given in major units of a currency (Kickstarter keeps them as whole units: ¥100 to ¥1,200,000).
   *
   * @param currency the currency, not null
   * @param minimum the smallest pledge in major units, not null
   * @param maximum the largest pledge in major units, not null
   * @param earlierMaximum the earlier largest pledge in major units, if recorded, not null
   * @return the limits
   * @throws IllegalArgumentException quoting an amount with more decimals than the currency has or whose minor units
   *     do not fit in a {@code long} (beyond what a campaign can hold, such as {@code 1E+2147483647}), or as the
   *     constructor
   */
  public static PledgeLimits ofMajor(
      CurrencyUnit currency, BigDecimal minimum, BigDecimal maximum, Optional<BigDecimal> earlierMaximum) {
    Objects.requireNonNull(currency, "currency");
    return new PledgeLimits(
        DataNumbers.money(currency, minimum), DataNumbers.money(currency, maximum),
        earlierMaximum.map(m -> DataNumbers.money(currency, m)));
  }

  /** Returns the currency of the limits. */
  public CurrencyUnit currency() {
    return minimum.getCurrencyUnit();
  }

  /**
   * Whether an amount lies within the limits of today, both ends included.
   *
   * @param pledge the pledge, in the limits' currency, not null
   * @return true when {@code minimum <= pledge <= maximum}
   * @throws org.joda.money.CurrencyMismatchException if the pledge is in another currency
   */
  public boolean allows(Money pledge) {
    return !pledge.isLessThan(minimum) && !pledge.isGreaterThan(maximum);
  }
}
