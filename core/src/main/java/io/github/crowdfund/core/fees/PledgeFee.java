package io.github.crowdfund.core.fees;

import io.github.crowdfund.currency.Percentage;
import java.math.BigDecimal;
import java.math.RoundingMode;
import org.joda.money.Money;

/**
 * A fee charged per pledge: a payment processor's fee (taken from the creator's funds) or a backer-side fee (added to
 * what the backer pays). Parts compose: {@link #below(Money, PledgeFee, PledgeFee)} picks one formula under a
 * threshold and another from it up.
 *
 * <p>Example, Kickstarter's US processing fee (3% + $0.20; pledges under $10: 5% + $0.05):
 * <pre>{@code
 * PledgeFee us = PledgeFee.below(Money.parse("USD 10.00"),
 *     PledgeFee.percentPlusFixed(Percentage.parse("5%"), Money.parse("USD 0.05"), RoundingMode.HALF_UP),
 *     PledgeFee.percentPlusFixed(Percentage.parse("3%"), Money.parse("USD 0.20"), RoundingMode.HALF_UP));
 * }</pre>
 *
 * <p>Rates are {@link Percentage}s from 0% to 100%. Each factory rounds once, with the rounding mode it is
 * given, after adding the exact parts. Implementations must be immutable and thread-safe; all those made by the
 * factories here are.
 */
@FunctionalInterface
public interface PledgeFee {
  /**
   * Computes the fee on one pledge.
   *
   * @param pledge the pledged amount; not null, not negative
   * @return the fee, in the pledge's currency at its minor unit; never null, never negative
   * @throws UnknownFeeException if this fee is {@link #unknown(String) unknown}
   * @throws org.joda.money.CurrencyMismatchException if a fixed part or threshold is in another currency
   */
  Money on(Money pledge);

  /**
   * Returns a fee of zero, stated explicitly (a platform that charges nothing of this kind).
   *
   * @return the fee that is always zero; never null
   */
  static PledgeFee none() {
    return new Fees.NoFee();
  }

  /**
   * Returns a fee the platform does not publish. Computing it throws {@link UnknownFeeException} naming
   * {@code what}: the library never assumes an unknown fee is zero.
   *
   * @param what what is missing, for example "Kickstarter processing fee for JPY pledges"; not null, not blank
   * @return a fee that throws when used; never null
   * @throws IllegalArgumentException if {@code what} is blank
   */
  static PledgeFee unknown(String what) {
    return new Fees.Unknown(what);
  }

  /**
   * Returns a fixed amount per pledge (READYFOR's backer fee of JPY 220).
   *
   * @param amount the fee per pledge; not null, not negative; pledges must be in its currency
   * @return the fee; never null
   * @throws IllegalArgumentException if {@code amount} is negative
   */
  static PledgeFee fixed(Money amount) {
    return new Fees.PercentPlusFixed(Percentage.of(BigDecimal.ZERO), amount, RoundingMode.UNNECESSARY);
  }

  /**
   * Returns a percentage of each pledge.
   *
   * @param percent the rate, 0% to 100%; not null
   * @param rounding how the exact result is rounded to the currency's minor unit; not null
   * @return the fee; never null
   * @throws IllegalArgumentException if {@code percent} is outside 0% to 100%
   */
  static PledgeFee percent(Percentage percent, RoundingMode rounding) {
    return new Fees.Percent(percent, rounding);
  }

  /**
   * Returns a percentage of each pledge plus a fixed amount, rounded once after adding them.
   *
   * @param percent the rate, 0% to 100%; not null
   * @param fixed the fixed part per pledge; not null, not negative; pledges must be in its currency
   * @param rounding how the exact sum is rounded to the currency's minor unit; not null
   * @return the fee; never null
   * @throws IllegalArgumentException if {@code percent} is outside 0% to 100% or {@code fixed} is negative
   */
  static PledgeFee percentPlusFixed(Percentage percent, Money fixed, RoundingMode rounding) {
    return new Fees.PercentPlusFixed(percent, fixed, rounding);
  }

  /**
   * Returns a fee that applies one formula to pledges under a threshold and another to pledges at or above it.
   *
   * @param threshold the smallest pledge that {@code fromThreshold} applies to; not null, not negative
   * @param below the fee for pledges strictly under {@code threshold}; not null
   * @param fromThreshold the fee for pledges of {@code threshold} or more; not null
   * @return the fee; never null
   * @throws IllegalArgumentException if {@code threshold} is negative
   */
  static PledgeFee below(Money threshold, PledgeFee below, PledgeFee fromThreshold) {
    return new Fees.Threshold(threshold, below, fromThreshold);
  }
}
