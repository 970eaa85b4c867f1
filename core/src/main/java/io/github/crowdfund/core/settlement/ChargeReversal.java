package io.github.crowdfund.core.settlement;

import io.github.crowdfund.core.BackerId;
import io.github.crowdfund.core.fees.MoneyChecks;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import org.joda.money.Money;

/**
 * One step that takes, or may take, collected money back from a creator to a backer, as a campaign recorded it: a
 * refund (with its reason and what part of the pledge it pays back), a dispute opened with the backer's bank, and
 * the dispute's end (won, or a chargeback lost). Statements and payout ledgers list these by date.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param at when it happened
 * @param backer whose money
 * @param kind what happened
 * @param amount the amount concerned, positive: refunded, disputed, or taken back by a lost chargeback
 * @param reason why, for a refund; empty otherwise
 * @param part what part of the pledge, for a refund; empty otherwise
 */
public record ChargeReversal(Instant at, BackerId backer, Kind kind, Money amount, Optional<RefundReason> reason,
    Optional<RefundKind> part) {

  /** What happened to the charge. */
  public enum Kind {
    /** Money paid back to the backer by the creator's platform. */
    REFUND(true),
    /** The backer disputed the charge with their bank: the money is held until the dispute ends. */
    DISPUTE_OPENED(false),
    /** The creator won the dispute: the charge stands. */
    DISPUTE_WON(false),
    /** The creator lost the dispute: the disputed amount goes back to the backer. */
    CHARGEBACK_LOST(true);

    private final boolean movesMoney;

    Kind(boolean movesMoney) {
      this.movesMoney = movesMoney;
    }

    /**
     * Tells whether money goes back to the backer.
     *
     * @return true for a refund and a lost chargeback
     */
    public boolean movesMoney() {
      return movesMoney;
    }
  }

  /**
   * Validates the reversal.
   *
   * @throws NullPointerException if an argument is null
   * @throws IllegalArgumentException if the amount is not positive, or a refund lacks its reason and part (or
   *     another kind has one), quoting the values
   */
  public ChargeReversal {
    Objects.requireNonNull(at, "at");
    Objects.requireNonNull(backer, "backer");
    Objects.requireNonNull(kind, "kind");
    MoneyChecks.checkNotNegative(amount, "amount");
    Objects.requireNonNull(reason, "reason");
    Objects.requireNonNull(part, "part");
    if (amount.isZero()) {
      throw new IllegalArgumentException("a " + kind + " of " + backer + " must be positive, not " + amount);
    }
    if ((kind == Kind.REFUND) != (reason.isPresent() && part.isPresent())) {
      throw new IllegalArgumentException("a refund, and only a refund, has a reason and a part: " + kind + " with "
          + reason + ", " + part);
    }
  }

  /**
   * Returns a refund.
   *
   * @param at when
   * @param backer to whom
   * @param amount how much, positive
   * @param reason why
   * @param part what part of the pledge
   * @return the reversal
   */
  public static ChargeReversal refund(Instant at, BackerId backer, Money amount, RefundReason reason,
      RefundKind part) {
    return new ChargeReversal(at, backer, Kind.REFUND, amount, Optional.of(reason), Optional.of(part));
  }

  /**
   * Returns a dispute step: opened, won or lost.
   *
   * @param at when
   * @param backer whose charge
   * @param kind {@link Kind#DISPUTE_OPENED}, {@link Kind#DISPUTE_WON} or {@link Kind#CHARGEBACK_LOST}
   * @param amount the disputed amount, positive
   * @return the reversal
   */
  public static ChargeReversal dispute(Instant at, BackerId backer, Kind kind, Money amount) {
    return new ChargeReversal(at, backer, kind, amount, Optional.empty(), Optional.empty());
  }

  /**
   * Returns a sentence for statements and ledgers: the kind, the reason and part of a refund, and the date.
   *
   * @return for example {@code "refund (FULFILMENT_DELAY, BONUS_AMOUNT) on 2026-04-20T15:00:00Z"}
   */
  public String describe() {
    String what = switch (kind) {
      case REFUND -> "refund (" + reason.orElseThrow() + ", " + part.orElseThrow() + ")";
      case DISPUTE_OPENED -> "charge disputed with the backer's bank";
      case DISPUTE_WON -> "dispute won: the charge stands";
      case CHARGEBACK_LOST -> "chargeback lost";
    };
    return what + " on " + at;
  }
}
