package io.github.crowdfund.core.settlement;

import io.github.crowdfund.core.fees.MoneyChecks;
import java.util.Objects;
import org.joda.money.Money;

/**
 * One line of a {@link BackerStatement}: an amount and why it appears.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param kind what happened; not null
 * @param amount the amount concerned, in the campaign currency; not null, not negative
 * @param reason a sentence a person can read, such as the fee formula that produced a backer fee; not null
 */
public record StatementLine(Kind kind, Money amount, String reason) {
  /** What a statement line records, and whether it moves money from or to the backer. */
  public enum Kind {
    /** The pledge was charged to the backer. */
    PLEDGE_COLLECTED(1),
    /** Collected money was paid back to the backer, in whole or in part (a refund). */
    PLEDGE_REFUNDED(-1),
    /** The charge failed and was not fixed within the retry window: nothing was charged. */
    PLEDGE_DROPPED(0),
    /** The all-or-nothing campaign failed: nothing was charged (or the payment was returned in full). */
    PLEDGE_RELEASED(0),
    /** The fee the backer pays on top of the pledge. */
    BACKER_FEE(1),
    /** The backer fee was paid back. */
    BACKER_FEE_REFUNDED(-1),
    /** The backer disputed a charge with their bank: the amount is held until the dispute ends; no money moves. */
    CHARGE_DISPUTED(0),
    /** The creator won the dispute: the charge stands; no money moves. */
    DISPUTE_WON(0),
    /** The creator lost the dispute: the amount went back to the backer. */
    CHARGEBACK_LOST(-1),
    /**
     * A charge needed the backer's authentication (3-D Secure) before it could be collected: the amount awaiting it,
     * dated in the reason; no money moves.
     */
    AUTHENTICATION_REQUIRED(0),
    /**
     * A tip the donor chose to give the platform with a donation to a fundraiser (GoFundMe): paid on top, never the
     * organiser's, not part of any fundraiser figure.
     */
    TIP(1);

    private final int sign;

    Kind(int sign) {
      this.sign = sign;
    }

    /**
     * Returns how a line of this kind counts towards what the backer paid.
     *
     * @return 1 for a charge, -1 for a refund, 0 for a line that moves no money
     */
    public int sign() {
      return sign;
    }
  }

  /**
   * Validates the line.
   *
   * @throws IllegalArgumentException if {@code amount} is negative
   */
  public StatementLine {
    Objects.requireNonNull(kind, "kind");
    MoneyChecks.checkNotNegative(amount, "amount");
    Objects.requireNonNull(reason, "reason");
  }

  /**
   * Returns what this line adds to what the backer paid: the amount for a charge, its negation for a refund, zero
   * for a line that moves no money.
   *
   * @return the signed amount; never null
   */
  public Money paid() {
    return amount.multipliedBy(kind.sign());
  }

  @Override
  public String toString() {
    return kind + " " + amount + " (" + reason + ")";
  }
}
