package io.github.crowdfund.core.installments;

/**
 * The outcome of trying to charge one payment of a payment plan.
 *
 * <p>This class is immutable and thread-safe.
 */
public enum InstallmentCharge {
  /** The charge succeeded: the payment is collected. */
  COLLECTED,
  /** The charge failed: the payment is errored and may be tried again within its window and attempts. */
  FAILED,
  /**
   * The charge needs the backer's authentication (3-D Secure) before it can be collected; no attempt is counted and
   * a later successful charge collects it.
   */
  AUTHENTICATION_REQUIRED
}
