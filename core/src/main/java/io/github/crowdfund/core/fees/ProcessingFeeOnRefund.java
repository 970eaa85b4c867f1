package io.github.crowdfund.core.fees;

import java.math.BigInteger;
import java.util.Objects;
import org.joda.money.Money;

/**
 * What happens to the payment processing fee of a charge that is refunded: the processor keeps it (the default, as
 * Kickstarter's processor does and as most platforms say; a parameter where a platform does not publish its rule)
 * or returns it in proportion to the amount refunded.
 *
 * <p>Returned fees are exact: after refunds totalling {@code r} of charges {@code c} that cost the fee {@code f},
 * {@code floor(min(f, c) × r / c)} has been returned, so refunding everything returns the whole fee (never more than
 * the charges) and each partial refund returns the difference, never more than itself ({@link #returnedBy}).
 * Chargebacks return no fee.
 *
 * <p>This class is immutable and thread-safe.
 */
public enum ProcessingFeeOnRefund {
  /** The processor keeps the fee of a refunded charge: the creator is debited the whole refund. */
  KEPT_BY_PROCESSOR,
  /** The processor returns the fee in proportion to the amount refunded: it reduces the creator's debit. */
  RETURNED;

  /**
   * Returns the part of the processing fee that a refund gives back under this rule.
   *
   * @param fee the processing fee of the backer's collected charges, zero or more
   * @param collected what was collected from the backer, positive
   * @param refundedBefore what was refunded to the backer before this refund, zero or more
   * @param refund this refund, positive; {@code refundedBefore + refund} at most {@code collected}
   * @return zero when the processor keeps fees; otherwise the fee returned, zero or more, in the fee's currency
   * @throws IllegalArgumentException if the amounts are in different currencies or out of range, quoting them
   */
  public Money returnedBy(Money fee, Money collected, Money refundedBefore, Money refund) {
    Objects.requireNonNull(fee, "fee");
    for (Money amount : new Money[] {collected, refundedBefore, refund}) {
      MoneyChecks.checkSameCurrency(fee, amount);
      MoneyChecks.checkNotNegative(amount, "amount");
    }
    MoneyChecks.checkNotNegative(fee, "fee");
    Money after = refundedBefore.plus(refund);
    if (!collected.isPositive() || after.isGreaterThan(collected)) {
      throw new IllegalArgumentException("refunds " + refundedBefore + " + " + refund + " do not fit in collected "
          + collected);
    }
    if (this == KEPT_BY_PROCESSOR) {
      return Money.zero(fee.getCurrencyUnit());
    }
    Money returnable = fee.isGreaterThan(collected) ? collected : fee;
    return share(returnable, after, collected).minus(share(returnable, refundedBefore, collected));
  }

  /** floor(fee × part / whole), exactly. */
  private static Money share(Money fee, Money part, Money whole) {
    BigInteger minor = BigInteger.valueOf(fee.getAmountMinorLong())
        .multiply(BigInteger.valueOf(part.getAmountMinorLong()))
        .divide(BigInteger.valueOf(whole.getAmountMinorLong()));
    return Money.ofMinor(fee.getCurrencyUnit(), minor.longValueExact());
  }
}
