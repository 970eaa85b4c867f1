package io.github.crowdfund.core.fees;

import io.github.crowdfund.currency.Percentage;
import java.math.RoundingMode;
import org.joda.money.Money;

/**
 * A tax the creator pays on the platform's fees (Ulule: 20% VAT on its commission, so 6.67% becomes 8%). Rates are
 * {@link Percentage}s from 0% to 100%. Implementations must be immutable and thread-safe; all those made by the
 * factories here are.
 */
@FunctionalInterface
public interface FeeTax {
  /**
   * Computes the tax.
   *
   * @param platformFee the platform fee of the campaign; not null
   * @param processingFees the sum of the processing fees, in the same currency; not null
   * @return the tax, in that currency at its minor unit; never null, never negative
   * @throws UnknownFeeException if this tax is {@link #unknown(String) unknown}
   * @throws org.joda.money.CurrencyMismatchException if the two fees are in different currencies
   */
  Money taxOn(Money platformFee, Money processingFees);

  /**
   * Returns no tax, stated explicitly.
   *
   * @return the tax that is always zero; never null
   */
  static FeeTax none() {
    return new Fees.NoFee();
  }

  /**
   * Returns a tax that is not known (for example "consumption tax on CAMPFIRE's fees"). Computing it throws
   * {@link UnknownFeeException} naming {@code what}.
   *
   * @param what what is missing; not null, not blank
   * @return a tax that throws when used; never null
   * @throws IllegalArgumentException if {@code what} is blank
   */
  static FeeTax unknown(String what) {
    return new Fees.Unknown(what);
  }

  /**
   * Returns a percentage of the platform fee alone.
   *
   * @param percent the tax rate, 0% to 100%; not null
   * @param rounding how the exact tax is rounded to the currency's minor unit; not null
   * @return the tax; never null
   * @throws IllegalArgumentException if {@code percent} is outside 0% to 100%
   */
  static FeeTax onPlatformFee(Percentage percent, RoundingMode rounding) {
    return new Fees.PercentTax(percent, false, rounding);
  }

  /**
   * Returns a percentage of the platform fee plus the processing fees.
   *
   * @param percent the tax rate, 0% to 100%; not null
   * @param rounding how the exact tax is rounded to the currency's minor unit; not null
   * @return the tax; never null
   * @throws IllegalArgumentException if {@code percent} is outside 0% to 100%
   */
  static FeeTax onAllFees(Percentage percent, RoundingMode rounding) {
    return new Fees.PercentTax(percent, true, rounding);
  }
}
