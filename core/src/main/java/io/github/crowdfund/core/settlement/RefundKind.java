package io.github.crowdfund.core.settlement;

/**
 * What part of a pledge a refund pays back (Kickstarter's {@code RefundAdjustmentType}).
 *
 * <p>This class is immutable and thread-safe.
 */
public enum RefundKind {
  /** The whole pledge. */
  WHOLE_PLEDGE,
  /** The reward. */
  REWARD,
  /** One item of the reward. */
  ITEM,
  /** An add-on. */
  ADD_ON,
  /** The amount pledged above the reward's price. */
  BONUS_AMOUNT,
  /** A credit on shipping. */
  SHIPPING_CREDIT
}
