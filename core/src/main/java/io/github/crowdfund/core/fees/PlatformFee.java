package io.github.crowdfund.core.fees;

import io.github.crowdfund.core.FundingOutcome;
import io.github.crowdfund.currency.Percentage;
import java.math.RoundingMode;
import java.util.List;
import org.joda.money.Money;

/**
 * The platform's commission on the funds a campaign collected. It is computed once on the collected total, never
 * on a failed all-or-nothing campaign (which collects nothing and pays no fee).
 *
 * <p>Example, Kickstarter (5% of collected funds, only if successful):
 * {@code PlatformFee.percent(Percentage.parse("5%"), RoundingMode.HALF_UP).onlyOnSuccess()}. Rates are
 * {@link Percentage}s from 0% to 100%. Implementations must be immutable and thread-safe; all those made by the
 * factories here are.
 */
@FunctionalInterface
public interface PlatformFee {
  /**
   * Computes the platform fee.
   *
   * @param collected the funds collected after the deadline (including pledges refunded later); not null, not
   *     negative
   * @param outcome how the campaign ended; not null
   * @return the fee, in the currency of {@code collected} at its minor unit; never null, never negative
   * @throws UnknownFeeException if this fee is {@link #unknown(String) unknown}
   */
  Money on(Money collected, FundingOutcome outcome);

  /**
   * Returns this fee when the campaign succeeded and zero otherwise (for a keep-it-all campaign that ended below its
   * goal): "charged only on success".
   *
   * @return the restricted fee; never null
   */
  default PlatformFee onlyOnSuccess() {
    return byOutcome(this, none());
  }

  /**
   * Returns a fee that differs by outcome, for platforms that charged keep-it-all campaigns that missed their goal
   * another rate (Indiegogo before 2016: 4% on success, 9% for flexible campaigns that missed).
   *
   * @param onSuccess the fee when the goal was reached; not null
   * @param keptBelowGoal the fee when a keep-it-all campaign ended below its goal; not null
   * @return the combined fee; never null
   */
  static PlatformFee byOutcome(PlatformFee onSuccess, PlatformFee keptBelowGoal) {
    return new Fees.ByOutcome(onSuccess, keptBelowGoal);
  }

  /**
   * Returns a platform fee of zero, stated explicitly (GoFundMe's 0% platform fee).
   *
   * @return the fee that is always zero; never null
   */
  static PlatformFee none() {
    return new Fees.NoFee();
  }

  /**
   * Returns a platform fee that is not known. Computing it throws {@link UnknownFeeException} naming {@code what}.
   *
   * @param what what is missing; not null, not blank
   * @return a fee that throws when used; never null
   * @throws IllegalArgumentException if {@code what} is blank
   */
  static PlatformFee unknown(String what) {
    return new Fees.Unknown(what);
  }

  /**
   * Returns a percentage of the collected funds, whatever the outcome (combine with {@link #onlyOnSuccess()}).
   *
   * @param percent the rate, 0% to 100%; not null
   * @param rounding how the exact result is rounded to the currency's minor unit; not null
   * @return the fee; never null
   * @throws IllegalArgumentException if {@code percent} is outside 0% to 100%
   */
  static PlatformFee percent(Percentage percent, RoundingMode rounding) {
    return new Fees.Percent(percent, rounding);
  }

  /**
   * Returns a commission in tiers by total collected (Ulule: 6.67% up to EUR 100,000, 5.83% to 250,000, 5% to
   * 500,000, 4.17% above). A tier covers totals <em>above</em> its start, so a total of exactly EUR 100,000 is in the
   * 6.67% tier.
   *
   * <p>Whether a tier's rate applies to the whole total or only to the part inside the tier is not confirmed for
   * Ulule, hence the {@code mode}: {@link TierMode#WHOLE_TOTAL} charges EUR 312,345.67 at 5% (EUR 15,617.28);
   * {@link TierMode#MARGINAL} charges 6.67% of the first 100,000, 5.83% of the next 150,000 and 5% of the remaining
   * 62,345.67 (EUR 18,532.28). The exact sum is rounded once.
   *
   * @param tiers the tiers in increasing order of start, the first starting at zero, all in the campaign's
   *     currency; not null, not empty
   * @param mode how a tier's rate applies; not null
   * @param rounding how the exact result is rounded to the currency's minor unit; not null
   * @return the fee; never null
   * @throws IllegalArgumentException if the tiers are empty, the first does not start at zero, or the starts do not
   *     increase
   * @throws org.joda.money.CurrencyMismatchException if tier starts are in different currencies
   */
  static PlatformFee tiered(List<CommissionTier> tiers, TierMode mode, RoundingMode rounding) {
    return new Fees.Tiered(tiers, mode, rounding);
  }
}
