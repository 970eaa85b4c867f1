package io.github.crowdfund.core;

import io.github.crowdfund.core.settlement.ChargeReversal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import org.joda.money.Money;

/**
 * A campaign's refunds and disputes, per backer in a persistent map keyed by backer number: each backer's
 * {@link ChargeReversal}s in the order they happened, what went back to them (refunds and lost chargebacks) and the
 * amount of their open dispute. Every change returns a new value in O(log n).
 *
 * <p>This class is immutable and thread-safe.
 */
final class Reversals {

  /** No refund or dispute yet. */
  static final Reversals NONE = new Reversals(LongMap.empty());

  private final LongMap<Account> accounts;

  private Reversals(LongMap<Account> accounts) {
    this.accounts = accounts;
  }

  /** Every backer's refunds and disputes, keyed by backer number. */
  LongMap<Account> byBacker() {
    return accounts;
  }

  /** A backer's refunds and disputes, or null when there are none. */
  Account get(long backer) {
    return accounts.get(backer);
  }

  /** With one more step for its backer; a dispute's end closes the open dispute. */
  Reversals with(ChargeReversal reversal) {
    long backer = reversal.backer().value();
    Account old = accounts.get(backer);
    return new Reversals(accounts.put(backer, (old == null ? Account.EMPTY : old).with(reversal)));
  }

  /** Every step of every backer, by date (a backer's own steps in their order). */
  List<ChargeReversal> all() {
    List<ChargeReversal> all = new ArrayList<>();
    accounts.forEach((backer, account) -> all.addAll(account.entries()));
    all.sort(Comparator.comparing(ChargeReversal::at).thenComparing(r -> r.backer().value()));
    return all;
  }

  @Override
  public boolean equals(Object other) {
    return other == this || other instanceof Reversals that && accounts.equals(that.accounts);
  }

  @Override
  public int hashCode() {
    return accounts.size();
  }

  /**
   * One backer's refunds and disputes.
   *
   * @param entries the steps in the order they happened
   * @param returnedMinor what went back to the backer, refunds and lost chargebacks, in minor units
   * @param disputedMinor the amount of the open dispute in minor units, zero when none is open
   */
  record Account(List<ChargeReversal> entries, long returnedMinor, long disputedMinor) {
    static final Account EMPTY = new Account(List.of(), 0, 0);

    Account {
      entries = List.copyOf(Objects.requireNonNull(entries, "entries"));
    }

    boolean disputeOpen() {
      return disputedMinor > 0;
    }

    Account with(ChargeReversal reversal) {
      List<ChargeReversal> more = new ArrayList<>(entries);
      more.add(reversal);
      long amount = reversal.amount().getAmountMinorLong();
      return switch (reversal.kind()) {
        case REFUND -> new Account(more, Math.addExact(returnedMinor, amount), disputedMinor);
        case DISPUTE_OPENED -> new Account(more, returnedMinor, amount);
        case DISPUTE_WON -> new Account(more, returnedMinor, 0);
        case CHARGEBACK_LOST -> new Account(more, Math.addExact(returnedMinor, amount), 0);
      };
    }

    /** The open dispute's amount, for a dispute's end. */
    Money disputed(org.joda.money.CurrencyUnit currency) {
      return Money.ofMinor(currency, disputedMinor);
    }
  }
}
