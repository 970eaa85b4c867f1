package io.github.crowdfund.core.fees;

import io.github.crowdfund.currency.Percentage;
import java.util.Objects;
import org.joda.money.Money;

/**
 * One tier of a commission by total raised: the rate that applies to totals above {@code from}, up to the start of
 * the next tier. See {@link PlatformFee#tiered} for how tiers combine.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param from where the tier starts (exclusive for {@link TierMode#WHOLE_TOTAL}); not null, not negative
 * @param rate the commission rate, 0% to 100%; not null
 */
public record CommissionTier(Money from, Percentage rate) {
  /**
   * Validates the tier.
   *
   * @throws IllegalArgumentException if {@code from} is negative or {@code rate} is outside 0% to 100%
   */
  public CommissionTier {
    MoneyChecks.checkNotNegative(from, "from");
    Fees.checkPercent(rate);
  }

  /**
   * Returns a tier.
   *
   * @param from where the tier starts; not null, not negative
   * @param rate the rate in the text form of {@link Percentage#parse(String)}, such as {@code "5.83%"}; not null
   * @return the tier; never null
   * @throws IllegalArgumentException if an argument is invalid
   */
  public static CommissionTier of(Money from, String rate) {
    return new CommissionTier(from, Percentage.parse(Objects.requireNonNull(rate, "rate")));
  }

  @Override
  public String toString() {
    return "above " + from + ": " + rate;
  }
}
