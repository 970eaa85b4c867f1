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
 * @param payment the number of the plan payment concerned, from 1
 * @param amount the amount awaiting the authentication, in the campaign currency; not null, not negative
 */
public record AuthenticationRequest(Instant at, BackerId backer, int payment, Money amount) {

  /**
   * Validates the request.
   *
   * @throws NullPointerException if an argument is null
   * @throws IllegalArgumentException if the payment number is below 1 or the amount negative, quoting the value
   */
  public AuthenticationRequest {
    Objects.requireNonNull(at, "at");
    Objects.requireNonNull(backer, "backer");
    MoneyChecks.checkNotNegative(amount, "amount");
    if (payment < 1) {
      throw new IllegalArgumentException("a payment number starts at 1, got " + payment + " for " + backer);
    }
  }

  /**
   * Returns a sentence for statements: the payment, the authentication asked for and the date.
   *
   * @return for example {@code "payment 2 awaited the backer's authentication (3-D Secure) on 2026-05-01T00:00:00Z"}
   */
  public String describe() {
    return "payment " + payment + " awaited the backer's authentication (3-D Secure) on " + at;
  }
}
