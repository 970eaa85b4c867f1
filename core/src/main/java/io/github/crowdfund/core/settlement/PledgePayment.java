package io.github.crowdfund.core.settlement;

import io.github.crowdfund.core.PaymentState;
import java.util.Objects;
import org.joda.money.Money;

/**
 * One pledge as it stands at settlement: who pledged, how much, and its final payment state.
 *
 * <p>This class is immutable and thread-safe if {@code B} is.
 *
 * @param <B> how backers are identified (any type with value equality)
 * @param backer the backer who made the pledge; not null
 * @param amount the amount pledged at the deadline, excluding any backer fee; not null, positive
 * @param state the payment state of the pledge; not null
 */
public record PledgePayment<B>(B backer, Money amount, PaymentState state) {
  /**
   * Validates the pledge.
   *
   * @throws IllegalArgumentException if {@code amount} is zero or negative
   */
  public PledgePayment {
    Objects.requireNonNull(backer, "backer");
    Objects.requireNonNull(amount, "amount");
    Objects.requireNonNull(state, "state");
    if (!amount.isPositive()) {
      throw new IllegalArgumentException("a pledge must be positive, got " + amount + " from " + backer);
    }
  }
}
