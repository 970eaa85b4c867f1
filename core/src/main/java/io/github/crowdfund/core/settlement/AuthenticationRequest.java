package io.github.crowdfund.core.settlement;

import io.github.crowdfund.core.BackerId;
import io.github.crowdfund.core.fees.MoneyChecks;
import java.time.Instant;
import java.util.Objects;
import org.joda.money.Money;

/**
 * A charge that needed the backer's authentication (3-D Secure) before it could be collected, as a campaign recorded
 * it: no money moved and no attempt counted, but the backer's statement shows it, dated.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param at when the charge asked for the authentication; not null
 * @param backer whose charge; not null
 * @param payment the number of the plan payment concerned, from 1; or {@value #PLEDGE_CHARGE} for the one-off charge
 *     of a whole pledge ({@link #ofPledge})
 * @param amount the amount awaiting the authentication, in the campaign currency; not null, not negative
 */
public record AuthenticationRequest(Instant at, BackerId backer, int payment, Money amount) {

  /** The {@link #payment()} of a request made by the one-off charge of a whole pledge, not by a plan payment. */
  public static final int PLEDGE_CHARGE = 0;

  /**
   * Validates the request.
   *
   * @throws NullPointerException if an argument is null
   * @throws IllegalArgumentException if the payment number is negative or the amount negative, quoting the value
   */
  public AuthenticationRequest {
    Objects.requireNonNull(at, "at");
    Objects.requireNonNull(backer, "backer");
    MoneyChecks.checkNotNegative(amount, "amount");
    if (payment < PLEDGE_CHARGE) {
      throw new IllegalArgumentException("a payment number starts at 1 (" + PLEDGE_CHARGE
          + " for the pledge's one-off charge), got " + payment + " for " + backer);
    }
  }

  /**
   * Returns the request of the one-off charge of a backer's whole pledge (the campaign charge after the deadline).
   *
   * @param at when the charge asked for the authentication; not null
   * @param backer whose pledge; not null
   * @param amount the pledge awaiting the authentication; not null, not negative
   * @return the request, with {@link #payment()} {@value #PLEDGE_CHARGE}
   */
  public static AuthenticationRequest ofPledge(Instant at, BackerId backer, Money amount) {
    return new AuthenticationRequest(at, backer, PLEDGE_CHARGE, amount);
  }

  /**
   * Tells whether the request was made by a plan payment's charge rather than by the pledge's one-off charge.
   *
   * @return true for a plan payment
   */
  public boolean ofPlanPayment() {
    return payment != PLEDGE_CHARGE;
  }

  /**
   * Returns a sentence for statements: the payment (or the pledge charge), the authentication asked for and the date.
   *
   * @return for example {@code "payment 2 awaited the backer's authentication (3-D Secure) on 2026-05-01T00:00:00Z"},
   *     or {@code "the pledge charge awaited ..."}
   */
  public String describe() {
    return (ofPlanPayment() ? "payment " + payment : "the pledge charge")
        + " awaited the backer's authentication (3-D Secure) on " + at;
  }
}
