package io.github.crowdfund.core.settlement;

/**
 * Why money was paid back to a backer: the platforms' list (Kickstarter's {@code RefundReasonType}).
 *
 * <p>This class is immutable and thread-safe.
 */
public enum RefundReason {
  /** A reward was changed or removed. */
  CHANGE_OR_REMOVAL,
  /** Fulfilment issues or delays. */
  FULFILMENT_DELAY,
  /** A credit given to the backer. */
  CREDIT,
  /** The backer paid too much. */
  OVERPAYMENT,
  /** The backer asked for it. */
  BACKER_REQUEST,
  /** An administrative refund by the platform. */
  ADMINISTRATIVE,
  /** Any other reason. */
  OTHER
}
