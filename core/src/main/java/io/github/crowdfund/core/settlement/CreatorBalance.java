package io.github.crowdfund.core.settlement;

import io.github.crowdfund.core.fees.MoneyChecks;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.joda.money.CurrencyUnit;
import org.joda.money.Money;

/**
 * What a platform owes a creator, as a ledger: payouts earned credit it, payouts paid debit it, and refunds and lost
 * chargebacks after a payout debit it, so the balance may go negative (the creator then owes the platform). Each
 * change returns a new balance with one more {@link Entry}.
 *
 * <p>The processing fee of a refunded charge follows {@link #refund}'s {@code processingFeeReturned}: what the
 * payment processor gives back reduces the creator's debit; a platform that keeps the fee passes zero (a parameter
 * where the platform does not publish its rule).
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param currency the currency of every entry
 * @param entries the entries, in the order they were made
 */
public record CreatorBalance(CurrencyUnit currency, List<Entry> entries) {

  /** What moved the balance. */
  public enum Kind {
    /** A payout's net amount became due to the creator. */
    EARNED,
    /** A payout was paid to the creator. */
    PAID_OUT,
    /** Money paid back to a backer. */
    REFUND,
    /** A chargeback the creator lost, with its fee. */
    CHARGEBACK_LOST
  }

  /**
   * One change of the balance.
   *
   * @param at when
   * @param kind what
   * @param amount the change: positive credits the creator, negative debits
   * @param note for people: the refund's reason and kind, or the payout it belongs to; not blank
   */
  public record Entry(Instant at, Kind kind, Money amount, String note) {

    /**
     * Validates the entry.
     *
     * @throws NullPointerException if an argument is null
     * @throws IllegalArgumentException if the note is blank
     */
    public Entry {
      Objects.requireNonNull(at, "at");
      Objects.requireNonNull(kind, "kind");
      Objects.requireNonNull(amount, "amount");
      Objects.requireNonNull(note, "note");
      if (note.isBlank()) {
        throw new IllegalArgumentException("a balance entry needs a note: '" + note + "'");
      }
    }
  }

  /**
   * Validates the balance and copies its entries.
   *
   * @throws NullPointerException if an argument or entry is null
   * @throws IllegalArgumentException if an entry is in another currency
   */
  public CreatorBalance {
    Objects.requireNonNull(currency, "currency");
    entries = List.copyOf(Objects.requireNonNull(entries, "entries"));
    for (Entry entry : entries) {
      MoneyChecks.checkSameCurrency(Money.zero(currency), entry.amount());
    }
  }

  /**
   * Returns an empty balance.
   *
   * @param currency the campaign currency
   * @return a balance of zero with no entries
   */
  public static CreatorBalance empty(CurrencyUnit currency) {
    return new CreatorBalance(currency, List.of());
  }

  /**
   * Credits a payout's net amount and debits it as paid on its date.
   *
   * @param payout the payout
   * @return the balance after it: unchanged in total
   */
  public CreatorBalance paid(Payout payout) {
    Objects.requireNonNull(payout, "payout");
    String note = note(payout);
    return with(new Entry(payout.date(), Kind.EARNED, payout.net(), note))
        .with(new Entry(payout.date(), Kind.PAID_OUT, payout.net().negated(), note));
  }

  /**
   * Credits a payout's net amount on its date and pays out what the balance then holds, if it is positive: refunds
   * and chargebacks debited before the payout are deducted from it, and a negative balance stays owed.
   *
   * @param payout the payout
   * @return the balance after it: zero, or negative when the debits exceed what was earned
   */
  public CreatorBalance earnedAndPaid(Payout payout) {
    Objects.requireNonNull(payout, "payout");
    String note = note(payout);
    CreatorBalance earned = with(new Entry(payout.date(), Kind.EARNED, payout.net(), note));
    Money held = earned.balance();
    return held.isPositive() ? earned.with(new Entry(payout.date(), Kind.PAID_OUT, held.negated(), note)) : earned;
  }

  /**
   * Returns the sum of the entries of one kind.
   *
   * @param kind the kind; not null
   * @return the sum, zero when there is none: positive for {@link Kind#EARNED}, negative for the others
   */
  public Money total(Kind kind) {
    Objects.requireNonNull(kind, "kind");
    Money total = Money.zero(currency);
    for (Entry entry : entries) {
      if (entry.kind() == kind) {
        total = total.plus(entry.amount());
      }
    }
    return total;
  }

  /**
   * Debits a refund to a backer, less the processing fee the payment processor returns.
   *
   * @param at when
   * @param amount what the backer gets back, positive
   * @param reason why
   * @param kind what part of the pledge
   * @param processingFeeReturned the processing fee given back on the refunded charge, zero or more, at most
   *     {@code amount}
   * @return the balance after the refund; it may be negative
   * @throws IllegalArgumentException if an amount is negative, not positive, or in another currency, quoting it
   */
  public CreatorBalance refund(Instant at, Money amount, RefundReason reason, RefundKind kind,
      Money processingFeeReturned) {
    Objects.requireNonNull(reason, "reason");
    Objects.requireNonNull(kind, "kind");
    requirePositive(amount);
    MoneyChecks.checkSameCurrency(amount, processingFeeReturned);
    MoneyChecks.checkNotNegative(processingFeeReturned, "processingFeeReturned");
    if (processingFeeReturned.isGreaterThan(amount)) {
      throw new IllegalArgumentException("processing fee returned " + processingFeeReturned
          + " is more than the refund " + amount);
    }
    return with(new Entry(at, Kind.REFUND, amount.minus(processingFeeReturned).negated(), reason + ", " + kind));
  }

  /**
   * Debits a chargeback the creator lost: the charge and the chargeback fee.
   *
   * @param at when
   * @param amount the charge taken back, positive
   * @param fee the chargeback fee, zero or more
   * @return the balance after it; it may be negative
   */
  public CreatorBalance chargebackLost(Instant at, Money amount, Money fee) {
    requirePositive(amount);
    MoneyChecks.checkSameCurrency(amount, fee);
    MoneyChecks.checkNotNegative(fee, "fee");
    return with(new Entry(at, Kind.CHARGEBACK_LOST, amount.plus(fee).negated(), "chargeback lost, fee " + fee));
  }

  /**
   * Returns the balance: what the platform owes the creator, negative when the creator owes the platform.
   *
   * @return the sum of the entries
   */
  public Money balance() {
    Money total = Money.zero(currency);
    for (Entry entry : entries) {
      total = total.plus(entry.amount());
    }
    return total;
  }

  private static String note(Payout payout) {
    return payout.kind() + " payout covering " + payout.coversFrom() + " to " + payout.coversUntil();
  }

  private void requirePositive(Money amount) {
    Objects.requireNonNull(amount, "amount");
    MoneyChecks.checkSameCurrency(Money.zero(currency), amount);
    if (!amount.isPositive()) {
      throw new IllegalArgumentException("amount must be positive: " + amount);
    }
  }

  private CreatorBalance with(Entry entry) {
    List<Entry> all = new ArrayList<>(entries);
    all.add(entry);
    return new CreatorBalance(currency, all);
  }
}
