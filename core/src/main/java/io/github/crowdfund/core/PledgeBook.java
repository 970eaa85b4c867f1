package io.github.crowdfund.core;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Arrays;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import org.joda.money.CurrencyUnit;
import org.joda.money.Money;

/**
 * Where a campaign's pledges are stored: the pledge trie (compact entries keyed by backer number), the running total
 * in minor units, the order count, the places taken per reward tier and per add-on, and the payment run after the
 * deadline. Every change returns a new book sharing structure with the old one, in O(log n).
 *
 * <p>This class is immutable and thread-safe, except while {@link #toTransient() transient} during a replay.
 */
final class PledgeBook {

  private final PledgeTrie trie;
  private final long totalMinor;
  private final int orders;
  private final int[] tierTaken;
  private final int[] addOnTaken;
  private final PaymentRun payments;

  private PledgeBook(PledgeTrie trie, long totalMinor, int orders, int[] tierTaken, int[] addOnTaken,
      PaymentRun payments) {
    this.trie = trie;
    this.totalMinor = totalMinor;
    this.orders = orders;
    this.tierTaken = tierTaken;
    this.addOnTaken = addOnTaken;
    this.payments = payments;
  }

  /** An empty book for a campaign with that many tiers and add-ons. */
  static PledgeBook empty(int tiers, int addOns) {
    return new PledgeBook(PledgeTrie.EMPTY, 0, 0, new int[tiers], new int[addOns], PaymentRun.NOT_CHARGED);
  }

  /**
   * A book holding {@code trie}, its totals and counts recomputed from the entries (for a snapshot being read).
   *
   * @param trie the pledges; their tier indexes below {@code tiers}
   * @param definition what the add-on ids are counted against
   * @param tiers how many tiers the book counts
   * @param addOns how many add-ons the book counts
   * @param payments the payment run
   * @throws ArithmeticException if the total does not fit in a long
   */
  static PledgeBook restored(PledgeTrie trie, CampaignDefinition definition, int tiers, int addOns,
      PaymentRun payments) {
    Counts counts = empty(tiers, addOns).new Counts(definition);
    trie.forEach(counts::add);
    return new PledgeBook(trie, counts.total, counts.orders, counts.tierTaken, counts.addOnTaken, payments);
  }

  private static final BigDecimal MAX_MINOR = BigDecimal.valueOf(Long.MAX_VALUE);

  /**
   * Whether a book can hold {@code amount}: zero or positive and at most {@link Long#MAX_VALUE} minor units of its
   * currency. Larger amounts are refused (AMOUNT_TOO_LARGE), never wrapped.
   */
  static boolean holds(Money amount) {
    BigDecimal minor = amount.getAmountMinor();
    return minor.signum() >= 0 && minor.compareTo(MAX_MINOR) <= 0;
  }

  /**
   * Whether the total stays within a long after a pledge of {@code removedMinor} is replaced by one of
   * {@code addedMinor} (both zero or positive, the removed one part of the total).
   */
  boolean totalHolds(long removedMinor, long addedMinor) {
    return addedMinor <= Long.MAX_VALUE - (totalMinor - removedMinor);
  }

  PledgeTrie.Entry get(long backer) {
    return trie.get(backer);
  }

  int size() {
    return trie.size();
  }

  long totalMinor() {
    return totalMinor;
  }

  int orders() {
    return orders;
  }

  int tierTaken(int index) {
    return tierTaken[index];
  }

  int addOnTaken(int index) {
    return addOnTaken[index];
  }

  PaymentRun payments() {
    return payments;
  }

  void forEach(Consumer<PledgeTrie.Entry> action) {
    trie.forEach(action);
  }

  /** Places (or replaces) a backer's pledge, updating the running counts. */
  PledgeBook with(Pledge pledge, CampaignDefinition definition) {
    return with(toEntry(pledge, definition), definition);
  }

  /** Places (or replaces) a backer's pledge with its payment already in {@code state}: one change of the trie. */
  PledgeBook with(Pledge pledge, CampaignDefinition definition, PaymentState state) {
    return with(toEntry(pledge, definition).withPayment(state), definition);
  }

  private PledgeBook with(PledgeTrie.Entry entry, CampaignDefinition definition) {
    Counts counts = new Counts(definition).remove(trie.get(entry.key())).add(entry);
    return new PledgeBook(trie.put(entry), counts.total, counts.orders, counts.tierTaken, counts.addOnTaken,
        payments);
  }

  /** Removes a backer's pledge, if any, updating the running counts. */
  PledgeBook without(long backer, CampaignDefinition definition) {
    PledgeTrie.Entry current = trie.get(backer);
    if (current == null) {
      return this;
    }
    Counts counts = new Counts(definition).remove(current);
    return new PledgeBook(trie.remove(backer), counts.total, counts.orders, counts.tierTaken, counts.addOnTaken,
        payments);
  }

  /** The book after a tier was put at {@code index}: a new tier gets a count of zero. */
  PledgeBook withTierAt(int index) {
    return index >= 0 ? this : new PledgeBook(trie, totalMinor, orders,
        Arrays.copyOf(tierTaken, tierTaken.length + 1), addOnTaken, payments);
  }

  /** The book after an add-on was put at {@code index}: a new add-on gets a count of zero. */
  PledgeBook withAddOnAt(int index) {
    return index >= 0 ? this : new PledgeBook(trie, totalMinor, orders, tierTaken,
        Arrays.copyOf(addOnTaken, addOnTaken.length + 1), payments);
  }

  /** Every pledge void (a suspension): no pledges, no counts, the payment run kept. */
  PledgeBook voided() {
    return new PledgeBook(PledgeTrie.EMPTY, 0, 0, new int[tierTaken.length], new int[addOnTaken.length], payments);
  }

  /** The book with these backers' payments in {@code state} (backers without a pledge are skipped). */
  PledgeBook withPayment(Set<BackerId> backers, PaymentState state) {
    PledgeTrie updated = trie;
    for (BackerId backer : backers) {
      PledgeTrie.Entry entry = updated.get(backer.value());
      if (entry != null) {
        updated = updated.put(entry.withPayment(state));
      }
    }
    return new PledgeBook(updated, totalMinor, orders, tierTaken, addOnTaken, payments);
  }

  PledgeBook withPayments(PaymentRun run) {
    return new PledgeBook(trie, totalMinor, orders, tierTaken, addOnTaken, run);
  }

  /** A book whose trie is edited in place (for replay); call {@link #persistent()} when done. */
  PledgeBook toTransient() {
    return new PledgeBook(trie.toTransient(), totalMinor, orders, tierTaken, addOnTaken, payments);
  }

  PledgeBook persistent() {
    return new PledgeBook(trie.persistent(), totalMinor, orders, tierTaken, addOnTaken, payments);
  }

  Pledge toPledge(PledgeTrie.Entry entry, CampaignDefinition definition) {
    CurrencyUnit currency = definition.goal().currency();
    return new Pledge(BackerId.of(entry.key()), Money.ofMinor(currency, entry.amountMinor()),
        entry.tier() < 0 ? Optional.empty() : Optional.of(definition.tiers().get(entry.tier()).id()),
        entry.addOns() == null ? Map.of() : entry.addOns(),
        entry.country() < 0 ? Optional.empty() : Optional.of(Country.ofIndex(entry.country())),
        Instant.ofEpochSecond(entry.epochSecond(), entry.nano()));
  }

  private static PledgeTrie.Entry toEntry(Pledge pledge, CampaignDefinition definition) {
    Instant at = pledge.placedAt();
    return new PledgeTrie.Entry(pledge.backer().value(), pledge.amount().getAmountMinorLong(), at.getEpochSecond(),
        at.getNano(), pledge.tierId().map(definition::tierIndex).orElse(-1),
        pledge.shippingCountry().map(Country::index).orElse(-1),
        pledge.addOns().isEmpty() ? null : pledge.addOns());
  }

  @Override
  public boolean equals(Object other) {
    return other == this || other instanceof PledgeBook that
        && totalMinor == that.totalMinor && orders == that.orders && Arrays.equals(tierTaken, that.tierTaken)
        && Arrays.equals(addOnTaken, that.addOnTaken) && trie.equals(that.trie) && payments.equals(that.payments);
  }

  @Override
  public int hashCode() {
    return Long.hashCode(totalMinor) * 31 + trie.size();
  }

  /** The running totals, copied only where an entry touches them. */
  private final class Counts {
    private final CampaignDefinition definition;
    long total = totalMinor;
    int orders = PledgeBook.this.orders;
    int[] tierTaken = PledgeBook.this.tierTaken;
    int[] addOnTaken = PledgeBook.this.addOnTaken;

    Counts(CampaignDefinition definition) {
      this.definition = definition;
      if (tierTaken.length > 0) {
        tierTaken = tierTaken.clone();
      }
      if (addOnTaken.length > 0) {
        addOnTaken = addOnTaken.clone();
      }
    }

    Counts remove(PledgeTrie.Entry entry) {
      return change(entry, -1);
    }

    Counts add(PledgeTrie.Entry entry) {
      return change(entry, 1);
    }

    private Counts change(PledgeTrie.Entry entry, int sign) {
      if (entry == null) {
        return this;
      }
      total = Math.addExact(total, sign * entry.amountMinor()); // never wraps: the decider and replay check first
      if (entry.tier() >= 0) {
        orders += sign;
        tierTaken[entry.tier()] += sign;
      }
      if (entry.addOns() != null) {
        entry.addOns().forEach((addOnId, quantity) -> {
          int index = definition.addOnIndex(addOnId);
          if (index >= 0) {
            addOnTaken[index] += sign * quantity;
          }
        });
      }
      return this;
    }
  }
}
