package io.github.crowdfund.core;

import java.math.BigDecimal;
import java.util.Objects;
import org.joda.money.Money;

/**
 * One tier of a commission by total raised: the rate that applies to totals above {@code from}, up to the start of
 * the next tier. See {@link PlatformFee#tiered} for how tiers combine.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param from where the tier starts (exclusive for {@link TierMode#WHOLE_TOTAL}); not null, not negative
 * @param percent the commission rate in percent, 0 to 100; not null
 */
public record CommissionTier(Money from, BigDecimal percent) {
  /**
   * Validates the tier.
   *
   * @throws IllegalArgumentException if {@code from} is negative or {@code percent} is outside 0 to 100
   */
  public CommissionTier {
    Fees.checkNotNegative(from, "from");
    Fees.checkPercent(percent);
  }

  /**
   * Returns a tier.
   *
   * @param from where the tier starts; not null, not negative
   * @param percent the rate in percent, as a decimal string such as {@code "5.83"}; not null
   * @return the tier; never null
   * @throws IllegalArgumentException if an argument is invalid
   */
  public static CommissionTier of(Money from, String percent) {
    return new CommissionTier(from, new BigDecimal(Objects.requireNonNull(percent, "percent")));
  }

  @Override
  public String toString() {
    return "above " + from + ": " + Fees.percentText(percent);
  }
}
