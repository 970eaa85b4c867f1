package io.github.crowdfund.core;

import io.github.crowdfund.core.installments.Installment;
import io.github.crowdfund.core.installments.InstallmentState;
import io.github.crowdfund.core.settlement.ChargeReversal;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.joda.money.Money;

/**
 * What was collected from each backer of a campaign and what went back to them: refunds (whole or in part),
 * payments paid back when a plan stopped, disputes and lost chargebacks. Reached with {@link Campaign#refunds()};
 * amounts are in the campaign currency.
 *
 * <p>This class is immutable and thread-safe: it reads the campaign value it came from.
 */
public final class RefundView {

  private final Campaign campaign;
  private final Reversals reversals;

  RefundView(Campaign campaign) {
    this.campaign = campaign;
    this.reversals = campaign.reversals();
  }

  /**
   * Returns what was collected from a backer: their collected campaign pledge (or its collected payments when they
   * pay over time) or their collected late pledge, including what later went back to them. O(log n).
   *
   * @param backer the backer; not null
   * @return the amount, zero when nothing was collected
   */
  public Money collectedFrom(BackerId backer) {
    return Money.ofMinor(campaign.currency(), collectedMinor(backer, false));
  }

  /**
   * Returns what went back to a backer: refunds (of the whole pledge or in part), payments paid back when a plan
   * stopped, and lost chargebacks. O(log n).
   *
   * @param backer the backer; not null
   * @return the amount, zero when nothing went back
   */
  public Money returnedTo(BackerId backer) {
    Reversals.Account account = reversals.get(backer.value());
    return Money.ofMinor(campaign.currency(),
        collectedMinor(backer, true) + (account == null ? 0 : account.returnedMinor()));
  }

  /**
   * Returns what may still be refunded to (or disputed by) a backer: {@link #collectedFrom} minus
   * {@link #returnedTo} minus the amount of an open dispute. O(log n).
   *
   * @param backer the backer; not null
   * @return the amount, zero or more
   */
  public Money refundableTo(BackerId backer) {
    Objects.requireNonNull(backer, "backer");
    Reversals.Account account = reversals.get(backer.value());
    return collectedFrom(backer).minus(returnedTo(backer))
        .minus(Money.ofMinor(campaign.currency(), account == null ? 0 : account.disputedMinor()));
  }

  /**
   * Returns the amount of a backer's open dispute. O(log n).
   *
   * @param backer the backer; not null
   * @return the disputed amount, or empty when no dispute is open
   */
  public Optional<Money> openDisputeOf(BackerId backer) {
    Objects.requireNonNull(backer, "backer");
    Reversals.Account account = reversals.get(backer.value());
    return account == null || !account.disputeOpen() ? Optional.empty()
        : Optional.of(account.disputed(campaign.currency()));
  }

  /**
   * Returns a backer's refunds and dispute steps, in the order they happened. O(log n).
   *
   * @param backer the backer; not null
   * @return an unmodifiable list, empty when there are none
   */
  public List<ChargeReversal> reversalsOf(BackerId backer) {
    Objects.requireNonNull(backer, "backer");
    Reversals.Account account = reversals.get(backer.value());
    return account == null ? List.of() : account.entries();
  }

  /**
   * Returns every refund and dispute step of the campaign, by date. O(n) in the backers with one.
   *
   * @return a new list
   */
  public List<ChargeReversal> reversals() {
    return reversals.all();
  }

  /**
   * Collected from a backer in minor units, or (when {@code returnedOnly}) the part of it that a whole-pledge refund,
   * a plan paid back on stop or a plan payment's chargeback returned: the states the payments carry themselves.
   */
  private long collectedMinor(BackerId backer, boolean returnedOnly) {
    long key = Objects.requireNonNull(backer, "backer").value();
    PledgeTrie.Entry latePledge = campaign.late().book().get(key);
    if (latePledge != null) {
      return returnedOnly ? 0 : latePledge.amountMinor();
    }
    PledgeBook book = campaign.book();
    PledgeTrie.Entry entry = book.get(key);
    if (entry == null || !book.payments().charged()) {
      return 0;
    }
    if (campaign.plans().get(key) == null) {
      PaymentState state = book.payments().effective(entry.payment());
      return state == PaymentState.REFUNDED || !returnedOnly && state == PaymentState.COLLECTED
          ? entry.amountMinor() : 0;
    }
    long sum = 0;
    for (Installment payment : campaign.paymentPlans().of(backer).orElseThrow().installments()) {
      InstallmentState state = payment.state();
      boolean returned = state == InstallmentState.REFUNDED || state == InstallmentState.CHARGEBACK_LOST;
      if (returned || !returnedOnly && state == InstallmentState.COLLECTED) {
        sum += payment.amount().getAmountMinorLong();
      }
    }
    return sum;
  }
}
