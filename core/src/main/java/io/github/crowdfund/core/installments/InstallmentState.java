package io.github.crowdfund.core.installments;

/**
 * The state of one payment of a payment plan.
 *
 * <p>This class is immutable and thread-safe.
 */
public enum InstallmentState {
  /** Not attempted yet. */
  SCHEDULED,
  /** The charge needs the backer's authentication (3-D Secure) before it can be collected. */
  AUTHENTICATION_REQUIRED,
  /** Charged successfully. */
  COLLECTED,
  /** The last attempt failed; another attempt may follow within the payment's window. */
  ERRORED,
  /** Will never be collected: canceled by the backer, or abandoned after failing to pay. */
  CANCELED,
  /** Collected, then paid back. */
  REFUNDED,
  /** Collected, then taken back by the backer's bank in a dispute the creator lost. */
  CHARGEBACK_LOST;

  /**
   * Whether the money of this payment is held: collected and not given back.
   *
   * @return true for {@link #COLLECTED}
   */
  public boolean isPaid() {
    return this == COLLECTED;
  }

  /**
   * Whether the payment may still be collected.
   *
   * @return true for {@link #SCHEDULED}, {@link #AUTHENTICATION_REQUIRED} and {@link #ERRORED}
   */
  public boolean isOpen() {
    return this == SCHEDULED || this == AUTHENTICATION_REQUIRED || this == ERRORED;
  }
}
