package io.github.crowdfund.core.settlement;

import io.github.crowdfund.core.fees.MoneyChecks;
import java.time.Instant;
import java.util.Objects;
import org.joda.money.Money;

/**
 * One payout of a {@link PayoutCalendar}: when it is paid, what it covers (the campaign's collected pledges and the
 * first payments of its payment plans, the late pledges of a window, or the later payments of the plans), how much was collected for it, its deductions and what the creator receives.
 *
 * <p>{@code collected == platformFee + processingFees + taxOnFees + net}, to the minor unit.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param date when the payout is paid
 * @param kind what it covers
 * @param coversFrom the start (inclusive) of the time whose pledges it covers
 * @param coversUntil the end (exclusive) of that time
 * @param pledges how many pledges it covers (for {@link Kind#INSTALLMENTS}, the plans with a later payment collected)
 * @param collected the money collected for it
 * @param platformFee the platform's fee deducted
 * @param processingFees the payment processing fees deducted
 * @param taxOnFees the tax on the fees deducted
 * @param net what the creator receives
 */
public record Payout(Instant date, Kind kind, Instant coversFrom, Instant coversUntil, int pledges, Money collected,
    Money platformFee, Money processingFees, Money taxOnFees, Money net) {

  /** What a payout covers. */
  public enum Kind {
    /** The pledges collected at the campaign's end. */
    CAMPAIGN,
    /** The late pledges collected in one window. */
    LATE_PLEDGES,
    /**
     * The payments numbered 2 and later of the campaign's payment plans, paid once the last of them is collected
     * (the first payments are in the {@link #CAMPAIGN} payout).
     */
    INSTALLMENTS
  }

  /**
   * Validates the payout.
   *
   * @throws NullPointerException if an argument is null
   * @throws IllegalArgumentException if the amounts are in different currencies, a deduction is negative, or they
   *     do not add up to what was collected, quoting them
   */
  public Payout {
    Objects.requireNonNull(date, "date");
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(coversFrom, "coversFrom");
    Objects.requireNonNull(coversUntil, "coversUntil");
    for (Money part : new Money[] {platformFee, processingFees, taxOnFees, net}) {
      MoneyChecks.checkSameCurrency(collected, part);
    }
    MoneyChecks.checkNotNegative(collected, "collected");
    MoneyChecks.checkNotNegative(platformFee, "platformFee");
    MoneyChecks.checkNotNegative(processingFees, "processingFees");
    MoneyChecks.checkNotNegative(taxOnFees, "taxOnFees");
    if (!platformFee.plus(processingFees).plus(taxOnFees).plus(net).equals(collected)) {
      throw new IllegalArgumentException("payout deductions " + platformFee + " + " + processingFees + " + "
          + taxOnFees + " and net " + net + " do not add up to " + collected);
    }
  }
}
